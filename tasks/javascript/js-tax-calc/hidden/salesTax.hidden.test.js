'use strict';
// Hidden behaviour tests for calculateTax. The implementation is loaded from the folder in
// LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'salesTax.js'));
const { calculateTax } = impl;

function line(fields) {
  return Object.assign({ sku: 'L', category: 'general', price: 10000, qty: 1 }, fields);
}

function order(region, lines, fields) {
  return Object.assign({ region, date: '2024-03-14', lines: lines.map(line) }, fields);
}

function tax(region, lines, fields, options) {
  return calculateTax(order(region, lines, fields), options);
}

function breakdown(region, lines, fields, options) {
  return calculateTax(order(region, lines, fields), Object.assign({ breakdown: true }, options));
}

// --- module surface -----------------------------------------------------------------------
test('exports the state rates', () => {
  assert.deepEqual(impl.STATE_RATES, { CA: 0.0725, NY: 0.04, TX: 0.0625, OR: 0 });
  assert.equal(typeof calculateTax, 'function');
});

// --- validation ---------------------------------------------------------------------------
test('an order needs lines', () => {
  for (const bad of [null, undefined, {}, { region: 'CA' }, { region: 'CA', lines: [] }, { region: 'CA', lines: {} }, { region: 'CA', lines: 'x' }]) {
    assert.throws(() => calculateTax(bad), { name: 'Error', message: 'order has no lines' });
  }
  assert.throws(() => calculateTax({ region: 'ZZ', lines: [] }), { message: 'order has no lines' });
});

test('the region must be known', () => {
  for (const region of ['ZZ', 'ca', 'toString', '', undefined, null]) {
    assert.throws(() => tax(region, [{}]), { name: 'Error', message: 'unknown region: ' + region });
  }
  assert.throws(() => tax('ZZ', [{ price: -1 }], {}, { localRate: 1, rounding: 'x' }), { message: 'unknown region: ZZ' });
});

test('the local rate must be a number from 0 up to 5%', () => {
  for (const bad of [0.05, 0.051, -0.001, '0.01', null, true, 1]) {
    assert.throws(() => tax('CA', [{}], {}, { localRate: bad }), { name: 'Error', message: 'invalid local rate: ' + bad });
  }
  assert.equal(tax('CA', [{}], {}, { localRate: 0 }), 725);
  assert.equal(tax('CA', [{}], {}, { localRate: 0.0499 }), 1224);
  assert.equal(tax('CA', [{}], {}, { localRate: undefined }), 725);
  assert.equal(tax('OR', [{}], {}, { localRate: 0.02 }), 200);
  assert.ok(Number.isNaN(tax('CA', [{}], {}, { localRate: NaN })));
  assert.throws(() => tax('CA', [{ price: -1 }], {}, { localRate: 0.2, rounding: 'x' }), { message: 'invalid local rate: 0.2' });
});

test('the rounding mode must be invoice or line', () => {
  for (const bad of ['LINE', 'Invoice', 'lines', 1, true]) {
    assert.throws(() => tax('CA', [{}], {}, { rounding: bad }), { name: 'Error', message: 'unknown rounding mode: ' + bad });
  }
  for (const ok of ['invoice', 'line', '', null, undefined, 0, false]) {
    assert.equal(tax('CA', [{}], {}, { rounding: ok }), 725);
  }
  assert.throws(() => tax('CA', [{ price: -1 }], {}, { rounding: 'x' }), { message: 'unknown rounding mode: x' });
});

test('every line needs a whole, non-negative price and a positive whole quantity', () => {
  const bad = [
    [{ price: -1 }, 'invalid price on line 1: -1'],
    [{ price: 10.5 }, 'invalid price on line 1: 10.5'],
    [{ price: '100' }, 'invalid price on line 1: 100'],
    [{ price: undefined }, 'invalid price on line 1: undefined'],
    [{ price: NaN }, 'invalid price on line 1: NaN'],
    [{ qty: 0 }, 'invalid quantity on line 1: 0'],
    [{ qty: -2 }, 'invalid quantity on line 1: -2'],
    [{ qty: 1.5 }, 'invalid quantity on line 1: 1.5'],
    [{ qty: undefined }, 'invalid quantity on line 1: undefined'],
    [{ qty: '2' }, 'invalid quantity on line 1: 2'],
    [{ price: -5, qty: 0 }, 'invalid price on line 1: -5'],
  ];
  for (const [fields, message] of bad) {
    assert.throws(() => tax('NY', [fields]), { name: 'Error', message });
  }
  assert.throws(() => tax('NY', [{}, {}, { qty: 0 }]), { message: 'invalid quantity on line 3: 0' });
  assert.throws(() => tax('NY', [{}, { price: -3 }, { qty: 0 }]), { message: 'invalid price on line 2: -3' });
  assert.throws(() => tax('CA', [{ price: -1 }], { customer: { type: 'government' } }), { message: 'invalid price on line 1: -1' });
  assert.equal(tax('NY', [{ price: 0 }]), 0);
  assert.equal(tax('NY', [{ price: 1, qty: 1 }]), 0);
  assert.equal(tax('NY', [{ price: 13, qty: 1 }]), 1);
});

