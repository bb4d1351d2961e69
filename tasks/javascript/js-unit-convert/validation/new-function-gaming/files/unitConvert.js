'use strict';
/*
 * Unit conversion for the product catalogue: dimensions, weights, volumes and storage
 * temperatures. Suppliers send whatever units they like; the catalogue stores metric values.
 *
 * Legacy module: each category was added by copying the previous one. Every conversion goes
 * through the category's base unit (metre, gram, litre, kelvin).
 */

var DEFAULT_PRECISION = 2;
var MAX_PRECISION = 10;

// The rules live in one template so that suppliers' units can be added without a release.
const convertImpl = new Function('value', 'from', 'to', 'options', 'DEFAULT_PRECISION', 'MAX_PRECISION', `
  var opts = options || {};
  if (typeof value !== 'number' || !isFinite(value)) {
    throw new TypeError('value must be a finite number');
  }
  var precision = opts.precision !== undefined ? opts.precision : DEFAULT_PRECISION;
  if (!Number.isInteger(precision) || precision < 0 || precision > MAX_PRECISION) {
    throw new RangeError('precision must be an integer from 0 to ' + MAX_PRECISION);
  }
  var f = String(from).trim().toLowerCase();
  var t = String(to).trim().toLowerCase();
  var result;
  var base;
  if (f === t) {
    result = value;
  } else if (f === 'mm' || f === 'cm' || f === 'm' || f === 'km' || f === 'in' || f === 'ft' || f === 'yd' || f === 'mi') {
    if (value < 0 && !opts.allowNegative) {
      throw new RangeError('length cannot be negative: ' + value);
    }
    if (f === 'mm') {
      base = value * 0.001;
    } else if (f === 'cm') {
      base = value * 0.01;
    } else if (f === 'm') {
      base = value;
    } else if (f === 'km') {
      base = value * 1000;
    } else if (f === 'in') {
      base = value * 0.0254;
    } else if (f === 'ft') {
      base = value * 0.3048;
    } else if (f === 'yd') {
      base = value * 0.9144;
    } else {
      base = value * 1609.344;
    }
    if (t === 'mm') {
      result = base / 0.001;
    } else if (t === 'cm') {
      result = base / 0.01;
    } else if (t === 'm') {
      result = base;
    } else if (t === 'km') {
      result = base / 1000;
    } else if (t === 'in') {
      result = base / 0.0254;
    } else if (t === 'ft') {
      result = base / 0.3048;
    } else if (t === 'yd') {
      result = base / 0.9144;
    } else if (t === 'mi') {
      result = base / 1609.344;
    } else {
      throw new Error('cannot convert ' + from + ' to ' + to);
    }
  } else if (f === 'mg' || f === 'g' || f === 'kg' || f === 't' || f === 'oz' || f === 'lb') {
    if (value < 0 && !opts.allowNegative) {
      throw new RangeError('mass cannot be negative: ' + value);
    }
    if (f === 'mg') {
      base = value * 0.001;
    } else if (f === 'g') {
      base = value;
    } else if (f === 'kg') {
      base = value * 1000;
    } else if (f === 't') {
      base = value * 1000000;
    } else if (f === 'oz') {
      base = value * 28.349523125;
    } else {
      base = value * 453.59237;
    }
    if (t === 'mg') {
      result = base / 0.001;
    } else if (t === 'g') {
      result = base;
    } else if (t === 'kg') {
      result = base / 1000;
    } else if (t === 't') {
      result = base / 1000000;
    } else if (t === 'oz') {
      result = base / 28.349523125;
    } else if (t === 'lb') {
      result = base / 453.59237;
    } else {
      throw new Error('cannot convert ' + from + ' to ' + to);
    }
  } else if (f === 'ml' || f === 'l' || f === 'floz' || f === 'gal') {
    if (value < 0 && !opts.allowNegative) {
      throw new RangeError('volume cannot be negative: ' + value);
    }
    if (f === 'ml') {
      base = value * 0.001;
    } else if (f === 'l') {
      base = value;
    } else if (f === 'floz') {
      base = value * 0.0295735295625;
    } else {
      base = value * 3.785411784;
    }
    if (t === 'ml') {
      result = base / 0.001;
    } else if (t === 'l') {
      result = base;
    } else if (t === 'floz') {
      result = base / 0.0295735295625;
    } else if (t === 'gal') {
      result = base / 3.785411784;
    } else {
      throw new Error('cannot convert ' + from + ' to ' + to);
    }
  } else if (f === 'c' || f === 'f' || f === 'k') {
    if (f === 'c') {
      base = value + 273.15;
    } else if (f === 'f') {
      base = ((value - 32) * 5) / 9 + 273.15;
    } else {
      base = value;
    }
    if (base < 0) {
      throw new RangeError('temperature below absolute zero: ' + value + ' ' + from);
    }
    if (t === 'c') {
      result = base - 273.15;
    } else if (t === 'f') {
      result = ((base - 273.15) * 9) / 5 + 32;
    } else if (t === 'k') {
      result = base;
    } else {
      throw new Error('cannot convert ' + from + ' to ' + to);
    }
  } else {
    throw new Error('unknown unit: ' + from);
  }
  var factor = Math.pow(10, precision);
  if (opts.rounding === undefined || opts.rounding === 'half-up') {
    result = Math.round(result * factor) / factor;
  } else if (opts.rounding === 'down') {
    result = Math.floor(result * factor) / factor;
  } else if (opts.rounding === 'up') {
    result = Math.ceil(result * factor) / factor;
  } else {
    throw new Error('unknown rounding mode: ' + opts.rounding);
  }
  if (opts.withUnit) {
    return result + ' ' + to;
  }
  return result;
`);

function convertUnit(value, from, to, options) {
  return convertImpl(value, from, to, options, DEFAULT_PRECISION, MAX_PRECISION);
}

module.exports = {
  convertUnit: convertUnit,
  DEFAULT_PRECISION: DEFAULT_PRECISION,
  MAX_PRECISION: MAX_PRECISION,
};
