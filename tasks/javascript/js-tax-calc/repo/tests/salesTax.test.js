'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { calculateTax } = require('../salesTax');

function order(fields) {
  return Object.assign({ region: 'CA', date: '2024-03-14', lines: [{ sku: 'A1', category: 'general', price: 2000, qty: 3 }] }, fields);
}

test('general goods pay the state rate', () => {
  assert.equal(calculateTax(order({})), 435);
});

test('a local rate adds to the state rate', () => {
  assert.equal(calculateTax(order({}), { localRate: 0.0125 }), 510);
});

test('food is exempt in California', () => {
  const lines = [
    { sku: 'F1', category: 'food', price: 500, qty: 4 },
    { sku: 'G1', category: 'general', price: 1000, qty: 1 },
  ];
  assert.equal(calculateTax(order({ lines })), 73);
});

test('New York taxes shipping with the goods', () => {
  const result = calculateTax(order({ region: 'NY', shipping: 1500 }), { breakdown: true });
  assert.equal(result.tax, 300);
  assert.equal(result.shippingTax, 60);
  assert.equal(result.taxable, 7500);
});

test('government customers pay no tax', () => {
  assert.equal(calculateTax(order({ customer: { type: 'government' } })), 0);
});

test('an unknown region is an error', () => {
  assert.throws(() => calculateTax(order({ region: 'ZZ' })), /unknown region: ZZ/);
});
