'use strict';
/*
 * Checkout pricing: turns an order into priced lines, shipping, tax and a total.
 *
 * Legacy module: amounts are integer cents; the unit prices and stock come from the catalog's
 * price book.
 */

var priceBook = require('../catalog/priceBook');

var FREE_SHIPPING_FROM = 5000;
var STANDARD_SHIPPING = 599;
var EXPRESS_SHIPPING = 1500;
var FREE_EXPRESS_FROM = 20000;
var DEFAULT_TAX_RATE = 0.08;

function quoteLine(products, sku, qty, tier, asOf) {
  var product = priceBook.findProduct(products, sku);
  if (!product) {
    throw new Error('unknown sku: ' + sku);
  }
  var unit = priceBook.getPrc(product, qty, tier, null, asOf);
  var listAmount = product.listPrice * qty;
  return {
    sku: product.sku,
    unitPrice: unit,
    amount: unit * qty,
    saving: listAmount - unit * qty,
  };
}

function priceOrder(order, products, options) {
  var opts = options || {};
  if (!order || !order.lines || !order.lines.length) {
    throw new Error('order has no lines');
  }
  var lines = [];
  var backorders = [];
  var skipped = [];
  var subtotal = 0;
  for (var i = 0; i < order.lines.length; i++) {
    var ln = order.lines[i];
    var product = priceBook.findProduct(products, ln.sku);
    if (!product) {
      if (opts.skipUnknown) {
        skipped.push(ln.sku);
        continue;
      } else {
        throw new Error('unknown sku: ' + ln.sku);
      }
    }
    var unit = priceBook.getPrc(product, ln.qty, order.tier, order.promoCode, order.date);
    var shipQty = ln.qty;
    if (!opts.ignoreStock) {
      var stk = priceBook.chkStk(product, ln.qty, opts.warehouse);
      if (stk.backorder > 0) {
        if (opts.splitBackorders) {
          shipQty = stk.shipNow;
          backorders.push({ sku: product.sku, qty: stk.backorder });
        } else if (!opts.allowBackorder) {
          throw new Error('not enough stock for ' + product.sku);
        }
      }
    }
    lines.push({ sku: product.sku, qty: shipQty, unitPrice: unit, amount: unit * shipQty });
    subtotal = subtotal + unit * shipQty;
  }
  if (lines.length === 0) {
    throw new Error('nothing to price');
  }
  var shipping = 0;
  if (order.pickup) {
    shipping = 0;
  } else if (order.express) {
    if (subtotal >= FREE_EXPRESS_FROM) {
      shipping = 0;
    } else {
      shipping = EXPRESS_SHIPPING;
    }
  } else {
    if (subtotal >= FREE_SHIPPING_FROM || subtotal === 0) {
      shipping = 0;
    } else {
      shipping = STANDARD_SHIPPING;
    }
  }
  var tax = 0;
  if (!order.taxExempt) {
    var rate = opts.taxRate !== undefined ? opts.taxRate : DEFAULT_TAX_RATE;
    var taxable = subtotal;
    if (opts.taxShipping) {
      taxable = taxable + shipping;
    }
    tax = Math.round(taxable * rate);
  }
  var result = {
    lines: lines,
    subtotal: subtotal,
    shipping: shipping,
    tax: tax,
    total: subtotal + shipping + tax,
  };
  if (backorders.length > 0) {
    result.backorders = backorders;
  }
  if (skipped.length > 0) {
    result.skipped = skipped;
  }
  return result;
}

module.exports = {
  priceOrder: priceOrder,
  quoteLine: quoteLine,
  FREE_SHIPPING_FROM: FREE_SHIPPING_FROM,
};
