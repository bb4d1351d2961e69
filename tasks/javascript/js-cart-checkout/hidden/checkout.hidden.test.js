'use strict';
// Hidden behaviour tests for the checkout modules (promotions and cart), in one file so the test
// runner starts one process. The implementation is loaded from the folder in LIFTBENCH_IMPL (the
// candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

function load(name) {
  return require(path.join(process.env.LIFTBENCH_IMPL, name));
}

const promotions = load('promotions.js');
const { applyPromotions } = promotions;
const cart = load('cart.js');
const { checkout } = cart;
const CheckoutError = load('checkoutError.js');

function fails(fn, message, code) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof CheckoutError, `not a CheckoutError: ${err}`);
    assert.ok(err instanceof Error);
    assert.equal(err.name, 'CheckoutError');
    assert.equal(err.message, message);
    assert.equal(err.code, code);
    return true;
  });
}

// ===== module surface =====================================================================
test('exports', () => {
  assert.deepEqual(promotions.PROMO_CODES, {
    SAVE10: { kind: 'percent', rate: 0.1, minSubtotal: 5000 },
    VIP15: { kind: 'percent', rate: 0.15, tier: 'gold' },
    SPRING20: { kind: 'percent', rate: 0.2, category: 'garden', expires: '2024-05-31' },
    WELCOME5: { kind: 'fixed', amount: 500, firstOrder: true },
    TAKE15: { kind: 'fixed', amount: 1500, minSubtotal: 10000, expires: '2024-12-31' },
    SHIPFREE: { kind: 'shipping', minSubtotal: 2500 },
  });
  assert.deepEqual(cart.STANDARD_RATES, { domestic: 495, eu: 995, world: 1995 });
  const err = new CheckoutError('boom', 'X');
  assert.equal(err.message, 'boom');
  assert.equal(err.code, 'X');
  assert.equal(err.name, 'CheckoutError');
});

// ===== promotions =========================================================================
function line(sku, qty, unitPrice, category) {
  return { sku, qty, unitPrice, total: qty * unitPrice, category: category || 'misc' };
}

const MIXED = [line('mug', 3, 1200, 'kitchen'), line('rake', 1, 2900, 'garden'), line('seeds', 4, 350, 'garden')];
// subtotal 7900, garden 4300

function promo(lines, codes, customer, options) {
  return applyPromotions(lines, codes, customer, options);
}

test('codes are trimmed, upper-cased, and counted once', () => {
  const r = promo(MIXED, [' save10 ', 'SAVE10', 'Save10', '', '   ', 'bogo-mug', 'BOGO-MUG'], {}, {});
  assert.deepEqual(r, {
    discounts: [
      { code: 'SAVE10', amount: 790 },
      { code: 'BOGO-MUG', amount: 1200 },
    ],
    freeShipping: false,
    rejected: [],
  });
});

test('no codes, no discounts', () => {
  for (const codes of [undefined, null, []]) {
    assert.deepEqual(promo(MIXED, codes, {}, {}), { discounts: [], freeShipping: false, rejected: [] });
  }
  assert.deepEqual(promo(MIXED, ['SAVE10']).discounts, [{ code: 'SAVE10', amount: 790 }]);
  assert.deepEqual(promo(MIXED, ['VIP15'], null, null).rejected, [{ code: 'VIP15', reason: 'not eligible' }]);
});

test('codes that are not strings are read as text', () => {
  assert.deepEqual(promo(MIXED, [10, null, 'x'], {}, {}).rejected, [
    { code: '10', reason: 'unknown code' },
    { code: 'NULL', reason: 'unknown code' },
    { code: 'X', reason: 'unknown code' },
  ]);
  // a single string is read character by character
  assert.deepEqual(promo(MIXED, 'ab', {}, {}).rejected, [
    { code: 'A', reason: 'unknown code' },
    { code: 'B', reason: 'unknown code' },
  ]);
});

test('strict mode refuses unknown codes with the code as given', () => {
  fails(() => promo(MIXED, ['SAVE10', ' nope '], {}, { strict: true }), 'unknown promo code:  nope ', 'PROMO_UNKNOWN');
  fails(() => promo(MIXED, [42], {}, { strict: 1 }), 'unknown promo code: 42', 'PROMO_UNKNOWN');
  // only unknown codes: ineligible codes and unmatched BOGO codes are still just rejected
  const r = promo(MIXED, ['BOGO-LAMP', 'VIP15', 'BOGO-RAKE'], {}, { strict: true });
  assert.deepEqual(r.rejected, [
    { code: 'BOGO-LAMP', reason: 'no matching item' },
    { code: 'VIP15', reason: 'not eligible' },
    { code: 'BOGO-RAKE', reason: 'needs two items' },
  ]);
  assert.deepEqual(promo(MIXED, ['NOPE'], {}, { strict: false }).rejected, [{ code: 'NOPE', reason: 'unknown code' }]);
  assert.deepEqual(promo(MIXED, ['toString', 'constructor'], {}, {}).rejected, [
    { code: 'TOSTRING', reason: 'unknown code' },
    { code: 'CONSTRUCTOR', reason: 'unknown code' },
  ]);
});

