'use strict';
/*
 * Cart checkout for the web shop: checks the cart against the catalog, applies promotion
 * codes, redeems loyalty points, prices the shipping and takes the gift card.
 *
 * Legacy module: one function keeps every running total in local variables. Amounts are integer
 * cents, weights are grams. One loyalty point is worth one cent.
 */

var CheckoutError = require('./checkoutError');
var promotions = require('./promotions');

var STANDARD_RATES = { domestic: 495, eu: 995, world: 1995 };
var FREE_DOMESTIC_FROM = 5000;

function checkout(cart, catalog, options) {
  var opts = options || {};
  if (!cart || !Array.isArray(cart.items) || cart.items.length === 0) {
    throw new CheckoutError('cart is empty', 'EMPTY');
  }
  var customer = cart.customer || {};
  var lines = [];
  var bySku = {};
  for (var i = 0; i < cart.items.length; i++) {
    var item = cart.items[i];
    var product = Object.prototype.hasOwnProperty.call(catalog, item.sku) ? catalog[item.sku] : null;
    if (!product) {
      throw new CheckoutError('unknown product: ' + item.sku, 'UNKNOWN_SKU');
    }
    if (!Number.isInteger(item.qty) || item.qty <= 0) {
      throw new CheckoutError('invalid quantity for ' + item.sku + ': ' + item.qty, 'QUANTITY');
    }
    if (Object.prototype.hasOwnProperty.call(bySku, item.sku)) {
      bySku[item.sku].qty += item.qty;
    } else {
      bySku[item.sku] = { sku: item.sku, qty: item.qty, unitPrice: product.price, category: product.category, weight: product.weight || 0 };
      lines.push(bySku[item.sku]);
    }
  }
  var subtotal = 0;
  var weight = 0;
  for (var l = 0; l < lines.length; l++) {
    var line = lines[l];
    var stock = catalog[line.sku].stock;
    var limit = catalog[line.sku].maxPerOrder;
    if (stock !== undefined && line.qty > stock) {
      throw new CheckoutError('only ' + stock + ' left of ' + line.sku, 'OUT_OF_STOCK');
    }
    if (limit && line.qty > limit) {
      throw new CheckoutError('at most ' + limit + ' of ' + line.sku + ' per order', 'LIMIT');
    }
    line.total = line.qty * line.unitPrice;
    subtotal += line.total;
    weight += line.qty * line.weight;
  }
  var promo = promotions.applyPromotions(lines, cart.codes, customer, { now: opts.now, strict: opts.strict });
  var discountTotal = 0;
  for (var d = 0; d < promo.discounts.length; d++) {
    discountTotal += promo.discounts[d].amount;
  }
  var afterDiscounts = subtotal - discountTotal;
  var pointsUsed = 0;
  if (opts.redeemPoints) {
    var available = customer.points || 0;
    var wanted = opts.redeemPoints === true ? available : opts.redeemPoints;
    if (typeof wanted !== 'number' || wanted < 0) {
      throw new CheckoutError('invalid points request: ' + opts.redeemPoints, 'POINTS');
    }
    if (wanted > available) {
      if (opts.redeemPoints === true) {
        wanted = available;
      } else {
        throw new CheckoutError('not enough points: ' + available + ' available', 'POINTS');
      }
    }
    var capRate = customer.tier === 'gold' ? 0.3 : 0.2;
    var cap = Math.floor(afterDiscounts * capRate);
    pointsUsed = Math.floor(wanted < cap ? wanted : cap);
  }
  var ship = cart.shipping || {};
  var method = ship.method || 'standard';
  var zone = ship.zone || 'domestic';
  var shipping = 0;
  if (method === 'pickup') {
    if (zone !== 'domestic') {
      throw new CheckoutError('pickup only in the domestic zone', 'SHIPPING');
    }
    shipping = 0;
  } else if (method === 'standard' || method === 'express') {
    if (!Object.prototype.hasOwnProperty.call(STANDARD_RATES, zone)) {
      throw new CheckoutError('unknown shipping zone: ' + zone, 'SHIPPING');
    }
    if (method === 'express' && zone === 'world') {
      throw new CheckoutError('no express shipping to zone world', 'SHIPPING');
    }
    var standard = STANDARD_RATES[zone];
    if (weight > 2000) {
      var extraKg = Math.ceil((weight - 2000) / 1000);
      if (zone === 'domestic') {
        standard += extraKg * 150;
      } else {
        standard += extraKg * 300;
      }
    }
    if (method === 'express') {
      if (promo.freeShipping) {
        shipping = standard;
      } else {
        shipping = standard * 2;
      }
    } else {
      if (promo.freeShipping) {
        shipping = 0;
      } else if (zone === 'domestic' && afterDiscounts >= FREE_DOMESTIC_FROM) {
        shipping = 0;
      } else {
        shipping = standard;
      }
    }
  } else {
    throw new CheckoutError('unknown shipping method: ' + method, 'SHIPPING');
  }
  var total = afterDiscounts - pointsUsed + shipping;
  var giftCard = 0;
  if (cart.giftCard) {
    if (cart.giftCard.expired) {
      throw new CheckoutError('gift card expired', 'GIFT_CARD');
    }
    giftCard = cart.giftCard.balance > total ? total : cart.giftCard.balance;
    total -= giftCard;
  }
  var pointsEarned = Math.floor((afterDiscounts - pointsUsed) / 100);
  if (customer.tier === 'gold') {
    pointsEarned = pointsEarned * 2;
  }
  return {
    lines: lines.map(function (ln) {
      return { sku: ln.sku, qty: ln.qty, unitPrice: ln.unitPrice, total: ln.total };
    }),
    subtotal: subtotal,
    discounts: promo.discounts,
    rejectedCodes: promo.rejected,
    discountTotal: discountTotal,
    pointsUsed: pointsUsed,
    shipping: shipping,
    giftCard: giftCard,
    total: total,
    pointsEarned: pointsEarned,
  };
}

module.exports = {
  checkout: checkout,
  STANDARD_RATES: STANDARD_RATES,
};
