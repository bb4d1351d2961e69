'use strict';
// Hidden behaviour tests for convertUnit. The implementation is loaded from the folder in
// LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'unitConvert.js'));
const { convertUnit } = impl;

test('exports the constants', () => {
  assert.equal(impl.DEFAULT_PRECISION, 2);
  assert.equal(impl.MAX_PRECISION, 10);
  assert.equal(typeof convertUnit, 'function');
});

// Every pair of units of each category, at full precision: [value, from, to, expected]
const PAIRS = [
  [1.75, "mm", "cm", 0.175],
  [1.75, "mm", "m", 0.00175],
  [1.75, "mm", "km", 0.00000175],
  [1.75, "mm", "in", 0.0688976378],
  [1.75, "mm", "ft", 0.0057414698],
  [1.75, "mm", "yd", 0.0019138233],
  [1.75, "mm", "mi", 0.0000010874],
  [1.75, "cm", "mm", 17.5],
  [1.75, "cm", "m", 0.0175],
  [1.75, "cm", "km", 0.0000175],
  [1.75, "cm", "in", 0.688976378],
  [1.75, "cm", "ft", 0.0574146982],
  [1.75, "cm", "yd", 0.0191382327],
  [1.75, "cm", "mi", 0.000010874],
  [1.75, "m", "mm", 1750],
  [1.75, "m", "cm", 175],
  [1.75, "m", "km", 0.00175],
  [1.75, "m", "in", 68.8976377953],
  [1.75, "m", "ft", 5.7414698163],
  [1.75, "m", "yd", 1.9138232721],
  [1.75, "m", "mi", 0.0010873996],
  [1.75, "km", "mm", 1750000],
  [1.75, "km", "cm", 175000],
  [1.75, "km", "m", 1750],
  [1.75, "km", "in", 68897.6377952756],
  [1.75, "km", "ft", 5741.469816273],
  [1.75, "km", "yd", 1913.823272091],
  [1.75, "km", "mi", 1.0873995864],
  [1.75, "in", "mm", 44.45],
  [1.75, "in", "cm", 4.445],
  [1.75, "in", "m", 0.04445],
  [1.75, "in", "km", 0.00004445],
  [1.75, "in", "ft", 0.1458333333],
  [1.75, "in", "yd", 0.0486111111],
  [1.75, "in", "mi", 0.0000276199],
  [1.75, "ft", "mm", 533.4],
  [1.75, "ft", "cm", 53.34],
  [1.75, "ft", "m", 0.5334],
  [1.75, "ft", "km", 0.0005334],
  [1.75, "ft", "in", 21],
  [1.75, "ft", "yd", 0.5833333333],
  [1.75, "ft", "mi", 0.0003314394],
  [1.75, "yd", "mm", 1600.2],
  [1.75, "yd", "cm", 160.02],
  [1.75, "yd", "m", 1.6002],
  [1.75, "yd", "km", 0.0016002],
  [1.75, "yd", "in", 63],
  [1.75, "yd", "ft", 5.25],
  [1.75, "yd", "mi", 0.0009943182],
  [1.75, "mi", "mm", 2816352],
  [1.75, "mi", "cm", 281635.2],
  [1.75, "mi", "m", 2816.352],
  [1.75, "mi", "km", 2.816352],
  [1.75, "mi", "in", 110880],
  [1.75, "mi", "ft", 9240],
  [1.75, "mi", "yd", 3080],
  [1.75, "mg", "g", 0.00175],
  [1.75, "mg", "kg", 0.00000175],
  [1.75, "mg", "t", 1.8e-9],
  [1.75, "mg", "oz", 0.0000617294],
  [1.75, "mg", "lb", 0.0000038581],
  [1.75, "g", "mg", 1750],
  [1.75, "g", "kg", 0.00175],
  [1.75, "g", "t", 0.00000175],
  [1.75, "g", "oz", 0.0617294334],
  [1.75, "g", "lb", 0.0038580896],
  [1.75, "kg", "mg", 1750000],
  [1.75, "kg", "g", 1750],
  [1.75, "kg", "t", 0.00175],
  [1.75, "kg", "oz", 61.7294334118],
  [1.75, "kg", "lb", 3.8580895882],
  [1.75, "t", "mg", 1750000000],
  [1.75, "t", "g", 1750000],
  [1.75, "t", "kg", 1750],
  [1.75, "t", "oz", 61729.4334117657],
  [1.75, "t", "lb", 3858.0895882354],
  [1.75, "oz", "mg", 49611.66546875],
  [1.75, "oz", "g", 49.6116654688],
  [1.75, "oz", "kg", 0.0496116655],
  [1.75, "oz", "t", 0.0000496117],
  [1.75, "oz", "lb", 0.109375],
  [1.75, "lb", "mg", 793786.6475000001],
  [1.75, "lb", "g", 793.7866475],
  [1.75, "lb", "kg", 0.7937866475],
  [1.75, "lb", "t", 0.0007937866],
  [1.75, "lb", "oz", 28],
  [1.75, "ml", "l", 0.00175],
  [1.75, "ml", "floz", 0.0591745397],
  [1.75, "ml", "gal", 0.0004623011],
  [1.75, "l", "ml", 1750],
  [1.75, "l", "floz", 59.1745397282],
  [1.75, "l", "gal", 0.4623010916],
  [1.75, "floz", "ml", 51.7536767344],
  [1.75, "floz", "l", 0.0517536767],
  [1.75, "floz", "gal", 0.013671875],
  [1.75, "gal", "ml", 6624.470622],
  [1.75, "gal", "l", 6.624470622],
  [1.75, "gal", "floz", 224],
  [-40, "c", "f", -40],
  [0, "c", "f", 32],
  [36.6, "c", "f", 97.88],
  [300, "c", "f", 572],
  [-40, "c", "k", 233.15],
  [0, "c", "k", 273.15],
  [36.6, "c", "k", 309.75],
  [300, "c", "k", 573.15],
  [-40, "f", "c", -40],
  [0, "f", "c", -17.7777777778],
  [36.6, "f", "c", 2.5555555556],
  [300, "f", "c", 148.8888888889],
  [-40, "f", "k", 233.15],
  [0, "f", "k", 255.3722222222],
  [36.6, "f", "k", 275.7055555556],
  [300, "f", "k", 422.0388888889],
  [0, "k", "c", -273.15],
  [36.6, "k", "c", -236.55],
  [300, "k", "c", 26.85],
  [0, "k", "f", -459.67],
  [36.6, "k", "f", -393.79],
  [300, "k", "f", 80.33],
];

