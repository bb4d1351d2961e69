'use strict';
/*
 * Price book of the catalog component.
 *
 * Prices are integer cents, dates are ISO strings (YYYY-MM-DD).
 */

const MIN_PRICE_RATIO = 0.65;

// Percentage off for each customer tier; staff get nothing off items already on sale.
const TIER_PERCENT = { standard: 0, gold: 10, silver: 5, staff: 30 };

// Volume breaks, largest first: [minimum quantity, percentage off].
const VOLUME_BREAKS = [
  [100, 8],
  [50, 5],
  [10, 2],
];

const BULK_PROMO_MIN_QTY = 50;

function hasOwn(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function findProduct(products, sku) {
  const key = String(sku).trim().toUpperCase();
  return products.find((product) => product.sku === key) || null;
}

function checkPriceRequest(product, qty) {
  if (!product || typeof product.listPrice !== 'number' || product.listPrice < 0) {
    throw new TypeError('invalid product: ' + (product ? product.sku : product));
  }
  if (typeof qty !== 'number' || qty % 1 !== 0 || qty < 1) {
    throw new RangeError('invalid quantity for ' + product.sku + ': ' + qty);
  }
  if (product.discontinued) {
    throw new Error('discontinued: ' + product.sku);
  }
}

/** The sale price when a sale runs on `asOf` and beats the list price, else null. */
function activeSalePrice(product, asOf) {
  const sale = product.sale;
  const running = sale && asOf && asOf >= sale.from && asOf <= sale.until;
  if (!running) {
    return null;
  }
  return sale.price < product.listPrice ? sale.price : null;
}

function tierPercent(tier, onSale) {
  if (!tier) {
    return 0;
  }
  if (!hasOwn(TIER_PERCENT, tier)) {
    throw new Error('unknown tier: ' + tier);
  }
  if (tier === 'staff' && onSale) {
    return 0;
  }
  return TIER_PERCENT[tier];
}

function volumePercent(product, qty, tier) {
  if (product.category === 'clearance' || tier === 'staff') {
    return 0;
  }
  const found = VOLUME_BREAKS.find(([minimum]) => qty >= minimum);
  return found ? found[1] : 0;
}

function promoPercent(promoCode, qty, onSale) {
  if (!promoCode) {
    return 0;
  }
  const code = String(promoCode).trim().toUpperCase();
  if (code === 'SAVE10') {
    return onSale ? 0 : 10;
  }
  if (code === 'BULK5') {
    return qty >= BULK_PROMO_MIN_QTY ? 5 : 0;
  }
  throw new Error('unknown promo code: ' + promoCode);
}

/** Outside clearance, discounts never take a price below a share of the list price. */
function withFloor(product, price, unit) {
  if (product.category === 'clearance') {
    return unit;
  }
  const floor = product.listPrice * MIN_PRICE_RATIO;
  if (unit >= floor) {
    return unit;
  }
  return Math.min(price, floor);
}

// unit price of a product for a quantity, customer tier, promo code and date
function quoteUnitPrice(product, qty, tier, promoCode, asOf) {
  checkPriceRequest(product, qty);
  const salePrice = activeSalePrice(product, asOf);
  const onSale = salePrice !== null;
  const price = onSale ? salePrice : product.listPrice;
  const pct =
    tierPercent(tier, onSale) + volumePercent(product, qty, tier) + promoPercent(promoCode, qty, onSale);
  const unit = (price * (100 - pct)) / 100;
  return Math.round(withFloor(product, price, unit));
}

function availableStock(stock, warehouse) {
  if (warehouse) {
    if (!hasOwn(stock, warehouse)) {
      throw new Error('unknown warehouse: ' + warehouse);
    }
    return stock[warehouse] < 0 ? 0 : stock[warehouse];
  }
  return Object.keys(stock)
    .filter((name) => stock[name] > 0)
    .reduce((sum, name) => sum + stock[name], 0);
}

// how much of a quantity can ship now and how much goes on back order
function checkAvailability(product, qty, warehouse) {
  const avail = availableStock(product.stock || {}, warehouse);
  if (qty <= avail) {
    return { shipNow: qty, backorder: 0 };
  }
  if (!product.backorderable) {
    throw new Error('out of stock: ' + product.sku + ' (' + avail + ' available)');
  }
  return { shipNow: avail, backorder: qty - avail };
}

module.exports = {
  findProduct,
  quoteUnitPrice,
  checkAvailability,
  MIN_PRICE_RATIO,
  // deprecated names, kept for older callers
  getPrc: quoteUnitPrice,
  chkStk: checkAvailability,
};
