'use strict';
// Hidden behaviour tests for the CSV importers. The implementation is loaded from the folder in
// LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'csvImport.js'));
const { parseCustomers, parseOrders, parseProducts } = impl;

const CUSTOMERS = 'id,name,email,vip';
const ORDERS = 'order_id,customer_id,quantity,price';
const PRODUCTS = 'sku,name,price,stock,tags';

function customers(...lines) {
  return parseCustomers([CUSTOMERS, ...lines].join('\n'));
}

function orders(...lines) {
  return parseOrders([ORDERS, ...lines].join('\n'));
}

function products(...lines) {
  return parseProducts([PRODUCTS, ...lines].join('\n'));
}

test('exports', () => {
  assert.equal(impl.DEFAULT_DELIMITER, ',');
  for (const fn of [parseCustomers, parseOrders, parseProducts]) assert.equal(typeof fn, 'function');
});

// --- the CSV reader, through every importer -------------------------------------------------
test('empty input and a header alone give nothing', () => {
  for (const parse of [parseCustomers, parseOrders, parseProducts]) {
    assert.deepEqual(parse(''), { rows: [], errors: [] });
    assert.deepEqual(parse('\n\n'), { rows: [], errors: [] });
  }
  assert.deepEqual(parseCustomers(CUSTOMERS), { rows: [], errors: [] });
  assert.deepEqual(parseOrders(ORDERS + '\n'), { rows: [], errors: [] });
});

test('input that is not a string is read as text', () => {
  assert.deepEqual(parseCustomers(null), { rows: [], errors: [] });
  assert.deepEqual(parseCustomers(Buffer.from(`${CUSTOMERS}\nc1,A,a@x.io,yes`)).rows, [
    { id: 'c1', name: 'A', email: 'a@x.io', vip: true },
  ]);
});

test('windows line endings', () => {
  const text = `${ORDERS}\r\no1,c1,2,1.25\r\no2,c1,1,3\r\n`;
  assert.deepEqual(parseOrders(text).rows.map((r) => r.total), [2.5, 3]);
});

test('blank and whitespace-only lines are skipped but still counted', () => {
  const result = customers('', '   ', '\t', 'c1,A,bad', '');
  assert.deepEqual(result, { rows: [], errors: [{ line: 5, message: 'invalid email: bad' }] });
});

test('comment lines start with # in the first column only', () => {
  const result = customers('# a comment', 'c1,A,a@x.io', ' # not a comment');
  assert.deepEqual(result.rows.map((r) => r.id), ['c1']);
  assert.deepEqual(result.errors, [{ line: 4, message: 'invalid email: ' }]);
});

test('comment lines before the header are skipped', () => {
  const text = `# export\n\n${CUSTOMERS}\nc1,A,a@x.io`;
  assert.deepEqual(parseCustomers(text).rows.map((r) => r.id), ['c1']);
});

test('header names are trimmed and lower-cased', () => {
  const text = ' ID , NAME ,"E-Mail",Email\nc1,Ann,x,ann@x.io';
  assert.deepEqual(parseCustomers(text).rows, [{ id: 'c1', name: 'Ann', email: 'ann@x.io', vip: false }]);
});

test('fields are trimmed, quoted ones too', () => {
  assert.deepEqual(customers('  c1 ,"  Ann  ",  ann@x.io  ').rows[0], {
    id: 'c1',
    name: 'Ann',
    email: 'ann@x.io',
    vip: false,
  });
});

test('quoted fields keep delimiters and doubled quotes', () => {
  const rows = customers('c1,"Smith, ""Jr""",s@x.io', 'c2,"a,b,c",t@x.io').rows;
  assert.equal(rows[0].name, 'Smith, "Jr"');
  assert.equal(rows[1].name, 'a,b,c');
});

test('a quote in the middle of a field starts quoting there', () => {
  assert.equal(customers('c1,ab"c,d"e,m@x.io').rows[0].name, 'abc,de');
  assert.equal(customers('c1,a""b,m@x.io').rows[0].name, 'ab');
});

test('an unterminated quote runs to the end of the line', () => {
  const result = customers('c1,"Ann,ann@x.io');
  assert.deepEqual(result.errors, [{ line: 2, message: 'invalid email: ' }]);
});

test('an empty quoted field is empty', () => {
  assert.deepEqual(customers('c1,"",e@x.io').rows[0].name, '');
});

