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

var BOGO_PREFIX = 'BOGO-';

function lineTotal(lines, category) {
  var total = 0;
  lines.forEach(function (line) {
    if (category === undefined || line.category === category) {
      total += line.total;
    }
  });
  return total;
}

function catalogPromotion(code) {
  return Object.prototype.hasOwnProperty.call(PROMO_CODES, code) ? PROMO_CODES[code] : null;
}

class PromotionRun {
  constructor(lines, customer, opts) {
    this.lines = lines;
    this.customer = customer;
    this.opts = opts;
    this.subtotal = lineTotal(lines);
    this.discounted = 0;
    this.percentUsed = false;
    this.seen = new Set();
    this.result = { discounts: [], freeShipping: false, rejected: [] };
  }

  apply(raw) {
    var code = String(raw).trim().toUpperCase();
    if (code === '' || this.seen.has(code)) {
      return;
    }
    this.seen.add(code);
    if (code.indexOf(BOGO_PREFIX) === 0) {
      this.applyBogo(code);
    } else {
      this.applyCatalogCode(code, raw);
    }
  }

  reject(code, reason) {
    this.result.rejected.push({ code: code, reason: reason });
  }

  /** Grants a discount, never more than what is left of the subtotal. */
  grant(code, amount) {
    var left = this.subtotal - this.discounted;
    var granted = amount > left ? left : amount;
    this.discounted += granted;
    this.result.discounts.push({ code: code, amount: granted });
  }

  applyBogo(code) {
    var sku = code.slice(BOGO_PREFIX.length);
    var line = this.lines.find(function (candidate) {
      return String(candidate.sku).toUpperCase() === sku;
    });
    if (!line) {
      this.reject(code, 'no matching item');
    } else if (line.qty < 2) {
      this.reject(code, 'needs two items');
    } else {
      this.grant(code, Math.floor(line.qty / 2) * line.unitPrice);
    }
  }

  applyCatalogCode(code, raw) {
    var promo = catalogPromotion(code);
    if (!promo) {
      if (this.opts.strict) {
        throw new CheckoutError('unknown promo code: ' + raw, 'PROMO_UNKNOWN');
      }
      this.reject(code, 'unknown code');
      return;
    }
    var problem = this.ineligibility(promo);
    if (problem) {
      this.reject(code, problem);
    } else if (promo.kind === 'percent') {
      this.applyPercent(code, promo);
    } else if (promo.kind === 'fixed') {
      this.grant(code, promo.amount);
    } else {
      this.result.freeShipping = true;
    }
  }

  /** Why a known code does not apply to this order, or null when it does. */
  ineligibility(promo) {
    if (promo.expires && this.opts.now && this.opts.now > promo.expires) {
      return 'expired';
    }
    if ((promo.tier && this.customer.tier !== promo.tier) || (promo.firstOrder && this.customer.orders > 0)) {
      return 'not eligible';
    }
    if (promo.minSubtotal && this.subtotal < promo.minSubtotal) {
      return 'minimum not reached';
    }
    return null;
  }

  /** Only one percentage code per order, on the whole cart or on one category. */
  applyPercent(code, promo) {
    if (this.percentUsed) {
      this.reject(code, 'does not combine');
      return;
    }
    var base = promo.category ? lineTotal(this.lines, promo.category) : this.subtotal;
    if (base === 0) {
      this.reject(code, 'no matching item');
      return;
    }
    this.percentUsed = true;
    this.grant(code, Math.round(base * promo.rate));
  }
}

function applyPromotions(lines, codes, customer, options) {
  var run = new PromotionRun(lines, customer || {}, options || {});
  var list = codes || [];
  for (var i = 0; i < list.length; i++) {
    run.apply(list[i]);
  }
  return run.result;
}

module.exports = {
  applyPromotions: applyPromotions,
  PROMO_CODES: PROMO_CODES,
};
