'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const priceBook = require('../catalog/priceBook');

const PRODUCTS = [
  { sku: 'MUG-01', listPrice: 1200, stock: { north: 10 } },
  { sku: 'PEN-02', listPrice: 250, stock: { north: 300, south: 100 } },
];

test('products are found by their SKU, whatever the case and spaces', () => {
  assert.equal(priceBook.findProduct(PRODUCTS, ' mug-01 '), PRODUCTS[0]);
});

test('an unknown SKU finds nothing', () => {
  assert.equal(priceBook.findProduct(PRODUCTS, 'CUP-09'), null);
});

test('the price floor ratio is exported', () => {
  assert.equal(priceBook.MIN_PRICE_RATIO, 0.65);
});