test('missing trailing fields are empty, extra fields are ignored', () => {
  assert.deepEqual(customers('c1,Ann,ann@x.io,yes,extra,more').rows[0].vip, true);
  assert.deepEqual(orders('o1,c1,2').errors, [{ line: 2, message: 'invalid price: ' }]);
});

test('a column missing from the header reads as undefined', () => {
  assert.deepEqual(parseOrders('order_id,customer_id,price\no1,c1,2').errors, [
    { line: 2, message: 'invalid quantity: undefined' },
  ]);
  assert.deepEqual(parseCustomers('id,name\nc1,Ann').errors, [{ line: 2, message: 'invalid email: undefined' }]);
});

test('a custom delimiter replaces the comma', () => {
  assert.deepEqual(parseOrders('order_id\tcustomer_id\tquantity\tprice\no1\tc1\t2\t1,5', { delimiter: '\t' }).errors, [
    { line: 2, message: 'invalid price: 1,5' },
  ]);
  assert.equal(parseCustomers('id;name;email\nc1;"A;B";e@x.io', { delimiter: ';' }).rows[0].name, 'A;B');
});

test('an empty delimiter falls back to the comma', () => {
  assert.equal(parseCustomers('id,name,email\nc1,A,a@x.io', { delimiter: '' }).rows.length, 1);
});

test('the default delimiter leaves other separators alone', () => {
  assert.deepEqual(parseCustomers('id;name;email\nc1;A;a@x.io').errors, [
    { line: 2, message: 'missing id' },
  ]);
});

test('strict mode throws on the first problem with its line number', () => {
  const text = `${CUSTOMERS}\nc1,A,a@x.io\n# note\n,B,b@x.io\nc3,C,bad`;
  assert.throws(() => parseCustomers(text, { strict: true }), { name: 'Error', message: 'line 4: missing id' });
  assert.equal(parseCustomers(text, { strict: false }).errors.length, 2);
});

test('strict mode with no problems returns the rows', () => {
  assert.deepEqual(parseOrders(`${ORDERS}\no1,c1,1,1`, { strict: true }), {
    rows: [{ orderId: 'o1', customerId: 'c1', quantity: 1, price: 1, total: 1 }],
    errors: [],
  });
});

test('errors are collected in line order and good rows kept', () => {
  const result = products('a,A,1,1,', ',B,1,1,', 'c,C,-1,1,', 'd,D,1,1.5,', 'e,E,2,2,x');
  assert.deepEqual(result.rows.map((r) => r.sku), ['A', 'E']);
  assert.deepEqual(result.errors, [
    { line: 3, message: 'missing sku' },
    { line: 4, message: 'invalid price: -1' },
    { line: 5, message: 'invalid stock: 1.5' },
  ]);
});

// --- customers ----------------------------------------------------------------------------
test('customer ids are required', () => {
  assert.deepEqual(customers(',Ann,ann@x.io').errors, [{ line: 2, message: 'missing id' }]);
  assert.deepEqual(customers(' ,Ann,').errors, [{ line: 2, message: 'missing id' }]);
});

test('customer emails need something before an @', () => {
  assert.deepEqual(customers('c1,A,@x.io').errors, [{ line: 2, message: 'invalid email: @x.io' }]);
  assert.deepEqual(customers('c1,A,').errors, [{ line: 2, message: 'invalid email: ' }]);
  assert.equal(customers('c1,A,a@').rows[0].email, 'a@');
  assert.equal(customers('c1,A,A.B@X.IO').rows[0].email, 'a.b@x.io');
});

test('the id is checked before the email', () => {
  assert.deepEqual(customers(',A,bad').errors, [{ line: 2, message: 'missing id' }]);
});

test('vip is true only for yes and true', () => {
  const rows = customers('a,A,a@x,yes', 'b,B,b@x,true', 'c,C,c@x,YES', 'd,D,d@x,1', 'e,E,e@x,', 'f,F,f@x').rows;
  assert.deepEqual(rows.map((r) => r.vip), [true, true, false, false, false, false]);
});

test('a missing name is empty', () => {
  assert.deepEqual(parseCustomers('id,email\nc1,e@x.io').rows, [{ id: 'c1', name: '', email: 'e@x.io', vip: false }]);
});

// --- orders -------------------------------------------------------------------------------
test('order ids and customer ids are required, in that order', () => {
  assert.deepEqual(orders(',c1,1,1', 'o1,,1,1', ',,x,x').errors, [
    { line: 2, message: 'missing order_id' },
    { line: 3, message: 'missing customer_id' },
    { line: 4, message: 'missing order_id' },
  ]);
});