test('buy one get one: every second item free', () => {
  const cases = [
    [1, null],
    [2, 1200],
    [3, 1200],
    [4, 2400],
    [5, 2400],
  ];
  for (const [qty, amount] of cases) {
    const r = promo([line('mug', qty, 1200)], ['BOGO-MUG'], {}, {});
    if (amount === null) {
      assert.deepEqual(r.rejected, [{ code: 'BOGO-MUG', reason: 'needs two items' }]);
      assert.deepEqual(r.discounts, []);
    } else {
      assert.deepEqual(r.discounts, [{ code: 'BOGO-MUG', amount }], `qty ${qty}`);
    }
  }
  assert.deepEqual(promo([line('Mug', 2, 700)], ['bogo-mug'], {}, {}).discounts, [{ code: 'BOGO-MUG', amount: 700 }]);
  assert.deepEqual(promo([line(1234, 2, 700)], ['BOGO-1234'], {}, {}).discounts, [{ code: 'BOGO-1234', amount: 700 }]);
  assert.deepEqual(promo([line('', 2, 700)], ['BOGO-'], {}, {}).discounts, [{ code: 'BOGO-', amount: 700 }]);
  assert.deepEqual(promo([line('mug', 2, 700)], ['BOGO-'], {}, {}).rejected, [{ code: 'BOGO-', reason: 'no matching item' }]);
  assert.deepEqual(promo([line('mug', 2, 700)], ['BOGO'], {}, {}).rejected, [{ code: 'BOGO', reason: 'unknown code' }]);
  assert.deepEqual(promo([line('mug', 2, 700)], ['XBOGO-MUG'], {}, {}).rejected, [{ code: 'XBOGO-MUG', reason: 'unknown code' }]);
  // the first line with the sku counts
  assert.deepEqual(promo([line('mug', 1, 700), line('MUG', 4, 100)], ['BOGO-MUG'], {}, {}).rejected, [
    { code: 'BOGO-MUG', reason: 'needs two items' },
  ]);
  assert.deepEqual(promo([line('mug', 2, 1000)], ['BOGO-MUG', 'BOGO-MUG'], {}, {}).discounts.length, 1);
});

test('expiry dates count when a date is given, the last day included', () => {
  const garden = [line('rake', 1, 2900, 'garden'), line('hose', 1, 8000, 'garden')];
  assert.deepEqual(promo(garden, ['SPRING20'], {}, {}).discounts, [{ code: 'SPRING20', amount: 2180 }]);
  assert.deepEqual(promo(garden, ['SPRING20'], {}, { now: '2024-05-30' }).discounts, [{ code: 'SPRING20', amount: 2180 }]);
  assert.deepEqual(promo(garden, ['SPRING20'], {}, { now: '2024-05-31' }).discounts, [{ code: 'SPRING20', amount: 2180 }]);
  assert.deepEqual(promo(garden, ['SPRING20'], {}, { now: '2024-06-01' }).rejected, [{ code: 'SPRING20', reason: 'expired' }]);
  assert.deepEqual(promo(garden, ['SPRING20'], {}, { now: '2024-05-31T10:00:00Z' }).rejected, [
    { code: 'SPRING20', reason: 'expired' },
  ]);
  assert.deepEqual(promo(garden, ['TAKE15'], {}, { now: '2024-12-31' }).discounts, [{ code: 'TAKE15', amount: 1500 }]);
  assert.deepEqual(promo(garden, ['TAKE15'], {}, { now: '2025-01-01' }).rejected, [{ code: 'TAKE15', reason: 'expired' }]);
  assert.deepEqual(promo(garden, ['SAVE10'], {}, { now: '2099-01-01' }).discounts, [{ code: 'SAVE10', amount: 1090 }]);
  // expiry is checked first
  assert.deepEqual(promo([line('mug', 1, 100)], ['TAKE15', 'SPRING20'], {}, { now: '2030-01-01' }).rejected, [
    { code: 'TAKE15', reason: 'expired' },
    { code: 'SPRING20', reason: 'expired' },
  ]);
});

test('customer conditions: gold tier and first orders', () => {
  assert.deepEqual(promo(MIXED, ['VIP15'], { tier: 'gold' }, {}).discounts, [{ code: 'VIP15', amount: 1185 }]);
  for (const tier of ['silver', 'Gold', undefined]) {
    assert.deepEqual(promo(MIXED, ['VIP15'], { tier }, {}).rejected, [{ code: 'VIP15', reason: 'not eligible' }]);
  }
  for (const orders of [undefined, 0, -1, null]) {
    assert.deepEqual(promo(MIXED, ['WELCOME5'], { orders }, {}).discounts, [{ code: 'WELCOME5', amount: 500 }]);
  }
  for (const orders of [1, 7, '2']) {
    assert.deepEqual(promo(MIXED, ['WELCOME5'], { orders }, {}).rejected, [{ code: 'WELCOME5', reason: 'not eligible' }]);
  }
  // the customer checks come before the minimum
  assert.deepEqual(promo([line('mug', 1, 100)], ['VIP15'], {}, {}).rejected, [{ code: 'VIP15', reason: 'not eligible' }]);
});

