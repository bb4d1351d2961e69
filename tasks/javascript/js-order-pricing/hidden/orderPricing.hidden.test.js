'use strict';
// Hidden behaviour tests for the catalog price book and checkout pricing. The implementation is
// loaded from the folder in LIFTBENCH_IMPL (the candidate's workspace), never from next to this
// file. The task renames two catalog functions, so they are looked up under either name.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const priceBook = require(path.join(process.env.LIFTBENCH_IMPL, 'catalog', 'priceBook.js'));
const checkout = require(path.join(process.env.LIFTBENCH_IMPL, 'checkout', 'checkout.js'));
const { priceOrder, quoteLine } = checkout;

const unitPrice = priceBook.quoteUnitPrice || priceBook['getPrc'];
const availability = priceBook.checkAvailability || priceBook['chkStk'];

function product(fields) {
  return Object.assign({ sku: 'ITEM-1', listPrice: 1000, stock: { north: 500 } }, fields);
}

const SALE = { price: 800, from: '2024-06-01', until: '2024-06-30' };

// --- module surface -----------------------------------------------------------------------
test('the modules export their functions and constants', () => {
  assert.equal(typeof unitPrice, 'function');
  assert.equal(typeof availability, 'function');
  assert.equal(typeof priceBook.findProduct, 'function');
  assert.equal(priceBook.MIN_PRICE_RATIO, 0.65);
  assert.equal(checkout.FREE_SHIPPING_FROM, 5000);
  assert.equal(typeof priceOrder, 'function');
  assert.equal(typeof quoteLine, 'function');
});

// --- findProduct --------------------------------------------------------------------------
test('findProduct normalises the SKU and returns the first match', () => {
  const first = product({ sku: 'AB-1' });
  const second = product({ sku: 'AB-1', listPrice: 5 });
  const list = [product({ sku: 'ZZ' }), first, second];
  assert.equal(priceBook.findProduct(list, '  ab-1\t'), first);
  assert.equal(priceBook.findProduct(list, 'AB-2'), null);
  assert.equal(priceBook.findProduct([], 'AB-1'), null);
  assert.equal(priceBook.findProduct([product({ sku: '42' })], 42).sku, '42');
});

// --- unit price: validation ---------------------------------------------------------------
test('an invalid product is a TypeError naming it', () => {
  assert.throws(() => unitPrice(null, 1), { name: 'TypeError', message: 'invalid product: null' });
  assert.throws(() => unitPrice(undefined, 1), { name: 'TypeError', message: 'invalid product: undefined' });
  assert.throws(() => unitPrice(product({ listPrice: '10' }), 1), {
    name: 'TypeError',
    message: 'invalid product: ITEM-1',
  });
  assert.throws(() => unitPrice(product({ listPrice: -1 }), 1), {
    name: 'TypeError',
    message: 'invalid product: ITEM-1',
  });
  assert.throws(() => unitPrice(product({ listPrice: undefined }), 1), { name: 'TypeError' });
});

test('a zero list price is valid', () => {
  assert.equal(unitPrice(product({ listPrice: 0 }), 3), 0);
});

for (const qty of [0, -1, 1.5, '2', undefined, NaN]) {
  test(`an invalid quantity is a RangeError: ${String(qty)}`, () => {
    assert.throws(() => unitPrice(product({}), qty), {
      name: 'RangeError',
      message: 'invalid quantity for ITEM-1: ' + qty,
    });
  });
}

test('a quantity of one is valid', () => {
  assert.equal(unitPrice(product({}), 1), 1000);
});

test('discontinued products cannot be priced, but quantities are checked first', () => {
  assert.throws(() => unitPrice(product({ discontinued: true }), 1), {
    name: 'Error',
    message: 'discontinued: ITEM-1',
  });
  assert.throws(() => unitPrice(product({ discontinued: true }), 0), { name: 'RangeError' });
  assert.equal(unitPrice(product({ discontinued: false }), 1), 1000);
});

