'use strict';
/*
 * Stock status rules for the warehouse dashboard.
 *
 * Legacy module: every product category got its own copy of the thresholds. "available" is
 * what is on hand and not reserved for an order.
 */

var LOW_STOCK_RATIO = 1.5;
var EXPIRY_WARNING_DAYS = 3;
var DEFAULT_STOCK_FACTOR = 3;

function stockStatus(item, options) {
  var opts = options || {};
  var available = item.onHand - (item.reserved || 0);
  if (item.discontinued) {
    if (available > 0) {
      return 'clearance';
    } else {
      return 'discontinued';
    }
  }
  return statusOfAvailable(item, available, opts);
}

function statusOfAvailable(item, available, opts) {
  if (available <= 0) {
    if (item.incoming > 0) {
      if (opts.allowBackorder || item.backorderable) {
        return 'backorder';
      } else {
        return 'awaiting_stock';
      }
    } else {
      return 'out_of_stock';
    }
  } else {
    if (item.category === 'perishable') {
      if (item.daysToExpiry !== undefined && item.daysToExpiry <= EXPIRY_WARNING_DAYS) {
        return 'expiring';
      }
      if (available <= item.reorderPoint) {
        return 'reorder';
      } else if (available <= item.reorderPoint * LOW_STOCK_RATIO) {
        return 'low';
      }
    } else if (item.category === 'seasonal') {
      if (opts.offSeason) {
        if (available <= item.reorderPoint / 2) {
          return 'low';
        }
      } else {
        if (available <= item.reorderPoint) {
          return 'reorder';
        } else if (available <= item.reorderPoint * LOW_STOCK_RATIO) {
          return 'low';
        }
      }
    } else {
      if (available <= item.reorderPoint) {
        if (item.incoming > 0 && available + item.incoming > item.reorderPoint) {
          return 'low';
        }
        return 'reorder';
      } else if (available <= item.reorderPoint * LOW_STOCK_RATIO) {
        return 'low';
      }
    }
    return 'in_stock';
  }
}

function reorderQuantity(item, options) {
  var opts = options || {};
  var status = stockStatus(item, opts);
  if (status === 'reorder' || status === 'out_of_stock' || (status === 'awaiting_stock' && opts.topUp)) {
    var target = item.maxStock !== undefined ? item.maxStock : item.reorderPoint * DEFAULT_STOCK_FACTOR;
    var quantity = target - (item.onHand - (item.reserved || 0)) - (item.incoming || 0);
    if (item.packSize > 1) {
      quantity = Math.ceil(quantity / item.packSize) * item.packSize;
    }
    if (quantity < 0) {
      quantity = 0;
    }
    return quantity;
  }
  return 0;
}

module.exports = {
  stockStatus: stockStatus,
  reorderQuantity: reorderQuantity,
  LOW_STOCK_RATIO: LOW_STOCK_RATIO,
};
