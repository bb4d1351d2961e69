'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { calculateLateFee } = require('../lateFee');

function invoice(fields) {
  return Object.assign({ amount: 1000, dueDate: '2024-03-01', customerType: 'retail' }, fields);
}

test('no fee inside the grace period', () => {
  assert.equal(calculateLateFee(invoice({}), '2024-03-04'), 0);
});

test('retail invoices pay a flat fee in the first month', () => {
  assert.equal(calculateLateFee(invoice({}), '2024-03-20'), 15);
});

test('retail invoices add a percentage after a month', () => {
  assert.equal(calculateLateFee(invoice({}), '2024-04-15'), 35);
});

test('business invoices pay at least the minimum fee', () => {
  assert.equal(calculateLateFee(invoice({ customerType: 'business', amount: 400 }), '2024-03-20'), 25);
});

test('disputed invoices are never charged', () => {
  assert.equal(calculateLateFee(invoice({ disputed: true }), '2024-09-01'), 0);
});

test('detailed result names the band', () => {
  assert.deepEqual(calculateLateFee(invoice({ customerType: 'nonprofit' }), '2024-06-01', { detailed: true }), {
    fee: 10,
    daysLate: 92,
    band: 'severe',
  });
});

test('rejects an invoice without an amount', () => {
  assert.throws(() => calculateLateFee({ dueDate: '2024-03-01' }, '2024-03-20'), /invalid invoice/);
});