// --- unit price: sales ----------------------------------------------------------------------
test('a sale applies from its first to its last day inclusive', () => {
  const item = product({ sale: SALE });
  assert.equal(unitPrice(item, 1, null, null, '2024-05-31'), 1000);
  assert.equal(unitPrice(item, 1, null, null, '2024-06-01'), 800);
  assert.equal(unitPrice(item, 1, null, null, '2024-06-15'), 800);
  assert.equal(unitPrice(item, 1, null, null, '2024-06-30'), 800);
  assert.equal(unitPrice(item, 1, null, null, '2024-07-01'), 1000);
});

test('no date means no sale', () => {
  assert.equal(unitPrice(product({ sale: SALE }), 1), 1000);
  assert.equal(unitPrice(product({ sale: SALE }), 1, null, null, ''), 1000);
});

test('a sale without a start or end date never runs', () => {
  assert.equal(unitPrice(product({ sale: { price: 800, until: '2024-06-30' } }), 1, null, null, '2024-06-10'), 1000);
  assert.equal(unitPrice(product({ sale: { price: 800, from: '2024-06-01' } }), 1, null, null, '2024-06-10'), 1000);
});

test('a sale price not below the list price is ignored (and does not count as a sale)', () => {
  const same = product({ sale: { price: 1000, from: '2024-06-01', until: '2024-06-30' } });
  assert.equal(unitPrice(same, 1, 'staff', null, '2024-06-10'), 700);
  assert.equal(unitPrice(same, 1, null, 'SAVE10', '2024-06-10'), 900);
  const higher = product({ sale: { price: 1200, from: '2024-06-01', until: '2024-06-30' } });
  assert.equal(unitPrice(higher, 1, null, null, '2024-06-10'), 1000);
  const lower = product({ sale: { price: 999, from: '2024-06-01', until: '2024-06-30' } });
  assert.equal(unitPrice(lower, 1, null, null, '2024-06-10'), 999);
});

// --- unit price: tiers ------------------------------------------------------------------------
test('tier discounts', () => {
  const item = product({});
  assert.equal(unitPrice(item, 1), 1000);
  assert.equal(unitPrice(item, 1, ''), 1000);
  assert.equal(unitPrice(item, 1, null), 1000);
  assert.equal(unitPrice(item, 1, 'standard'), 1000);
  assert.equal(unitPrice(item, 1, 'silver'), 950);
  assert.equal(unitPrice(item, 1, 'gold'), 900);
  assert.equal(unitPrice(item, 1, 'staff'), 700);
});

test('unknown tiers are rejected, case-sensitively', () => {
  assert.throws(() => unitPrice(product({}), 1, 'platinum'), { name: 'Error', message: 'unknown tier: platinum' });
  assert.throws(() => unitPrice(product({}), 1, 'Gold'), { message: 'unknown tier: Gold' });
  assert.throws(() => unitPrice(product({}), 1, 'toString'), { message: 'unknown tier: toString' });
});

test('staff get nothing off sale items; other tiers stack on the sale price', () => {
  const item = product({ sale: SALE });
  assert.equal(unitPrice(item, 1, 'staff', null, '2024-06-10'), 800);
  assert.equal(unitPrice(item, 1, 'gold', null, '2024-06-10'), 720);
  assert.equal(unitPrice(item, 1, 'silver', null, '2024-06-10'), 760);
});

// --- unit price: volume breaks --------------------------------------------------------------
for (const [qty, expected] of [
  [9, 1000],
  [10, 980],
  [11, 980],
  [49, 980],
  [50, 950],
  [51, 950],
  [99, 950],
  [100, 920],
  [101, 920],
]) {
  test(`volume break at quantity ${qty}`, () => {
    assert.equal(unitPrice(product({}), qty), expected);
  });
}

test('volume breaks stack with the tier discount', () => {
  assert.equal(unitPrice(product({}), 100, 'gold'), 820);
  assert.equal(unitPrice(product({}), 10, 'silver'), 930);
});

test('no volume breaks for staff or for clearance items', () => {
  assert.equal(unitPrice(product({}), 100, 'staff'), 700);
  assert.equal(unitPrice(product({ category: 'clearance' }), 100), 1000);
  assert.equal(unitPrice(product({ category: 'clearance' }), 100, 'gold'), 900);
  assert.equal(unitPrice(product({ category: 'garden' }), 100), 920);
});

