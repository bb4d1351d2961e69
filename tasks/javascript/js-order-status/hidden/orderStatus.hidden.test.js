'use strict';
// Hidden behaviour tests for the order status modules, in one file so the test runner starts one
// process. The implementation is loaded from the folder in LIFTBENCH_IMPL (the candidate's
// workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

function load(name) {
  return require(path.join(process.env.LIFTBENCH_IMPL, name));
}

const statusModule = load('orderStatus.js');
const { nextStatus } = statusModule;
const { describeStatus } = load('statusLabels.js');
const { replayEvents } = load('orderHistory.js');

const STATUSES = ['draft', 'placed', 'paid', 'packed', 'shipped', 'delivered', 'cancelled', 'returned', 'refunded'];
const EVENTS = ['place', 'pay', 'pack', 'ship', 'deliver', 'cancel', 'return', 'refund'];

// what each status accepts for an order that meets every condition
const ACCEPTED = {
  draft: { place: 'placed', cancel: 'cancelled' },
  placed: { pay: 'paid', pack: 'packed', cancel: 'cancelled' },
  paid: { pack: 'packed', cancel: 'cancelled', refund: 'refunded' },
  packed: { ship: 'shipped', cancel: 'cancelled' },
  shipped: { deliver: 'delivered', return: 'returned' },
  delivered: { return: 'returned' },
  returned: { refund: 'refunded' },
  cancelled: {},
  refunded: {},
};

const GOOD = { items: [{ sku: 'a' }], payOnDelivery: true, trackingNumber: 'TRK', deliveredAt: '2024-03-01' };
const GOOD_EVENT_DATE = '2024-03-10';

function fails(fn, message, status, event) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof Error, `not an Error: ${err}`);
    assert.equal(err.name, 'OrderStateError');
    assert.equal(err.message, message);
    assert.equal(err.status, status);
    assert.equal(err.event, event);
    return true;
  });
}

test('exports', () => {
  assert.equal(statusModule.RETURN_DAYS, 30);
  assert.equal(typeof nextStatus, 'function');
});

test('every status against every event', () => {
  for (const status of STATUSES) {
    for (const type of EVENTS) {
      const order = Object.assign({ status }, GOOD);
      const event = { type, date: GOOD_EVENT_DATE };
      const want = ACCEPTED[status][type];
      if (want) {
        assert.equal(nextStatus(order, event), want, `${status} + ${type}`);
      } else {
        fails(() => nextStatus(order, event), `cannot ${type} an order that is ${status}`, status, type);
      }
    }
  }
});

test('unknown events are refused before anything else', () => {
  for (const type of ['PAY', 'Cancel', 'archive', '', undefined, 'toString']) {
    fails(() => nextStatus({ status: 'placed' }, { type }), 'unknown event: ' + type, 'placed', type);
  }
  fails(() => nextStatus({ status: 'mystery' }, { type: 'archive' }), 'unknown event: archive', 'mystery', 'archive');
  fails(() => nextStatus({ status: 'placed' }, null), 'unknown event: null', 'placed', null);
  fails(() => nextStatus({ status: 'placed' }, undefined), 'unknown event: undefined', 'placed', undefined);
  fails(() => nextStatus({ status: 'placed' }, {}), 'unknown event: undefined', 'placed', undefined);
  fails(() => nextStatus({ status: 'cancelled' }, { type: 'reopen' }), 'unknown event: reopen', 'cancelled', 'reopen');
});

test('unknown statuses', () => {
  for (const status of ['Draft', 'archived', '', undefined, 'toString', 'constructor']) {
    fails(() => nextStatus({ status }, { type: 'pay' }), 'unknown status: ' + status, status, 'pay');
  }
  fails(() => nextStatus({}, { type: 'cancel' }), 'unknown status: undefined', undefined, 'cancel');
});

test('placing a draft needs items', () => {
  for (const items of [undefined, null, [], '']) {
    fails(() => nextStatus({ status: 'draft', items }, { type: 'place' }), 'order has no items', 'draft', 'place');
  }
  assert.equal(nextStatus({ status: 'draft', items: [1] }, { type: 'place' }), 'placed');
  assert.equal(nextStatus({ status: 'draft', items: 'x' }, { type: 'place' }), 'placed');
  assert.equal(nextStatus({ status: 'draft' }, { type: 'cancel' }), 'cancelled');
  fails(() => nextStatus({ status: 'draft', items: [] }, { type: 'pay' }), 'cannot pay an order that is draft', 'draft', 'pay');
});

