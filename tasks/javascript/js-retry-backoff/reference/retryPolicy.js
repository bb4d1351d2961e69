'use strict';
/*
 * Retry policy of the outbound HTTP client.
 *
 * `retryDelay` decides whether a failed request is tried again and how long to wait first (in
 * milliseconds); -1 means "give up". Attempts are counted from 1 (the request that just failed).
 */

const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_BASE_DELAY = 100;
const MAX_DELAY = 30000;
const GIVE_UP = -1;

const ALWAYS_RETRIED_STATUSES = [408, 429, 503];
const NEVER_RETRIED_SERVER_STATUSES = [501, 505];
const RATE_LIMIT_STATUSES = [429, 503];
const TRANSIENT_CODES = ['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN'];
const UNSAFE_METHODS = ['POST', 'PATCH'];

// Delay before retry number `attempt`, by strategy, before jitter and cap.
const STRATEGIES = {
  fixed: (base) => base,
  linear: (base, attempt) => base * attempt,
  exponential: (base, attempt) => base * Math.pow(2, attempt - 1),
};

// Jitter applied to a delay, given the random source.
const JITTERS = {
  none: (delay) => delay,
  full: (delay, random) => Math.floor(random() * delay),
  equal: (delay, random) => delay / 2 + Math.floor((random() * delay) / 2),
};

function withDefault(value, fallback) {
  return value !== undefined ? value : fallback;
}

function capped(delay, cap) {
  return delay > cap ? cap : delay;
}

function checkArguments(attempt, failure) {
  if (typeof attempt !== 'number' || attempt < 1 || Math.floor(attempt) !== attempt) {
    throw new RangeError('attempt must be a positive integer: ' + attempt);
  }
  if (!failure) {
    throw new TypeError('a failure is required');
  }
}

function isRetryableStatus(status) {
  if (ALWAYS_RETRIED_STATUSES.includes(status)) {
    return true;
  }
  return status >= 500 && status < 600 && !NEVER_RETRIED_SERVER_STATUSES.includes(status);
}

function isRetryableCode(code, opts) {
  if (TRANSIENT_CODES.includes(code)) {
    return true;
  }
  return code === 'ECONNREFUSED' && Boolean(opts.retryRefused);
}

function isRetryableFailure(failure, opts) {
  if (failure.status) {
    return isRetryableStatus(failure.status);
  }
  return Boolean(failure.code) && isRetryableCode(failure.code, opts);
}

/** POST and PATCH may only be repeated with an idempotency key or when the caller allows it. */
function isSafeToRepeat(failure, opts) {
  const method = (failure.method || 'GET').toUpperCase();
  return !UNSAFE_METHODS.includes(method) || Boolean(failure.idempotencyKey) || Boolean(opts.retryUnsafe);
}

function backoff(attempt, opts) {
  const strategy = opts.strategy || 'exponential';
  if (!Object.hasOwn(STRATEGIES, strategy)) {
    throw new Error('unknown strategy: ' + opts.strategy);
  }
  const delay = STRATEGIES[strategy](withDefault(opts.baseDelay, DEFAULT_BASE_DELAY), attempt);
  const jitter = opts.jitter || 'none';
  if (!Object.hasOwn(JITTERS, jitter)) {
    throw new Error('unknown jitter: ' + opts.jitter);
  }
  return JITTERS[jitter](delay, opts.random || Math.random);
}

/** The wait a rate-limited server asks for, in milliseconds; undefined when it asks none. */
function requestedWait(failure, opts) {
  const retryAfter = failure.retryAfter;
  if (retryAfter === undefined || retryAfter === null || !RATE_LIMIT_STATUSES.includes(failure.status)) {
    return undefined;
  }
  if (typeof retryAfter === 'number') {
    return retryAfter * 1000;
  }
  if (/^\s*\d+\s*$/.test(retryAfter)) {
    return parseInt(retryAfter, 10) * 1000;
  }
  const at = Date.parse(retryAfter);
  if (isNaN(at)) {
    return undefined;
  }
  return Math.max(at - withDefault(opts.now, Date.now()), 0);
}

function retryDelay(attempt, failure, options) {
  const opts = options || {};
  checkArguments(attempt, failure);
  const maxAttempts = withDefault(opts.maxAttempts, DEFAULT_MAX_ATTEMPTS);
  if (attempt >= maxAttempts || !isRetryableFailure(failure, opts) || !isSafeToRepeat(failure, opts)) {
    return GIVE_UP;
  }
  const cap = withDefault(opts.maxDelay, MAX_DELAY);
  const delay = capped(backoff(attempt, opts), cap);
  const wait = requestedWait(failure, opts);
  if (wait === undefined) {
    return Math.round(delay);
  }
  // a server asking for more than the cap is only waited for when the caller says so
  if (wait > cap) {
    return opts.respectRetryAfter ? Math.round(wait) : GIVE_UP;
  }
  return Math.round(wait > delay ? wait : delay);
}

module.exports = {
  retryDelay,
  DEFAULT_MAX_ATTEMPTS,
  MAX_DELAY,
};
