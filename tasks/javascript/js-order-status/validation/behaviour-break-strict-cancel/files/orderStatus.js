'use strict';
/*
 * Order status transitions for the order service.
 *
 * TRANSITIONS lists, for every status, the events it accepts: either the next status, or a rule
 * that checks the order first. Dates are ISO strings; a return is allowed up to RETURN_DAYS
 * after delivery.
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

function refusal(ctx) {
  return OrderStateError('cannot ' + ctx.type + ' an order that is ' + ctx.status, ctx.status, ctx.type);
}

function failure(ctx, message) {
  return OrderStateError(message, ctx.status, ctx.type);
}

function placeDraft(ctx) {
  if (!ctx.order.items || ctx.order.items.length === 0) {
    throw failure(ctx, 'order has no items');
  }
  return 'placed';
}

/** Only cash-on-delivery orders are packed before they are paid. */
function packUnpaid(ctx) {
  if (!ctx.order.payOnDelivery) {
    throw failure(ctx, 'order must be paid before packing');
  }
  return 'packed';
}

function shipPacked(ctx) {
  if (!ctx.order.trackingNumber && !ctx.opts.allowUntracked) {
    throw failure(ctx, 'tracking number required');
  }
  return 'shipped';
}

function cancelPacked(ctx) {
  if (ctx.opts.strictCancel) {
    throw refusal(ctx);
  }
  return 'cancelled';
}

function returnDelivered(ctx) {
  var days = (Date.parse(ctx.event.date) - Date.parse(ctx.order.deliveredAt)) / MS_PER_DAY;
  if (isNaN(days)) {
    throw failure(ctx, 'return needs a date');
  }
  var limit = ctx.opts.returnDays !== undefined ? ctx.opts.returnDays : RETURN_DAYS;
  if (days > limit) {
    throw failure(ctx, 'return window closed');
  }
  return 'returned';
}

var TRANSITIONS = {
  draft: { place: placeDraft, cancel: 'cancelled' },
  placed: { pay: 'paid', pack: packUnpaid, cancel: 'cancelled' },
  paid: { pack: 'packed', cancel: 'cancelled', refund: 'refunded' },
  packed: { ship: shipPacked, cancel: cancelPacked },
  shipped: { deliver: 'delivered', return: 'returned' },
  delivered: { return: returnDelivered },
  returned: { refund: 'refunded' },
  cancelled: {},
  refunded: {},
};

function hasOwn(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function nextStatus(order, event, options) {
  var ctx = { order: order, event: event, opts: options || {}, status: order.status, type: event && event.type };
  if (EVENTS.indexOf(ctx.type) === -1) {
    throw failure(ctx, 'unknown event: ' + ctx.type);
  }
  if (!hasOwn(TRANSITIONS, ctx.status)) {
    throw failure(ctx, 'unknown status: ' + ctx.status);
  }
  var rules = TRANSITIONS[ctx.status];
  if (!hasOwn(rules, ctx.type) || (ctx.type === 'cancel' && ctx.opts.strictCancel)) {
    throw refusal(ctx);
  }
  var rule = rules[ctx.type];
  return typeof rule === 'function' ? rule(ctx) : rule;
}

module.exports = {
  nextStatus: nextStatus,
  RETURN_DAYS: RETURN_DAYS,
};