for (const [value, from, to, expected] of PAIRS) {
  test(`${value} ${from} -> ${to}`, () => {
    assert.equal(convertUnit(value, from, to, { precision: 10 }), expected);
  });
}

// --- defaults ----------------------------------------------------------------------------
test('two decimals by default', () => {
  assert.equal(convertUnit(1, 'in', 'mm'), 25.4);
  assert.equal(convertUnit(1, 'oz', 'g'), 28.35);
  assert.equal(convertUnit(1, 'mi', 'km'), 1.61);
  assert.equal(convertUnit(1, 'floz', 'ml', null), 29.57);
  assert.equal(convertUnit(1, 'floz', 'ml', {}), 29.57);
  assert.equal(convertUnit(37.77777, 'c', 'f', { precision: undefined }), 100);
});

test('precision 0 and 10 are the limits', () => {
  assert.equal(convertUnit(1, 'mi', 'km', { precision: 0 }), 2);
  assert.equal(convertUnit(1, 'mi', 'km', { precision: 1 }), 1.6);
  assert.equal(convertUnit(1, 'yd', 'in', { precision: 10 }), 36);
  assert.equal(convertUnit(1, 'mm', 'in', { precision: 10 }), 0.0393700787);
  assert.equal(convertUnit(1, 'mm', 'in', { precision: 9 }), 0.039370079);
});

for (const precision of [-1, 11, 1.5, '2', null, NaN]) {
  test(`precision ${String(precision)} is rejected`, () => {
    assert.throws(() => convertUnit(1, 'm', 'cm', { precision }), {
      name: 'RangeError',
      message: 'precision must be an integer from 0 to 10',
    });
  });
}

// --- value checks ------------------------------------------------------------------------
for (const value of ['5', NaN, Infinity, -Infinity, null, undefined, {}]) {
  test(`value ${String(value)} is rejected`, () => {
    assert.throws(() => convertUnit(value, 'm', 'cm'), { name: 'TypeError', message: 'value must be a finite number' });
  });
}

