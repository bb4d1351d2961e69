'use strict';
/*
 * Cart checkout for the web shop: checks the cart against the catalog, applies promotion
 * codes, redeems loyalty points, prices the shipping and takes the gift card.
 *
 * An `Order` holds the running totals of one checkout. Amounts are integer cents, weights are
 * grams. One loyalty point is worth one cent.
 */

var CheckoutError = require('./checkoutError');
var promotions = require('./promotions');

var STANDARD_RATES = { domestic: 495, eu: 995, world: 1995 };
var FREE_DOMESTIC_FROM = 5000;
var FREE_WEIGHT = 2000;
var SURCHARGE_PER_KG = { domestic: 150, abroad: 300 };
var POINTS_CAP = { gold: 0.3, other: 0.2 };

function hasOwn(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function checkItem(item, catalog) {
  if (!hasOwn(catalog, item.sku) || !catalog[item.sku]) {
    throw new CheckoutError('unknown product: ' + item.sku, 'UNKNOWN_SKU');
  }
  if (!Number.isInteger(item.qty) || item.qty <= 0) {
    throw new CheckoutError('invalid quantity for ' + item.sku + ': ' + item.qty, 'QUANTITY');
  }
}

function newLine(item, product) {
  return {
    sku: item.sku,
    qty: item.qty,
    unitPrice: product.price,
    category: product.category,
    weight: product.weight || 0,
  };
}

/** One line per product, in the order of first appearance, quantities added up. */
function mergeItems(items, catalog) {
  var lines = [];
  var bySku = {};
  for (var i = 0; i < items.length; i++) {
    var item = items[i];
    checkItem(item, catalog);
    if (hasOwn(bySku, item.sku)) {
      bySku[item.sku].qty += item.qty;
    } else {
      bySku[item.sku] = newLine(item, catalog[item.sku]);
      lines.push(bySku[item.sku]);
    }
  }
  return lines;
}

function checkAvailability(line, product) {
  if (product.stock !== undefined && line.qty > product.stock) {
    throw new CheckoutError('only ' + product.stock + ' left of ' + line.sku, 'OUT_OF_STOCK');
  }
  if (product.maxPerOrder && line.qty > product.maxPerOrder) {
    throw new CheckoutError('at most ' + product.maxPerOrder + ' of ' + line.sku + ' per order', 'LIMIT');
  }
}

function checkRoute(method, zone) {
  if (method === 'pickup') {
    if (zone !== 'domestic') {
      throw new CheckoutError('pickup only in the domestic zone', 'SHIPPING');
    }
    return;
  }
  if (method !== 'standard' && method !== 'express') {
    throw new CheckoutError('unknown shipping method: ' + method, 'SHIPPING');
  }
  if (!hasOwn(STANDARD_RATES, zone)) {
    throw new CheckoutError('unknown shipping zone: ' + zone, 'SHIPPING');
  }
  if (method === 'express' && zone === 'world') {
    throw new CheckoutError('no express shipping to zone world', 'SHIPPING');
  }
}

/** The standard rate of a zone plus a surcharge per started kilogram above two. */
function standardRate(zone, weight) {
  var rate = STANDARD_RATES[zone];
  if (weight > FREE_WEIGHT) {
    var perKg = zone === 'domestic' ? SURCHARGE_PER_KG.domestic : SURCHARGE_PER_KG.abroad;
    rate += Math.ceil((weight - FREE_WEIGHT) / 1000) * perKg;
  }
  return rate;
}

class Order {
  constructor(lines, customer) {
    this.lines = lines;
    this.customer = customer;
    this.subtotal = 0;
    this.weight = 0;
    this.pointsUsed = 0;
    this.giftCard = 0;
  }

  get afterDiscounts() {
    return this.subtotal - this.discountTotal;
  }

  get isGold() {
    return this.customer.tier === 'gold';
  }

  priceLines(catalog) {
    this.lines.forEach(function (line) {
      checkAvailability(line, catalog[line.sku]);
      line.total = line.qty * line.unitPrice;
      this.subtotal += line.total;
      this.weight += line.qty * line.weight;
    }, this);
  }

  applyPromotions(codes, opts) {
    var promo = promotions.applyPromotions(this.lines, codes, this.customer, { now: opts.now, strict: opts.strict });
    this.discounts = promo.discounts;
    this.rejectedCodes = promo.rejected;
    this.freeShipping = promo.freeShipping;
    this.discountTotal = promo.discounts.reduce(function (sum, discount) {
      return sum + discount.amount;
    }, 0);
  }

  /** `true` redeems every point; a number redeems that many. Capped at a share of the order. */
  redeemPoints(request) {
    if (!request) {
      return;
    }
    var available = this.customer.points || 0;
    var wanted = request === true ? available : request;
    if (typeof wanted !== 'number' || wanted < 0) {
      throw new CheckoutError('invalid points request: ' + request, 'POINTS');
    }
    if (wanted > available) {
      throw new CheckoutError('not enough points: ' + available + ' available', 'POINTS');
    }
    var cap = Math.floor(this.afterDiscounts * (this.isGold ? POINTS_CAP.gold : POINTS_CAP.other));
    this.pointsUsed = Math.floor(wanted < cap ? wanted : cap);
  }

  priceShipping(shipping) {
    var method = shipping.method || 'standard';
    var zone = shipping.zone || 'domestic';
    checkRoute(method, zone);
    if (method === 'pickup') {
      this.shipping = 0;
      return;
    }
    var standard = standardRate(zone, this.weight);
    if (method === 'express') {
      this.shipping = this.freeShipping ? standard : standard * 2;
    } else if (this.freeShipping || (zone === 'domestic' && this.afterDiscounts >= FREE_DOMESTIC_FROM)) {
      this.shipping = 0;
    } else {
      this.shipping = standard;
    }
  }

  get totalBeforeGiftCard() {
    return this.afterDiscounts - this.pointsUsed + this.shipping;
  }

  applyGiftCard(card) {
    if (!card) {
      return;
    }
    if (card.expired) {
      throw new CheckoutError('gift card expired', 'GIFT_CARD');
    }
    var due = this.totalBeforeGiftCard;
    this.giftCard = card.balance > due ? due : card.balance;
  }

  pointsEarned() {
    var earned = Math.floor((this.afterDiscounts - this.pointsUsed) / 100);
    return this.isGold ? earned * 2 : earned;
  }

  summary() {
    var total = this.totalBeforeGiftCard;
    total -= this.giftCard;
    return {
      lines: this.lines.map(function (line) {
        return { sku: line.sku, qty: line.qty, unitPrice: line.unitPrice, total: line.total };
      }),
      subtotal: this.subtotal,
      discounts: this.discounts,
      rejectedCodes: this.rejectedCodes,
      discountTotal: this.discountTotal,
      pointsUsed: this.pointsUsed,
      shipping: this.shipping,
      giftCard: this.giftCard,
      total: total,
      pointsEarned: this.pointsEarned(),
    };
  }
}

function checkout(cart, catalog) {
  var opts = (cart && cart.options) || {};
  if (!cart || !Array.isArray(cart.items) || cart.items.length === 0) {
    throw new CheckoutError('cart is empty', 'EMPTY');
  }
  var order = new Order(mergeItems(cart.items, catalog), cart.customer || {});
  order.priceLines(catalog);
  order.applyPromotions(cart.codes, opts);
  order.redeemPoints(opts.redeemPoints);
  order.priceShipping(cart.shipping || {});
  order.applyGiftCard(cart.giftCard);
  return order.summary();
}

module.exports = {
  checkout: checkout,
  STANDARD_RATES: STANDARD_RATES,
};
