'use strict';
// Hidden behaviour tests for the inventory modules (stockRules, the ledger and syncInventory),
// in one file so the test runner starts one process. The implementation is loaded from the
// folder in LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

function load(name) {
  return require(path.join(process.env.LIFTBENCH_IMPL, name));
}

const rules = load('stockRules.js');
const { stockStatus, reorderQuantity } = rules;
const { syncInventory, InventoryLedger } = load('inventorySync.js');
const InventoryError = load('inventoryError.js');

// ===== stockRules =========================================================================
function item(fields) {
  return Object.assign({ onHand: 50, reserved: 0, incoming: 0, reorderPoint: 10 }, fields);
}

test('exports', () => {
  assert.equal(rules.LOW_STOCK_RATIO, 1.5);
  assert.equal(typeof stockStatus, 'function');
  assert.equal(typeof reorderQuantity, 'function');
});

// --- discontinued -------------------------------------------------------------------------
test('discontinued items: clearance while stock is available, else discontinued', () => {
  assert.equal(stockStatus(item({ discontinued: true, onHand: 1 })), 'clearance');
  assert.equal(stockStatus(item({ discontinued: true, onHand: 0 })), 'discontinued');
  assert.equal(stockStatus(item({ discontinued: true, onHand: -2 })), 'discontinued');
  assert.equal(stockStatus(item({ discontinued: true, onHand: 5, reserved: 5 })), 'discontinued');
  assert.equal(stockStatus(item({ discontinued: true, onHand: 0, incoming: 40, backorderable: true })), 'discontinued');
  assert.equal(stockStatus(item({ discontinued: true, onHand: 2, category: 'perishable', daysToExpiry: 1 })), 'clearance');
});

// --- nothing available --------------------------------------------------------------------
test('nothing available and nothing coming is out of stock', () => {
  assert.equal(stockStatus(item({ onHand: 0 })), 'out_of_stock');
  assert.equal(stockStatus(item({ onHand: 4, reserved: 6 })), 'out_of_stock');
  assert.equal(stockStatus({ onHand: 0, reorderPoint: 10 }), 'out_of_stock');
  assert.equal(stockStatus(item({ onHand: 0, incoming: -3 })), 'out_of_stock');
});

test('nothing available but stock coming: awaiting, or backorder when allowed', () => {
  assert.equal(stockStatus(item({ onHand: 0, incoming: 5 })), 'awaiting_stock');
  assert.equal(stockStatus(item({ onHand: 0, incoming: 5, backorderable: true })), 'backorder');
  assert.equal(stockStatus(item({ onHand: 0, incoming: 5 }), { allowBackorder: true }), 'backorder');
  assert.equal(stockStatus(item({ onHand: 0, incoming: 5, backorderable: false }), { allowBackorder: false }), 'awaiting_stock');
  assert.equal(stockStatus(item({ onHand: 0, incoming: 0, backorderable: true })), 'out_of_stock');
});

test('an empty shelf wins over every category rule', () => {
  assert.equal(stockStatus(item({ onHand: 0, category: 'perishable', daysToExpiry: 1 })), 'out_of_stock');
  assert.equal(stockStatus(item({ onHand: 0, category: 'seasonal' }), { offSeason: true }), 'out_of_stock');
});

test('a missing reservation counts as none', () => {
  assert.equal(stockStatus({ onHand: 50, reorderPoint: 10 }), 'in_stock');
  assert.equal(stockStatus({ onHand: 8, reorderPoint: 10 }), 'reorder');
});

// --- perishable ---------------------------------------------------------------------------
test('perishables expire within three days', () => {
  for (const days of [0, 1, 3, -1]) {
    assert.equal(stockStatus(item({ category: 'perishable', daysToExpiry: days })), 'expiring', `day ${days}`);
  }
  assert.equal(stockStatus(item({ category: 'perishable', daysToExpiry: 4 })), 'in_stock');
  assert.equal(stockStatus(item({ category: 'perishable', daysToExpiry: undefined })), 'in_stock');
  assert.equal(stockStatus(item({ category: 'perishable', onHand: 10, daysToExpiry: 2 })), 'expiring');
});

