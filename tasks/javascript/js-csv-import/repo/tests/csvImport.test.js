'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { parseCustomers, parseOrders, parseProducts } = require('../csvImport');

test('customers: rows from a simple file', () => {
  const text = 'ID,Name,Email,VIP\nc1,Ada Lovelace,ADA@example.com,yes\nc2,Alan Turing,alan@example.com,no\n';
  assert.deepEqual(parseCustomers(text), {
    rows: [
      { id: 'c1', name: 'Ada Lovelace', email: 'ada@example.com', vip: true },
      { id: 'c2', name: 'Alan Turing', email: 'alan@example.com', vip: false },
    ],
    errors: [],
  });
});

test('customers: quoted names may contain the delimiter', () => {
  const text = 'id,name,email\nc3,"Hopper, Grace",grace@example.com';
  assert.equal(parseCustomers(text).rows[0].name, 'Hopper, Grace');
});

test('customers: a bad email is reported with its line number', () => {
  const text = 'id,name,email\n# exported 2024-05-01\nc4,Nobody,nobody.example.com';
  assert.deepEqual(parseCustomers(text).errors, [{ line: 3, message: 'invalid email: nobody.example.com' }]);
});

test('orders: totals are computed', () => {
  const text = 'order_id,customer_id,quantity,price\no1,c1,3,9.99\n';
  assert.deepEqual(parseOrders(text).rows, [
    { orderId: 'o1', customerId: 'c1', quantity: 3, price: 9.99, total: 29.97 },
  ]);
});

test('orders: strict mode throws on the first bad line', () => {
  const text = 'order_id,customer_id,quantity,price\no2,c1,0,5\n';
  assert.throws(() => parseOrders(text, { strict: true }), { message: 'line 2: invalid quantity: 0' });
});

test('products: semicolon-separated file with tags', () => {
  const text = 'sku;name;price;stock;tags\nab-1;Widget;2.50;10;Blue; Small\n';
  assert.deepEqual(parseProducts(text, { delimiter: ';' }).rows, [
    { sku: 'AB-1', name: 'Widget', price: 2.5, stock: 10, tags: ['blue'] },
  ]);
});

test('products: tags are split on semicolons', () => {
  const text = 'sku,name,price,stock,tags\nab-2,Gadget,4,,"Red; Large ;"\n';
  assert.deepEqual(parseProducts(text).rows[0].tags, ['red', 'large']);
});
