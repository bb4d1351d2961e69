'use strict';
/*
 * Promotion codes for the web shop. Amounts are integer cents; `now` is an ISO date string.
 *
 * A `PromotionRun` applies the codes of one order in turn and keeps the running state: what was
 * already discounted (no code takes more than is left) and whether a percentage code was used.
 */

var CheckoutError = require('./checkoutError');

var PROMO_CODES = {
  SAVE10: { kind: 'percent', rate: 0.1, minSubtotal: 5000 },
  VIP15: { kind: 'percent', rate: 0.15, tier: 'gold' },
  SPRING20: { kind: 'percent', rate: 0.2, category: 'garden', expires: '2024-05-31' },
  WELCOME5: { kind: 'fixed', amount: 500, firstOrder: true },
  TAKE15: { kind: 'fixed', amount: 1500, minSubtotal: 10000, expires: '2024-12-31' },
  SHIPFREE: { kind: 'shipping', minSubtotal: 2500 },
};

var LEGACY_SOURCE = `(function applyPromotions(lines, codes, customer, options) {
  var opts = options || {};
  var cust = customer || {};
  var result = { discounts: [], freeShipping: false, rejected: [] };
  var subtotal = 0;
  for (var i = 0; i < lines.length; i++) {
    subtotal += lines[i].total;
  }
  var discounted = 0;
  var percentUsed = false;
  var seen = {};
  var list = codes || [];
  for (var c = 0; c < list.length; c++) {
    var code = String(list[c]).trim().toUpperCase();
    if (code === '' || seen[code]) {
      continue;
    }
    seen[code] = true;
    if (code.indexOf('BOGO-') === 0) {
      var sku = code.slice(5);
      var line = null;
      for (var j = 0; j < lines.length; j++) {
        if (String(lines[j].sku).toUpperCase() === sku) {
          line = lines[j];
          break;
        }
      }
      if (!line) {
        result.rejected.push({ code: code, reason: 'no matching item' });
      } else if (line.qty < 2) {
        result.rejected.push({ code: code, reason: 'needs two items' });
      } else {
        var free = Math.floor(line.qty / 2) * line.unitPrice;
        if (free > subtotal - discounted) {
          free = subtotal - discounted;
        }
        discounted += free;
        result.discounts.push({ code: code, amount: free });
      }
      continue;
    }
    var promo = Object.prototype.hasOwnProperty.call(PROMO_CODES, code) ? PROMO_CODES[code] : null;
    if (!promo) {
      if (opts.strict) {
        throw new CheckoutError('unknown promo code: ' + list[c], 'PROMO_UNKNOWN');
      }
      result.rejected.push({ code: code, reason: 'unknown code' });
    } else if (promo.expires && opts.now && opts.now > promo.expires) {
      result.rejected.push({ code: code, reason: 'expired' });
    } else if (promo.tier && cust.tier !== promo.tier) {
      result.rejected.push({ code: code, reason: 'not eligible' });
    } else if (promo.firstOrder && cust.orders > 0) {
      result.rejected.push({ code: code, reason: 'not eligible' });
    } else if (promo.minSubtotal && subtotal < promo.minSubtotal) {
      result.rejected.push({ code: code, reason: 'minimum not reached' });
    } else if (promo.kind === 'percent') {
      if (percentUsed) {
        result.rejected.push({ code: code, reason: 'does not combine' });
      } else {
        var base = 0;
        if (promo.category) {
          for (var k = 0; k < lines.length; k++) {
            if (lines[k].category === promo.category) {
              base += lines[k].total;
            }
          }
        } else {
          base = subtotal;
        }
        if (base === 0) {
          result.rejected.push({ code: code, reason: 'no matching item' });
        } else {
          var off = Math.round(base * promo.rate);
          if (off > subtotal - discounted) {
            off = subtotal - discounted;
          }
          percentUsed = true;
          discounted += off;
          result.discounts.push({ code: code, amount: off });
        }
      }
    } else if (promo.kind === 'fixed') {
      var amount = promo.amount;
      if (amount > subtotal - discounted) {
        amount = subtotal - discounted;
      }
      discounted += amount;
      result.discounts.push({ code: code, amount: amount });
    } else {
      result.freeShipping = true;
    }
  }
  return result;
})`;

var applyPromotions = eval(LEGACY_SOURCE);

module.exports = {
  applyPromotions: applyPromotions,
  PROMO_CODES: PROMO_CODES,
};