for (const [onHand, expected] of [
  [1, 'reorder'],
  [10, 'reorder'],
  [11, 'low'],
  [15, 'low'],
  [16, 'in_stock'],
]) {
  test(`perishable with ${onHand} available: ${expected}`, () => {
    assert.equal(stockStatus(item({ category: 'perishable', onHand })), expected);
    assert.equal(stockStatus(item({ category: 'perishable', onHand, daysToExpiry: 30 })), expected);
  });
}

test('incoming stock does not soften a perishable reorder', () => {
  assert.equal(stockStatus(item({ category: 'perishable', onHand: 8, incoming: 100 })), 'reorder');
});

// --- seasonal -----------------------------------------------------------------------------
for (const [onHand, inSeason, offSeason] of [
  [1, 'reorder', 'low'],
  [5, 'reorder', 'low'],
  [6, 'reorder', 'in_stock'],
  [10, 'reorder', 'in_stock'],
  [15, 'low', 'in_stock'],
  [16, 'in_stock', 'in_stock'],
]) {
  test(`seasonal with ${onHand} available: ${inSeason} in season, ${offSeason} off season`, () => {
    assert.equal(stockStatus(item({ category: 'seasonal', onHand })), inSeason);
    assert.equal(stockStatus(item({ category: 'seasonal', onHand }), { offSeason: false }), inSeason);
    assert.equal(stockStatus(item({ category: 'seasonal', onHand }), { offSeason: true }), offSeason);
  });
}

test('seasonal goods ignore incoming stock and expiry', () => {
  assert.equal(stockStatus(item({ category: 'seasonal', onHand: 8, incoming: 100 })), 'reorder');
  assert.equal(stockStatus(item({ category: 'seasonal', daysToExpiry: 1 })), 'in_stock');
});

// --- other categories ---------------------------------------------------------------------
for (const [onHand, incoming, expected] of [
  [1, 0, 'reorder'],
  [10, 0, 'reorder'],
  [8, 2, 'reorder'],
  [8, 3, 'low'],
  [10, 1, 'low'],
  [11, 0, 'low'],
  [15, 0, 'low'],
  [16, 0, 'in_stock'],
  [40, 99, 'in_stock'],
]) {
  test(`general goods with ${onHand} available and ${incoming} incoming: ${expected}`, () => {
    assert.equal(stockStatus(item({ onHand, incoming })), expected);
    assert.equal(stockStatus(item({ onHand, incoming, category: 'hardware' })), expected);
  });
}

test('unknown and inherited category names use the general rule', () => {
  for (const category of ['Perishable', 'constructor', 'toString', '__proto__', '']) {
    assert.equal(stockStatus(item({ onHand: 8, incoming: 3, category })), 'low', category);
  }
});

test('reserved stock is subtracted before the thresholds', () => {
  assert.equal(stockStatus(item({ onHand: 30, reserved: 15 })), 'low');
  assert.equal(stockStatus(item({ onHand: 30, reserved: 20 })), 'reorder');
});

test('without a reorder point, available stock is in stock', () => {
  assert.equal(stockStatus({ onHand: 1 }), 'in_stock');
  assert.equal(stockStatus({ onHand: 1, category: 'perishable' }), 'in_stock');
  assert.equal(stockStatus(item({ onHand: 1, reorderPoint: 0 })), 'in_stock');
});

test('null options are no options', () => {
  assert.equal(stockStatus(item({ onHand: 0, incoming: 1 }), null), 'awaiting_stock');
});

// --- reorder quantity ---------------------------------------------------------------------
test('no order unless the item needs one', () => {
  assert.equal(reorderQuantity(item({ onHand: 50 })), 0);
  assert.equal(reorderQuantity(item({ onHand: 12 })), 0);
  assert.equal(reorderQuantity(item({ discontinued: true, onHand: 0 })), 0);
  assert.equal(reorderQuantity(item({ discontinued: true, onHand: 3 })), 0);
  assert.equal(reorderQuantity(item({ category: 'perishable', daysToExpiry: 1, onHand: 2 })), 0);
  assert.equal(reorderQuantity(item({ onHand: 0, incoming: 5, backorderable: true }), { topUp: true }), 0);
});

