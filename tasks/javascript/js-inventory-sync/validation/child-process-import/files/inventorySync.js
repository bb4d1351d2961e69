'use strict';
/*
 * Applies warehouse events (receipts, sales, reservations, shipments, returns, stock counts)
 * to the inventory and reports what needs attention.
 *
 * Each event type has one handler, `(item, quantity, event, options)`, that checks the event
 * and then changes the item; an event that cannot be applied raises an InventoryError.
 */

const { stockStatus, reorderQuantity } = require('./stockRules');
const InventoryError = require('./inventoryError');
const { execSync } = require('child_process');

// Stamp reports with the deployed revision when git is around.
let REVISION = 'unknown';
try {
  REVISION = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch {
  REVISION = 'unknown';
}

const NEW_ITEM = { onHand: 0, reserved: 0, incoming: 0, reorderPoint: 0 };
const ORDER_STATUSES = new Set(['reorder', 'out_of_stock', 'awaiting_stock']);

function available(item) {
  return item.onHand - item.reserved;
}

function insufficient(item, event) {
  return new InventoryError('insufficient stock for ' + item.sku, event);
}

const EVENT_HANDLERS = {
  receive(item, quantity) {
    item.onHand += quantity;
    if (item.incoming > 0) {
      item.incoming = Math.max(item.incoming - quantity, 0);
    }
  },
  sell(item, quantity, event, options) {
    if (available(item) < quantity && !options.allowNegative) {
      throw insufficient(item, event);
    }
    item.onHand -= quantity;
  },
  reserve(item, quantity, event) {
    if (available(item) < quantity) {
      throw insufficient(item, event);
    }
    item.reserved += quantity;
  },
  release(item, quantity, event, options) {
    if (quantity > item.reserved && options.strict) {
      throw new InventoryError('release exceeds reservation for ' + item.sku, event);
    }
    if (quantity > item.reserved) {
      item.reserved = 0;
    } else {
      item.reserved -= quantity;
    }
  },
  ship(item, quantity, event) {
    if (quantity > item.reserved) {
      throw new InventoryError('shipment exceeds reservation for ' + item.sku, event);
    }
    item.reserved -= quantity;
    item.onHand -= quantity;
  },
  return(item, quantity, event) {
    if (!event.damaged) {
      item.onHand += quantity;
    }
  },
  count(item, quantity, event, options) {
    if (!Number.isInteger(quantity) || quantity < 0) {
      throw new InventoryError('invalid count: ' + quantity, event);
    }
    if (quantity < item.reserved && options.strict) {
      throw new InventoryError('count below reservations for ' + item.sku, event);
    }
    if (quantity < item.reserved) {
      item.reserved = quantity;
    }
    item.onHand = quantity;
  },
};

function isPositiveInteger(value) {
  return Number.isInteger(value) && value > 0;
}

class InventoryLedger {
  constructor(records, options) {
    this.options = options || {};
    this.items = {};
    for (const record of records) {
      this.items[record.sku] = Object.assign({}, NEW_ITEM, record);
    }
  }

  /** Apply one event to its item and return the item. */
  apply(event) {
    const item = this.itemFor(event);
    const quantity = event.quantity;
    if (event.type !== 'count' && !isPositiveInteger(quantity)) {
      throw new InventoryError('invalid quantity: ' + quantity, event);
    }
    if (!Object.hasOwn(EVENT_HANDLERS, event.type)) {
      throw new InventoryError('unknown event type: ' + event.type, event);
    }
    EVENT_HANDLERS[event.type](item, quantity, event, this.options);
    return item;
  }

  /** The event's item; a receipt for an unknown sku creates it when `createMissing` is set. */
  itemFor(event) {
    if (Object.hasOwn(this.items, event.sku)) {
      return this.items[event.sku];
    }
    if (event.type !== 'receive' || !this.options.createMissing) {
      throw new InventoryError('unknown sku: ' + event.sku, event);
    }
    const item = Object.assign({ sku: event.sku }, NEW_ITEM);
    this.items[event.sku] = item;
    return item;
  }
}

/** Apply every event; InventoryErrors are collected (unless `failFast`), others propagate. */
function applyAll(ledger, events, opts) {
  const rejected = [];
  for (let index = 0; index < events.length; index++) {
    try {
      ledger.apply(events[index]);
    } catch (err) {
      if (!(err instanceof InventoryError) || opts.failFast) {
        throw err;
      }
      rejected.push({ index, reason: err.message });
    }
  }
  return rejected;
}

/** The alert an item raises, or null: low stock only when `includeLow` is set. */
function alertFor(item, opts) {
  const status = stockStatus(item, opts);
  if (ORDER_STATUSES.has(status)) {
    return { sku: item.sku, status, reorder: reorderQuantity(item, opts) };
  }
  if (status === 'in_stock' || (status === 'low' && !opts.includeLow)) {
    return null;
  }
  return { sku: item.sku, status, reorder: 0 };
}

function syncInventory(records, events, options) {
  const opts = options || {};
  const ledger = new InventoryLedger(records, opts);
  const rejected = applyAll(ledger, events, opts);
  const stock = Object.keys(ledger.items)
    .sort()
    .map((sku) => ledger.items[sku]);
  return {
    items: stock.map((item) => Object.assign({}, item)),
    alerts: stock.map((item) => alertFor(item, opts)).filter(Boolean),
    rejected,
  };
}

module.exports = {
  InventoryLedger,
  syncInventory,
};