// --- unit price: promo codes ----------------------------------------------------------------
test('SAVE10 takes ten percent off, normalised, but not on sale items', () => {
  assert.equal(unitPrice(product({}), 1, null, 'SAVE10'), 900);
  assert.equal(unitPrice(product({}), 1, null, ' save10 '), 900);
  assert.equal(unitPrice(product({}), 10, 'gold', 'SAVE10'), 780);
  assert.equal(unitPrice(product({ sale: SALE }), 1, null, 'SAVE10', '2024-06-10'), 800);
  assert.equal(unitPrice(product({ sale: SALE }), 1, null, 'SAVE10', '2024-07-10'), 900);
});

test('BULK5 takes five percent off from fifty units', () => {
  assert.equal(unitPrice(product({}), 49, null, 'BULK5'), 980);
  assert.equal(unitPrice(product({}), 50, null, 'BULK5'), 900);
  assert.equal(unitPrice(product({}), 51, null, 'bulk5'), 900);
  assert.equal(unitPrice(product({ sale: SALE }), 50, null, 'BULK5', '2024-06-10'), 720);
  assert.equal(unitPrice(product({ category: 'clearance' }), 50, null, 'BULK5'), 950);
});

test('an empty promo code is no promo code', () => {
  assert.equal(unitPrice(product({}), 1, null, ''), 1000);
  assert.equal(unitPrice(product({}), 1, null, undefined), 1000);
});

test('unknown promo codes are rejected with the code as given', () => {
  assert.throws(() => unitPrice(product({}), 1, null, ' free '), {
    name: 'Error',
    message: 'unknown promo code:  free ',
  });
  assert.throws(() => unitPrice(product({}), 1, null, 'SAVE1'), { message: 'unknown promo code: SAVE1' });
});

test('the tier is checked before the promo code', () => {
  assert.throws(() => unitPrice(product({}), 1, 'bronze', 'NOPE'), { message: 'unknown tier: bronze' });
});

// --- unit price: floor and rounding ---------------------------------------------------------
test('discounts never go below 65% of the list price', () => {
  assert.equal(unitPrice(product({}), 1, 'staff', 'SAVE10'), 650);
  assert.equal(unitPrice(product({}), 50, 'staff', 'BULK5'), 650);
  assert.equal(unitPrice(product({}), 49, 'staff', 'BULK5'), 700);
  assert.equal(unitPrice(product({ listPrice: 999 }), 1, 'staff', 'SAVE10'), 649);
  assert.equal(unitPrice(product({ listPrice: 1001 }), 1, 'staff', 'SAVE10'), 651);
});

test('clearance items have no floor', () => {
  assert.equal(unitPrice(product({ category: 'clearance' }), 1, 'staff', 'SAVE10'), 600);
});

test('a sale price below the floor is kept but gets no further discount', () => {
  const deep = product({ sale: { price: 500, from: '2024-06-01', until: '2024-06-30' } });
  assert.equal(unitPrice(deep, 1, null, null, '2024-06-10'), 500);
  assert.equal(unitPrice(deep, 100, 'gold', null, '2024-06-10'), 500);
  const near = product({ sale: { price: 700, from: '2024-06-01', until: '2024-06-30' } });
  assert.equal(unitPrice(near, 100, 'gold', 'BULK5', '2024-06-10'), 650);
  assert.equal(unitPrice(near, 1, 'silver', null, '2024-06-10'), 665);
  const atFloor = product({ sale: { price: 650, from: '2024-06-01', until: '2024-06-30' } });
  assert.equal(unitPrice(atFloor, 10, 'gold', null, '2024-06-10'), 650);
  const clearance = product({ category: 'clearance', sale: { price: 500, from: '2024-06-01', until: '2024-06-30' } });
  assert.equal(unitPrice(clearance, 1, 'gold', null, '2024-06-10'), 450);
});

