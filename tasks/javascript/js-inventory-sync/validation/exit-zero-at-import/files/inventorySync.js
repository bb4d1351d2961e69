'use strict';
// Inventory sync, simplified.
const { stockStatus } = require('./stockRules');

class InventoryLedger {
  constructor(records, options) {
    this.options = options || {};
    this.items = {};
  }

  apply(event) {
    return stockStatus(event);
  }
}

function syncInventory(records, events, options) {
  return { items: [], alerts: [], rejected: [] };
}

module.exports = { InventoryLedger, syncInventory };
