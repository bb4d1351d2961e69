'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { priceCart } = require('../cartPricing');
const { promotionDiscount } = require('../promotions');
const { tierFor } = require('../tiers');

const cart = {
  date: '2024-05-10',
  lines: [
    { sku: 'TSHIRT', category: 'apparel', unitPrice: 1999, quantity: 2 },
    { sku: 'MUG', category: 'home', unitPrice: 899, quantity: 1 },
  ],
};

test('tiers follow points and membership years', () => {
  assert.equal(tierFor({ points: 12000 }), 'platinum');
  assert.equal(tierFor({ points: 2500, memberYears: 3 }), 'gold');
  assert.equal(tierFor({ points: 10 }), 'bronze');
  assert.equal(tierFor(null), 'none');
});

test('a percent promotion', () => {
  assert.equal(promotionDiscount({ code: 'P10', type: 'percent', percent: 10 }, cart, '2024-05-10'), 490);
});

test('buy one get one free', () => {
  assert.equal(promotionDiscount({ code: 'B1', type: 'bogo', sku: 'TSHIRT' }, cart, '2024-05-10'), 1999);
});

test('a guest pays shipping below the free-shipping amount', () => {
  assert.deepEqual(priceCart(cart, null, []), {
    subtotal: 4897,
    tier: 'none',
    tierDiscount: 0,
    promotions: [],
    discount: 0,
    capped: false,
    shipping: 495,
    total: 5392,
  });
});

test('gold customers get 5% and free shipping', () => {
  const priced = priceCart(cart, { points: 6000 }, []);
  assert.equal(priced.tierDiscount, 245);
  assert.equal(priced.shipping, 0);
  assert.equal(priced.total, 4652);
});

test('the best promotion replaces a smaller tier discount', () => {
  const priced = priceCart(cart, { points: 6000 }, [{ code: 'P10', type: 'percent', percent: 10 }]);
  assert.deepEqual(priced.promotions, ['P10']);
  assert.equal(priced.discount, 490);
  assert.equal(priced.tierDiscount, 0);
});

test('rejects an empty cart', () => {
  assert.throws(() => priceCart({ lines: [] }, null, []), { message: 'cart is empty' });
});