test('reorder fills up to three times the reorder point', () => {
  assert.equal(reorderQuantity(item({ onHand: 4 })), 26);
  assert.equal(reorderQuantity(item({ onHand: 0 })), 30);
  assert.equal(reorderQuantity(item({ onHand: 2, reserved: 5 })), 33);
  assert.equal(reorderQuantity({ onHand: 4, reorderPoint: 10 }), 26);
});

test('reorder fills up to maxStock when there is one', () => {
  assert.equal(reorderQuantity(item({ onHand: 4, maxStock: 50 })), 46);
  assert.equal(reorderQuantity(item({ onHand: 4, maxStock: 4 })), 0);
  assert.equal(reorderQuantity(item({ onHand: 4, maxStock: 0 })), 0);
  assert.equal(reorderQuantity(item({ onHand: 4, maxStock: 4.5 })), 0.5);
  assert.equal(reorderQuantity(item({ onHand: 4, maxStock: 4.5, packSize: 1 })), 0.5);
});

test('stock on its way is deducted', () => {
  assert.equal(reorderQuantity(item({ onHand: 4, incoming: 5 })), 21);
  assert.equal(reorderQuantity(item({ category: 'perishable', onHand: 8, incoming: 100 })), 0);
  assert.equal(reorderQuantity(item({ category: 'seasonal', onHand: 8, incoming: 15 })), 7);
});

test('orders are rounded up to whole packs', () => {
  assert.equal(reorderQuantity(item({ onHand: 4, packSize: 12 })), 36);
  assert.equal(reorderQuantity(item({ onHand: 4, packSize: 13 })), 26);
  assert.equal(reorderQuantity(item({ onHand: 5, packSize: 5 })), 25);
  assert.equal(reorderQuantity(item({ onHand: 4, packSize: 1 })), 26);
  assert.equal(reorderQuantity(item({ onHand: 5, packSize: 2 })), 26);
  assert.equal(reorderQuantity(item({ onHand: 4, packSize: 0 })), 26);
  assert.equal(reorderQuantity(item({ category: 'perishable', onHand: 8, incoming: 40, packSize: 4 })), 0);
});

test('awaiting stock is only topped up when asked', () => {
  assert.equal(reorderQuantity(item({ onHand: 0, incoming: 8 })), 0);
  assert.equal(reorderQuantity(item({ onHand: 0, incoming: 8 }), { topUp: true }), 22);
  assert.equal(reorderQuantity(item({ onHand: 0, incoming: 8, packSize: 10 }), { topUp: true }), 30);
  assert.equal(reorderQuantity(item({ onHand: 0, incoming: 40 }), { topUp: true }), 0);
});

test('status options reach the reorder rule', () => {
  assert.equal(reorderQuantity(item({ category: 'seasonal', onHand: 8 }), { offSeason: true }), 0);
  assert.equal(reorderQuantity(item({ onHand: 0, incoming: 8 }), { topUp: true, allowBackorder: true }), 0);
});

// ===== the ledger and syncInventory =======================================================
function ledger(records, options) {
  return new InventoryLedger(records || [{ sku: 'A', onHand: 10 }], options);
}

function fails(fn, message) {
  let caught = null;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof InventoryError, `expected an InventoryError, got ${caught}`);
  assert.equal(caught.message, message);
  return caught;
}

// --- InventoryError ---------------------------------------------------------------------
test('InventoryError is an Error that carries its event', () => {
  const event = { type: 'sell' };
  const err = new InventoryError('boom', event);
  assert.ok(err instanceof Error);
  assert.equal(err.name, 'InventoryError');
  assert.equal(err.message, 'boom');
  assert.equal(err.event, event);
  assert.equal(typeof err.stack, 'string');
});

