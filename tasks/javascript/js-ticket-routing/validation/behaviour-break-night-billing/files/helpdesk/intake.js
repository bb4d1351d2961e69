'use strict';
/*
 * Helpdesk intake: turns a raw ticket from the web form into a routed ticket.
 */

var routing = require('../routing/queues');

function normalise(raw) {
  return {
    id: raw.id,
    category: raw.category,
    lang: raw.lang,
    tier: raw.tier || 'standard',
    severity: raw.severity || 1,
    tags: raw.tags || [],
    amount: raw.amount,
    openedAt: raw.openedAt,
    reopened: raw.reopened || 0,
    status: raw.status || 'open',
  };
}

function intakeTicket(raw, options) {
  var o = options || {};
  if (!raw || !raw.id) {
    throw new Error('ticket id missing');
  }
  var tkt = normalise(raw);
  var queue = routing.selectQueue(tkt, {
    afterHours: o.afterHours,
    strict: o.strict,
    defaultLang: o.defaultLang,
    overrides: o.overrides,
  });
  var level = routing.escalationLevel(tkt, o.now);
  return {
    id: tkt.id,
    queue: queue,
    escalation: level,
    assignee: level >= 3 ? 'duty-manager' : null,
  };
}

module.exports = {
  intakeTicket: intakeTicket,
  normalise: normalise,
};
