'use strict';
// Hidden behaviour tests for retryDelay. The implementation is loaded from the folder in
// LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'retryPolicy.js'));
const { retryDelay } = impl;

function fixedRandom(value) {
  return () => value;
}

function noRandom() {
  throw new Error('random must not be called');
}

// --- module surface -----------------------------------------------------------------------
test('exports the function and the constants', () => {
  assert.equal(typeof retryDelay, 'function');
  assert.equal(impl.DEFAULT_MAX_ATTEMPTS, 5);
  assert.equal(impl.MAX_DELAY, 30000);
});

// --- arguments ----------------------------------------------------------------------------
for (const attempt of [0, -1, 1.5, '1', NaN, undefined, null]) {
  test(`rejects the attempt ${String(attempt)}`, () => {
    assert.throws(() => retryDelay(attempt, { status: 500 }), {
      name: 'RangeError',
      message: 'attempt must be a positive integer: ' + attempt,
    });
  });
}

test('a BigInt attempt is not a number', () => {
  assert.throws(() => retryDelay(1n, { status: 500 }), {
    name: 'RangeError',
    message: 'attempt must be a positive integer: 1',
  });
});

test('an infinite attempt number is past every limit', () => {
  assert.equal(retryDelay(Infinity, { status: 500 }), -1);
});

for (const failure of [null, undefined, 0, '']) {
  test(`rejects a missing failure: ${String(failure)}`, () => {
    assert.throws(() => retryDelay(1, failure), { name: 'TypeError', message: 'a failure is required' });
  });
}

test('the attempt is checked before the failure', () => {
  assert.throws(() => retryDelay(0, null), { name: 'RangeError' });
});

test('options may be left out or empty', () => {
  assert.equal(retryDelay(1, { status: 500 }, undefined), 100);
  assert.equal(retryDelay(1, { status: 500 }, null), 100);
  assert.equal(retryDelay(1, { status: 500 }, {}), 100);
});

// --- attempts -----------------------------------------------------------------------------
test('five attempts by default', () => {
  assert.equal(retryDelay(4, { status: 500 }), 800);
  assert.equal(retryDelay(5, { status: 500 }), -1);
  assert.equal(retryDelay(6, { status: 500 }), -1);
});

test('maxAttempts is configurable', () => {
  assert.equal(retryDelay(1, { status: 500 }, { maxAttempts: 2 }), 100);
  assert.equal(retryDelay(2, { status: 500 }, { maxAttempts: 2 }), -1);
  assert.equal(retryDelay(1, { status: 500 }, { maxAttempts: 1 }), -1);
  assert.equal(retryDelay(1, { status: 500 }, { maxAttempts: 0 }), -1);
  assert.equal(retryDelay(7, { status: 500 }, { maxAttempts: 8 }), 6400);
  assert.equal(retryDelay(8, { status: 500 }, { maxAttempts: 8 }), -1);
  assert.equal(retryDelay(4, { status: 500 }, { maxAttempts: undefined }), 800);
});

test('a spent attempt budget gives up before anything else is looked at', () => {
  assert.equal(retryDelay(5, { status: 500 }, { strategy: 'random', jitter: 'wild' }), -1);
  assert.equal(retryDelay(5, { status: 500, method: 42 }), -1);
});

// --- statuses -----------------------------------------------------------------------------
for (const [status, expected] of [
  [408, 100],
  [429, 100],
  [503, 100],
  [500, 100],
  [502, 100],
  [504, 100],
  [599, 100],
  [501, -1],
  [505, -1],
  [600, -1],
  [499, -1],
  [400, -1],
  [404, -1],
  [409, -1],
  [200, -1],
  ['503', 100],
  ['429', -1],
]) {
  test(`status ${JSON.stringify(status)}`, () => {
    assert.equal(retryDelay(1, { status }), expected);
  });
}

test('the status decides before the error code', () => {
  assert.equal(retryDelay(1, { status: 404, code: 'ECONNRESET' }), -1);
  assert.equal(retryDelay(1, { status: 0, code: 'ECONNRESET' }), 100);
  assert.equal(retryDelay(1, { status: null, code: 'ETIMEDOUT' }), 100);
});

// --- error codes --------------------------------------------------------------------------
for (const [code, expected] of [
  ['ECONNRESET', 100],
  ['ETIMEDOUT', 100],
  ['EAI_AGAIN', 100],
  ['ECONNREFUSED', -1],
  ['ENOTFOUND', -1],
  ['econnreset', -1],
  ['', -1],
]) {
  test(`error code ${JSON.stringify(code)}`, () => {
    assert.equal(retryDelay(1, { code }), expected);
  });
}

