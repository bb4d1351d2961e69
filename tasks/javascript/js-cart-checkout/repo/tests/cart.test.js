'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { checkout } = require('../cart');
const CheckoutError = require('../checkoutError');

const CATALOG = {
  mug: { price: 1200, category: 'kitchen', weight: 400, stock: 10 },
  rake: { price: 2900, category: 'garden', weight: 1800 },
};

test('a simple domestic order pays standard shipping', () => {
  const order = checkout({ items: [{ sku: 'mug', qty: 2 }] }, CATALOG);
  assert.equal(order.subtotal, 2400);
  assert.equal(order.shipping, 495);
  assert.equal(order.total, 2895);
  assert.equal(order.pointsEarned, 24);
});

test('codes, points and a gift card come off the total', () => {
  const order = checkout(
    {
      items: [{ sku: 'mug', qty: 3 }, { sku: 'rake', qty: 1 }],
      codes: ['SAVE10'],
      customer: { points: 400 },
      shipping: { method: 'express', zone: 'eu' },
      giftCard: { balance: 1000 },
    },
    CATALOG,
    { redeemPoints: true },
  );
  assert.equal(order.discountTotal, 650);
  assert.equal(order.pointsUsed, 400);
  assert.equal(order.shipping, 2590);
  assert.equal(order.giftCard, 1000);
  assert.equal(order.total, 7040);
});

test('an empty cart is refused', () => {
  assert.throws(() => checkout({ items: [] }, CATALOG), CheckoutError);
});

test('stock is checked', () => {
  assert.throws(() => checkout({ items: [{ sku: 'mug', qty: 11 }] }, CATALOG), /only 10 left of mug/);
});
