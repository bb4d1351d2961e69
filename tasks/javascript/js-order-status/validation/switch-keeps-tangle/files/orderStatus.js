'use strict';
/*
 * Order status transitions for the order service. Dates are ISO strings; a return is allowed up
 * to RETURN_DAYS after delivery.
 */

var RETURN_DAYS = 30;
var MS_PER_DAY = 24 * 60 * 60 * 1000;
var EVENTS = ['place', 'pay', 'pack', 'ship', 'deliver', 'cancel', 'return', 'refund'];

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
  var fail = function (message) {
    return OrderStateError(message, status, type);
  };
  var refusal = 'cannot ' + type + ' an order that is ' + status;
  if (EVENTS.indexOf(type) === -1) {
    throw fail('unknown event: ' + type);
  }
  switch (status) {
    case 'draft':
      switch (type) {
        case 'place':
          if (!order.items || order.items.length === 0) {
            throw fail('order has no items');
          }
          return 'placed';
        case 'cancel':
          return 'cancelled';
      }
      break;
    case 'placed':
      switch (type) {
        case 'pay':
          return 'paid';
        case 'pack':
          if (!order.payOnDelivery) {
            throw fail('order must be paid before packing');
          }
          return 'packed';
        case 'cancel':
          return 'cancelled';
      }
      break;
    case 'paid':
      switch (type) {
        case 'pack':
          return 'packed';
        case 'cancel':
          return 'cancelled';
        case 'refund':
          return 'refunded';
      }
      break;
    case 'packed':
      if (type === 'ship') {
        if (!order.trackingNumber && !opts.allowUntracked) {
          throw fail('tracking number required');
        }
        return 'shipped';
      }
      if (type === 'cancel' && !opts.strictCancel) {
        return 'cancelled';
      }
      break;
    case 'shipped':
      switch (type) {
        case 'deliver':
          return 'delivered';
        case 'return':
          return 'returned';
      }
      break;
    case 'delivered':
      if (type === 'return') {
        var days = (Date.parse(event.date) - Date.parse(order.deliveredAt)) / MS_PER_DAY;
        if (isNaN(days)) {
          throw fail('return needs a date');
        }
        if (days > (opts.returnDays !== undefined ? opts.returnDays : RETURN_DAYS)) {
          throw fail('return window closed');
        }
        return 'returned';
      }
      break;
    case 'returned':
      if (type === 'refund') {
        return 'refunded';
      }
      break;
    case 'cancelled':
    case 'refunded':
      break;
    default:
      throw fail('unknown status: ' + status);
  }
  throw fail(refusal);
}

module.exports = {
  nextStatus: nextStatus,
  RETURN_DAYS: RETURN_DAYS,
};
