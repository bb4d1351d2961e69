'use strict';
/*
 * Unit conversion for the product catalogue: dimensions, weights, volumes and storage
 * temperatures. Suppliers send whatever units they like; the catalogue stores metric values.
 *
 * Every conversion goes through the category's base unit (metre, gram, litre, kelvin).
 */

const DEFAULT_PRECISION = 2;
const MAX_PRECISION = 10;

// Size of one unit in the base unit of its category.
const LINEAR_UNITS = {
  length: { mm: 0.001, cm: 0.01, m: 1, km: 1000, in: 0.0254, ft: 0.3048, yd: 0.9144, mi: 1609.344 },
  mass: { mg: 0.001, g: 1, kg: 1000, t: 1000000, oz: 28.349523125, lb: 453.59237 },
  volume: { ml: 0.001, l: 1, floz: 0.0295735295625, gal: 3.785411784 },
};

// Temperatures are offsets, not multiples: each unit converts to and from kelvin.
const TEMPERATURE_UNITS = {
  c: { toKelvin: (v) => v + 273.15, fromKelvin: (k) => k - 273.15 },
  f: { toKelvin: (v) => ((v - 32) * 5) / 9 + 273.15, fromKelvin: (k) => ((k - 273.15) * 9) / 5 + 32 },
  k: { toKelvin: (v) => v, fromKelvin: (k) => k },
};

const ROUNDING = { 'half-up': Math.round, down: Math.floor, up: Math.ceil };

function checkArguments(value, precision) {
  if (typeof value !== 'number' || !isFinite(value)) {
    throw new TypeError('value must be a finite number');
  }
  if (!Number.isInteger(precision) || precision < 0 || precision > MAX_PRECISION) {
    throw new RangeError('precision must be an integer from 0 to ' + MAX_PRECISION);
  }
}

function unitKey(unit) {
  return String(unit).trim().toLowerCase();
}

function cannotConvert(from, to) {
  return new Error('cannot convert ' + from + ' to ' + to);
}

function convertLinear(category, value, from, to, opts) {
  const units = LINEAR_UNITS[category];
  if (value < 0 && !opts.allowNegative) {
    throw new RangeError(category + ' cannot be negative: ' + value);
  }
  const base = value * units[unitKey(from)];
  const target = unitKey(to);
  if (!Object.hasOwn(units, target)) {
    throw cannotConvert(from, to);
  }
  return base / units[target];
}

function convertTemperature(value, from, to) {
  const kelvin = TEMPERATURE_UNITS[unitKey(from)].toKelvin(value);
  if (kelvin < 0) {
    throw new RangeError('temperature below absolute zero: ' + value + ' ' + from);
  }
  const target = unitKey(to);
  if (!Object.hasOwn(TEMPERATURE_UNITS, target)) {
    throw cannotConvert(from, to);
  }
  return TEMPERATURE_UNITS[target].fromKelvin(kelvin);
}

function convertValue(value, from, to, opts) {
  const source = unitKey(from);
  if (source === unitKey(to)) {
    return value;
  }
  const category = Object.keys(LINEAR_UNITS).find((name) => Object.hasOwn(LINEAR_UNITS[name], source));
  if (category) {
    return convertLinear(category, value, from, to, opts);
  }
  if (Object.hasOwn(TEMPERATURE_UNITS, source)) {
    return convertTemperature(value, from, to);
  }
  throw new Error('unknown unit: ' + from);
}

function rounded(result, precision, mode = 'half-up') {
  if (!Object.hasOwn(ROUNDING, mode)) {
    throw new Error('unknown rounding mode: ' + mode);
  }
  const factor = Math.pow(10, precision);
  return ROUNDING[mode](result * factor) / factor;
}

function convert(value, from, to, options) {
  const opts = options || {};
  const precision = opts.precision !== undefined ? opts.precision : DEFAULT_PRECISION;
  checkArguments(value, precision);
  const result = rounded(convertValue(value, from, to, opts), precision, opts.rounding);
  return opts.withUnit ? result + ' ' + to : result;
}

module.exports = {
  convert,
  DEFAULT_PRECISION,
  MAX_PRECISION,
};
