'use strict';
/*
 * Sales tax for checkout orders.
 *
 * Legacy module: everything happens in one function, one state's exception at a time. Amounts
 * are integer cents, rates are fractions (0.0725 is 7.25%), dates are ISO strings (YYYY-MM-DD).
 */

var STATE_RATES = { CA: 0.0725, NY: 0.04, TX: 0.0625, OR: 0 };
var MAX_LOCAL_RATE = 0.05;
var NY_CLOTHING_LIMIT = 11000;
var TX_HOLIDAY_LIMIT = 10000;
var TX_DIGITAL_SHARE = 0.8;

function calculateTax(order, options) {
  var opts = options || {};
  var warnings = [];
  if (!order || !Array.isArray(order.lines) || order.lines.length === 0) {
    throw new Error('order has no lines');
  }
  var region = order.region;
  if (!Object.prototype.hasOwnProperty.call(STATE_RATES, region)) {
    throw new Error('unknown region: ' + region);
  }
  var local = 0;
  if (opts.localRate !== undefined) {
    if (typeof opts.localRate !== 'number' || opts.localRate < 0 || opts.localRate >= MAX_LOCAL_RATE) {
      throw new Error('invalid local rate: ' + opts.localRate);
    }
    local = opts.localRate;
  }
  var rate = STATE_RATES[region] + local;
  var rounding = opts.rounding || 'invoice';
  if (rounding !== 'invoice' && rounding !== 'line') {
    throw new Error('unknown rounding mode: ' + rounding);
  }
  var customer = order.customer || {};
  var exemptCustomer = false;
  if (customer.type === 'government') {
    exemptCustomer = true;
  } else if (customer.type === 'reseller') {
    var cert = customer.certificate;
    if (typeof cert === 'string' && /^[A-Z]{2}-\d{6}$/.test(cert) && cert.slice(0, 2) === region) {
      exemptCustomer = true;
    } else {
      warnings.push('reseller certificate not valid in ' + region + ', tax charged');
    }
  }
  var holiday = false;
  if (region === 'TX' && typeof order.date === 'string') {
    var monthDay = order.date.slice(5, 10);
    if (monthDay >= '08-09' && monthDay <= '08-11') {
      holiday = true;
    }
  }
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
    if (exemptCustomer) {
      base = 0;
    } else if (line.category === 'medicine') {
      base = 0;
    } else if (line.category === 'food') {
      if (region === 'CA' || region === 'NY' || region === 'TX') {
        base = 0;
      }
    } else if (line.category === 'clothing') {
      if (region === 'NY' && line.price < NY_CLOTHING_LIMIT) {
        base = 0;
      } else if (holiday && line.price < TX_HOLIDAY_LIMIT) {
        base = 0;
      }
    } else if (line.category === 'digital') {
      if (region === 'CA') {
        base = 0;
      } else if (region === 'TX') {
        base = Math.round(amount * TX_DIGITAL_SHARE);
      }
    }
    var lineTax = base * rate;
    taxable += base;
    exempt += amount - base;
    rawTotal += lineTax;
    roundedTotal += Math.round(lineTax);
    lineTaxes.push({ sku: line.sku, base: base, tax: Math.round(lineTax) });
  }
  var shippingTax = 0;
  var shipping = order.shipping || 0;
  if (shipping > 0 && !exemptCustomer) {
    if (region === 'NY' || region === 'TX') {
      if (taxable > 0) {
        shippingTax = shipping * rate;
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
  var tax;
  if (rounding === 'line') {
    tax = roundedTotal + Math.round(shippingTax);
  } else {
    tax = Math.round(rawTotal + shippingTax);
  }
  if (opts.breakdown) {
    return {
      tax: tax,
      rate: rate,
      taxable: taxable,
      exempt: exempt,
      shippingTax: Math.round(shippingTax),
      lines: lineTaxes,
      warnings: warnings,
    };
  }
  return tax;
}

module.exports = {
  calculateTax: calculateTax,
  STATE_RATES: STATE_RATES,
};
