'use strict';
/*
 * Prices a cart: loyalty-tier discount, promotions, the discount cap and shipping. Amounts are
 * in cents.
 */

const tiers = require('./tiers');
const promotions = require('./promotions');

const MAX_DISCOUNT_RATIO = 0.5;
const SHIPPING_FEE = 495;
const EXPRESS_FEE = 900;
const FREE_SHIPPING_FROM = 5000;

// Tier discount on the eligible amount: a share of it or a flat amount, from a minimum on.
const TIER_DISCOUNTS = {
  platinum: { minimum: 0, rate: 0.1 },
  gold: { minimum: 0, rate: 0.05 },
  silver: { minimum: 5000, rate: 0.03 },
  bronze: { minimum: 10000, flat: 200 },
};


function lineError(index, problem) {
  return new Error('line ' + (index + 1) + ': ' + problem);
}

function checkLine(line, index) {
  if (typeof line.sku !== 'string' || line.sku === '') {
    throw lineError(index, 'sku missing');
  }
  if (!Number.isInteger(line.unitPrice) || line.unitPrice < 0) {
    throw lineError(index, 'unit price must be whole cents');
  }
  if (!Number.isInteger(line.quantity) || line.quantity < 1) {
    throw lineError(index, 'quantity must be a positive whole number');
  }
}

function checkCart(cart) {
  if (!cart || !Array.isArray(cart.lines) || cart.lines.length === 0) {
    throw new Error('cart is empty');
  }
  for (let i = 0; i < cart.lines.length; i++) {
    checkLine(cart.lines[i], i);
  }
}

function amountOf(lines) {
  return lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
}

// never on gift cards, on sale items only for platinum
function earnsTierDiscount(line, tier) {
  return line.category !== 'gift-card' && !(line.onSale && tier !== 'platinum');
}

function tierDiscountFor(tier, lines) {
  const rule = TIER_DISCOUNTS[tier];
  const eligible = amountOf(lines.filter((line) => earnsTierDiscount(line, tier)));
  if (!rule || eligible < rule.minimum) {
    return 0;
  }
  return rule.flat !== undefined ? rule.flat : Math.round(eligible * rule.rate);
}

function promotionApplies(promo, tier, customer) {
  if (promo.tiers && !promo.tiers.includes(tier)) {
    return false;
  }
  return !(promo.newCustomersOnly && customer && customer.orders > 0);
}

/** Stackable promotions add up; of the others only the best (the first of equals) counts. */
function collectPromotions(list, cart, tier, customer, today) {
  const found = { stacked: 0, stackedCodes: [], best: 0, bestCode: null };
  for (let i = 0; i < list.length; i++) {
    const promo = list[i];
    const amount = promotionApplies(promo, tier, customer) ? promotions.promotionDiscount(promo, cart, today) : 0;
    if (amount <= 0) {
      continue;
    }
    if (promo.stackable) {
      found.stacked += amount;
      found.stackedCodes.push(promo.code);
    } else if (amount > found.best) {
      found.best = amount;
      found.bestCode = promo.code;
    }
  }
  return found;
}

/** The best plain promotion replaces the tier discount only when it is bigger. */
function combine(found, tierDiscount) {
  if (found.best > tierDiscount) {
    return { discount: found.best + found.stacked, codes: [...found.stackedCodes, found.bestCode], tierApplied: 0 };
  }
  return { discount: tierDiscount + found.stacked, codes: found.stackedCodes.slice(), tierApplied: tierDiscount };
}

// Platinum ships for free; gold and large orders ship for free but pay for express.
function shippingFor(tier, toPay, opts) {
  if (opts.pickup || tier === 'platinum') {
    return 0;
  }
  const base = tier === 'gold' || toPay >= FREE_SHIPPING_FROM ? 0 : SHIPPING_FEE;
  return opts.express ? base + EXPRESS_FEE : base;
}

function priceCart(cart, customer, promos, options) {
  const opts = options || {};
  checkCart(cart);
  const subtotal = amountOf(cart.lines);
  const tier = tiers.tierFor(customer);
  const tierDiscount = tierDiscountFor(tier, cart.lines);
  const found = opts.ignorePromotions
    ? collectPromotions([], cart, tier, customer)
    : collectPromotions(promos || [], cart, tier, customer, opts.today || cart.date);
  const { discount: wanted, codes, tierApplied } = combine(found, tierDiscount);
  const limit = Math.floor(subtotal * MAX_DISCOUNT_RATIO);
  const discount = Math.min(wanted, limit);
  const shipping = shippingFor(tier, subtotal - discount, opts);
  return {
    subtotal,
    tier,
    tierDiscount: tierApplied,
    promotions: codes,
    discount,
    capped: wanted > limit,
    shipping,
    total: subtotal - discount + shipping,
  };
}

module.exports = {
  MAX_DISCOUNT_RATIO,
  SHIPPING_FEE,
  priceCart,
};