test('only cash-on-delivery orders are packed before payment', () => {
  fails(() => nextStatus({ status: 'placed' }, { type: 'pack' }), 'order must be paid before packing', 'placed', 'pack');
  fails(
    () => nextStatus({ status: 'placed', payOnDelivery: false }, { type: 'pack' }),
    'order must be paid before packing',
    'placed',
    'pack',
  );
  assert.equal(nextStatus({ status: 'placed', payOnDelivery: 1 }, { type: 'pack' }), 'packed');
  assert.equal(nextStatus({ status: 'paid' }, { type: 'pack' }), 'packed');
  assert.equal(nextStatus({ status: 'placed' }, { type: 'pay' }), 'paid');
  fails(() => nextStatus({ status: 'placed', payOnDelivery: true }, { type: 'ship' }), 'cannot ship an order that is placed', 'placed', 'ship');
});

test('shipping needs a tracking number unless untracked shipping is allowed', () => {
  for (const trackingNumber of [undefined, null, '']) {
    fails(() => nextStatus({ status: 'packed', trackingNumber }, { type: 'ship' }), 'tracking number required', 'packed', 'ship');
  }
  assert.equal(nextStatus({ status: 'packed' }, { type: 'ship' }, { allowUntracked: true }), 'shipped');
  assert.equal(nextStatus({ status: 'packed', trackingNumber: 'X' }, { type: 'ship' }, { allowUntracked: false }), 'shipped');
  fails(() => nextStatus({ status: 'packed' }, { type: 'ship' }, { allowUntracked: 0 }), 'tracking number required', 'packed', 'ship');
  fails(
    () => nextStatus({ status: 'paid' }, { type: 'ship' }, { allowUntracked: true }),
    'cannot ship an order that is paid',
    'paid',
    'ship',
  );
});

test('strict cancelling refuses only packed orders', () => {
  const strict = { strictCancel: true };
  fails(() => nextStatus({ status: 'packed' }, { type: 'cancel' }, strict), 'cannot cancel an order that is packed', 'packed', 'cancel');
  assert.equal(nextStatus({ status: 'packed' }, { type: 'cancel' }, { strictCancel: false }), 'cancelled');
  assert.equal(nextStatus({ status: 'packed' }, { type: 'cancel' }), 'cancelled');
  for (const status of ['draft', 'placed', 'paid']) {
    assert.equal(nextStatus({ status }, { type: 'cancel' }, strict), 'cancelled');
  }
  assert.equal(nextStatus({ status: 'packed', trackingNumber: 'T' }, { type: 'ship' }, strict), 'shipped');
});

test('returns: refused deliveries any time, delivered orders within the return window', () => {
  assert.equal(nextStatus({ status: 'shipped' }, { type: 'return' }), 'returned');
  const delivered = { status: 'delivered', deliveredAt: '2024-03-01T12:00:00Z' };
  const ret = (date, options) => nextStatus(delivered, { type: 'return', date }, options);
  assert.equal(ret('2024-03-01T12:00:00Z'), 'returned');
  assert.equal(ret('2024-03-31T12:00:00Z'), 'returned');
  fails(() => ret('2024-03-31T12:00:01Z'), 'return window closed', 'delivered', 'return');
  fails(() => ret('2024-04-15'), 'return window closed', 'delivered', 'return');
  assert.equal(ret('2024-02-01'), 'returned');
  assert.equal(ret('2024-03-15T12:00:00Z', { returnDays: 14 }), 'returned');
  fails(() => ret('2024-03-15T12:00:01Z', { returnDays: 14 }), 'return window closed', 'delivered', 'return');
  assert.equal(ret('2024-03-01T12:00:00Z', { returnDays: 0 }), 'returned');
  fails(() => ret('2024-03-01T12:00:01Z', { returnDays: 0 }), 'return window closed', 'delivered', 'return');
  assert.equal(ret('2024-06-01', { returnDays: 365 }), 'returned');
  fails(() => ret('2024-06-01', { returnDays: undefined }), 'return window closed', 'delivered', 'return');
});