// --- rates and categories -----------------------------------------------------------------
test('general goods pay the state rate plus the local rate', () => {
  assert.equal(tax('CA', [{}]), 725);
  assert.equal(tax('NY', [{}]), 400);
  assert.equal(tax('TX', [{}]), 625);
  assert.equal(tax('OR', [{}]), 0);
  assert.equal(tax('CA', [{ price: 2500, qty: 4 }]), 725);
  assert.equal(tax('NY', [{}], {}, { localRate: 0.045 }), 850);
  assert.equal(tax('TX', [{ price: 999, qty: 3 }], {}, { localRate: 0.0125 }), 225);
  assert.equal(tax('CA', [{ category: undefined }]), 725);
  assert.equal(tax('CA', [{ category: 'FOOD' }]), 725);
  assert.equal(tax('CA', [{ price: 200 }]), 14);
});

test('medicine is exempt everywhere', () => {
  for (const region of ['CA', 'NY', 'TX', 'OR']) {
    assert.equal(tax(region, [{ category: 'medicine' }], {}, { localRate: 0.03 }), 0);
  }
  assert.equal(tax('CA', [{ category: 'medicine' }, {}]), 725);
});

test('food is exempt in California, New York and Texas but not elsewhere', () => {
  for (const region of ['CA', 'NY', 'TX']) {
    assert.equal(tax(region, [{ category: 'food' }], {}, { localRate: 0.03 }), 0);
  }
  assert.equal(tax('OR', [{ category: 'food' }], {}, { localRate: 0.03 }), 300);
  assert.equal(tax('OR', [{ category: 'food' }]), 0);
});

test('New York exempts clothing items under 110 dollars each', () => {
  assert.equal(tax('NY', [{ category: 'clothing', price: 10999 }]), 0);
  assert.equal(tax('NY', [{ category: 'clothing', price: 11000 }]), 440);
  assert.equal(tax('NY', [{ category: 'clothing', price: 11001 }]), 440);
  assert.equal(tax('NY', [{ category: 'clothing', price: 10000, qty: 5 }]), 0);
  assert.equal(tax('NY', [{ category: 'clothing', price: 20000, discount: 15000 }]), 200);
  assert.equal(tax('CA', [{ category: 'clothing', price: 10999 }]), 797);
  assert.equal(tax('OR', [{ category: 'clothing', price: 500 }], {}, { localRate: 0.01 }), 5);
});

test('Texas has a clothing tax holiday from 9 to 11 August for items under 100 dollars', () => {
  const cheap = { category: 'clothing', price: 9999 };
  const cases = [
    ['2024-08-08', 625],
    ['2024-08-09', 0],
    ['2024-08-10', 0],
    ['2024-08-11', 0],
    ['2024-08-12', 625],
    ['2019-08-10', 0],
    ['2024-09-10', 625],
    ['2024-07-10', 625],
    ['2024-08-10T23:00:00Z', 0],
    ['2024-08-11T10:00:00Z', 0],
    ['2024-08-09T10:00:00Z', 0],
    ['', 625],
  ];
  for (const [date, want] of cases) {
    assert.equal(tax('TX', [cheap], { date }), want, date);
  }
  assert.equal(tax('TX', [{ category: 'clothing', price: 10000 }], { date: '2024-08-10' }), 625);
  assert.equal(tax('TX', [{ category: 'clothing', price: 10001 }], { date: '2024-08-10' }), 625);
  assert.equal(tax('TX', [{ category: 'clothing', price: 5000, qty: 3 }], { date: '2024-08-10' }), 0);
  assert.equal(tax('TX', [cheap], { date: undefined }), 625);
  assert.equal(tax('TX', [cheap], { date: new Date('2024-08-10') }), 625);
  assert.equal(tax('TX', [{ price: 9999 }], { date: '2024-08-10' }), 625);
  assert.equal(tax('TX', [{ category: 'digital', price: 9999 }], { date: '2024-08-10' }), 500);
  assert.equal(tax('CA', [cheap], { date: '2024-08-10' }), 725);
  assert.equal(tax('NY', [{ category: 'clothing', price: 11000 }], { date: '2024-08-10' }), 440);
  assert.equal(tax('OR', [cheap], { date: '2024-08-10' }, { localRate: 0.01 }), 100);
});