// --- the ledger -------------------------------------------------------------------------
test('records get defaults and are copied, not changed', () => {
  const record = { sku: 'A', onHand: 5, name: 'Anvil' };
  const l = ledger([record]);
  assert.deepEqual(l.items.A, { sku: 'A', onHand: 5, reserved: 0, incoming: 0, reorderPoint: 0, name: 'Anvil' });
  l.apply({ type: 'sell', sku: 'A', quantity: 2 });
  assert.equal(record.onHand, 5);
  assert.notEqual(l.items.A, record);
});

test('a later record for the same sku replaces the earlier one', () => {
  assert.equal(ledger([{ sku: 'A', onHand: 1 }, { sku: 'A', onHand: 7 }]).items.A.onHand, 7);
});

test('options default to an empty object', () => {
  assert.deepEqual(ledger().options, {});
  assert.deepEqual(ledger(undefined, null).options, {});
  const options = { strict: true };
  assert.equal(ledger(undefined, options).options, options);
});

test('apply returns the updated item itself', () => {
  const l = ledger();
  const item = l.apply({ type: 'receive', sku: 'A', quantity: 1 });
  assert.equal(item, l.items.A);
  assert.equal(item.onHand, 11);
});

test('unknown skus are rejected, inherited names too', () => {
  for (const sku of ['B', 'constructor', 'toString', '__proto__', undefined]) {
    const event = { type: 'sell', sku, quantity: 1 };
    const err = fails(() => ledger().apply(event), `unknown sku: ${sku}`);
    assert.equal(err.event, event);
  }
});

test('createMissing creates an item on receipt only', () => {
  const l = ledger(undefined, { createMissing: true });
  assert.deepEqual(l.apply({ type: 'receive', sku: 'B', quantity: 4 }), {
    sku: 'B',
    onHand: 4,
    reserved: 0,
    incoming: 0,
    reorderPoint: 0,
  });
  fails(() => l.apply({ type: 'sell', sku: 'C', quantity: 1 }), 'unknown sku: C');
  fails(() => ledger().apply({ type: 'receive', sku: 'C', quantity: 1 }), 'unknown sku: C');
});

test('a created item stays even when its receipt is then rejected', () => {
  const l = ledger([], { createMissing: true });
  fails(() => l.apply({ type: 'receive', sku: 'Z', quantity: 0 }), 'invalid quantity: 0');
  assert.deepEqual(l.items.Z, { sku: 'Z', onHand: 0, reserved: 0, incoming: 0, reorderPoint: 0 });
});

for (const quantity of [0, -1, 1.5, '3', NaN, undefined, null, Infinity]) {
  test(`quantity ${String(quantity)} is invalid`, () => {
    for (const type of ['receive', 'sell', 'reserve', 'release', 'ship', 'return', 'teleport']) {
      fails(() => ledger().apply({ type, sku: 'A', quantity }), `invalid quantity: ${quantity}`);
    }
  });
}

test('the sku is checked before the quantity, the quantity before the type', () => {
  fails(() => ledger().apply({ type: 'teleport', sku: 'Q', quantity: 0 }), 'unknown sku: Q');
  fails(() => ledger().apply({ type: 'teleport', sku: 'A', quantity: 0 }), 'invalid quantity: 0');
  fails(() => ledger().apply({ type: 'teleport', sku: 'A', quantity: 1 }), 'unknown event type: teleport');
});

test('inherited and missing event types are unknown', () => {
  for (const type of ['constructor', 'toString', 'hasOwnProperty', '__proto__', undefined, 'Receive']) {
    fails(() => ledger().apply({ type, sku: 'A', quantity: 1 }), `unknown event type: ${type}`);
  }
});

test('receive adds stock and reduces what is still incoming', () => {
  const l = ledger([{ sku: 'A', onHand: 1, incoming: 10 }]);
  assert.deepEqual([l.apply({ type: 'receive', sku: 'A', quantity: 4 })].map((i) => [i.onHand, i.incoming]), [[5, 6]]);
  assert.equal(l.apply({ type: 'receive', sku: 'A', quantity: 6 }).incoming, 0);
  assert.equal(l.apply({ type: 'receive', sku: 'A', quantity: 3 }).incoming, 0);
  assert.equal(l.items.A.onHand, 14);
  assert.equal(ledger([{ sku: 'A', incoming: 5 }]).apply({ type: 'receive', sku: 'A', quantity: 9 }).incoming, 0);
  assert.equal(ledger([{ sku: 'A', incoming: -2 }]).apply({ type: 'receive', sku: 'A', quantity: 1 }).incoming, -2);
  assert.equal(ledger([{ sku: 'A', incoming: 1 }]).apply({ type: 'receive', sku: 'A', quantity: 1 }).incoming, 0);
});