test('a return needs both dates', () => {
  fails(() => nextStatus({ status: 'delivered', deliveredAt: '2024-03-01' }, { type: 'return' }), 'return needs a date', 'delivered', 'return');
  fails(() => nextStatus({ status: 'delivered' }, { type: 'return', date: '2024-03-02' }), 'return needs a date', 'delivered', 'return');
  fails(
    () => nextStatus({ status: 'delivered', deliveredAt: 'soon' }, { type: 'return', date: '2024-03-02' }),
    'return needs a date',
    'delivered',
    'return',
  );
  // the date is checked before the window, whatever the options
  fails(
    () => nextStatus({ status: 'delivered' }, { type: 'return', date: '2024-03-02' }, { returnDays: -1 }),
    'return needs a date',
    'delivered',
    'return',
  );
  assert.equal(nextStatus({ status: 'shipped' }, { type: 'return' }, { returnDays: -1 }), 'returned');
});

test('refunds: from paid and returned orders only', () => {
  assert.equal(nextStatus({ status: 'paid' }, { type: 'refund' }), 'refunded');
  assert.equal(nextStatus({ status: 'returned' }, { type: 'refund' }), 'refunded');
  for (const status of ['draft', 'placed', 'packed', 'shipped', 'delivered', 'cancelled', 'refunded']) {
    fails(() => nextStatus({ status }, { type: 'refund' }), `cannot refund an order that is ${status}`, status, 'refund');
  }
});

test('nextStatus leaves the order and the event untouched', () => {
  const order = Object.assign({ status: 'delivered' }, GOOD);
  const event = { type: 'return', date: GOOD_EVENT_DATE };
  const before = JSON.stringify([order, event]);
  nextStatus(order, event, { returnDays: 20 });
  assert.equal(JSON.stringify([order, event]), before);
});

// ===== labels =============================================================================
test('labels and colours of every status', () => {
  const want = {
    draft: ['Draft', 'Entwurf', 'grey', false],
    placed: ['Placed', 'Bestellt', 'blue', false],
    paid: ['Paid', 'Bezahlt', 'blue', false],
    packed: ['Packed', 'Verpackt', 'blue', false],
    shipped: ['Shipped', 'Versandt', 'orange', false],
    delivered: ['Delivered', 'Zugestellt', 'green', true],
    cancelled: ['Cancelled', 'Storniert', 'red', true],
    returned: ['Returned', 'Zurückgesandt', 'red', false],
    refunded: ['Refunded', 'Erstattet', 'grey', true],
  };
  for (const [status, [en, de, color, final]] of Object.entries(want)) {
    assert.deepEqual(describeStatus(status), { label: en, color, final }, status);
    assert.deepEqual(describeStatus(status, { locale: 'en' }), { label: en, color, final }, status);
    assert.deepEqual(describeStatus(status, { locale: 'de' }), { label: de, color, final }, status);
    assert.deepEqual(describeStatus(status, { locale: 'de', internal: true }), { label: `${de} (${status})`, color, final });
  }
});

test('unknown statuses are shown as unknown', () => {
  for (const status of ['archived', undefined, '', 'toString', 'Draft']) {
    assert.deepEqual(describeStatus(status), { label: 'Unknown', color: 'grey', final: false });
    assert.deepEqual(describeStatus(status, { locale: 'de' }), { label: 'Unbekannt', color: 'grey', final: false });
  }
  assert.deepEqual(describeStatus('archived', { internal: true }), { label: 'Unknown (archived)', color: 'grey', final: false });
  assert.deepEqual(describeStatus(undefined, { internal: 1 }), { label: 'Unknown (undefined)', color: 'grey', final: false });
});

test('a delivered order is not final while returns are open', () => {
  assert.equal(describeStatus('delivered', { returnsOpen: true }).final, false);
  assert.equal(describeStatus('delivered', { returnsOpen: false }).final, true);
  assert.equal(describeStatus('delivered', { returnsOpen: 0 }).final, true);
  for (const status of ['cancelled', 'refunded']) {
    assert.equal(describeStatus(status, { returnsOpen: true }).final, true);
  }
  for (const status of ['shipped', 'returned', 'unknown']) {
    assert.equal(describeStatus(status, { returnsOpen: true }).final, false);
  }
  assert.deepEqual(describeStatus('delivered', { internal: false, returnsOpen: true }), {
    label: 'Delivered',
    color: 'green',
    final: false,
  });
});