for (const [quantity, ok] of [
  ['1', true],
  ['12', true],
  ['1e2', true],
  [' 7 ', true],
  ['0', false],
  ['-1', false],
  ['2.5', false],
  ['', false],
  ['abc', false],
]) {
  test(`order quantity ${JSON.stringify(quantity)} is ${ok ? 'valid' : 'invalid'}`, () => {
    const result = orders(`o1,c1,${quantity},2`);
    if (ok) {
      assert.equal(result.rows.length, 1);
      assert.equal(result.rows[0].quantity, Number(quantity));
    } else {
      assert.deepEqual(result.errors, [{ line: 2, message: `invalid quantity: ${quantity.trim()}` }]);
    }
  });
}

for (const [price, ok] of [
  ['0', true],
  ['0.01', true],
  ['19.999', true],
  ['-0.01', false],
  ['', false],
  ['free', false],
  ['1,5', false],
]) {
  test(`order price ${JSON.stringify(price)} is ${ok ? 'valid' : 'invalid'}`, () => {
    const result = parseOrders(`${ORDERS}\no1,c1,2,"${price}"`);
    if (ok) {
      assert.equal(result.rows[0].price, Number(price));
    } else {
      assert.deepEqual(result.errors, [{ line: 2, message: `invalid price: ${price}` }]);
    }
  });
}

test('the quantity is checked before the price', () => {
  assert.deepEqual(orders('o1,c1,0,-1').errors, [{ line: 2, message: 'invalid quantity: 0' }]);
});

test('order totals are rounded to cents', () => {
  assert.deepEqual(orders('o1,c1,3,0.1', 'o2,c1,7,19.999', 'o3,c1,1,0').rows.map((r) => r.total), [0.3, 139.99, 0]);
});

test('order rows have exactly these fields', () => {
  assert.deepEqual(Object.keys(orders('o1,c1,1,1').rows[0]), ['orderId', 'customerId', 'quantity', 'price', 'total']);
});

// --- products -----------------------------------------------------------------------------
test('skus are upper-cased, names default to empty', () => {
  assert.deepEqual(parseProducts('sku,price\nab-1,3').rows, [{ sku: 'AB-1', name: '', price: 3, stock: 0, tags: [] }]);
});

test('a missing or empty stock counts as zero', () => {
  assert.deepEqual(products('a,A,1,,', 'b,B,1').rows.map((r) => r.stock), [0, 0]);
});

for (const [stock, ok] of [
  ['0', true],
  ['25', true],
  ['-1', false],
  ['1.5', false],
  ['many', false],
]) {
  test(`product stock ${JSON.stringify(stock)} is ${ok ? 'valid' : 'invalid'}`, () => {
    const result = products(`a,A,1,${stock},`);
    if (ok) {
      assert.equal(result.rows[0].stock, Number(stock));
    } else {
      assert.deepEqual(result.errors, [{ line: 2, message: `invalid stock: ${stock}` }]);
    }
  });
}

test('product prices follow the order rules', () => {
  assert.deepEqual(products('a,A,,1,', 'b,B,-2,1,', 'c,C,0,1,').errors, [
    { line: 2, message: 'invalid price: ' },
    { line: 3, message: 'invalid price: -2' },
  ]);
});

test('the sku is checked first, then the price, then the stock', () => {
  assert.deepEqual(products(',A,-1,-1,', 'a,A,-1,-1,').errors, [
    { line: 2, message: 'missing sku' },
    { line: 3, message: 'invalid price: -1' },
  ]);
});

test('tags are trimmed, lower-cased and empty ones dropped', () => {
  assert.deepEqual(products('a,A,1,1,"Red;; BLUE ; ;green"').rows[0].tags, ['red', 'blue', 'green']);
  assert.deepEqual(products('a,A,1,1,;').rows[0].tags, []);
  assert.deepEqual(products('a,A,1,1,"  "').rows[0].tags, []);
});

test('strict mode applies to products and orders too', () => {
  assert.throws(() => parseProducts(`${PRODUCTS}\na,A,1,-3,`, { strict: true }), { message: 'line 2: invalid stock: -3' });
  assert.throws(() => parseOrders(`${ORDERS}\no1,,1,1`, { strict: 1 }), { message: 'line 2: missing customer_id' });
});

test('the options object is optional and may be null', () => {
  assert.deepEqual(parseProducts(`${PRODUCTS}\na,A,1,1,x`, null).rows.length, 1);
});
