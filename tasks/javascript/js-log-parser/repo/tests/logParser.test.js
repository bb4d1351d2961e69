'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { parseAccessLog, parseAppLog, parseAuditLog } = require('../logParser');

test('access log lines become entries', () => {
  const log = '# nginx\n2024-05-10T08:15:00Z GET /health 200 3ms\n2024-05-10T08:15:01.250Z POST /orders 503 1200ms\n';
  const result = parseAccessLog(log);
  assert.deepEqual(result.entries[1], {
    line: 3,
    time: '2024-05-10T08:15:01.250Z',
    method: 'POST',
    path: '/orders',
    status: 503,
    durationMs: 1200,
  });
  assert.deepEqual(result.counts, { total: 2, skipped: 0, invalid: 0 });
});

test('bad access lines are collected', () => {
  const result = parseAccessLog('2024-05-10T08:15:00Z FETCH /x 200 3ms\nyesterday GET / 200 1ms');
  assert.deepEqual(result.errors, [
    { line: 1, message: 'unknown method: FETCH' },
    { line: 2, message: 'bad timestamp: yesterday' },
  ]);
});

test('application log with a minimum level', () => {
  const log = '2024-05-10T08:00:00Z [INFO] billing.run: started\n2024-05-10T08:00:05Z [WARN] billing.run: slow';
  const result = parseAppLog(log, { minLevel: 'warn' });
  assert.equal(result.entries.length, 1);
  assert.equal(result.entries[0].message, 'slow');
  assert.equal(result.counts.skipped, 1);
});

test('audit trail filtered by user', () => {
  const log = '2024-05-10T09:00:00Z user=ann action=login\n2024-05-10T09:01:00Z user=bob action=delete target=order-7';
  const result = parseAuditLog(log, { user: 'bob' });
  assert.equal(result.entries[0].target, 'order-7');
  assert.equal(result.entries.length, 1);
});

test('strict mode throws at the first bad line', () => {
  assert.throws(() => parseAuditLog('2024-05-10T09:00:00Z user=ann', { strict: true }), {
    message: 'line 1: user and action are required',
  });
});