test('sell takes from available stock', () => {
  const l = ledger([{ sku: 'A', onHand: 10, reserved: 4 }]);
  assert.equal(l.apply({ type: 'sell', sku: 'A', quantity: 6 }).onHand, 4);
  const err = fails(() => l.apply({ type: 'sell', sku: 'A', quantity: 1 }), 'insufficient stock for A');
  assert.equal(err.name, 'InventoryError');
  assert.equal(l.items.A.onHand, 4);
});

test('allowNegative lets sales go below zero', () => {
  const l = ledger([{ sku: 'A', onHand: 2, reserved: 1 }], { allowNegative: true });
  assert.equal(l.apply({ type: 'sell', sku: 'A', quantity: 5 }).onHand, -3);
  assert.equal(l.apply({ type: 'sell', sku: 'A', quantity: 1 }).onHand, -4);
});

test('reserve holds available stock; allowNegative does not apply', () => {
  const l = ledger([{ sku: 'A', onHand: 10, reserved: 2 }], { allowNegative: true });
  assert.equal(l.apply({ type: 'reserve', sku: 'A', quantity: 8 }).reserved, 10);
  fails(() => l.apply({ type: 'reserve', sku: 'A', quantity: 1 }), 'insufficient stock for A');
  assert.equal(l.items.A.reserved, 10);
  assert.equal(l.items.A.onHand, 10);
});

test('release gives reservations back', () => {
  const l = ledger([{ sku: 'A', onHand: 10, reserved: 6 }]);
  assert.equal(l.apply({ type: 'release', sku: 'A', quantity: 2 }).reserved, 4);
  assert.equal(l.apply({ type: 'release', sku: 'A', quantity: 4 }).reserved, 0);
  assert.equal(l.apply({ type: 'release', sku: 'A', quantity: 3 }).reserved, 0);
  assert.equal(l.items.A.onHand, 10);
});

test('releasing more than is reserved clears it, or fails when strict', () => {
  assert.equal(ledger([{ sku: 'A', onHand: 9, reserved: 2 }]).apply({ type: 'release', sku: 'A', quantity: 5 }).reserved, 0);
  const strict = ledger([{ sku: 'A', onHand: 9, reserved: 2 }], { strict: true });
  fails(() => strict.apply({ type: 'release', sku: 'A', quantity: 3 }), 'release exceeds reservation for A');
  assert.equal(strict.items.A.reserved, 2);
  assert.equal(strict.apply({ type: 'release', sku: 'A', quantity: 2 }).reserved, 0);
});

test('ship sends reserved stock out', () => {
  const l = ledger([{ sku: 'A', onHand: 10, reserved: 6 }]);
  const item = l.apply({ type: 'ship', sku: 'A', quantity: 6 });
  assert.deepEqual([item.onHand, item.reserved], [4, 0]);
  fails(() => l.apply({ type: 'ship', sku: 'A', quantity: 1 }), 'shipment exceeds reservation for A');
  assert.deepEqual([l.items.A.onHand, l.items.A.reserved], [4, 0]);
});

test('returns go back on the shelf unless damaged', () => {
  const l = ledger();
  assert.equal(l.apply({ type: 'return', sku: 'A', quantity: 3 }).onHand, 13);
  assert.equal(l.apply({ type: 'return', sku: 'A', quantity: 3, damaged: true }).onHand, 13);
  assert.equal(l.apply({ type: 'return', sku: 'A', quantity: 2, damaged: false }).onHand, 15);
  fails(() => l.apply({ type: 'return', sku: 'A', quantity: 0, damaged: true }), 'invalid quantity: 0');
});