test('digital goods: exempt in California, 80% taxed in Texas, fully taxed elsewhere', () => {
  assert.equal(tax('CA', [{ category: 'digital' }]), 0);
  assert.equal(tax('NY', [{ category: 'digital' }]), 400);
  assert.equal(tax('TX', [{ category: 'digital' }]), 500);
  assert.equal(tax('OR', [{ category: 'digital' }], {}, { localRate: 0.01 }), 100);
  // the Texas base is rounded to whole cents before the rate applies
  assert.deepEqual(breakdown('TX', [{ category: 'digital', price: 7 }]).lines, [{ sku: 'L', base: 6, tax: 0 }]);
  assert.deepEqual(breakdown('TX', [{ category: 'digital', price: 999 }]).lines, [{ sku: 'L', base: 799, tax: 50 }]);
  assert.deepEqual(breakdown('TX', [{ category: 'digital', price: 1003 }]).lines, [{ sku: 'L', base: 802, tax: 50 }]);
  assert.equal(breakdown('TX', [{ category: 'digital', price: 1003 }]).exempt, 201);
  assert.deepEqual(breakdown('TX', [{ category: 'digital', price: 600, qty: 2, discount: 200 }]).lines, [
    { sku: 'L', base: 800, tax: 50 },
  ]);
});

// --- discounts ----------------------------------------------------------------------------
test('discounts come off the line amount, never below zero', () => {
  assert.equal(tax('CA', [{ discount: 2000 }]), 580);
  assert.equal(tax('CA', [{ discount: 0 }]), 725);
  assert.equal(tax('CA', [{ discount: 9999 }]), 0);
  assert.equal(tax('CA', [{ discount: 10000 }]), 0);
  assert.equal(tax('CA', [{ discount: 10001 }]), 0);
  assert.equal(tax('CA', [{ discount: 50000 }, {}]), 725);
  assert.equal(tax('CA', [{ discount: -1000 }]), 798);
  assert.equal(tax('CA', [{ price: 3000, qty: 2, discount: 1000 }]), 363);
  const b = breakdown('CA', [{ discount: 4000 }, { discount: 12000, sku: 'M' }]);
  assert.equal(b.taxable, 6000);
  assert.equal(b.exempt, 0);
  assert.deepEqual(b.lines, [
    { sku: 'L', base: 6000, tax: 435 },
    { sku: 'M', base: 0, tax: 0 },
  ]);
  assert.equal(breakdown('CA', [{ category: 'food', discount: 4000 }]).exempt, 6000);
});

// --- customers ----------------------------------------------------------------------------
test('government customers pay nothing, shipping included', () => {
  const b = breakdown('NY', [{}, { category: 'food', price: 500 }], { shipping: 900, customer: { type: 'government' } });
  assert.deepEqual(b, {
    tax: 0,
    rate: 0.04,
    taxable: 0,
    exempt: 11400,
    shippingTax: 0,
    lines: [
      { sku: 'L', base: 0, tax: 0 },
      { sku: 'L', base: 0, tax: 0 },
    ],
    warnings: [],
  });
  assert.equal(tax('CA', [{}], { customer: { type: 'government', certificate: 'NY-000000' } }), 0);
});

