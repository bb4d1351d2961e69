'use strict';
/*
 * Stock status rules for the warehouse dashboard.
 *
 * "available" is what is on hand and not reserved for an order. Every category shares the
 * stock-level thresholds; each category's rule adds what is specific to it.
 */

const LOW_STOCK_RATIO = 1.5;
const EXPIRY_WARNING_DAYS = 3;
const DEFAULT_STOCK_FACTOR = 3;

const ORDERED_STATUSES = new Set(['reorder', 'out_of_stock']);

function availableStock(item) {
  return item.onHand - (item.reserved || 0);
}

/** `reorder` at or below the reorder point, `low` up to half as much again, else `in_stock`. */
function levelStatus(available, reorderPoint) {
  if (available <= reorderPoint) {
    return 'reorder';
  }
  if (available <= reorderPoint * LOW_STOCK_RATIO) {
    return 'low';
  }
  return 'in_stock';
}

function perishableStatus(item, available) {
  if (item.daysToExpiry !== undefined && item.daysToExpiry <= EXPIRY_WARNING_DAYS) {
    return 'expiring';
  }
  return levelStatus(available, item.reorderPoint);
}

/** Off season, seasonal goods are only ever `low`, below half the reorder point. */
function seasonalStatus(item, available, opts) {
  if (!opts.offSeason) {
    return levelStatus(available, item.reorderPoint);
  }
  if (available <= item.reorderPoint / 2) {
    return 'low';
  }
  return 'in_stock';
}

/** Other goods count a shipment on its way: enough incoming turns a reorder into `low`. */
function generalStatus(item, available) {
  const status = levelStatus(available, item.reorderPoint);
  if (status === 'reorder' && item.incoming > 0 && available + item.incoming > item.reorderPoint) {
    return 'low';
  }
  return status;
}

const CATEGORY_RULES = { perishable: perishableStatus, seasonal: seasonalStatus };

function categoryRule(category) {
  if (Object.hasOwn(CATEGORY_RULES, category)) {
    return CATEGORY_RULES[category];
  }
  return generalStatus;
}

function emptyShelfStatus(item, opts) {
  if (!(item.incoming > 0)) {
    return 'out_of_stock';
  }
  if (opts.allowBackorder || item.backorderable) {
    return 'backorder';
  }
  return 'awaiting_stock';
}

function discontinuedStatus(available) {
  if (available > 0) {
    return 'clearance';
  }
  return 'discontinued';
}

function stockStatus(item, options) {
  const opts = options || {};
  const available = availableStock(item);
  if (item.discontinued) {
    return discontinuedStatus(available);
  }
  if (available <= 0) {
    return emptyShelfStatus(item, opts);
  }
  return categoryRule(item.category)(item, available, opts);
}

function needsOrder(status, opts) {
  return ORDERED_STATUSES.has(status) || (status === 'awaiting_stock' && Boolean(opts.topUp));
}

function roundUpToPacks(quantity, packSize) {
  if (packSize > 1) {
    return Math.ceil(quantity / packSize) * packSize;
  }
  return quantity;
}

/** How much to order to fill up to `maxStock` (default: three times the reorder point). */
function reorderQuantity(item, options) {
  const opts = options || {};
  if (!needsOrder(stockStatus(item, opts), opts)) {
    return 0;
  }
  const target = item.maxStock !== undefined ? item.maxStock : item.reorderPoint * DEFAULT_STOCK_FACTOR;
  const quantity = roundUpToPacks(target - availableStock(item) - (item.incoming || 0), item.packSize);
  if (quantity < 0) {
    return 0;
  }
  return quantity;
}

module.exports = {
  stockStatus,
  reorderQuantity,
  LOW_STOCK_RATIO,
};