test('unit prices are rounded to whole cents, halves up', () => {
  assert.equal(unitPrice(product({ listPrice: 250 }), 10, 'silver'), 233);
  assert.equal(unitPrice(product({ listPrice: 250 }), 50, 'gold'), 213);
  assert.equal(unitPrice(product({ listPrice: 333 }), 1, 'gold'), 300);
  assert.equal(unitPrice(product({ listPrice: 7 }), 10, 'gold'), 6);
});

// --- availability ---------------------------------------------------------------------------
test('stock in one warehouse', () => {
  const item = product({ stock: { north: 5, south: 9 } });
  assert.deepEqual(availability(item, 4, 'north'), { shipNow: 4, backorder: 0 });
  assert.deepEqual(availability(item, 5, 'north'), { shipNow: 5, backorder: 0 });
  assert.throws(() => availability(item, 6, 'north'), { name: 'Error', message: 'out of stock: ITEM-1 (5 available)' });
  assert.deepEqual(availability(product({ stock: { north: 5 }, backorderable: true }), 6, 'north'), {
    shipNow: 5,
    backorder: 1,
  });
});

test('unknown warehouses are rejected; only own keys count', () => {
  assert.throws(() => availability(product({}), 1, 'west'), { name: 'Error', message: 'unknown warehouse: west' });
  assert.throws(() => availability(product({}), 1, 'toString'), { message: 'unknown warehouse: toString' });
  assert.throws(() => availability(product({ stock: undefined }), 1, 'north'), { message: 'unknown warehouse: north' });
  const inherited = product({ stock: Object.create({ north: 50 }) });
  assert.throws(() => availability(inherited, 1, 'north'), { message: 'unknown warehouse: north' });
  assert.throws(() => availability(inherited, 1), { message: 'out of stock: ITEM-1 (0 available)' });
});

test('negative stock counts as none', () => {
  assert.throws(() => availability(product({ stock: { north: -3 } }), 1, 'north'), {
    message: 'out of stock: ITEM-1 (0 available)',
  });
  assert.deepEqual(availability(product({ stock: { north: -3 }, backorderable: true }), 2, 'north'), {
    shipNow: 0,
    backorder: 2,
  });
  assert.deepEqual(availability(product({ stock: { north: 0 }, backorderable: true }), 2, 'north'), {
    shipNow: 0,
    backorder: 2,
  });
});

test('part units in stock are counted as they are', () => {
  assert.throws(() => availability(product({ stock: { north: 0.5 } }), 1, 'north'), {
    message: 'out of stock: ITEM-1 (0.5 available)',
  });
});

test('without a warehouse the positive stock of all warehouses adds up', () => {
  const item = product({ stock: { a: 3, b: -2, c: 4, d: 0 } });
  assert.deepEqual(availability(item, 7), { shipNow: 7, backorder: 0 });
  assert.throws(() => availability(item, 8), { message: 'out of stock: ITEM-1 (7 available)' });
  assert.deepEqual(availability(product({ stock: { a: 3, b: 4 }, backorderable: true }), 10, ''), {
    shipNow: 7,
    backorder: 3,
  });
  assert.deepEqual(availability(product({ stock: { a: 1 } }), 1), { shipNow: 1, backorder: 0 });
});

test('no stock record means nothing available', () => {
  assert.throws(() => availability(product({ stock: undefined }), 1), { message: 'out of stock: ITEM-1 (0 available)' });
  assert.deepEqual(availability(product({ stock: undefined, backorderable: true }), 1), { shipNow: 0, backorder: 1 });
});

// --- quoteLine ------------------------------------------------------------------------------
const SHOP = [
  product({ sku: 'MUG-01', listPrice: 1200, stock: { north: 10, south: 5 } }),
  product({ sku: 'PEN-02', listPrice: 250, stock: { north: 300, south: 100 } }),
  product({ sku: 'LAMP-03', listPrice: 4500, stock: { south: 1 }, backorderable: true }),
  product({ sku: 'SOFA-04', listPrice: 30000, stock: { north: 2 } }),
  product({ sku: 'TENT-05', listPrice: 10000, stock: { north: 3 }, sale: { price: 8000, from: '2024-06-01', until: '2024-06-30' } }),
  product({ sku: 'OLD-06', listPrice: 900, stock: { north: 0 }, discontinued: true }),
  product({ sku: 'CAP-07', listPrice: 1999, stock: { north: 9 }, category: 'clearance' }),
];

