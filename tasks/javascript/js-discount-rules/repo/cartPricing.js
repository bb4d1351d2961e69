'use strict';
/*
 * Prices a cart: loyalty-tier discount, promotions, the discount cap and shipping. Amounts are
 * in cents.
 */

var tiers = require('./tiers');
var promotions = require('./promotions');

var MAX_DISCOUNT_RATIO = 0.5;
var SHIPPING_FEE = 495;
var EXPRESS_FEE = 900;
var FREE_SHIPPING_FROM = 5000;

function checkCart(cart) {
  if (!cart || !Array.isArray(cart.lines) || cart.lines.length === 0) {
    throw new Error('cart is empty');
  }
  for (var i = 0; i < cart.lines.length; i++) {
    var line = cart.lines[i];
    if (typeof line.sku !== 'string' || line.sku === '') {
      throw new Error('line ' + (i + 1) + ': sku missing');
    }
    if (!Number.isInteger(line.unitPrice) || line.unitPrice < 0) {
      throw new Error('line ' + (i + 1) + ': unit price must be whole cents');
    }
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      throw new Error('line ' + (i + 1) + ': quantity must be a positive whole number');
    }
  }
}

function priceCart(cart, customer, promos, options) {
  var opts = options || {};
  checkCart(cart);
  var subtotal = 0;
  for (var i = 0; i < cart.lines.length; i++) {
    subtotal += cart.lines[i].unitPrice * cart.lines[i].quantity;
  }
  var tier = tiers.tierFor(customer);

  // tier discount on the eligible lines: never on gift cards, on sale items only for platinum
  var eligible = 0;
  for (var j = 0; j < cart.lines.length; j++) {
    var line = cart.lines[j];
    if (line.category === 'gift-card') {
      continue;
    }
    if (line.onSale && tier !== 'platinum') {
      continue;
    }
    eligible += line.unitPrice * line.quantity;
  }
  var tierDiscount = 0;
  if (tier === 'platinum') {
    tierDiscount = Math.round(eligible * 0.1);
  } else if (tier === 'gold') {
    tierDiscount = Math.round(eligible * 0.05);
  } else if (tier === 'silver') {
    if (eligible >= 5000) {
      tierDiscount = Math.round(eligible * 0.03);
    }
  } else if (tier === 'bronze') {
    if (eligible >= 10000) {
      tierDiscount = 200;
    }
  }

  // promotions: stackable ones add up; of the others only the best counts, and only if it
  // beats the tier discount (the two never combine)
  var stacked = 0;
  var stackedCodes = [];
  var best = 0;
  var bestCode = null;
  var list = promos || [];
  if (!opts.ignorePromotions) {
    for (var p = 0; p < list.length; p++) {
      var promo = list[p];
      if (promo.tiers && promo.tiers.indexOf(tier) === -1) {
        continue;
      }
      if (promo.newCustomersOnly && customer && customer.orders > 0) {
        continue;
      }
      var amount = promotions.promotionDiscount(promo, cart, opts.today || cart.date);
      if (amount <= 0) {
        continue;
      }
      if (promo.stackable) {
        stacked += amount;
        stackedCodes.push(promo.code);
      } else if (amount > best) {
        best = amount;
        bestCode = promo.code;
      }
    }
  }
  var discount;
  var applied = stackedCodes.slice();
  var tierApplied = 0;
  if (best > tierDiscount) {
    discount = best + stacked;
    applied.push(bestCode);
  } else {
    discount = tierDiscount + stacked;
    tierApplied = tierDiscount;
  }
  var capped = false;
  var limit = Math.floor(subtotal * MAX_DISCOUNT_RATIO);
  if (discount > limit) {
    discount = limit;
    capped = true;
  }

  var shipping;
  if (opts.pickup) {
    shipping = 0;
  } else if (tier === 'platinum') {
    shipping = 0;
  } else if (tier === 'gold') {
    shipping = opts.express ? EXPRESS_FEE : 0;
  } else if (subtotal - discount >= FREE_SHIPPING_FROM) {
    shipping = opts.express ? EXPRESS_FEE : 0;
  } else {
    shipping = opts.express ? SHIPPING_FEE + EXPRESS_FEE : SHIPPING_FEE;
  }

  return {
    subtotal: subtotal,
    tier: tier,
    tierDiscount: tierApplied,
    promotions: applied,
    discount: discount,
    capped: capped,
    shipping: shipping,
    total: subtotal - discount + shipping,
  };
}

module.exports = {
  MAX_DISCOUNT_RATIO: MAX_DISCOUNT_RATIO,
  SHIPPING_FEE: SHIPPING_FEE,
  priceCart: priceCart,
};