test('the value is checked before the precision and the units', () => {
  assert.throws(() => convertUnit('x', 'nope', 'nope', { precision: -1 }), { name: 'TypeError' });
  assert.throws(() => convertUnit(1, 'nope', 'm', { precision: -1 }), { name: 'RangeError' });
});

// --- unit names --------------------------------------------------------------------------
test('unit names ignore case and surrounding blanks', () => {
  assert.equal(convertUnit(1, ' KM ', 'M'), 1000);
  assert.equal(convertUnit(3, 'Ft', '  yD'), 1);
  assert.equal(convertUnit(2, 'L', 'mL'), 2000);
  assert.equal(convertUnit(1, 'T', 'Kg'), 1000);
  assert.equal(convertUnit(0, 'c', 'K'), 273.15);
});

test('the same unit (after normalising) returns the value, rounded, without further checks', () => {
  assert.equal(convertUnit(1.23456, 'kg', 'KG'), 1.23);
  assert.equal(convertUnit(-3, 'm', 'm'), -3);
  assert.equal(convertUnit(-500, 'c', 'C'), -500);
  assert.equal(convertUnit(5, 'parsec', ' PARSEC '), 5);
  assert.equal(convertUnit(5, undefined, undefined), 5);
  assert.equal(convertUnit(7.777, 'xyz', 'xyz', { rounding: 'down', precision: 1 }), 7.7);
  assert.equal(convertUnit(7, 'xyz', 'xyz', { withUnit: true }), '7 xyz');
  assert.throws(() => convertUnit(7, 'xyz', 'xyz', { rounding: 'nearest' }), { message: 'unknown rounding mode: nearest' });
});

for (const [from, to, message] of [
  ['furlong', 'm', 'unknown unit: furlong'],
  ['constructor', 'm', 'unknown unit: constructor'],
  ['__proto__', 'g', 'unknown unit: __proto__'],
  ['toString', 'l', 'unknown unit: toString'],
  [null, 'm', 'unknown unit: null'],
  [undefined, 'm', 'unknown unit: undefined'],
  ['', 'm', 'unknown unit: '],
  ['m', 'kg', 'cannot convert m to kg'],
  ['m', 'toString', 'cannot convert m to toString'],
  ['mm', 'ml', 'cannot convert mm to ml'],
  ['mi', 'c', 'cannot convert mi to c'],
  ['kg', 'l', 'cannot convert kg to l'],
  ['G', ' M ', 'cannot convert G to  M '],
  ['oz', 'floz', 'cannot convert oz to floz'],
  ['lb', 'constructor', 'cannot convert lb to constructor'],
  ['l', 'kg', 'cannot convert l to kg'],
  ['gal', 'f', 'cannot convert gal to f'],
  ['floz', 'hasOwnProperty', 'cannot convert floz to hasOwnProperty'],
  ['c', 'm', 'cannot convert c to m'],
  ['F', 'valueOf', 'cannot convert F to valueOf'],
  ['k', 'kg', 'cannot convert k to kg'],
  ['m', undefined, 'cannot convert m to undefined'],
]) {
  test(`${String(from)} -> ${String(to)}: ${message}`, () => {
    assert.throws(() => convertUnit(1, from, to), (err) => {
      assert.equal(err.constructor, Error);
      assert.equal(err.message, message);
      return true;
    });
  });
}

// --- negative values ---------------------------------------------------------------------
for (const [from, to, category] of [
  ['m', 'cm', 'length'],
  ['mi', 'km', 'length'],
  ['kg', 'g', 'mass'],
  ['lb', 'oz', 'mass'],
  ['l', 'ml', 'volume'],
  ['gal', 'floz', 'volume'],
]) {
  test(`negative ${category} (${from})`, () => {
    assert.throws(() => convertUnit(-1.75, from, to), {
      name: 'RangeError',
      message: `${category} cannot be negative: -1.75`,
    });
    assert.throws(() => convertUnit(-0.001, from, 'nope'), { name: 'RangeError' });
    assert.equal(convertUnit(-1.75, from, to, { allowNegative: true }), -convertUnit(1.75, from, to));
    assert.equal(convertUnit(0, from, to), 0);
  });
}

test('negative values with allowNegative still need a matching unit', () => {
  assert.throws(() => convertUnit(-1, 'm', 'kg', { allowNegative: true }), { message: 'cannot convert m to kg' });
  assert.throws(() => convertUnit(-1, 'm', 'kg', { allowNegative: false }), { message: 'length cannot be negative: -1' });
});

