'use strict';
/*
 * Sales tax for checkout orders.
 *
 * Amounts are integer cents, rates are fractions (0.0725 is 7.25%), dates are ISO strings
 * (YYYY-MM-DD). `calculateTax` reads the order's context (rate, exempt customer, tax holiday),
 * taxes each line, then the shipping, and rounds per line or once per invoice.
 */

var STATE_RATES = { CA: 0.0725, NY: 0.04, TX: 0.0625, OR: 0 };
var MAX_LOCAL_RATE = 0.05;
var NY_CLOTHING_LIMIT = 11000;
var TX_HOLIDAY_LIMIT = 10000;
var TX_DIGITAL_SHARE = 0.8;
var ROUNDING_MODES = ['invoice', 'line'];
var CERTIFICATE_PATTERN = /^[A-Z]{2}-\d{6}$/;

function checkOrder(order) {
  if (!order || !Array.isArray(order.lines) || order.lines.length === 0) {
    throw new Error('order has no lines');
  }
  if (!Object.prototype.hasOwnProperty.call(STATE_RATES, order.region)) {
    throw new Error('unknown region: ' + order.region);
  }
}

function localRate(opts) {
  if (opts.localRate === undefined) {
    return 0;
  }
  var value = opts.localRate;
  if (typeof value !== 'number' || value < 0 || value >= MAX_LOCAL_RATE) {
    throw new Error('invalid local rate: ' + value);
  }
  return value;
}

function roundingMode(opts) {
  var mode = opts.rounding || 'invoice';
  if (ROUNDING_MODES.indexOf(mode) === -1) {
    throw new Error('unknown rounding mode: ' + mode);
  }
  return mode;
}

function hasValidCertificate(customer, region) {
  var cert = customer.certificate;
  return typeof cert === 'string' && CERTIFICATE_PATTERN.test(cert) && cert.slice(0, 2) === region;
}

/** Whether the customer is exempt; a reseller without a valid certificate gets a warning. */
function isExemptCustomer(customer, region, warnings) {
  if (customer.type === 'government') {
    return true;
  }
  if (customer.type !== 'reseller') {
    return false;
  }
  if (hasValidCertificate(customer, region)) {
    return true;
  }
  warnings.push('reseller certificate not valid in ' + region + ', tax charged');
  return false;
}

/** Texas drops the tax on cheap clothing from 9 to 11 August. */
function isTaxHoliday(order) {
  if (order.region !== 'TX' || typeof order.date !== 'string') {
    return false;
  }
  var monthDay = order.date.slice(5, 10);
  return monthDay >= '08-09' && monthDay <= '08-11';
}

/** Taxes the lines and the shipping. */
function taxItems(order, ctx) {
  var lineTaxes = [];
  var taxable = 0;
  var exempt = 0;
  var rawTotal = 0;
  var roundedTotal = 0;
  for (var i = 0; i < order.lines.length; i++) {
    var line = order.lines[i];
    if (!Number.isInteger(line.price) || line.price < 0) {
      throw new Error('invalid price on line ' + (i + 1) + ': ' + line.price);
    }
    if (!Number.isInteger(line.qty) || line.qty <= 0) {
      throw new Error('invalid quantity on line ' + (i + 1) + ': ' + line.qty);
    }
    var amount = line.price * line.qty;
    if (line.discount) {
      if (line.discount > amount) {
        amount = 0;
      } else {
        amount = amount - line.discount;
      }
    }
    var base = amount;
    if (ctx.exemptCustomer) {
      base = 0;
    } else if (line.category === 'medicine') {
      base = 0;
    } else if (line.category === 'food') {
      if (ctx.region === 'CA' || ctx.region === 'NY' || ctx.region === 'TX') {
        base = 0;
      }
    } else if (line.category === 'clothing') {
      if (ctx.region === 'NY' && line.price < NY_CLOTHING_LIMIT) {
        base = 0;
      } else if (ctx.holiday && line.price < TX_HOLIDAY_LIMIT) {
        base = 0;
      }
    } else if (line.category === 'digital') {
      if (ctx.region === 'CA') {
        base = 0;
      } else if (ctx.region === 'TX') {
        base = Math.round(amount * TX_DIGITAL_SHARE);
      }
    }
    var lineTax = base * ctx.rate;
    taxable += base;
    exempt += amount - base;
    rawTotal += lineTax;
    roundedTotal += Math.round(lineTax);
    lineTaxes.push({ sku: line.sku, base: base, tax: Math.round(lineTax) });
  }
  var shippingTax = 0;
  var shipping = order.shipping || 0;
  if (shipping > 0 && !ctx.exemptCustomer) {
    if (ctx.region === 'NY' || ctx.region === 'TX') {
      if (taxable > 0) {
        shippingTax = shipping * ctx.rate;
        taxable += shipping;
      } else {
        exempt += shipping;
      }
    } else {
      exempt += shipping;
    }
  } else if (shipping > 0) {
    exempt += shipping;
  }
  return { lines: lineTaxes, taxable: taxable, exempt: exempt, raw: rawTotal, rounded: roundedTotal, shippingTax: shippingTax };
}

function calculateTax(order, options) {
  var opts = options || {};
  var warnings = [];
  checkOrder(order);
  var ctx = { region: order.region, rate: STATE_RATES[order.region] + localRate(opts) };
  var rounding = roundingMode(opts);
  ctx.exemptCustomer = isExemptCustomer(order.customer || {}, ctx.region, warnings);
  ctx.holiday = isTaxHoliday(order);
  var totals = taxItems(order, ctx);
  var lineTaxes = totals.lines;
  var shippingTax = totals.shippingTax;
  var tax = rounding === 'line' ? totals.rounded + Math.round(shippingTax) : Math.round(totals.raw + shippingTax);
  if (!opts.breakdown) {
    return tax;
  }
  return {
    tax: tax,
    rate: ctx.rate,
    taxable: totals.taxable,
    exempt: totals.exempt,
    shippingTax: Math.round(shippingTax),
    lines: lineTaxes,
    warnings: warnings,
  };
}

module.exports = {
  calculateTax: calculateTax,
  STATE_RATES: STATE_RATES,
};