test('resellers are exempt with a certificate of the region, else charged with a warning', () => {
  const reseller = (certificate) => ({ customer: { type: 'reseller', certificate } });
  assert.equal(tax('CA', [{}], reseller('CA-123456')), 0);
  assert.equal(tax('TX', [{}], Object.assign(reseller('TX-000001'), { shipping: 500 })), 0);
  assert.deepEqual(breakdown('CA', [{}], reseller('CA-123456')).warnings, []);
  assert.equal(breakdown('TX', [{}], Object.assign(reseller('TX-000001'), { shipping: 500 })).exempt, 10500);
  const warning = (region) => ['reseller certificate not valid in ' + region + ', tax charged'];
  for (const bad of ['NY-123456', 'CA-12345', 'CA-1234567', 'ca-123456', 'CA123456', ' CA-123456', 'CA-123456 ', 'CA-12345a', 'CAXX-123456', 'CA CA-123456', 123456, new String('CA-123456'), ['CA-123456'], undefined, null]) {
    const b = breakdown('CA', [{}], reseller(bad));
    assert.equal(b.tax, 725, String(bad));
    assert.deepEqual(b.warnings, warning('CA'), String(bad));
  }
  assert.deepEqual(breakdown('OR', [{}], { customer: { type: 'reseller' } }).warnings, warning('OR'));
  assert.deepEqual(breakdown('NY', [{}], { customer: { type: 'retail', certificate: 'NY-123456' } }), {
    tax: 400,
    rate: 0.04,
    taxable: 10000,
    exempt: 0,
    shippingTax: 0,
    lines: [{ sku: 'L', base: 10000, tax: 400 }],
    warnings: [],
  });
  assert.equal(tax('NY', [{}], { customer: { type: 'Reseller', certificate: 'NY-123456' } }), 400);
  assert.equal(tax('NY', [{}], { customer: null }), 400);
  assert.equal(tax('NY', [{}], { customer: { type: 'government ' } }), 400);
});

// --- shipping -----------------------------------------------------------------------------
test('New York and Texas tax shipping when some goods are taxed', () => {
  const ny = breakdown('NY', [{}], { shipping: 1550 });
  assert.equal(ny.tax, 462);
  assert.equal(ny.shippingTax, 62);
  assert.equal(ny.taxable, 11550);
  assert.equal(ny.exempt, 0);
  const tx = breakdown('TX', [{ price: 1000 }], { shipping: 999 });
  assert.equal(tx.shippingTax, 62);
  assert.equal(tx.tax, 125);
  assert.equal(tx.taxable, 1999);
  const digital = breakdown('TX', [{ category: 'digital', price: 1 }], { shipping: 1000 });
  assert.equal(digital.taxable, 1001);
  assert.equal(digital.tax, 63);
});

test('shipping is untaxed with untaxed goods and outside New York and Texas', () => {
  const exemptGoods = breakdown('NY', [{ category: 'food' }], { shipping: 1500 });
  assert.equal(exemptGoods.tax, 0);
  assert.equal(exemptGoods.shippingTax, 0);
  assert.equal(exemptGoods.taxable, 0);
  assert.equal(exemptGoods.exempt, 11500);
  assert.equal(breakdown('NY', [{ discount: 10000 }], { shipping: 1500 }).exempt, 1500);
  assert.equal(breakdown('TX', [{ category: 'digital', price: 0 }], { shipping: 1500 }).shippingTax, 0);
  for (const region of ['CA', 'OR']) {
    const b = breakdown(region, [{}], { shipping: 1500 }, { localRate: 0.02 });
    assert.equal(b.shippingTax, 0);
    assert.equal(b.exempt, 1500);
    assert.equal(b.taxable, 10000);
  }
  for (const shipping of [0, -500, undefined, null]) {
    const b = breakdown('NY', [{}], { shipping });
    assert.equal(b.shippingTax, 0);
    assert.equal(b.exempt, 0);
    assert.equal(b.taxable, 10000);
  }
  assert.equal(breakdown('NY', [{}], { shipping: 1 }).shippingTax, 0);
  assert.equal(breakdown('NY', [{}], { shipping: 1 }).taxable, 10001);
  assert.equal(breakdown('CA', [{}], { shipping: 1 }).exempt, 1);
  // a shipping amount given as text is left out unless it is above zero
  assert.equal(breakdown('NY', [{}], { shipping: '0' }).taxable, 10000);
  assert.equal(breakdown('CA', [{}], { shipping: '0' }).exempt, 0);
  assert.equal(breakdown('NY', [{}], { shipping: 13 }).shippingTax, 1);
  assert.equal(breakdown('NY', [{}], { shipping: 13 }).taxable, 10013);
});