// --- temperatures ------------------------------------------------------------------------
test('temperatures may be negative without allowNegative', () => {
  assert.equal(convertUnit(-10, 'c', 'f'), 14);
  assert.equal(convertUnit(-10, 'f', 'c'), -23.33);
  assert.equal(convertUnit(-10, 'c', 'k'), 263.15);
});

test('absolute zero is allowed, anything below is not', () => {
  assert.equal(convertUnit(-273.15, 'c', 'k'), 0);
  assert.equal(convertUnit(0, 'k', 'f'), -459.67);
  assert.equal(convertUnit(-459.67, 'f', 'k', { precision: 6 }), 0);
  assert.throws(() => convertUnit(-273.16, 'C', 'k'), {
    name: 'RangeError',
    message: 'temperature below absolute zero: -273.16 C',
  });
  assert.throws(() => convertUnit(-0.01, 'K', 'c'), { message: 'temperature below absolute zero: -0.01 K' });
  assert.throws(() => convertUnit(-460, 'f', 'c'), { message: 'temperature below absolute zero: -460 f' });
  assert.throws(() => convertUnit(-300, 'c', 'm'), { message: 'temperature below absolute zero: -300 c' });
});

// --- rounding ----------------------------------------------------------------------------
for (const [value, mode, expected] of [
  [0.125, undefined, 0.13],
  [0.125, 'half-up', 0.13],
  [0.125, 'down', 0.12],
  [0.125, 'up', 0.13],
  [0.121, 'up', 0.13],
  [0.129, 'down', 0.12],
  [0.124, 'half-up', 0.12],
  [-0.125, 'half-up', -0.12],
  [-0.125, 'down', -0.13],
  [-0.125, 'up', -0.12],
  [0.12, 'up', 0.12],
  [0.12, 'down', 0.12],
]) {
  test(`rounding ${mode} of ${value}`, () => {
    assert.equal(convertUnit(value, 'm', 'm', { rounding: mode, allowNegative: true }), expected);
  });
}

test('rounding applies to converted values', () => {
  assert.equal(convertUnit(1, 'ft', 'cm', { rounding: 'down', precision: 0 }), 30);
  assert.equal(convertUnit(1, 'ft', 'cm', { rounding: 'up', precision: 0 }), 31);
  assert.equal(convertUnit(1, 'ft', 'cm', { precision: 0 }), 30);
  assert.equal(convertUnit(20.123, 'c', 'f', { rounding: 'down', precision: 1 }), 68.2);
  assert.equal(convertUnit(-20.5, 'c', 'f', { rounding: 'up', precision: 0 }), -4);
  assert.equal(convertUnit(-20.5, 'c', 'f', { rounding: 'down', precision: 0 }), -5);
});

for (const mode of ['nearest', 'HALF-UP', null, '', 'constructor']) {
  test(`rounding mode ${String(mode)} is rejected after the conversion`, () => {
    assert.throws(() => convertUnit(1, 'm', 'cm', { rounding: mode }), {
      name: 'Error',
      message: 'unknown rounding mode: ' + mode,
    });
    assert.throws(() => convertUnit(1, 'm', 'kg', { rounding: mode }), { message: 'cannot convert m to kg' });
    assert.throws(() => convertUnit(-1, 'm', 'cm', { rounding: mode }), { message: 'length cannot be negative: -1' });
  });
}

// --- withUnit ----------------------------------------------------------------------------
test('withUnit appends the target unit exactly as given', () => {
  assert.equal(convertUnit(1, 'KM', ' M ', { withUnit: true }), '1000  M ');
  assert.equal(convertUnit(1, 'lb', 'Oz', { withUnit: true, precision: 1 }), '16 Oz');
  assert.equal(convertUnit(100, 'c', 'F', { withUnit: 1 }), '212 F');
  assert.equal(convertUnit(0.5, 'l', 'ml', { withUnit: 'yes' }), '500 ml');
  assert.equal(convertUnit(0.5, 'l', 'ml', { withUnit: false }), 500);
  assert.equal(convertUnit(0.5, 'l', 'ml', { withUnit: 0 }), 500);
  assert.equal(convertUnit(0.5, 'l', 'ml', { withUnit: '' }), 500);
});
