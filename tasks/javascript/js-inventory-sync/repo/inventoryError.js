'use strict';

/** Raised for an event the ledger cannot apply; carries the offending event. */
function InventoryError(message, event) {
  this.name = 'InventoryError';
  this.message = message;
  this.event = event;
  this.stack = new Error(message).stack;
}
InventoryError.prototype = Object.create(Error.prototype);
InventoryError.prototype.constructor = InventoryError;

module.exports = InventoryError;
