'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { syncInventory, InventoryLedger } = require('../inventorySync');
const InventoryError = require('../inventoryError');

const RECORDS = [
  { sku: 'BOLT-M6', onHand: 120, reorderPoint: 40 },
  { sku: 'NUT-M6', onHand: 30, reorderPoint: 40, incoming: 0 },
];

test('events update the stock', () => {
  const result = syncInventory(RECORDS, [
    { type: 'receive', sku: 'NUT-M6', quantity: 100 },
    { type: 'sell', sku: 'BOLT-M6', quantity: 20 },
  ]);
  assert.deepEqual(
    result.items.map((item) => [item.sku, item.onHand]),
    [
      ['BOLT-M6', 100],
      ['NUT-M6', 130],
    ],
  );
  assert.deepEqual(result.rejected, []);
});

test('items at the reorder point raise an alert with a quantity', () => {
  const result = syncInventory(RECORDS, []);
  assert.deepEqual(result.alerts, [{ sku: 'NUT-M6', status: 'reorder', reorder: 90 }]);
});

test('bad events are rejected with their index and reason', () => {
  const result = syncInventory(RECORDS, [
    { type: 'sell', sku: 'BOLT-M6', quantity: 500 },
    { type: 'sell', sku: 'WASHER', quantity: 1 },
  ]);
  assert.deepEqual(result.rejected, [
    { index: 0, reason: 'insufficient stock for BOLT-M6' },
    { index: 1, reason: 'unknown sku: WASHER' },
  ]);
});

test('reservations are shipped from stock', () => {
  const ledger = new InventoryLedger(RECORDS);
  ledger.apply({ type: 'reserve', sku: 'BOLT-M6', quantity: 10 });
  const item = ledger.apply({ type: 'ship', sku: 'BOLT-M6', quantity: 10 });
  assert.equal(item.onHand, 110);
  assert.equal(item.reserved, 0);
});

test('invalid quantities raise an InventoryError', () => {
  const ledger = new InventoryLedger(RECORDS);
  assert.throws(() => ledger.apply({ type: 'receive', sku: 'BOLT-M6', quantity: 1.5 }), InventoryError);
});