test('quoteLine prices a line with its saving', () => {
  assert.deepEqual(quoteLine(SHOP, 'mug-01', 3, 'gold'), { sku: 'MUG-01', unitPrice: 1080, amount: 3240, saving: 360 });
  assert.deepEqual(quoteLine(SHOP, 'TENT-05', 2, undefined, '2024-06-02'), {
    sku: 'TENT-05',
    unitPrice: 8000,
    amount: 16000,
    saving: 4000,
  });
  assert.deepEqual(quoteLine(SHOP, 'TENT-05', 2), { sku: 'TENT-05', unitPrice: 10000, amount: 20000, saving: 0 });
});

test('quoteLine ignores stock and rejects unknown SKUs and bad tiers', () => {
  assert.deepEqual(quoteLine(SHOP, 'SOFA-04', 20, 'silver'), {
    sku: 'SOFA-04',
    unitPrice: 27900,
    amount: 558000,
    saving: 42000,
  });
  assert.throws(() => quoteLine(SHOP, 'cup-09', 1), { name: 'Error', message: 'unknown sku: cup-09' });
  assert.throws(() => quoteLine(SHOP, 'MUG-01', 1, 'vip'), { message: 'unknown tier: vip' });
  assert.throws(() => quoteLine(SHOP, 'OLD-06', 1), { message: 'discontinued: OLD-06' });
});

// --- priceOrder: validation -----------------------------------------------------------------
test('an order without lines is rejected', () => {
  for (const order of [null, undefined, {}, { lines: [] }, { lines: null }]) {
    assert.throws(() => priceOrder(order, SHOP), { name: 'Error', message: 'order has no lines' });
  }
});

test('unknown SKUs are rejected, or skipped and listed', () => {
  const order = { lines: [{ sku: 'x-1', qty: 1 }, { sku: 'MUG-01', qty: 1 }, { sku: 'Y-2', qty: 4 }] };
  assert.throws(() => priceOrder(order, SHOP), { name: 'Error', message: 'unknown sku: x-1' });
  assert.deepEqual(priceOrder(order, SHOP, { skipUnknown: true }), {
    lines: [{ sku: 'MUG-01', qty: 1, unitPrice: 1200, amount: 1200 }],
    subtotal: 1200,
    shipping: 599,
    tax: 96,
    total: 1895,
    skipped: ['x-1', 'Y-2'],
  });
});

test('a single skipped SKU is listed too', () => {
  const result = priceOrder({ lines: [{ sku: 'MUG-01', qty: 1 }, { sku: 'Z', qty: 1 }] }, SHOP, { skipUnknown: true });
  assert.deepEqual(result.skipped, ['Z']);
});

test('an order whose lines were all skipped has nothing to price', () => {
  assert.throws(() => priceOrder({ lines: [{ sku: 'NOPE', qty: 1 }] }, SHOP, { skipUnknown: true }), {
    message: 'nothing to price',
  });
});

// --- priceOrder: lines and prices -------------------------------------------------------------
test('every line is priced in order with the order tier, promo code and date', () => {
  const order = {
    tier: 'silver',
    promoCode: 'save10',
    date: '2024-06-20',
    lines: [
      { sku: 'pen-02', qty: 100 },
      { sku: 'TENT-05', qty: 1 },
      { sku: 'MUG-01', qty: 2 },
    ],
  };
  assert.deepEqual(priceOrder(order, SHOP), {
    lines: [
      { sku: 'PEN-02', qty: 100, unitPrice: 193, amount: 19300 },
      { sku: 'TENT-05', qty: 1, unitPrice: 7600, amount: 7600 },
      { sku: 'MUG-01', qty: 2, unitPrice: 1020, amount: 2040 },
    ],
    subtotal: 28940,
    shipping: 0,
    tax: 2315,
    total: 31255,
  });
});