test('minimum subtotals, measured before any discount', () => {
  const cases = [
    ['SAVE10', 4999, 'minimum not reached'],
    ['SAVE10', 5000, null],
    ['TAKE15', 9999, 'minimum not reached'],
    ['TAKE15', 10000, null],
    ['SHIPFREE', 2499, 'minimum not reached'],
    ['SHIPFREE', 2500, null],
    ['SHIPFREE', 2501, null],
  ];
  for (const [code, subtotal, reason] of cases) {
    const r = promo([line('box', 1, subtotal)], [code], {}, { now: '2024-01-01' });
    if (reason) {
      assert.deepEqual(r.rejected, [{ code, reason }], `${code} ${subtotal}`);
    } else {
      assert.deepEqual(r.rejected, [], `${code} ${subtotal}`);
    }
  }
  // a BOGO discount does not lower the subtotal the minimum is checked against
  const r = promo([line('tv', 2, 2500)], ['BOGO-TV', 'SAVE10'], {}, {});
  assert.deepEqual(r.discounts, [
    { code: 'BOGO-TV', amount: 2500 },
    { code: 'SAVE10', amount: 500 },
  ]);
});

test('one percentage code per order', () => {
  const r = promo(MIXED, ['SAVE10', 'VIP15', 'SPRING20'], { tier: 'gold' }, {});
  assert.deepEqual(r.discounts, [{ code: 'SAVE10', amount: 790 }]);
  assert.deepEqual(r.rejected, [
    { code: 'VIP15', reason: 'does not combine' },
    { code: 'SPRING20', reason: 'does not combine' },
  ]);
  // a percentage code that found nothing to discount does not block the next one
  const kitchen = [line('mug', 5, 1200, 'kitchen')];
  const r2 = promo(kitchen, ['SPRING20', 'SAVE10', 'VIP15'], { tier: 'gold' }, {});
  assert.deepEqual(r2.rejected, [
    { code: 'SPRING20', reason: 'no matching item' },
    { code: 'VIP15', reason: 'does not combine' },
  ]);
  assert.deepEqual(r2.discounts, [{ code: 'SAVE10', amount: 600 }]);
  // a rejected percentage code does not block either
  const r3 = promo(kitchen, ['VIP15', 'SAVE10'], {}, {});
  assert.deepEqual(r3.discounts, [{ code: 'SAVE10', amount: 600 }]);
  // fixed and BOGO codes combine with a percentage code
  const r4 = promo(MIXED, ['SAVE10', 'WELCOME5', 'BOGO-SEEDS'], {}, {});
  assert.deepEqual(r4.discounts, [
    { code: 'SAVE10', amount: 790 },
    { code: 'WELCOME5', amount: 500 },
    { code: 'BOGO-SEEDS', amount: 700 },
  ]);
});

test('percentages are rounded to the cent and category codes only count their category', () => {
  assert.deepEqual(promo(MIXED, ['SPRING20'], {}, {}).discounts, [{ code: 'SPRING20', amount: 860 }]);
  assert.deepEqual(promo([line('a', 1, 5005)], ['SAVE10'], {}, {}).discounts, [{ code: 'SAVE10', amount: 501 }]);
  assert.deepEqual(promo([line('a', 1, 5004)], ['SAVE10'], {}, {}).discounts, [{ code: 'SAVE10', amount: 500 }]);
  assert.deepEqual(promo([line('a', 1, 5006)], ['SAVE10'], {}, {}).discounts, [{ code: 'SAVE10', amount: 501 }]);
  assert.deepEqual(promo([line('a', 1, 103, 'garden')], ['SPRING20'], {}, {}).discounts, [{ code: 'SPRING20', amount: 21 }]);
  assert.deepEqual(promo([line('a', 1, 102, 'garden')], ['SPRING20'], {}, {}).discounts, [{ code: 'SPRING20', amount: 20 }]);
  assert.deepEqual(promo([line('a', 1, 0, 'garden'), line('b', 1, 500)], ['SPRING20'], {}, {}).rejected, [
    { code: 'SPRING20', reason: 'no matching item' },
  ]);
  assert.deepEqual(promo([line('a', 1, 300, 'Garden')], ['SPRING20'], {}, {}).rejected, [
    { code: 'SPRING20', reason: 'no matching item' },
  ]);
  assert.deepEqual(promo([line('a', 1, 7, 'x')], ['VIP15'], { tier: 'gold' }, {}).discounts, [{ code: 'VIP15', amount: 1 }]);
  assert.deepEqual(promo([line('a', 1, 3, 'x')], ['VIP15'], { tier: 'gold' }, {}).discounts, [{ code: 'VIP15', amount: 0 }]);
});

