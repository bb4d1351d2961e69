'use strict';
/*
 * Routing component: which support queue a ticket goes to and how far it is escalated.
 *
 * Shared by the helpdesk and the old mail gateway. A ticket's queue comes from its category
 * (each family of categories has its own rule), then after-hours routing may send it to the
 * night desk.
 */

var QUEUES = ['security', 'billing', 'billing-vip', 'tech-l1', 'tech-l2', 'general', 'general-intl', 'night-desk'];
var VIP_AMOUNT = 5000;
var MS_PER_HOUR = 60 * 60 * 1000;

/** Queues that keep an enterprise ticket after hours instead of the night desk. */
var ENTERPRISE_NIGHT_QUEUES = ['tech-l2'];

function isBreach(tkt) {
  return Boolean(tkt.tags) && tkt.tags.indexOf('breach') !== -1;
}

function billingQueue(tkt) {
  var vip = tkt.tier === 'enterprise' || (tkt.amount && tkt.amount >= VIP_AMOUNT);
  return vip ? 'billing-vip' : 'billing';
}

function technicalQueue(tkt, cat) {
  var secondLine = cat === 'outage' || tkt.severity >= 3 || (tkt.tier === 'enterprise' && tkt.severity >= 2);
  return secondLine ? 'tech-l2' : 'tech-l1';
}

function generalQueue(lang) {
  return lang === 'en' ? 'general' : 'general-intl';
}

var CATEGORY_FAMILIES = {
  billing: billingQueue,
  refund: billingQueue,
  technical: technicalQueue,
  outage: technicalQueue,
};

var KNOWN_GENERAL = ['general', 'feedback'];

function overrideQueue(overrides, cat) {
  var queue = overrides[cat];
  if (QUEUES.indexOf(queue) === -1) {
    throw new Error('unknown queue: ' + queue);
  }
  return queue;
}

function categoryQueue(tkt, cat, o) {
  if (cat === 'security' || isBreach(tkt)) {
    return 'security';
  }
  if (Object.prototype.hasOwnProperty.call(CATEGORY_FAMILIES, cat)) {
    return CATEGORY_FAMILIES[cat](tkt, cat);
  }
  if (o.strict && KNOWN_GENERAL.indexOf(cat) === -1) {
    throw new Error('unknown category: ' + tkt.category);
  }
  return generalQueue(tkt.lang || o.defaultLang || 'en');
}

function afterHoursQueue(queue, tkt) {
  if (queue === 'security') {
    return queue;
  }
  if (tkt.tier === 'enterprise' && ENTERPRISE_NIGHT_QUEUES.indexOf(queue) !== -1) {
    return queue;
  }
  return 'night-desk';
}

function selectQueue(tkt, opts) {
  var o = opts || {};
  if (!tkt || !tkt.category) {
    throw new Error('ticket has no category');
  }
  var cat = String(tkt.category).toLowerCase();
  if (o.overrides && Object.prototype.hasOwnProperty.call(o.overrides, cat)) {
    return overrideQueue(o.overrides, cat);
  }
  var queue = categoryQueue(tkt, cat, o);
  return o.afterHours ? afterHoursQueue(queue, tkt) : queue;
}

function slaHours(tkt) {
  var sla = 72;
  if (tkt.severity >= 3) {
    sla = 4;
  } else if (tkt.severity === 2) {
    sla = 24;
  }
  return tkt.tier === 'enterprise' ? sla / 2 : sla;
}

function ageLevel(hours, sla) {
  if (hours > sla * 2) {
    return 3;
  }
  if (hours > sla) {
    return 2;
  }
  return hours > sla * 0.75 ? 1 : 0;
}

function escalationLevel(tkt, now) {
  if (tkt.status === 'closed' || tkt.status === 'resolved') {
    return 0;
  }
  var hours = (now - Date.parse(tkt.openedAt)) / MS_PER_HOUR;
  if (isNaN(hours)) {
    throw new Error('invalid openedAt: ' + tkt.openedAt);
  }
  var lvl = ageLevel(hours, slaHours(tkt));
  if (tkt.reopened >= 2 && lvl < 3) {
    lvl = lvl + 1;
  }
  return lvl;
}

module.exports = {
  QUEUES: QUEUES,
  selectQueue: selectQueue,
  escalationLevel: escalationLevel,
};
