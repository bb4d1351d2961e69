'use strict';

class CheckoutError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'CheckoutError';
    this.code = code;
  }
}

module.exports = CheckoutError;