test('discounts never take more than what is left of the subtotal', () => {
  assert.deepEqual(promo([line('pen', 1, 400)], ['WELCOME5', 'VIP15'], { tier: 'gold' }, {}).discounts, [
    { code: 'WELCOME5', amount: 400 },
    { code: 'VIP15', amount: 0 },
  ]);
  assert.deepEqual(promo([line('pen', 1, 500)], ['WELCOME5'], {}, {}).discounts, [{ code: 'WELCOME5', amount: 500 }]);
  assert.deepEqual(promo([line('pen', 1, 501)], ['WELCOME5'], {}, {}).discounts, [{ code: 'WELCOME5', amount: 500 }]);
  assert.deepEqual(promo([line('pen', 2, 300)], ['WELCOME5', 'BOGO-PEN'], {}, {}).discounts, [
    { code: 'WELCOME5', amount: 500 },
    { code: 'BOGO-PEN', amount: 100 },
  ]);
  assert.deepEqual(promo([line('tv', 2, 6000)], ['BOGO-TV', 'TAKE15', 'WELCOME5', 'VIP15'], { tier: 'gold' }, {}).discounts, [
    { code: 'BOGO-TV', amount: 6000 },
    { code: 'TAKE15', amount: 1500 },
    { code: 'WELCOME5', amount: 500 },
    { code: 'VIP15', amount: 1800 },
  ]);
  assert.deepEqual(promo([line('tv', 2, 600)], ['BOGO-TV', 'WELCOME5', 'VIP15'], { tier: 'gold' }, {}).discounts, [
    { code: 'BOGO-TV', amount: 600 },
    { code: 'WELCOME5', amount: 500 },
    { code: 'VIP15', amount: 100 },
  ]);
});

test('free-shipping codes set the flag only', () => {
  const r = promo(MIXED, ['SHIPFREE'], {}, {});
  assert.deepEqual(r, { discounts: [], freeShipping: true, rejected: [] });
  const low = promo([line('pen', 1, 100)], ['SHIPFREE'], {}, {});
  assert.equal(low.freeShipping, false);
  assert.deepEqual(low.rejected, [{ code: 'SHIPFREE', reason: 'minimum not reached' }]);
});

test('applyPromotions leaves its inputs untouched', () => {
  const lines = JSON.parse(JSON.stringify(MIXED));
  const codes = ['save10', 'BOGO-MUG'];
  const before = JSON.stringify([lines, codes]);
  promo(lines, codes, { tier: 'gold' }, { now: '2024-01-01' });
  assert.equal(JSON.stringify([lines, codes]), before);
});

// ===== checkout ===========================================================================
const CATALOG = {
  mug: { price: 1200, category: 'kitchen', weight: 400, stock: 10 },
  rake: { price: 2900, category: 'garden', weight: 1800 },
  seeds: { price: 350, category: 'garden', weight: 50, stock: 100, maxPerOrder: 6 },
  tv: { price: 45000, category: 'electronics', weight: 12000, stock: 0 },
  card: { price: 300, category: 'paper' },
  pot: { price: 2500, category: 'garden', weight: 1000, maxPerOrder: 0 },
};

function order(items, fields, options) {
  return checkout(Object.assign({ items }, fields), CATALOG, options);
}

test('a cart needs items', () => {
  for (const bad of [null, undefined, {}, { items: [] }, { items: 'mug' }, { items: { sku: 'mug' } }]) {
    fails(() => checkout(bad, CATALOG), 'cart is empty', 'EMPTY');
  }
});

test('every item must be a catalog product in a positive whole quantity', () => {
  fails(() => order([{ sku: 'lamp', qty: 1 }]), 'unknown product: lamp', 'UNKNOWN_SKU');
  fails(() => order([{ sku: 'toString', qty: 1 }]), 'unknown product: toString', 'UNKNOWN_SKU');
  fails(() => order([{ qty: 1 }]), 'unknown product: undefined', 'UNKNOWN_SKU');
  fails(() => checkout({ items: [{ sku: 'x', qty: 1 }] }, { x: null }), 'unknown product: x', 'UNKNOWN_SKU');
  for (const qty of [0, -1, 1.5, '2', undefined, NaN]) {
    fails(() => order([{ sku: 'mug', qty }]), 'invalid quantity for mug: ' + qty, 'QUANTITY');
  }
  // items are checked in order, before any stock check
  fails(() => order([{ sku: 'mug', qty: 0 }, { sku: 'lamp', qty: 1 }]), 'invalid quantity for mug: 0', 'QUANTITY');
  fails(() => order([{ sku: 'tv', qty: 1 }, { sku: 'lamp', qty: 1 }]), 'unknown product: lamp', 'UNKNOWN_SKU');
  fails(() => order([{ sku: 'lamp', qty: 0 }]), 'unknown product: lamp', 'UNKNOWN_SKU');
});

