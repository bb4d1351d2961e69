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

var selectQueue = new Function('QUEUES', 'VIP_AMOUNT', `return function (tkt, opts) {
  var o = opts || {};
  var q = null;
  if (!tkt || !tkt.category) {
    throw new Error('ticket has no category');
  }
  var cat = String(tkt.category).toLowerCase();
  var lang = tkt.lang || o.defaultLang || 'en';
  if (o.overrides && Object.prototype.hasOwnProperty.call(o.overrides, cat)) {
    if (QUEUES.indexOf(o.overrides[cat]) === -1) {
      throw new Error('unknown queue: ' + o.overrides[cat]);
    }
    return o.overrides[cat];
  }
  if (cat === 'security' || (tkt.tags && tkt.tags.indexOf('breach') !== -1)) {
    q = 'security';
  } else if (cat === 'billing' || cat === 'refund') {
    if (tkt.tier === 'enterprise') {
      q = 'billing-vip';
    } else if (tkt.amount && tkt.amount >= VIP_AMOUNT) {
      q = 'billing-vip';
    } else {
      q = 'billing';
    }
  } else if (cat === 'technical' || cat === 'outage') {
    if (cat === 'outage') {
      q = 'tech-l2';
    } else if (tkt.severity >= 3) {
      q = 'tech-l2';
    } else {
      if (tkt.tier === 'enterprise' && tkt.severity >= 2) {
        q = 'tech-l2';
      } else {
        q = 'tech-l1';
      }
    }
  } else if (cat === 'general' || cat === 'feedback') {
    if (lang !== 'en') {
      q = 'general-intl';
    } else {
      q = 'general';
    }
  } else {
    if (o.strict) {
      throw new Error('unknown category: ' + tkt.category);
    }
    if (lang !== 'en') {
      q = 'general-intl';
    } else {
      q = 'general';
    }
  }
  if (o.afterHours) {
    if (q !== 'security') {
      if (q === 'tech-l2' && tkt.tier === 'enterprise') {
        q = 'tech-l2';
      } else if (q === 'billing-vip' && tkt.tier === 'enterprise') {
        q = 'billing-vip';
      } else {
        q = 'night-desk';
      }
    }
  }
  return q;
};`)(QUEUES, VIP_AMOUNT);

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