test('a count sets the stock on hand', () => {
  const l = ledger([{ sku: 'A', onHand: 10, reserved: 3 }]);
  assert.equal(l.apply({ type: 'count', sku: 'A', quantity: 25 }).onHand, 25);
  assert.equal(l.apply({ type: 'count', sku: 'A', quantity: 3 }).reserved, 3);
  const zero = ledger([{ sku: 'A', onHand: 10 }]).apply({ type: 'count', sku: 'A', quantity: 0 });
  assert.deepEqual([zero.onHand, zero.reserved], [0, 0]);
});

test('a count below the reservations lowers them, or fails when strict', () => {
  const item = ledger([{ sku: 'A', onHand: 10, reserved: 6 }]).apply({ type: 'count', sku: 'A', quantity: 4 });
  assert.deepEqual([item.onHand, item.reserved], [4, 4]);
  const strict = ledger([{ sku: 'A', onHand: 10, reserved: 6 }], { strict: true });
  fails(() => strict.apply({ type: 'count', sku: 'A', quantity: 5 }), 'count below reservations for A');
  assert.deepEqual([strict.items.A.onHand, strict.items.A.reserved], [10, 6]);
  const exact = strict.apply({ type: 'count', sku: 'A', quantity: 6 });
  assert.deepEqual([exact.onHand, exact.reserved], [6, 6]);
});

for (const quantity of [-1, 2.5, '4', undefined, NaN]) {
  test(`a count of ${String(quantity)} is invalid`, () => {
    fails(() => ledger().apply({ type: 'count', sku: 'A', quantity }), `invalid count: ${quantity}`);
  });
}

// --- syncInventory ----------------------------------------------------------------------
const RECORDS = [
  { sku: 'B-2', onHand: 50, reorderPoint: 10 },
  { sku: 'A-1', onHand: 12, reorderPoint: 10 },
  { sku: 'C-3', onHand: 4, reorderPoint: 10, packSize: 12 },
];

test('items come back sorted by sku, as copies with every field', () => {
  const records = [{ sku: 'b', onHand: 1, colour: 'red' }, { sku: '10' }, { sku: '9' }, { sku: 'A' }];
  const result = syncInventory(records, []);
  assert.deepEqual(result.items.map((i) => i.sku), ['10', '9', 'A', 'b']);
  assert.equal(result.items[3].colour, 'red');
  result.items[3].onHand = 99;
  assert.equal(records[0].onHand, 1);
});

test('alerts for orders carry the reorder quantity; low stock only on request', () => {
  assert.deepEqual(syncInventory(RECORDS, []).alerts, [{ sku: 'C-3', status: 'reorder', reorder: 36 }]);
  assert.deepEqual(syncInventory(RECORDS, [], { includeLow: true }).alerts, [
    { sku: 'A-1', status: 'low', reorder: 0 },
    { sku: 'C-3', status: 'reorder', reorder: 36 },
  ]);
});

test('every status but in_stock and low raises an alert', () => {
  const records = [
    { sku: 'clear', onHand: 3, discontinued: true },
    { sku: 'disc', onHand: 0, discontinued: true },
    { sku: 'empty', onHand: 0, reorderPoint: 5 },
    { sku: 'exp', onHand: 40, reorderPoint: 5, category: 'perishable', daysToExpiry: 2 },
    { sku: 'fine', onHand: 40, reorderPoint: 5 },
    { sku: 'wait', onHand: 0, reorderPoint: 5, incoming: 6 },
    { sku: 'wait-bo', onHand: 0, reorderPoint: 5, incoming: 6, backorderable: true },
  ];
  assert.deepEqual(syncInventory(records, []).alerts, [
    { sku: 'clear', status: 'clearance', reorder: 0 },
    { sku: 'disc', status: 'discontinued', reorder: 0 },
    { sku: 'empty', status: 'out_of_stock', reorder: 15 },
    { sku: 'exp', status: 'expiring', reorder: 0 },
    { sku: 'wait', status: 'awaiting_stock', reorder: 0 },
    { sku: 'wait-bo', status: 'backorder', reorder: 0 },
  ]);
});