test('stock and per-order limits are checked on the merged quantities', () => {
  fails(() => order([{ sku: 'tv', qty: 1 }]), 'only 0 left of tv', 'OUT_OF_STOCK');
  assert.equal(order([{ sku: 'mug', qty: 10 }]).subtotal, 12000);
  fails(() => order([{ sku: 'mug', qty: 11 }]), 'only 10 left of mug', 'OUT_OF_STOCK');
  fails(() => order([{ sku: 'mug', qty: 6 }, { sku: 'rake', qty: 1 }, { sku: 'mug', qty: 5 }]), 'only 10 left of mug', 'OUT_OF_STOCK');
  assert.equal(order([{ sku: 'seeds', qty: 6 }]).subtotal, 2100);
  fails(() => order([{ sku: 'seeds', qty: 7 }]), 'at most 6 of seeds per order', 'LIMIT');
  fails(() => order([{ sku: 'seeds', qty: 3 }, { sku: 'seeds', qty: 4 }]), 'at most 6 of seeds per order', 'LIMIT');
  assert.equal(order([{ sku: 'rake', qty: 500 }]).subtotal, 1450000);
  assert.equal(order([{ sku: 'pot', qty: 50 }]).subtotal, 125000);
  // stock before limit, lines in order of first appearance
  const catalog = { a: { price: 1, stock: 1, maxPerOrder: 1 }, b: { price: 1, stock: 5, maxPerOrder: 1 } };
  assert.throws(() => checkout({ items: [{ sku: 'b', qty: 2 }, { sku: 'a', qty: 2 }] }, catalog), { message: 'at most 1 of b per order' });
  assert.throws(() => checkout({ items: [{ sku: 'a', qty: 2 }, { sku: 'b', qty: 2 }] }, catalog), { message: 'only 1 left of a' });
});

test('the order lists merged lines and totals', () => {
  const o = order([
    { sku: 'rake', qty: 1 },
    { sku: 'mug', qty: 2 },
    { sku: 'rake', qty: 2 },
    { sku: 'card', qty: 1 },
  ]);
  assert.deepEqual(o, {
    lines: [
      { sku: 'rake', qty: 3, unitPrice: 2900, total: 8700 },
      { sku: 'mug', qty: 2, unitPrice: 1200, total: 2400 },
      { sku: 'card', qty: 1, unitPrice: 300, total: 300 },
    ],
    subtotal: 11400,
    discounts: [],
    rejectedCodes: [],
    discountTotal: 0,
    pointsUsed: 0,
    shipping: 0,
    giftCard: 0,
    total: 11400,
    pointsEarned: 114,
  });
});

test('promotion codes flow into the order', () => {
  const o = order([{ sku: 'mug', qty: 4 }, { sku: 'rake', qty: 1 }], { codes: ['save10', 'BOGO-MUG', 'VIP15', 'nope'] });
  assert.deepEqual(o.discounts, [
    { code: 'SAVE10', amount: 770 },
    { code: 'BOGO-MUG', amount: 2400 },
  ]);
  assert.deepEqual(o.rejectedCodes, [
    { code: 'VIP15', reason: 'not eligible' },
    { code: 'NOPE', reason: 'unknown code' },
  ]);
  assert.equal(o.discountTotal, 3170);
  assert.equal(o.shipping, 795);
  assert.equal(o.total, 5325);
  assert.equal(o.pointsEarned, 45);
  const gold = order([{ sku: 'mug', qty: 4 }, { sku: 'rake', qty: 1 }], { codes: ['VIP15'], customer: { tier: 'gold' } });
  assert.equal(gold.discountTotal, 1155);
  assert.equal(gold.pointsEarned, 130);
  fails(() => order([{ sku: 'mug', qty: 1 }], { codes: ['nope'] }, { strict: true }), 'unknown promo code: nope', 'PROMO_UNKNOWN');
  const expired = order([{ sku: 'rake', qty: 1 }], { codes: ['SPRING20'] }, { now: '2024-07-01' });
  assert.deepEqual(expired.rejectedCodes, [{ code: 'SPRING20', reason: 'expired' }]);
  assert.equal(order([{ sku: 'rake', qty: 1 }], { codes: ['SPRING20'] }, { now: '2024-05-01' }).discountTotal, 580);
  assert.equal(order([{ sku: 'rake', qty: 1 }], { codes: ['WELCOME5'], customer: { orders: 3 } }).discountTotal, 0);
});