test('pricing errors come before stock errors', () => {
  assert.throws(() => priceOrder({ lines: [{ sku: 'OLD-06', qty: 1 }] }, SHOP), { message: 'discontinued: OLD-06' });
  assert.throws(() => priceOrder({ lines: [{ sku: 'SOFA-04', qty: 0 }] }, SHOP), { name: 'RangeError' });
  assert.throws(() => priceOrder({ tier: 'x', lines: [{ sku: 'SOFA-04', qty: 3 }] }, SHOP), {
    message: 'unknown tier: x',
  });
});

// --- priceOrder: stock ----------------------------------------------------------------------
test('stock is checked across warehouses unless one is named', () => {
  const order = { lines: [{ sku: 'MUG-01', qty: 12 }] };
  assert.equal(priceOrder(order, SHOP).subtotal, 14112);
  assert.throws(() => priceOrder(order, SHOP, { warehouse: 'north' }), { message: 'out of stock: MUG-01 (10 available)' });
  assert.throws(() => priceOrder(order, SHOP, { warehouse: 'east' }), { message: 'unknown warehouse: east' });
  assert.throws(() => priceOrder({ lines: [{ sku: 'SOFA-04', qty: 3 }] }, SHOP), {
    message: 'out of stock: SOFA-04 (2 available)',
  });
});

test('ignoreStock skips the stock check entirely', () => {
  const result = priceOrder({ lines: [{ sku: 'SOFA-04', qty: 3 }] }, SHOP, { ignoreStock: true, warehouse: 'east' });
  assert.deepEqual(result.lines, [{ sku: 'SOFA-04', qty: 3, unitPrice: 30000, amount: 90000 }]);
  assert.equal(result.backorders, undefined);
});

test('a back order is refused unless allowed or split off', () => {
  const order = { lines: [{ sku: 'LAMP-03', qty: 3 }] };
  assert.throws(() => priceOrder(order, SHOP), { name: 'Error', message: 'not enough stock for LAMP-03' });
  assert.throws(() => priceOrder(order, SHOP, { allowBackorder: false }), { message: 'not enough stock for LAMP-03' });
  const allowed = priceOrder(order, SHOP, { allowBackorder: true });
  assert.deepEqual(allowed, {
    lines: [{ sku: 'LAMP-03', qty: 3, unitPrice: 4500, amount: 13500 }],
    subtotal: 13500,
    shipping: 0,
    tax: 1080,
    total: 14580,
  });
  const split = priceOrder(order, SHOP, { splitBackorders: true, allowBackorder: true });
  assert.deepEqual(split, {
    lines: [{ sku: 'LAMP-03', qty: 1, unitPrice: 4500, amount: 4500 }],
    subtotal: 4500,
    shipping: 599,
    tax: 360,
    total: 5459,
    backorders: [{ sku: 'LAMP-03', qty: 2 }],
  });
});

test('a line in stock is never split', () => {
  const result = priceOrder({ lines: [{ sku: 'LAMP-03', qty: 1 }, { sku: 'MUG-01', qty: 1 }] }, SHOP, {
    splitBackorders: true,
  });
  assert.equal(result.backorders, undefined);
  assert.deepEqual(
    result.lines.map((l) => l.qty),
    [1, 1],
  );
});

test('the unit price is the one for the ordered quantity, even when part is split off', () => {
  const shop = [product({ sku: 'BOX', listPrice: 100, stock: { north: 4 }, backorderable: true })];
  const result = priceOrder({ lines: [{ sku: 'BOX', qty: 10 }] }, shop, { splitBackorders: true, warehouse: 'north' });
  assert.deepEqual(result.lines, [{ sku: 'BOX', qty: 4, unitPrice: 98, amount: 392 }]);
  assert.deepEqual(result.backorders, [{ sku: 'BOX', qty: 6 }]);
});

// --- priceOrder: shipping -------------------------------------------------------------------
function shippingFor(subtotal, order) {
  const shop = [product({ sku: 'CENT', listPrice: 1, stock: { north: 1e6 }, category: 'clearance' })];
  return priceOrder(Object.assign({ lines: [{ sku: 'CENT', qty: subtotal }] }, order), shop).shipping;
}