test('status and reorder options pass through', () => {
  const records = [
    { sku: 'S', onHand: 8, reorderPoint: 10, category: 'seasonal' },
    { sku: 'W', onHand: 0, reorderPoint: 5, incoming: 6 },
  ];
  assert.deepEqual(syncInventory(records, [], { offSeason: true, topUp: true }).alerts, [
    { sku: 'W', status: 'awaiting_stock', reorder: 9 },
  ]);
  assert.deepEqual(syncInventory(records, [], { allowBackorder: true }).alerts, [
    { sku: 'S', status: 'reorder', reorder: 22 },
    { sku: 'W', status: 'backorder', reorder: 0 },
  ]);
});

test('events are applied in order before the report', () => {
  const result = syncInventory(RECORDS, [
    { type: 'reserve', sku: 'B-2', quantity: 30 },
    { type: 'ship', sku: 'B-2', quantity: 30 },
    { type: 'receive', sku: 'C-3', quantity: 30 },
    { type: 'sell', sku: 'A-1', quantity: 12 },
  ]);
  assert.deepEqual(result.items.map((i) => [i.sku, i.onHand, i.reserved]), [
    ['A-1', 0, 0],
    ['B-2', 20, 0],
    ['C-3', 34, 0],
  ]);
  assert.deepEqual(result.alerts, [{ sku: 'A-1', status: 'out_of_stock', reorder: 30 }]);
  assert.deepEqual(result.rejected, []);
});

test('rejected events are listed with their index and the rest still applied', () => {
  const result = syncInventory(RECORDS, [
    { type: 'sell', sku: 'A-1', quantity: 13 },
    { type: 'sell', sku: 'A-1', quantity: 2 },
    { type: 'count', sku: 'B-2', quantity: -1 },
    { type: 'fly', sku: 'B-2', quantity: 1 },
    { type: 'receive', sku: 'NEW', quantity: 5 },
  ]);
  assert.deepEqual(result.rejected, [
    { index: 0, reason: 'insufficient stock for A-1' },
    { index: 2, reason: 'invalid count: -1' },
    { index: 3, reason: 'unknown event type: fly' },
    { index: 4, reason: 'unknown sku: NEW' },
  ]);
  assert.equal(result.items[0].onHand, 10);
});

test('ledger options pass through', () => {
  const result = syncInventory(
    RECORDS,
    [
      { type: 'receive', sku: 'NEW', quantity: 5 },
      { type: 'sell', sku: 'A-1', quantity: 20 },
      { type: 'release', sku: 'B-2', quantity: 1 },
    ],
    { createMissing: true, allowNegative: true, strict: true },
  );
  assert.deepEqual(result.rejected, [{ index: 2, reason: 'release exceeds reservation for B-2' }]);
  assert.deepEqual(result.items.map((i) => [i.sku, i.onHand]), [
    ['A-1', -8],
    ['B-2', 50],
    ['C-3', 4],
    ['NEW', 5],
  ]);
  assert.deepEqual(result.alerts, [
    { sku: 'A-1', status: 'out_of_stock', reorder: 38 },
    { sku: 'C-3', status: 'reorder', reorder: 36 },
  ]);
});

test('failFast stops at the first rejected event', () => {
  const events = [
    { type: 'sell', sku: 'A-1', quantity: 1 },
    { type: 'sell', sku: 'A-1', quantity: 100 },
  ];
  const err = fails(() => syncInventory(RECORDS, events, { failFast: true }), 'insufficient stock for A-1');
  assert.equal(err.event, events[1]);
});

test('errors that are not InventoryErrors always propagate', () => {
  assert.throws(() => syncInventory(RECORDS, [null]), TypeError);
  assert.throws(() => syncInventory(RECORDS, [{ type: 'sell', sku: 'A-1', quantity: 1 }, undefined]), TypeError);
});

test('no records and no events give an empty report', () => {
  assert.deepEqual(syncInventory([], []), { items: [], alerts: [], rejected: [] });
  assert.deepEqual(Object.keys(syncInventory([], [], null)), ['items', 'alerts', 'rejected']);
});
