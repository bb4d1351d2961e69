'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { retryDelay } = require('../retryPolicy');

test('server errors back off exponentially', () => {
  assert.equal(retryDelay(1, { status: 502 }), 100);
  assert.equal(retryDelay(2, { status: 502 }), 200);
  assert.equal(retryDelay(3, { status: 502 }), 400);
});

test('client errors are not retried', () => {
  assert.equal(retryDelay(1, { status: 404 }), -1);
});

test('gives up after the last attempt', () => {
  assert.equal(retryDelay(5, { status: 500 }), -1);
});

test('connection resets are retried with a linear back-off', () => {
  assert.equal(retryDelay(3, { code: 'ECONNRESET' }, { strategy: 'linear', baseDelay: 250 }), 750);
});

test('a POST without an idempotency key is not retried', () => {
  assert.equal(retryDelay(1, { status: 503, method: 'post' }), -1);
});

test('rate limits wait as long as the server asks', () => {
  assert.equal(retryDelay(1, { status: 429, retryAfter: '3' }), 3000);
});

test('rejects an attempt number below one', () => {
  assert.throws(() => retryDelay(0, { status: 500 }), RangeError);
});