test('loyalty points: all or a number of them, capped at 20% (gold 30%) of the order', () => {
  const items = [{ sku: 'rake', qty: 2 }]; // 5800
  const pts = (points, request, fields) =>
    order(items, Object.assign({ customer: { points } }, fields), { redeemPoints: request });
  assert.equal(pts(500, true).pointsUsed, 500);
  assert.equal(pts(500, true).total, 5300);
  assert.equal(pts(5000, true).pointsUsed, 1160);
  assert.equal(pts(1160, true).pointsUsed, 1160);
  assert.equal(pts(1161, true).pointsUsed, 1160);
  assert.equal(pts(1159, true).pointsUsed, 1159);
  assert.equal(pts(5000, true, { customer: { points: 5000, tier: 'gold' } }).pointsUsed, 1740);
  assert.equal(pts(5000, 300).pointsUsed, 300);
  assert.equal(pts(300, 300).pointsUsed, 300);
  assert.equal(pts(5000, 10.9).pointsUsed, 10);
  assert.equal(pts(5000, 2000).pointsUsed, 1160);
  assert.equal(pts(0, true).pointsUsed, 0);
  assert.equal(pts(undefined, true).pointsUsed, 0);
  for (const request of [false, 0, undefined, null, '']) {
    assert.equal(pts(500, request).pointsUsed, 0);
  }
  // the cap is taken on the order after discounts, and points lower the points earned
  const o = pts(5000, true, { codes: ['BOGO-RAKE'] });
  assert.equal(o.pointsUsed, 580);
  assert.equal(o.pointsEarned, 23);
  assert.equal(order([{ sku: 'card', qty: 1 }], { customer: { points: 100 } }, { redeemPoints: true }).pointsUsed, 60);
  assert.equal(order([{ sku: 'card', qty: 3 }], { customer: { points: 100 } }, { redeemPoints: true }).pointsUsed, 100);
  assert.equal(order([{ sku: 'card', qty: 1 }], { customer: { points: 100, tier: 'gold' } }, { redeemPoints: true }).pointsUsed, 90);
  assert.equal(order([{ sku: 'seeds', qty: 1 }], { customer: { points: 100 } }, { redeemPoints: true }).pointsUsed, 70);
  assert.equal(order([{ sku: 'seeds', qty: 3 }], { customer: { points: 1000, tier: 'gold' } }, { redeemPoints: 999 }).pointsUsed, 315);
});

test('bad points requests', () => {
  const items = [{ sku: 'rake', qty: 1 }];
  fails(() => order(items, { customer: { points: 400 } }, { redeemPoints: 401 }), 'not enough points: 400 available', 'POINTS');
  fails(() => order(items, {}, { redeemPoints: 1 }), 'not enough points: 0 available', 'POINTS');
  fails(() => order(items, { customer: { points: 400 } }, { redeemPoints: -5 }), 'invalid points request: -5', 'POINTS');
  fails(() => order(items, { customer: { points: 400 } }, { redeemPoints: '100' }), 'invalid points request: 100', 'POINTS');
  fails(() => order(items, { customer: { points: '400' } }, { redeemPoints: true }), 'invalid points request: true', 'POINTS');
  fails(() => order(items, { customer: { points: -3 } }, { redeemPoints: true }), 'invalid points request: true', 'POINTS');
  assert.equal(order(items, { customer: { points: 400 } }, { redeemPoints: 400 }).pointsUsed, 400);
  // points are checked before the shipping
  fails(
    () => order(items, { customer: { points: 1 }, shipping: { method: 'drone' } }, { redeemPoints: 2 }),
    'not enough points: 1 available',
    'POINTS',
  );
});

test('standard shipping by zone and weight', () => {
  const ship = (items, zone, fields) => order(items, Object.assign({ shipping: { zone } }, fields)).shipping;
  assert.equal(ship([{ sku: 'card', qty: 1 }], 'domestic'), 495);
  assert.equal(ship([{ sku: 'card', qty: 1 }], 'eu'), 995);
  assert.equal(ship([{ sku: 'card', qty: 1 }], 'world'), 1995);
  assert.equal(ship([{ sku: 'card', qty: 1 }], undefined), 495);
  assert.equal(ship([{ sku: 'card', qty: 1 }], ''), 495);
  // 400 g mugs: 5 = 2000 g, 6 = 2400 g ... the surcharge is per started kilogram above 2 kg
  assert.equal(ship([{ sku: 'mug', qty: 5 }], 'eu'), 995);
  assert.equal(ship([{ sku: 'mug', qty: 6 }], 'eu'), 1295);
  assert.equal(ship([{ sku: 'mug', qty: 7 }], 'eu'), 1295);
  assert.equal(ship([{ sku: 'mug', qty: 8 }], 'eu'), 1595);
  assert.equal(ship([{ sku: 'mug', qty: 4 }, { sku: 'seeds', qty: 1 }], 'domestic'), 0);
  assert.equal(ship([{ sku: 'mug', qty: 4 }, { sku: 'seeds', qty: 1 }], 'eu'), 995);
  assert.equal(ship([{ sku: 'mug', qty: 3 }, { sku: 'seeds', qty: 1 }], 'world'), 1995);
  assert.equal(ship([{ sku: 'rake', qty: 1 }, { sku: 'seeds', qty: 4 }], 'domestic'), 495);
  assert.equal(ship([{ sku: 'rake', qty: 1 }, { sku: 'seeds', qty: 4 }], 'world'), 1995);
  assert.equal(ship([{ sku: 'rake', qty: 1 }, { sku: 'seeds', qty: 5 }], 'domestic'), 645);
  assert.equal(ship([{ sku: 'rake', qty: 1 }, { sku: 'seeds', qty: 5 }], 'world'), 2295);
  assert.equal(ship([{ sku: 'rake', qty: 1 }, { sku: 'seeds', qty: 5 }], 'eu'), 1295);
  assert.equal(ship([{ sku: 'card', qty: 20 }], 'world'), 1995);
});

