'use strict';
/*
 * Order status transitions for the order service.
 *
 * Legacy module: one if/else chain over the current status, with a nested chain over the event
 * for each. Dates are ISO strings; a return is allowed up to RETURN_DAYS after delivery.
 */

var RETURN_DAYS = 30;
var MS_PER_DAY = 24 * 60 * 60 * 1000;

function OrderStateError(message, status, event) {
  var err = new Error(message);
  err.name = 'OrderStateError';
  err.status = status;
  err.event = event;
  return err;
}

function nextStatus(order, event, options) {
  var opts = options || {};
  var status = order.status;
  var type = event && event.type;
  var refuse = function () {
    return OrderStateError('cannot ' + type + ' an order that is ' + status, status, type);
  };
  if (['place', 'pay', 'pack', 'ship', 'deliver', 'cancel', 'return', 'refund'].indexOf(type) === -1) {
    throw OrderStateError('unknown event: ' + type, status, type);
  }
  if (status === 'draft') {
    if (type === 'place') {
      if (!order.items || order.items.length === 0) {
        throw OrderStateError('order has no items', status, type);
      }
      return 'placed';
    } else if (type === 'cancel') {
      return 'cancelled';
    } else {
      throw refuse();
    }
  } else if (status === 'placed') {
    if (type === 'pay') {
      return 'paid';
    } else if (type === 'pack') {
      if (order.payOnDelivery) {
        return 'packed';
      }
      throw OrderStateError('order must be paid before packing', status, type);
    } else if (type === 'cancel') {
      return 'cancelled';
    } else {
      throw refuse();
    }
  } else if (status === 'paid') {
    if (type === 'pack') {
      return 'packed';
    } else if (type === 'cancel') {
      return 'cancelled';
    } else if (type === 'refund') {
      return 'refunded';
    } else {
      throw refuse();
    }
  } else if (status === 'packed') {
    if (type === 'ship') {
      if (!order.trackingNumber && !opts.allowUntracked) {
        throw OrderStateError('tracking number required', status, type);
      }
      return 'shipped';
    } else if (type === 'cancel') {
      if (opts.strictCancel) {
        throw refuse();
      }
      return 'cancelled';
    } else {
      throw refuse();
    }
  } else if (status === 'shipped') {
    if (type === 'deliver') {
      return 'delivered';
    } else if (type === 'return') {
      return 'returned';
    } else {
      throw refuse();
    }
  } else if (status === 'delivered') {
    if (type === 'return') {
      var days = (Date.parse(event.date) - Date.parse(order.deliveredAt)) / MS_PER_DAY;
      if (isNaN(days)) {
        throw OrderStateError('return needs a date', status, type);
      }
      if (days > (opts.returnDays !== undefined ? opts.returnDays : RETURN_DAYS)) {
        throw OrderStateError('return window closed', status, type);
      }
      return 'returned';
    } else {
      throw refuse();
    }
  } else if (status === 'returned') {
    if (type === 'refund') {
      return 'refunded';
    } else {
      throw refuse();
    }
  } else if (status === 'cancelled' || status === 'refunded') {
    throw refuse();
  } else {
    throw OrderStateError('unknown status: ' + status, status, type);
  }
}

module.exports = {
  nextStatus: nextStatus,
  RETURN_DAYS: RETURN_DAYS,
};
