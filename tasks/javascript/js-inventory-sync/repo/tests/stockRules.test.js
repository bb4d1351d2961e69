'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { stockStatus, reorderQuantity } = require('../stockRules');

test('plenty of stock is in stock', () => {
  assert.equal(stockStatus({ onHand: 50, reserved: 5, reorderPoint: 10 }), 'in_stock');
});

test('reserved stock is not available', () => {
  assert.equal(stockStatus({ onHand: 20, reserved: 12, reorderPoint: 10 }), 'reorder');
});

test('discontinued items with stock left go on clearance', () => {
  assert.equal(stockStatus({ onHand: 3, reorderPoint: 10, discontinued: true }), 'clearance');
});

test('perishables close to expiry are flagged', () => {
  assert.equal(stockStatus({ onHand: 100, reorderPoint: 10, category: 'perishable', daysToExpiry: 2 }), 'expiring');
});

test('reorder up to three times the reorder point, in whole packs', () => {
  assert.equal(reorderQuantity({ onHand: 4, reserved: 0, incoming: 0, reorderPoint: 10, packSize: 12 }), 36);
});