test('the weight surcharge starts above exactly 2 kg', () => {
  const catalog = {
    w2000: { price: 100, weight: 2000 },
    w2001: { price: 100, weight: 2001 },
    w3000: { price: 100, weight: 3000 },
    w3001: { price: 100, weight: 3001 },
    light: { price: 100 },
    w999: { price: 100, weight: 999 },
  };
  const ship = (items, zone) => checkout({ items, shipping: { zone } }, catalog).shipping;
  assert.equal(ship([{ sku: 'w2000', qty: 1 }], 'domestic'), 495);
  assert.equal(ship([{ sku: 'w2000', qty: 1 }, { sku: 'light', qty: 3 }], 'domestic'), 495);
  assert.equal(ship([{ sku: 'w2001', qty: 1 }], 'domestic'), 645);
  assert.equal(ship([{ sku: 'w3000', qty: 1 }], 'domestic'), 645);
  assert.equal(ship([{ sku: 'w3001', qty: 1 }], 'domestic'), 795);
  assert.equal(ship([{ sku: 'w3001', qty: 1 }], 'eu'), 1595);
  assert.equal(ship([{ sku: 'w999', qty: 3 }], 'world'), 2295);
  assert.equal(ship([{ sku: 'light', qty: 40 }], 'world'), 1995);
});

test('free domestic shipping from 50 dollars after discounts', () => {
  const ship = (items, fields) => order(items, fields).shipping;
  assert.equal(ship([{ sku: 'pot', qty: 2 }]), 0);
  assert.equal(ship([{ sku: 'pot', qty: 1 }, { sku: 'rake', qty: 1 }]), 0);
  assert.equal(ship([{ sku: 'card', qty: 16 }, { sku: 'seeds', qty: 1 }]), 0);
  assert.equal(ship([{ sku: 'card', qty: 12 }, { sku: 'seeds', qty: 4 }]), 0);
  assert.equal(ship([{ sku: 'card', qty: 13 }, { sku: 'seeds', qty: 3 }]), 495);
  assert.equal(ship([{ sku: 'pot', qty: 2 }], { codes: ['WELCOME5'] }), 495);
  assert.equal(ship([{ sku: 'pot', qty: 2 }], { customer: { points: 1000 } }), 0);
  // points do not count against the free-shipping threshold
  assert.equal(order([{ sku: 'pot', qty: 2 }], { customer: { points: 1000 } }, { redeemPoints: true }).shipping, 0);
  assert.equal(ship([{ sku: 'pot', qty: 2 }], { shipping: { zone: 'eu' } }), 995);
  assert.equal(ship([{ sku: 'pot', qty: 3 }], { shipping: { zone: 'domestic', method: 'express' } }), 1290);
});

test('express shipping costs twice the standard rate, not to zone world', () => {
  const ship = (items, zone) => order(items, { shipping: { method: 'express', zone } }).shipping;
  assert.equal(ship([{ sku: 'card', qty: 1 }], 'domestic'), 990);
  assert.equal(ship([{ sku: 'card', qty: 1 }], undefined), 990);
  assert.equal(ship([{ sku: 'card', qty: 1 }], 'eu'), 1990);
  assert.equal(ship([{ sku: 'mug', qty: 6 }], 'eu'), 2590);
  assert.equal(ship([{ sku: 'mug', qty: 6 }], 'domestic'), 1290);
  fails(() => ship([{ sku: 'card', qty: 1 }], 'world'), 'no express shipping to zone world', 'SHIPPING');
});

test('free-shipping codes: no charge for standard, the standard rate for express', () => {
  const items = [{ sku: 'rake', qty: 1 }];
  const ship = (method, zone) => order(items, { codes: ['SHIPFREE'], shipping: { method, zone } }).shipping;
  assert.equal(ship('standard', 'domestic'), 0);
  assert.equal(ship('standard', 'eu'), 0);
  assert.equal(ship('standard', 'world'), 0);
  assert.equal(ship('express', 'eu'), 995);
  assert.equal(ship('express', 'domestic'), 495);
  assert.equal(order([{ sku: 'mug', qty: 6 }], { codes: ['SHIPFREE'], shipping: { method: 'express', zone: 'eu' } }).shipping, 1295);
  assert.equal(ship('pickup', 'domestic'), 0);
});