test('refused connections are retried only when asked', () => {
  assert.equal(retryDelay(2, { code: 'ECONNREFUSED' }, { retryRefused: true }), 200);
  assert.equal(retryDelay(2, { code: 'ECONNREFUSED' }, { retryRefused: false }), -1);
  assert.equal(retryDelay(2, { code: 'ENOTFOUND' }, { retryRefused: true }), -1);
});

test('a failure with neither status nor code is not retried', () => {
  assert.equal(retryDelay(1, { message: 'boom' }), -1);
});

// --- methods ------------------------------------------------------------------------------
test('safe and idempotent methods are retried', () => {
  for (const method of ['GET', 'get', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', '']) {
    assert.equal(retryDelay(1, { status: 500, method }), 100, method);
  }
});

test('POST and PATCH need an idempotency key or retryUnsafe', () => {
  for (const method of ['POST', 'post', 'PATCH', 'Patch']) {
    assert.equal(retryDelay(1, { status: 500, method }), -1, method);
    assert.equal(retryDelay(1, { status: 500, method, idempotencyKey: 'k-1' }), 100, method);
    assert.equal(retryDelay(1, { status: 500, method }, { retryUnsafe: true }), 100, method);
    assert.equal(retryDelay(1, { status: 500, method, idempotencyKey: '' }), -1, method);
  }
  assert.equal(retryDelay(1, { code: 'ETIMEDOUT', method: 'POST' }), -1);
  assert.equal(retryDelay(1, { code: 'ETIMEDOUT', method: 'POST' }, { retryUnsafe: true }), 100);
});

test('the method is only looked at for a retryable failure', () => {
  assert.equal(retryDelay(1, { status: 404, method: 42 }), -1);
  assert.throws(() => retryDelay(1, { status: 500, method: 42 }), TypeError);
});

// --- strategies ---------------------------------------------------------------------------
test('exponential back-off is the default', () => {
  assert.deepEqual(
    [1, 2, 3, 4].map((n) => retryDelay(n, { status: 500 })),
    [100, 200, 400, 800],
  );
  assert.deepEqual(
    [1, 2, 3].map((n) => retryDelay(n, { status: 500 }, { strategy: 'exponential', baseDelay: 30 })),
    [30, 60, 120],
  );
  assert.equal(retryDelay(3, { status: 500 }, { strategy: '' }), 400);
});

test('fixed and linear back-off', () => {
  assert.deepEqual(
    [1, 2, 4].map((n) => retryDelay(n, { status: 500 }, { strategy: 'fixed' })),
    [100, 100, 100],
  );
  assert.deepEqual(
    [1, 2, 4].map((n) => retryDelay(n, { status: 500 }, { strategy: 'linear' })),
    [100, 200, 400],
  );
  assert.equal(retryDelay(3, { status: 500 }, { strategy: 'fixed', baseDelay: 70 }), 70);
  assert.equal(retryDelay(3, { status: 500 }, { strategy: 'linear', baseDelay: 0 }), 0);
});

test('unknown strategies are rejected, but only for retryable failures', () => {
  assert.throws(() => retryDelay(1, { status: 500 }, { strategy: 'fibonacci' }), {
    name: 'Error',
    message: 'unknown strategy: fibonacci',
  });
  assert.throws(() => retryDelay(1, { status: 500 }, { strategy: 'toString' }), {
    message: 'unknown strategy: toString',
  });
  assert.throws(() => retryDelay(1, { status: 500 }, { strategy: 'Linear' }), { message: 'unknown strategy: Linear' });
  assert.equal(retryDelay(1, { status: 400 }, { strategy: 'fibonacci' }), -1);
});

test('delays are rounded to whole milliseconds', () => {
  assert.equal(retryDelay(1, { status: 500 }, { strategy: 'fixed', baseDelay: 2.5 }), 3);
  assert.equal(retryDelay(1, { status: 500 }, { strategy: 'fixed', baseDelay: 0.4 }), 0);
  assert.equal(retryDelay(2, { status: 500 }, { strategy: 'linear', baseDelay: 0.3 }), 1);
});

// --- jitter -------------------------------------------------------------------------------
test('full jitter picks between zero and the delay', () => {
  assert.equal(retryDelay(3, { status: 500 }, { jitter: 'full', random: fixedRandom(0.5) }), 200);
  assert.equal(retryDelay(3, { status: 500 }, { jitter: 'full', random: fixedRandom(0.999) }), 399);
  assert.equal(retryDelay(3, { status: 500 }, { jitter: 'full', random: fixedRandom(0) }), 0);
});

test('equal jitter keeps half of the delay', () => {
  assert.equal(retryDelay(3, { status: 500 }, { jitter: 'equal', random: fixedRandom(0.5) }), 300);
  assert.equal(retryDelay(3, { status: 500 }, { jitter: 'equal', random: fixedRandom(0) }), 200);
  assert.equal(retryDelay(1, { status: 500 }, { jitter: 'equal', random: fixedRandom(0.999) }), 99);
  assert.equal(
    retryDelay(1, { status: 500 }, { strategy: 'fixed', baseDelay: 101, jitter: 'equal', random: fixedRandom(0) }),
    51,
  );
});

test('no jitter never calls the random source', () => {
  assert.equal(retryDelay(2, { status: 500 }, { jitter: 'none', random: noRandom }), 200);
  assert.equal(retryDelay(2, { status: 500 }, { jitter: '', random: noRandom }), 200);
  assert.equal(retryDelay(2, { status: 500 }, { random: noRandom }), 200);
});

test('Math.random is the default random source', () => {
  for (let i = 0; i < 20; i++) {
    const delay = retryDelay(3, { status: 500 }, { jitter: 'full' });
    assert.ok(Number.isInteger(delay) && delay >= 0 && delay < 400, String(delay));
    const half = retryDelay(3, { status: 500 }, { jitter: 'equal' });
    assert.ok(Number.isInteger(half) && half >= 200 && half < 400, String(half));
  }
});

test('unknown jitter is rejected after the strategy is checked', () => {
  assert.throws(() => retryDelay(1, { status: 500 }, { jitter: 'half' }), {
    name: 'Error',
    message: 'unknown jitter: half',
  });
  assert.throws(() => retryDelay(1, { status: 500 }, { jitter: 'constructor' }), { message: 'unknown jitter: constructor' });
  assert.throws(() => retryDelay(1, { status: 500 }, { strategy: 'x', jitter: 'half' }), {
    message: 'unknown strategy: x',
  });
  assert.equal(retryDelay(1, { status: 501 }, { jitter: 'half' }), -1);
});

// --- cap ----------------------------------------------------------------------------------
test('delays are capped at 30 seconds by default', () => {
  assert.equal(retryDelay(9, { status: 500 }, { maxAttempts: 20 }), 25600);
  assert.equal(retryDelay(10, { status: 500 }, { maxAttempts: 20 }), 30000);
  assert.equal(retryDelay(4, { status: 500 }, { strategy: 'fixed', baseDelay: 30000 }), 30000);
  assert.equal(retryDelay(4, { status: 500 }, { strategy: 'fixed', baseDelay: 30001 }), 30000);
});

test('maxDelay sets the cap', () => {
  assert.equal(retryDelay(4, { status: 500 }, { maxDelay: 1000 }), 800);
  assert.equal(retryDelay(4, { status: 500 }, { maxDelay: 800 }), 800);
  assert.equal(retryDelay(4, { status: 500 }, { maxDelay: 799 }), 799);
  assert.equal(retryDelay(4, { status: 500 }, { maxDelay: 0 }), 0);
});

test('jitter is applied before the cap', () => {
  assert.equal(retryDelay(5, { status: 500 }, { maxAttempts: 9, maxDelay: 1000, jitter: 'full', random: fixedRandom(0.5) }), 800);
  assert.equal(retryDelay(5, { status: 500 }, { maxAttempts: 9, maxDelay: 500, jitter: 'full', random: fixedRandom(0.5) }), 500);
});

// --- Retry-After ----------------------------------------------------------------------------
test('Retry-After in seconds, as a number or a string', () => {
  assert.equal(retryDelay(1, { status: 429, retryAfter: 2 }), 2000);
  assert.equal(retryDelay(1, { status: 503, retryAfter: 2 }), 2000);
  assert.equal(retryDelay(1, { status: 429, retryAfter: '3' }), 3000);
  assert.equal(retryDelay(1, { status: 429, retryAfter: ' 7 ' }), 7000);
  assert.equal(retryDelay(1, { status: 429, retryAfter: '007' }), 7000);
  assert.equal(retryDelay(1, { status: 429, retryAfter: 1.2345 }), 1235);
});

test('Retry-After is only read for rate limits', () => {
  assert.equal(retryDelay(1, { status: 500, retryAfter: 5 }), 100);
  assert.equal(retryDelay(1, { status: 408, retryAfter: 5 }), 100);
  assert.equal(retryDelay(1, { status: '429', retryAfter: 5 }), -1);
  assert.equal(retryDelay(1, { status: '503', retryAfter: 5 }), 100);
});

test('the longer of back-off and Retry-After wins', () => {
  assert.equal(retryDelay(4, { status: 429, retryAfter: 0.5 }), 800);
  assert.equal(retryDelay(4, { status: 429, retryAfter: 0.8 }), 800);
  assert.equal(retryDelay(4, { status: 429, retryAfter: 0.801 }), 801);
  assert.equal(retryDelay(2, { status: 429, retryAfter: 0 }), 200);
  assert.equal(retryDelay(2, { status: 429, retryAfter: -5 }), 200);
  assert.equal(retryDelay(2, { status: 429, retryAfter: null }), 200);
  assert.equal(retryDelay(2, { status: 429, retryAfter: undefined }), 200);
});

test('Retry-After beyond the cap gives up unless it must be respected', () => {
  assert.equal(retryDelay(1, { status: 429, retryAfter: 30 }), 30000);
  assert.equal(retryDelay(1, { status: 429, retryAfter: 31 }), -1);
  assert.equal(retryDelay(1, { status: 429, retryAfter: 31 }, { respectRetryAfter: true }), 31000);
  assert.equal(retryDelay(1, { status: 429, retryAfter: 1 }, { maxDelay: 1000 }), 1000);
  assert.equal(retryDelay(1, { status: 429, retryAfter: 2 }, { maxDelay: 1000 }), -1);
  assert.equal(retryDelay(1, { status: 429, retryAfter: '2' }, { maxDelay: 1000, respectRetryAfter: true }), 2000);
});

const HTTP_DATE = 'Wed, 21 Oct 2015 07:28:00 GMT';
const AT = Date.parse(HTTP_DATE);

test('Retry-After as an HTTP date counts from now', () => {
  assert.equal(retryDelay(1, { status: 503, retryAfter: HTTP_DATE }, { now: AT - 5000 }), 5000);
  assert.equal(retryDelay(1, { status: 503, retryAfter: HTTP_DATE }, { now: AT - 50 }), 100);
  assert.equal(retryDelay(3, { status: 503, retryAfter: HTTP_DATE }, { now: AT + 5000 }), 400);
  assert.equal(retryDelay(1, { status: 503, retryAfter: HTTP_DATE }, { now: AT }), 100);
  assert.equal(retryDelay(1, { status: 503, retryAfter: HTTP_DATE }, { now: AT - 30000 }), 30000);
  assert.equal(retryDelay(1, { status: 503, retryAfter: HTTP_DATE }, { now: AT - 30001 }), -1);
  assert.equal(
    retryDelay(1, { status: 503, retryAfter: HTTP_DATE }, { now: AT - 60000, respectRetryAfter: true }),
    60000,
  );
  assert.equal(retryDelay(1, { status: 503, retryAfter: HTTP_DATE }, { now: AT - 500, maxDelay: 400 }), -1);
});

test('Retry-After dates in other formats, including ones starting or ending with digits', () => {
  assert.equal(retryDelay(1, { status: 429, retryAfter: '2015-10-21T07:28:05Z' }, { now: AT }), 5000);
  assert.equal(retryDelay(1, { status: 429, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT+0000' }, { now: AT - 5000 }), 5000);
  assert.equal(retryDelay(1, { status: 429, retryAfter: '3 seconds' }), 100);
});

test('Retry-After dates use the clock when no time is given', () => {
  assert.equal(retryDelay(2, { status: 429, retryAfter: HTTP_DATE }), 200);
  assert.equal(retryDelay(2, { status: 429, retryAfter: 'Fri, 01 Jan 2999 00:00:00 GMT' }), -1);
  const far = retryDelay(2, { status: 429, retryAfter: 'Fri, 01 Jan 2999 00:00:00 GMT' }, { respectRetryAfter: true });
  assert.ok(far > 30000000000000, String(far));
});

test('an unreadable Retry-After is ignored', () => {
  assert.equal(retryDelay(2, { status: 429, retryAfter: 'soon' }), 200);
  assert.equal(retryDelay(2, { status: 429, retryAfter: '' }), 200);
  assert.equal(retryDelay(2, { status: 429, retryAfter: true }), 200);
});
