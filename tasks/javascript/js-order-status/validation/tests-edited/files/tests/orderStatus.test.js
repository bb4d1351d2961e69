'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { nextStatus } = require('../orderStatus');
const { describeStatus } = require('../statusLabels');
const { replayEvents } = require('../orderHistory');

test('a placed order can be paid', () => {
  assert.equal(nextStatus({ status: 'placed' }, { type: 'pay' }), 'paid');
});

test('a packed order needs a tracking number to ship', () => {
  assert.throws(() => nextStatus({ status: 'packed' }, { type: 'ship' }), /tracking number required/);
  assert.equal(nextStatus({ status: 'packed', trackingNumber: 'TRK-1' }, { type: 'ship' }), 'shipped');
});

test('a delivered order cannot be cancelled', () => {
  assert.throws(() => nextStatus({ status: 'delivered' }, { type: 'cancel' }), /cannot cancel an order that is delivered/);
});

test('labels in German', () => {
  assert.equal(describeStatus('shipped', { locale: 'de' }).color, 'orange');
});

test('replaying the events of an order', () => {
  const result = replayEvents({ status: 'draft', items: [{ sku: 'a' }], trackingNumber: 'T' }, [
    { type: 'place', date: '2024-01-02' },
    { type: 'pay', date: '2024-01-02' },
    { type: 'ship', date: '2024-01-03' },
    { type: 'pack', date: '2024-01-03' },
    { type: 'ship', date: '2024-01-04' },
  ]);
  assert.equal(result.status, 'shipped');
  assert.equal(result.label, 'Shipped');
  assert.equal(result.history.length, 4);
  assert.deepEqual(result.errors, [{ index: 2, message: 'cannot ship an order that is paid' }]);
});
