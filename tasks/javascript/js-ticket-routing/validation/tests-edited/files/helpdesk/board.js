'use strict';
/*
 * Helpdesk queue board: open tickets per queue and the escalated ones, worst first.
 */

var selectQueue = require('../routing/queues').selectQueue;
var escalationLevel = require('../routing/queues').escalationLevel;
var QUEUES = require('../routing/queues').QUEUES;
var normalise = require('./intake').normalise;

function queueBoard(tickets, now, options) {
  var o = options || {};
  var counts = {};
  var escalated = [];
  QUEUES.forEach(function (name) {
    counts[name] = 0;
  });
  tickets.forEach(function (raw) {
    var tkt = normalise(raw);
    if (tkt.status === 'closed' || tkt.status === 'resolved') {
      return;
    }
    var queue = selectQueue(tkt, { afterHours: o.afterHours, defaultLang: o.defaultLang });
    counts[queue] += 1;
    var level = escalationLevel(tkt, now);
    if (level > 0) {
      escalated.push({ id: tkt.id, queue: queue, level: level });
    }
  });
  escalated.sort(function (a, b) {
    return b.level - a.level || String(a.id).localeCompare(String(b.id));
  });
  return { counts: counts, escalated: escalated };
}

module.exports = {
  queueBoard: queueBoard,
};