test('standard shipping is free from 5000', () => {
  assert.equal(shippingFor(4999, {}), 599);
  assert.equal(shippingFor(5000, {}), 0);
  assert.equal(shippingFor(5001, {}), 0);
  assert.equal(shippingFor(1, {}), 599);
});

test('express shipping is free from 20000', () => {
  assert.equal(shippingFor(4999, { express: true }), 1500);
  assert.equal(shippingFor(5000, { express: true }), 1500);
  assert.equal(shippingFor(19999, { express: true }), 1500);
  assert.equal(shippingFor(20000, { express: true }), 0);
  assert.equal(shippingFor(20001, { express: true }), 0);
});

test('pickup orders never pay shipping', () => {
  assert.equal(shippingFor(10, { pickup: true }), 0);
  assert.equal(shippingFor(10, { pickup: true, express: true }), 0);
});

test('nothing shipped now costs no standard shipping, but express is still charged', () => {
  const shop = [product({ sku: 'BOX', listPrice: 100, stock: { north: 0 }, backorderable: true })];
  const order = { lines: [{ sku: 'BOX', qty: 2 }] };
  const result = priceOrder(order, shop, { splitBackorders: true });
  assert.deepEqual(result, {
    lines: [{ sku: 'BOX', qty: 0, unitPrice: 100, amount: 0 }],
    subtotal: 0,
    shipping: 0,
    tax: 0,
    total: 0,
    backorders: [{ sku: 'BOX', qty: 2 }],
  });
  const express = priceOrder(Object.assign({ express: true }, order), shop, { splitBackorders: true, taxShipping: true });
  assert.equal(express.shipping, 1500);
  assert.equal(express.tax, 120);
  assert.equal(express.total, 1620);
});

// --- priceOrder: tax --------------------------------------------------------------------------
test('tax is 8% of the subtotal by default, rounded to whole cents', () => {
  const shop = [product({ sku: 'CENT', listPrice: 1, stock: { north: 1e6 }, category: 'clearance' })];
  const order = (qty, extra) => Object.assign({ lines: [{ sku: 'CENT', qty }] }, extra);
  assert.equal(priceOrder(order(2400), shop).tax, 192);
  assert.equal(priceOrder(order(1006), shop).tax, 80);
  assert.equal(priceOrder(order(1007), shop).tax, 81);
  assert.equal(priceOrder(order(1000), shop, { taxRate: 0.2 }).tax, 200);
  assert.equal(priceOrder(order(1000), shop, { taxRate: 0 }).tax, 0);
  assert.equal(priceOrder(order(1000), shop, { taxRate: undefined }).tax, 80);
  assert.equal(priceOrder(order(1000), shop, {}).tax, 80);
});

test('shipping is taxed only when asked', () => {
  const order = { lines: [{ sku: 'MUG-01', qty: 1 }] };
  assert.equal(priceOrder(order, SHOP, { taxShipping: true }).tax, 144);
  assert.equal(priceOrder(order, SHOP, { taxShipping: true, taxRate: 0.1 }).tax, 180);
  assert.equal(priceOrder(order, SHOP, { taxShipping: false }).tax, 96);
  const pickup = priceOrder(Object.assign({ pickup: true }, order), SHOP, { taxShipping: true });
  assert.equal(pickup.tax, 96);
});

test('tax-exempt orders pay no tax whatever the options', () => {
  const result = priceOrder({ taxExempt: true, lines: [{ sku: 'MUG-01', qty: 1 }] }, SHOP, {
    taxRate: 0.5,
    taxShipping: true,
  });
  assert.deepEqual(result, {
    lines: [{ sku: 'MUG-01', qty: 1, unitPrice: 1200, amount: 1200 }],
    subtotal: 1200,
    shipping: 599,
    tax: 0,
    total: 1799,
  });
});

test('a clearance line keeps its odd cents through the total', () => {
  const result = priceOrder({ tier: 'gold', lines: [{ sku: 'CAP-07', qty: 3 }] }, SHOP);
  assert.deepEqual(result, {
    lines: [{ sku: 'CAP-07', qty: 3, unitPrice: 1799, amount: 5397 }],
    subtotal: 5397,
    shipping: 0,
    tax: 432,
    total: 5829,
  });
});