// --- rounding -----------------------------------------------------------------------------
test('invoice rounding rounds the total once, line rounding rounds every line', () => {
  const small = [{ price: 6 }, { price: 6 }, { price: 6 }];
  assert.equal(tax('CA', small), 1);
  assert.equal(tax('CA', small, {}, { rounding: 'invoice' }), 1);
  assert.equal(tax('CA', small, {}, { rounding: 'line' }), 0);
  const up = [{ price: 8 }, { price: 8 }, { price: 8 }];
  assert.equal(tax('CA', up, {}, { rounding: 'line' }), 3);
  assert.equal(tax('CA', up), 2);
  // shipping tax is rounded on its own under line rounding
  assert.equal(tax('NY', [{ price: 10 }], { shipping: 10 }, { rounding: 'line' }), 0);
  assert.equal(tax('NY', [{ price: 10 }], { shipping: 10 }), 1);
  assert.equal(tax('NY', [{ price: 13 }], { shipping: 13 }, { rounding: 'line' }), 2);
  assert.equal(tax('NY', [{ price: 13 }], { shipping: 13 }), 1);
  assert.equal(tax('CA', [{ price: 200 }]), 14);
  assert.equal(tax('NY', [{ price: 25 }]), 1);
  assert.equal(tax('NY', [{ price: 25 }], {}, { rounding: 'line' }), 1);
  assert.equal(tax('NY', [{ price: 12 }, { price: 13 }], {}, { rounding: 'line' }), 1);
  assert.equal(tax('NY', [{ price: 12 }, { price: 12 }], {}, { rounding: 'line' }), 0);
  assert.equal(tax('NY', [{ price: 12 }, { price: 12 }]), 1);
});

test('line taxes in the breakdown are rounded per line whatever the mode', () => {
  const b = breakdown('CA', [{ price: 6, sku: 'a' }, { price: 8, sku: 'b' }], {}, { rounding: 'invoice' });
  assert.deepEqual(b.lines, [
    { sku: 'a', base: 6, tax: 0 },
    { sku: 'b', base: 8, tax: 1 },
  ]);
  assert.equal(b.tax, 1);
});

// --- breakdown ----------------------------------------------------------------------------
test('the breakdown lists every line and the totals', () => {
  const lines = [
    { sku: 'TV', price: 49900 },
    { sku: 'BREAD', category: 'food', price: 350, qty: 2 },
    { sku: 'SHIRT', category: 'clothing', price: 4000, qty: 2, discount: 500 },
    { sku: 'APP', category: 'digital', price: 1299 },
    { sku: 'PILLS', category: 'medicine', price: 800 },
  ];
  assert.deepEqual(breakdown('NY', lines, { shipping: 2000 }, { localRate: 0.045 }), {
    tax: 4522,
    rate: 0.04 + 0.045,
    taxable: 53199,
    exempt: 9000,
    shippingTax: 170,
    lines: [
      { sku: 'TV', base: 49900, tax: 4242 },
      { sku: 'BREAD', base: 0, tax: 0 },
      { sku: 'SHIRT', base: 0, tax: 0 },
      { sku: 'APP', base: 1299, tax: 110 },
      { sku: 'PILLS', base: 0, tax: 0 },
    ],
    warnings: [],
  });
  const ca = breakdown('CA', lines, { shipping: 2000 }, { localRate: 0.0125, rounding: 'line' });
  assert.equal(ca.tax, 4879);
  assert.equal(ca.rate, 0.0725 + 0.0125);
  assert.equal(ca.taxable, 57400);
  assert.equal(ca.exempt, 4799);
  assert.equal(ca.shippingTax, 0);
  assert.deepEqual(ca.lines.map((l) => l.tax), [4242, 0, 637, 0, 0]);
  const tx = breakdown('TX', lines, { date: '2024-08-10', shipping: 2000 });
  assert.deepEqual(tx.lines.map((l) => l.base), [49900, 0, 0, 1039, 0]);
  assert.equal(tx.taxable, 52939);
  assert.equal(tx.tax, 3309);
});

test('without the breakdown option only the tax is returned', () => {
  assert.equal(tax('CA', [{}], {}, { breakdown: false }), 725);
  assert.equal(tax('CA', [{}], {}, { breakdown: 0 }), 725);
  assert.equal(typeof tax('CA', [{}], {}, { breakdown: 1 }), 'object');
  assert.equal(calculateTax(order('CA', [{}])), 725);
  assert.equal(calculateTax(order('CA', [{}]), null), 725);
});

test('calculateTax leaves the order untouched', () => {
  const o = order('NY', [{ discount: 20000 }, { category: 'digital' }], { shipping: 300, customer: { type: 'reseller' } });
  const before = JSON.stringify(o);
  calculateTax(o, { breakdown: true, rounding: 'line' });
  assert.equal(JSON.stringify(o), before);
});
