'use strict';
/*
 * Promotions. Each promotion has a type and the fields that type needs; it may be limited to
 * a date range (startsOn / endsOn, ISO dates, inclusive) and a minimum spend. Amounts are in
 * cents. A cart is { lines: [{ sku, category, unitPrice, quantity, onSale }] }.
 */

function lineTotal(line) {
  return line.unitPrice * line.quantity;
}

function cartSubtotal(cart) {
  return cart.lines.reduce((sum, line) => sum + lineTotal(line), 0);
}

function invalid(promo, problem) {
  return new Error('promotion ' + promo.code + ': ' + problem);
}

function isPercent(value) {
  return value > 0 && value <= 100;
}

function percentOff(promo, cart, subtotal) {
  if (!isPercent(promo.percent)) {
    throw invalid(promo, 'percent must be above 0 and at most 100');
  }
  const discount = Math.round((subtotal * promo.percent) / 100);
  return promo.maxDiscount && discount > promo.maxDiscount ? promo.maxDiscount : discount;
}

function fixedOff(promo, cart, subtotal) {
  if (!(promo.amount > 0)) {
    throw invalid(promo, 'amount must be positive');
  }
  return promo.amount > subtotal ? subtotal : promo.amount;
}

// every second item of the sku is free, or reduced by secondItemPercent
function secondItemOff(promo, cart) {
  if (!promo.sku) {
    throw invalid(promo, 'sku missing');
  }
  const share = promo.secondItemPercent || 100;
  return cart.lines
    .filter((line) => line.sku === promo.sku)
    .reduce((sum, line) => sum + Math.round((Math.floor(line.quantity / 2) * line.unitPrice * share) / 100), 0);
}

function bundleSets(promo, cart) {
  let sets = Infinity;
  let normal = 0;
  for (const sku of promo.skus) {
    const found = cart.lines.find((line) => line.sku === sku);
    if (!found) {
      return { sets: 0, normal };
    }
    sets = Math.min(sets, found.quantity);
    normal += found.unitPrice;
  }
  return { sets: promo.maxSets && sets > promo.maxSets ? promo.maxSets : sets, normal };
}

function bundleOff(promo, cart) {
  if (!Array.isArray(promo.skus) || promo.skus.length < 2 || !(promo.bundlePrice >= 0)) {
    throw invalid(promo, 'a bundle needs two or more skus and a price');
  }
  const { sets, normal } = bundleSets(promo, cart);
  return sets > 0 && normal > promo.bundlePrice ? (normal - promo.bundlePrice) * sets : 0;
}

function thresholdOff(promo, cart, subtotal) {
  if (!Array.isArray(promo.steps) || promo.steps.length === 0) {
    throw invalid(promo, 'steps missing');
  }
  let best = 0;
  for (const step of promo.steps) {
    if (subtotal >= step.spend && step.off > best) {
      best = step.off;
    }
  }
  return best;
}

function categoryOff(promo, cart) {
  if (!promo.category || !isPercent(promo.percent)) {
    throw invalid(promo, 'category and percent needed');
  }
  const counts = (line) => line.category === promo.category && !(promo.excludeSale && line.onSale);
  const categoryTotal = cart.lines.filter(counts).reduce((sum, line) => sum + lineTotal(line), 0);
  return Math.round((categoryTotal * promo.percent) / 100);
}

const CALCULATORS = {
  percent: percentOff,
  fixed: fixedOff,
  bogo: secondItemOff,
  bundle: bundleOff,
  threshold: thresholdOff,
  category: categoryOff,
};

const PROMO_TYPES = Object.keys(CALCULATORS);

function isRunning(promo, today) {
  return !(promo.startsOn && today < promo.startsOn) && !(promo.endsOn && today > promo.endsOn);
}

// The discount (cents) that `promo` gives on `cart` on the day `today`; 0 when it does not apply.
function promotionDiscount(promo, cart, today) {
  if (!promo || !PROMO_TYPES.includes(promo.type)) {
    throw new Error('unknown promotion type: ' + (promo ? promo.type : promo));
  }
  if (!isRunning(promo, today)) {
    return 0;
  }
  const subtotal = cartSubtotal(cart);
  if (promo.minSpend && subtotal < promo.minSpend) {
    return 0;
  }
  return CALCULATORS[promo.type](promo, cart, subtotal);
}

module.exports = {
  PROMO_TYPES,
  promotionDiscount,
};
