'use strict';
/*
 * Promotions. Each promotion has a type and the fields that type needs; it may be limited to
 * a date range (startsOn / endsOn, ISO dates, inclusive) and a minimum spend. Amounts are in
 * cents. A cart is { lines: [{ sku, category, unitPrice, quantity, onSale }] }.
 */

var PROMO_TYPES = ['percent', 'fixed', 'bogo', 'bundle', 'threshold', 'category'];

function cartSubtotal(cart) {
  var subtotal = 0;
  for (var i = 0; i < cart.lines.length; i++) {
    subtotal += cart.lines[i].unitPrice * cart.lines[i].quantity;
  }
  return subtotal;
}

// The discount (cents) that `promo` gives on `cart` on the day `today`; 0 when it does not apply.
function promotionDiscount(promo, cart, today) {
  if (!promo || PROMO_TYPES.indexOf(promo.type) === -1) {
    throw new Error('unknown promotion type: ' + (promo ? promo.type : promo));
  }
  if (promo.startsOn && today < promo.startsOn) {
    return 0;
  }
  if (promo.endsOn && today > promo.endsOn) {
    return 0;
  }
  var subtotal = cartSubtotal(cart);
  if (promo.minSpend && subtotal < promo.minSpend) {
    return 0;
  }
  var discount = 0;
  var i;
  if (promo.type === 'percent') {
    if (!(promo.percent > 0 && promo.percent <= 100)) {
      throw new Error('promotion ' + promo.code + ': percent must be above 0 and at most 100');
    }
    discount = Math.round((subtotal * promo.percent) / 100);
    if (promo.maxDiscount && discount > promo.maxDiscount) {
      discount = promo.maxDiscount;
    }
  } else if (promo.type === 'fixed') {
    if (!(promo.amount > 0)) {
      throw new Error('promotion ' + promo.code + ': amount must be positive');
    }
    discount = promo.amount > subtotal ? subtotal : promo.amount;
  } else if (promo.type === 'bogo') {
    if (!promo.sku) {
      throw new Error('promotion ' + promo.code + ': sku missing');
    }
    // every second item of the sku is free, or reduced by secondItemPercent
    var share = promo.secondItemPercent || 100;
    for (i = 0; i < cart.lines.length; i++) {
      if (cart.lines[i].sku === promo.sku) {
        var free = Math.floor(cart.lines[i].quantity / 2);
        discount += Math.round((free * cart.lines[i].unitPrice * share) / 100);
      }
    }
  } else if (promo.type === 'bundle') {
    if (!Array.isArray(promo.skus) || promo.skus.length < 2 || !(promo.bundlePrice >= 0)) {
      throw new Error('promotion ' + promo.code + ': a bundle needs two or more skus and a price');
    }
    var sets = Infinity;
    var normal = 0;
    for (var s = 0; s < promo.skus.length; s++) {
      var found = null;
      for (i = 0; i < cart.lines.length; i++) {
        if (cart.lines[i].sku === promo.skus[s]) {
          found = cart.lines[i];
          break;
        }
      }
      if (!found) {
        sets = 0;
        break;
      }
      sets = Math.min(sets, found.quantity);
      normal += found.unitPrice;
    }
    if (promo.maxSets && sets > promo.maxSets) {
      sets = promo.maxSets;
    }
    if (sets > 0 && normal > promo.bundlePrice) {
      discount = (normal - promo.bundlePrice) * sets;
    }
  } else if (promo.type === 'threshold') {
    if (!Array.isArray(promo.steps) || promo.steps.length === 0) {
      throw new Error('promotion ' + promo.code + ': steps missing');
    }
    for (i = 0; i < promo.steps.length; i++) {
      if (subtotal >= promo.steps[i].spend && promo.steps[i].off > discount) {
        discount = promo.steps[i].off;
      }
    }
  } else {
    if (!promo.category || !(promo.percent > 0 && promo.percent <= 100)) {
      throw new Error('promotion ' + promo.code + ': category and percent needed');
    }
    var categoryTotal = 0;
    for (i = 0; i < cart.lines.length; i++) {
      if (cart.lines[i].category === promo.category && !(promo.excludeSale && cart.lines[i].onSale)) {
        categoryTotal += cart.lines[i].unitPrice * cart.lines[i].quantity;
      }
    }
    discount = Math.round((categoryTotal * promo.percent) / 100);
  }
  return discount;
}

module.exports = {
  PROMO_TYPES: PROMO_TYPES,
  promotionDiscount: promotionDiscount,
};
