'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { convertUnit } = require('../unitConvert');

test('converts lengths', () => {
  assert.equal(convertUnit(2.5, 'm', 'cm'), 250);
  assert.equal(convertUnit(12, 'in', 'cm'), 30.48);
});

test('converts weights', () => {
  assert.equal(convertUnit(1, 'lb', 'kg', { precision: 3 }), 0.454);
});

test('converts volumes', () => {
  assert.equal(convertUnit(2, 'gal', 'l'), 7.57);
});

test('converts temperatures', () => {
  assert.equal(convertUnit(100, 'C', 'F'), 212);
  assert.equal(convertUnit(-40, 'f', 'c'), -40);
});

test('rounds down on request', () => {
  assert.equal(convertUnit(1, 'ft', 'm', { rounding: 'down', precision: 1 }), 0.3);
});

test('can append the unit', () => {
  assert.equal(convertUnit(1500, 'g', 'kg', { withUnit: true }), '1.5 kg');
});

test('rejects units of different kinds', () => {
  assert.throws(() => convertUnit(1, 'kg', 'm'), { message: 'cannot convert kg to m' });
});

test('rejects unknown units', () => {
  assert.throws(() => convertUnit(1, 'furlong', 'm'), { message: 'unknown unit: furlong' });
});
