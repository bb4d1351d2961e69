'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { priceOrder, quoteLine } = require('../checkout/checkout');

const PRODUCTS = [
  { sku: 'MUG-01', listPrice: 1200, stock: { north: 10 } },
  { sku: 'PEN-02', listPrice: 250, stock: { north: 300, south: 100 } },
  { sku: 'LAMP-03', listPrice: 4500, stock: { south: 1 }, backorderable: true },
];

test('a small order pays standard shipping and tax', () => {
  const result = priceOrder({ lines: [{ sku: 'MUG-01', qty: 2 }] }, PRODUCTS);
  assert.deepEqual(result, {
    lines: [{ sku: 'MUG-01', qty: 2, unitPrice: 1200, amount: 2400 }],
    subtotal: 2400,
    shipping: 599,
    tax: 192,
    total: 3191,
  });
});

test('gold customers get their discount and volume breaks add up', () => {
  const result = priceOrder({ tier: 'gold', lines: [{ sku: 'PEN-02', qty: 50 }] }, PRODUCTS);
  assert.ok(result.lines[0].unitPrice > 0);
  assert.equal(result.shipping, 0);
});

test('back orders can be split off', () => {
  const result = priceOrder({ lines: [{ sku: 'LAMP-03', qty: 3 }] }, PRODUCTS, { splitBackorders: true });
  assert.deepEqual(result.backorders, [{ sku: 'LAMP-03', qty: 2 }]);
  assert.equal(result.subtotal, 4500);
});

test('unknown SKUs are rejected', () => {
  assert.throws(() => priceOrder({ lines: [{ sku: 'CUP-09', qty: 1 }] }, PRODUCTS), /unknown sku: CUP-09/);
});

test('a quote shows the saving against the list price', () => {
  assert.deepEqual(quoteLine(PRODUCTS, 'pen-02', 10, 'silver', '2024-05-01'), {
    sku: 'PEN-02',
    unitPrice: 233,
    amount: 2330,
    saving: 170,
  });
});
