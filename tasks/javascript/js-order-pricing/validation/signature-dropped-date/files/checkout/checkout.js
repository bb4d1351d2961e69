'use strict';
/*
 * Checkout pricing: turns an order into priced lines, shipping, tax and a total.
 *
 * Amounts are integer cents; the unit prices and stock come from the catalog's price book.
 */

const priceBook = require('../catalog/priceBook');

const FREE_SHIPPING_FROM = 5000;
const STANDARD_SHIPPING = 599;
const EXPRESS_SHIPPING = 1500;
const FREE_EXPRESS_FROM = 20000;
const DEFAULT_TAX_RATE = 0.08;

function quoteLine(products, sku, qty, tier, asOf) {
  const product = priceBook.findProduct(products, sku);
  if (!product) {
    throw new Error('unknown sku: ' + sku);
  }
  const unit = priceBook.quoteUnitPrice(Object.assign({}, product, { priceDate: asOf }), qty, tier, null);
  const amount = unit * qty;
  return {
    sku: product.sku,
    unitPrice: unit,
    amount,
    saving: product.listPrice * qty - amount,
  };
}

/** How many units ship now; a shortfall is split off, allowed or refused as the options say. */
function shippableQuantity(product, qty, opts, backorders) {
  if (opts.ignoreStock) {
    return qty;
  }
  const stock = priceBook.checkAvailability(product, qty, opts.warehouse);
  if (stock.backorder === 0) {
    return qty;
  }
  if (opts.splitBackorders) {
    backorders.push({ sku: product.sku, qty: stock.backorder });
    return stock.shipNow;
  }
  if (!opts.allowBackorder) {
    throw new Error('not enough stock for ' + product.sku);
  }
  return qty;
}

function priceLine(order, product, qty, opts, backorders) {
  const unit = priceBook.quoteUnitPrice(Object.assign({}, product, { priceDate: order.date }), qty, order.tier, order.promoCode);
  const shipQty = shippableQuantity(product, qty, opts, backorders);
  return { sku: product.sku, qty: shipQty, unitPrice: unit, amount: unit * shipQty };
}

function shippingCost(order, subtotal) {
  if (order.pickup) {
    return 0;
  }
  if (order.express) {
    return subtotal >= FREE_EXPRESS_FROM ? 0 : EXPRESS_SHIPPING;
  }
  return subtotal >= FREE_SHIPPING_FROM || subtotal === 0 ? 0 : STANDARD_SHIPPING;
}

function taxAmount(order, opts, subtotal, shipping) {
  if (order.taxExempt) {
    return 0;
  }
  const rate = opts.taxRate !== undefined ? opts.taxRate : DEFAULT_TAX_RATE;
  const taxable = opts.taxShipping ? subtotal + shipping : subtotal;
  return Math.round(taxable * rate);
}

function priceLines(order, products, opts) {
  const priced = { lines: [], backorders: [], skipped: [] };
  for (const line of order.lines) {
    const product = priceBook.findProduct(products, line.sku);
    if (product) {
      priced.lines.push(priceLine(order, product, line.qty, opts, priced.backorders));
    } else if (opts.skipUnknown) {
      priced.skipped.push(line.sku);
    } else {
      throw new Error('unknown sku: ' + line.sku);
    }
  }
  return priced;
}

function priceOrder(order, products, options) {
  const opts = options || {};
  if (!order || !order.lines || !order.lines.length) {
    throw new Error('order has no lines');
  }
  const { lines, backorders, skipped } = priceLines(order, products, opts);
  if (lines.length === 0) {
    throw new Error('nothing to price');
  }
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const shipping = shippingCost(order, subtotal);
  const tax = taxAmount(order, opts, subtotal, shipping);
  const result = { lines, subtotal, shipping, tax, total: subtotal + shipping + tax };
  if (backorders.length > 0) {
    result.backorders = backorders;
  }
  if (skipped.length > 0) {
    result.skipped = skipped;
  }
  return result;
}

module.exports = {
  priceOrder,
  quoteLine,
  FREE_SHIPPING_FROM,
};