test('pickup and shipping errors', () => {
  const items = [{ sku: 'rake', qty: 1 }];
  assert.equal(order(items, { shipping: { method: 'pickup' } }).shipping, 0);
  assert.equal(order(items, { shipping: { method: 'pickup', zone: 'domestic' } }).total, 2900);
  fails(() => order(items, { shipping: { method: 'pickup', zone: 'eu' } }), 'pickup only in the domestic zone', 'SHIPPING');
  fails(() => order(items, { shipping: { method: 'pickup', zone: 'mars' } }), 'pickup only in the domestic zone', 'SHIPPING');
  fails(() => order(items, { shipping: { method: 'drone' } }), 'unknown shipping method: drone', 'SHIPPING');
  fails(() => order(items, { shipping: { method: 'drone', zone: 'mars' } }), 'unknown shipping method: drone', 'SHIPPING');
  fails(() => order(items, { shipping: { method: 'Standard' } }), 'unknown shipping method: Standard', 'SHIPPING');
  fails(() => order(items, { shipping: { zone: 'mars' } }), 'unknown shipping zone: mars', 'SHIPPING');
  fails(() => order(items, { shipping: { method: 'express', zone: 'mars' } }), 'unknown shipping zone: mars', 'SHIPPING');
  fails(() => order(items, { shipping: { zone: 'toString' } }), 'unknown shipping zone: toString', 'SHIPPING');
  assert.equal(order(items, { shipping: { method: '' } }).shipping, 495);
  assert.equal(order(items, { shipping: null }).shipping, 495);
  // shipping is checked before the gift card
  fails(() => order(items, { shipping: { method: 'drone' }, giftCard: { expired: true } }), 'unknown shipping method: drone', 'SHIPPING');
});

test('gift cards pay what is left, up to their balance', () => {
  const items = [{ sku: 'rake', qty: 1 }]; // 2900 + 495
  const card = (giftCard, fields, options) => order(items, Object.assign({ giftCard }, fields), options);
  assert.equal(card({ balance: 1000 }).giftCard, 1000);
  assert.equal(card({ balance: 1000 }).total, 2395);
  assert.equal(card({ balance: 3395 }).giftCard, 3395);
  assert.equal(card({ balance: 3395 }).total, 0);
  assert.equal(card({ balance: 3396 }).giftCard, 3395);
  assert.equal(card({ balance: 10000 }).total, 0);
  assert.equal(card({ balance: 0 }).giftCard, 0);
  assert.equal(card(null).giftCard, 0);
  assert.equal(card(undefined).total, 3395);
  assert.equal(card({ balance: 5000 }, { customer: { points: 300 } }, { redeemPoints: true }).giftCard, 3095);
  // the gift card does not lower the points earned
  assert.equal(card({ balance: 5000 }).pointsEarned, 29);
  fails(() => card({ balance: 5000, expired: true }), 'gift card expired', 'GIFT_CARD');
  fails(() => card({ balance: 0, expired: 1 }), 'gift card expired', 'GIFT_CARD');
  assert.equal(card({ balance: 100, expired: false }).giftCard, 100);
});

test('points earned: one per dollar paid for goods, twice for gold customers', () => {
  assert.equal(order([{ sku: 'seeds', qty: 1 }]).pointsEarned, 3);
  assert.equal(order([{ sku: 'card', qty: 1 }]).pointsEarned, 3);
  assert.equal(order([{ sku: 'card', qty: 1 }], { customer: { tier: 'gold' } }).pointsEarned, 6);
  assert.equal(order([{ sku: 'seeds', qty: 2 }], { customer: { tier: 'silver' } }).pointsEarned, 7);
  assert.equal(order([{ sku: 'mug', qty: 1 }], { shipping: { zone: 'world', method: 'standard' } }).pointsEarned, 12);
  assert.equal(order([{ sku: 'rake', qty: 1 }], { customer: { points: 99, tier: 'gold' } }, { redeemPoints: true }).pointsEarned, 56);
});

test('a full order', () => {
  const o = checkout(
    {
      items: [
        { sku: 'seeds', qty: 4 },
        { sku: 'mug', qty: 3 },
        { sku: 'rake', qty: 1 },
      ],
      codes: ['BOGO-SEEDS', 'SPRING20', 'WELCOME5', 'SHIPFREE'],
      customer: { tier: 'gold', points: 2000, orders: 0 },
      shipping: { method: 'express', zone: 'eu' },
      giftCard: { balance: 2500 },
    },
    CATALOG,
    { now: '2024-04-01', redeemPoints: 1500 },
  );
  assert.deepEqual(o, {
    lines: [
      { sku: 'seeds', qty: 4, unitPrice: 350, total: 1400 },
      { sku: 'mug', qty: 3, unitPrice: 1200, total: 3600 },
      { sku: 'rake', qty: 1, unitPrice: 2900, total: 2900 },
    ],
    subtotal: 7900,
    discounts: [
      { code: 'BOGO-SEEDS', amount: 700 },
      { code: 'SPRING20', amount: 860 },
      { code: 'WELCOME5', amount: 500 },
    ],
    rejectedCodes: [],
    discountTotal: 2060,
    pointsUsed: 1500,
    shipping: 1595,
    giftCard: 2500,
    total: 3435,
    pointsEarned: 86,
  });
});

test('checkout leaves the cart and the catalog untouched', () => {
  const c = {
    items: [
      { sku: 'mug', qty: 2 },
      { sku: 'mug', qty: 1 },
    ],
    codes: ['save10'],
    customer: { points: 100 },
    giftCard: { balance: 100 },
  };
  const catalog = JSON.parse(JSON.stringify(CATALOG));
  const before = JSON.stringify([c, catalog]);
  checkout(c, catalog, { redeemPoints: true });
  assert.equal(JSON.stringify([c, catalog]), before);
});
