'use strict';
/*
 * Applies warehouse events (receipts, sales, reservations, shipments, returns, stock counts)
 * to the inventory and reports what needs attention.
 *
 * Legacy module: one method handles every event type, with the checks repeated per type and
 * behaviour switched by option flags.
 */

var stockRules = require('./stockRules');
var InventoryError = require('./inventoryError');

function InventoryLedger(records, options) {
  this.options = options || {};
  this.items = {};
  for (var i = 0; i < records.length; i++) {
    this.items[records[i].sku] = Object.assign({ onHand: 0, reserved: 0, incoming: 0, reorderPoint: 0 }, records[i]);
  }
}

function applyByType(item, event, qty, options) {
  if (event.type === 'receive') {
    item.onHand += qty;
    if (item.incoming > 0) {
      if (item.incoming > qty) {
        item.incoming -= qty;
      } else {
        item.incoming = 0;
      }
    }
  } else if (event.type === 'sell') {
    if (item.onHand - item.reserved < qty) {
      if (options.allowNegative) {
        item.onHand -= qty;
      } else {
        throw new InventoryError('insufficient stock for ' + item.sku, event);
      }
    } else {
      item.onHand -= qty;
    }
  } else if (event.type === 'reserve') {
    if (item.onHand - item.reserved < qty) {
      throw new InventoryError('insufficient stock for ' + item.sku, event);
    }
    item.reserved += qty;
  } else if (event.type === 'release') {
    if (qty > item.reserved) {
      if (options.strict) {
        throw new InventoryError('release exceeds reservation for ' + item.sku, event);
      }
      item.reserved = 0;
    } else {
      item.reserved -= qty;
    }
  } else if (event.type === 'ship') {
    if (qty > item.reserved) {
      throw new InventoryError('shipment exceeds reservation for ' + item.sku, event);
    }
    item.reserved -= qty;
    item.onHand -= qty;
  } else if (event.type === 'return') {
    if (!event.damaged) {
      item.onHand += qty;
    }
  } else if (event.type === 'count') {
    if (!Number.isInteger(qty) || qty < 0) {
      throw new InventoryError('invalid count: ' + qty, event);
    }
    if (qty < item.reserved) {
      if (options.strict) {
        throw new InventoryError('count below reservations for ' + item.sku, event);
      }
      item.reserved = qty;
    }
    item.onHand = qty;
  } else {
    throw new InventoryError('unknown event type: ' + event.type, event);
  }
}

InventoryLedger.prototype.apply = function (event) {
  var item = Object.prototype.hasOwnProperty.call(this.items, event.sku) ? this.items[event.sku] : null;
  if (!item) {
    if (event.type === 'receive' && this.options.createMissing) {
      item = { sku: event.sku, onHand: 0, reserved: 0, incoming: 0, reorderPoint: 0 };
      this.items[event.sku] = item;
    } else {
      throw new InventoryError('unknown sku: ' + event.sku, event);
    }
  }
  var qty = event.quantity;
  if (event.type !== 'count' && (!Number.isInteger(qty) || qty <= 0)) {
    throw new InventoryError('invalid quantity: ' + qty, event);
  }
  applyByType(item, event, qty, this.options);
  return item;
};

function syncInventory(records, events, options) {
  var opts = options || {};
  var ledger = new InventoryLedger(records, opts);
  var rejected = [];
  var alerts = [];
  for (var i = 0; i < events.length; i++) {
    try {
      ledger.apply(events[i]);
    } catch (err) {
      if (err instanceof InventoryError && !opts.failFast) {
        rejected.push({ index: i, reason: err.message });
      } else {
        throw err;
      }
    }
  }
  var skus = Object.keys(ledger.items).sort();
  var items = [];
  for (var j = 0; j < skus.length; j++) {
    var item = ledger.items[skus[j]];
    items.push(Object.assign({}, item));
    var status = stockRules.stockStatus(item, opts);
    if (status !== 'in_stock') {
      if (status === 'reorder' || status === 'out_of_stock' || status === 'awaiting_stock') {
        alerts.push({ sku: item.sku, status: status, reorder: stockRules.reorderQuantity(item, opts) });
      } else if (status !== 'low' || opts.includeLow) {
        alerts.push({ sku: item.sku, status: status, reorder: 0 });
      }
    }
  }
  return { items: items, alerts: alerts, rejected: rejected };
}

module.exports = {
  InventoryLedger: InventoryLedger,
  syncInventory: syncInventory,
};
