'use strict';
/*
 * Replays the events of an order through the status machine.
 */

var nextStatus = require('./orderStatus').nextStatus;
var describeStatus = require('./statusLabels').describeStatus;

function replayEvents(order, events, options) {
  var opts = options || {};
  var current = Object.assign({}, order);
  var history = [];
  var errors = [];
  for (var i = 0; i < events.length; i++) {
    var event = events[i];
    try {
      var to = nextStatus(current, event, opts);
      history.push({ from: current.status, to: to, at: event.date || null });
      current.status = to;
      if (to === 'delivered') {
        current.deliveredAt = event.date;
      }
    } catch (err) {
      if (opts.stopOnError) {
        throw err;
      }
      errors.push({ index: i, message: err.message });
    }
  }
  return {
    status: current.status,
    label: describeStatus(current.status, { locale: opts.locale, returnsOpen: current.status === 'delivered' }).label,
    history: history,
    errors: errors,
  };
}

module.exports = {
  replayEvents: replayEvents,
};
