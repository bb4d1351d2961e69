'use strict';
/*
 * Retry policy of the outbound HTTP client.
 *
 * Legacy module: `retryDelay` decides whether a failed request is tried again and how long to
 * wait first (in milliseconds); -1 means "give up". Attempts are counted from 1 (the request
 * that just failed).
 */

var DEFAULT_MAX_ATTEMPTS = 5;
var DEFAULT_BASE_DELAY = 100;
var MAX_DELAY = 30000;

function retryDelay(attempt, failure, options) {
  var opts = options || {};
  if (typeof attempt !== 'number' || attempt < 1 || Math.floor(attempt) !== attempt) {
    throw new RangeError('attempt must be a positive integer: ' + attempt);
  }
  if (!failure) {
    throw new TypeError('a failure is required');
  }
  var maxAttempts = opts.maxAttempts !== undefined ? opts.maxAttempts : DEFAULT_MAX_ATTEMPTS;
  if (attempt >= maxAttempts) {
    return -1;
  }
  var retryable = false;
  var status = failure.status;
  if (status) {
    if (status === 429 || status === 503 || status === 408) {
      retryable = true;
    } else if (status >= 500 && status < 600) {
      if (status === 501 || status === 505) {
        retryable = false;
      } else {
        retryable = true;
      }
    }
  } else if (failure.code) {
    if (failure.code === 'ECONNRESET' || failure.code === 'ETIMEDOUT' || failure.code === 'EAI_AGAIN') {
      retryable = true;
    } else if (failure.code === 'ECONNREFUSED') {
      if (opts.retryRefused) {
        retryable = true;
      }
    }
  }
  if (retryable) {
    var method = (failure.method || 'GET').toUpperCase();
    if (method === 'POST' || method === 'PATCH') {
      if (!failure.idempotencyKey && !opts.retryUnsafe) {
        retryable = false;
      }
    }
  }
  if (!retryable) {
    return -1;
  }
  var base = opts.baseDelay !== undefined ? opts.baseDelay : DEFAULT_BASE_DELAY;
  var delay = 0;
  if (opts.strategy === 'fixed') {
    delay = base;
  } else if (opts.strategy === 'linear') {
    delay = base * attempt;
  } else if (!opts.strategy || opts.strategy === 'exponential') {
    delay = base * Math.pow(2, attempt - 1);
  } else {
    throw new Error('unknown strategy: ' + opts.strategy);
  }
  var random = opts.random || Math.random;
  if (opts.jitter === 'full') {
    delay = Math.floor(random() * delay);
  } else if (opts.jitter === 'equal') {
    delay = delay / 2 + Math.floor((random() * delay) / 2);
  } else if (opts.jitter && opts.jitter !== 'none') {
    throw new Error('unknown jitter: ' + opts.jitter);
  }
  var cap = opts.maxDelay !== undefined ? opts.maxDelay : MAX_DELAY;
  if (delay > cap) {
    delay = cap;
  }
  if (failure.retryAfter !== undefined && failure.retryAfter !== null) {
    if (status === 429 || status === 503) {
      var wait;
      if (typeof failure.retryAfter === 'number') {
        wait = failure.retryAfter * 1000;
      } else if (/^\s*\d+\s*$/.test(failure.retryAfter)) {
        wait = parseInt(failure.retryAfter, 10) * 1000;
      } else {
        var at = Date.parse(failure.retryAfter);
        if (!isNaN(at)) {
          wait = at - (opts.now !== undefined ? opts.now : Date.now());
          if (wait < 0) {
            wait = 0;
          }
        }
      }
      if (wait !== undefined) {
        if (wait > cap) {
          if (!opts.respectRetryAfter) {
            return -1;
          }
          delay = wait;
        } else if (wait > delay) {
          delay = wait;
        }
      }
    }
  }
  return Math.round(delay);
}

module.exports = {
  retryDelay: retryDelay,
  DEFAULT_MAX_ATTEMPTS: DEFAULT_MAX_ATTEMPTS,
  MAX_DELAY: MAX_DELAY,
};
