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
var FOOD_EXEMPT_REGIONS = ['CA', 'NY', 'TX'];
var SHIPPING_TAXED_REGIONS = ['NY', 'TX'];
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

function checkLine(line, number) {
  if (!Number.isInteger(line.price) || line.price < 0) {
    throw new Error('invalid price on line ' + number + ': ' + line.price);
  }
  if (!Number.isInteger(line.qty) || line.qty <= 0) {
    throw new Error('invalid quantity on line ' + number + ': ' + line.qty);
  }
}

function lineAmount(line) {
  var amount = line.price * line.qty;
  if (!line.discount) {
    return amount;

  return line.discount > amount ? 0 : amount - line.discount;
}

function clothingBase(line, amount, ctx) {
  var nyExempt = ctx.region === 'NY' && line.price < NY_CLOTHING_LIMIT;
  var holidayExempt = ctx.holiday && line.price < TX_HOLIDAY_LIMIT;
  return nyExempt || holidayExempt ? 0 : amount;
}

function digitalBase(amount, region) {
  if (region === 'CA') {
    return 0;
  }
  return region === 'TX' ? Math.round(amount * TX_DIGITAL_SHARE) : amount;
}

/** The part of a line's amount that is taxed, by category and region. */
function taxableBase(line, amount, ctx) {
  if (ctx.exemptCustomer || line.category === 'medicine') {
    return 0;
  }
  switch (line.category) {
    case 'food':
      return FOOD_EXEMPT_REGIONS.indexOf(ctx.region) === -1 ? amount : 0;
    case 'clothing':
      return clothingBase(line, amount, ctx);
    case 'digital':
      return digitalBase(amount, ctx.region);
    default:
      return amount;
  }
}

function taxLine(line, ctx, totals) {
  var amount = lineAmount(line);
  var base = taxableBase(line, amount, ctx);
  var lineTax = base * ctx.rate;
  totals.taxable += base;
  totals.exempt += amount - base;
  totals.raw += lineTax;
  totals.rounded += Math.round(lineTax);
  return { sku: line.sku, base: base, tax: Math.round(lineTax) };
}

function taxLines(lines, ctx, totals) {
  var taxed = [];
  for (var i = 0; i < lines.length; i++) {
    checkLine(lines[i], i + 1);
    taxed.push(taxLine(lines[i], ctx, totals));
  }
  return taxed;
}

/** Shipping is taxed in some regions, and only when some of the goods are. */
function taxShipping(shipping, ctx, totals) {
  if (!(shipping > 0)) {
    return 0;
  }
  var taxed = !ctx.exemptCustomer && SHIPPING_TAXED_REGIONS.indexOf(ctx.region) !== -1 && totals.taxable > 0;
  if (!taxed) {
    totals.exempt += shipping;
    return 0;
  }
  totals.taxable += shipping;
  return shipping * ctx.rate;
}

function calculateTax(order, options) {
  var opts = options || {};
  var warnings = [];
  checkOrder(order);
  var ctx = { region: order.region, rate: STATE_RATES[order.region] + localRate(opts) };
  var rounding = roundingMode(opts);
  ctx.exemptCustomer = isExemptCustomer(order.customer || {}, ctx.region, warnings);
  ctx.holiday = isTaxHoliday(order);
  var totals = { taxable: 0, exempt: 0, raw: 0, rounded: 0 };
  var lineTaxes = taxLines(order.lines, ctx, totals);
  var shippingTax = taxShipping(order.shipping || 0, ctx, totals);
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
