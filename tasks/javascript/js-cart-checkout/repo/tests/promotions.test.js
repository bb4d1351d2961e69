'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { applyPromotions } = require('../promotions');

const LINES = [
  { sku: 'mug', qty: 3, unitPrice: 1200, total: 3600, category: 'kitchen' },
  { sku: 'rake', qty: 1, unitPrice: 2900, total: 2900, category: 'garden' },
];

test('a percentage code takes its share of the subtotal', () => {
  const result = applyPromotions(LINES, ['save10'], {}, { now: '2024-03-01' });
  assert.deepEqual(result.discounts, [{ code: 'SAVE10', amount: 650 }]);
  assert.equal(result.freeShipping, false);
});

test('buy one get one free on a matching item', () => {
  const result = applyPromotions(LINES, ['BOGO-MUG'], {}, {});
  assert.deepEqual(result.discounts, [{ code: 'BOGO-MUG', amount: 1200 }]);
});

test('unknown codes are rejected with a reason', () => {
  const result = applyPromotions(LINES, ['NOPE', 'SHIPFREE'], {}, {});
  assert.deepEqual(result.rejected, [{ code: 'NOPE', reason: 'unknown code' }]);
  assert.equal(result.freeShipping, true);
});