test('only English and German labels', () => {
  for (const locale of ['fr', 'EN', 'de-DE', 'toString']) {
    assert.throws(() => describeStatus('paid', { locale }), { name: 'Error', message: 'unsupported locale: ' + locale });
  }
  assert.throws(() => describeStatus('mystery', { locale: 'fr' }), { message: 'unsupported locale: fr' });
  for (const locale of ['', null, undefined, 0]) {
    assert.equal(describeStatus('paid', { locale }).label, 'Paid');
  }
  assert.equal(describeStatus('paid', null).label, 'Paid');
});

// ===== replay =============================================================================
test('replaying a full order', () => {
  const order = { id: 7, status: 'draft', items: [{ sku: 'a' }], trackingNumber: 'T' };
  const result = replayEvents(order, [
    { type: 'place', date: '2024-03-01' },
    { type: 'pay', date: '2024-03-01' },
    { type: 'pack' },
    { type: 'ship', date: '2024-03-02' },
    { type: 'deliver', date: '2024-03-04' },
    { type: 'return', date: '2024-04-02' },
    { type: 'refund', date: '2024-04-05' },
  ]);
  assert.deepEqual(result, {
    status: 'refunded',
    label: 'Refunded',
    history: [
      { from: 'draft', to: 'placed', at: '2024-03-01' },
      { from: 'placed', to: 'paid', at: '2024-03-01' },
      { from: 'paid', to: 'packed', at: null },
      { from: 'packed', to: 'shipped', at: '2024-03-02' },
      { from: 'shipped', to: 'delivered', at: '2024-03-04' },
      { from: 'delivered', to: 'returned', at: '2024-04-02' },
      { from: 'returned', to: 'refunded', at: '2024-04-05' },
    ],
    errors: [],
  });
  assert.equal(order.status, 'draft');
  assert.equal(order.deliveredAt, undefined);
});

test('replay collects errors and goes on, unless told to stop', () => {
  const order = { status: 'placed' };
  const events = [
    { type: 'ship' },
    { type: 'pay', date: '2024-01-01' },
    { type: 'archive' },
    { type: 'pack' },
    { type: 'ship' },
  ];
  const result = replayEvents(order, events, { locale: 'de' });
  assert.deepEqual(result, {
    status: 'packed',
    label: 'Verpackt',
    history: [
      { from: 'placed', to: 'paid', at: '2024-01-01' },
      { from: 'paid', to: 'packed', at: null },
    ],
    errors: [
      { index: 0, message: 'cannot ship an order that is placed' },
      { index: 2, message: 'unknown event: archive' },
      { index: 4, message: 'tracking number required' },
    ],
  });
  assert.equal(replayEvents(order, events, { allowUntracked: true }).status, 'shipped');
  assert.throws(() => replayEvents(order, events, { stopOnError: true }), {
    name: 'OrderStateError',
    message: 'cannot ship an order that is placed',
  });
  assert.throws(() => replayEvents(order, events.slice(1), { stopOnError: 1 }), { message: 'unknown event: archive' });
});

test('replay: the delivery date opens the return window', () => {
  const order = { status: 'shipped', deliveredAt: '2020-01-01' };
  const ok = replayEvents(order, [{ type: 'deliver', date: '2024-05-01' }, { type: 'return', date: '2024-05-20' }]);
  assert.equal(ok.status, 'returned');
  const late = replayEvents(order, [{ type: 'deliver', date: '2024-05-01' }, { type: 'return', date: '2024-06-20' }]);
  assert.equal(late.status, 'delivered');
  assert.equal(late.label, 'Delivered');
  assert.deepEqual(late.errors, [{ index: 1, message: 'return window closed' }]);
  const strict = replayEvents(order, [{ type: 'deliver', date: '2024-05-01' }, { type: 'return', date: '2024-05-20' }], {
    returnDays: 7,
  });
  assert.equal(strict.status, 'delivered');
  const undated = replayEvents(order, [{ type: 'deliver' }, { type: 'return', date: '2024-05-20' }]);
  assert.deepEqual(undated.errors, [{ index: 1, message: 'return needs a date' }]);
  assert.deepEqual(undated.history, [{ from: 'shipped', to: 'delivered', at: null }]);
  const noEvents = replayEvents({ status: 'paid' }, []);
  assert.deepEqual(noEvents, { status: 'paid', label: 'Paid', history: [], errors: [] });
  assert.equal(replayEvents({ status: 'weird' }, [{ type: 'pay' }]).label, 'Unknown');
  assert.throws(() => replayEvents({ status: 'paid' }, [], { locale: 'fr' }), { message: 'unsupported locale: fr' });
});
