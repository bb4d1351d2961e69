'use strict';
// Hidden behaviour tests for the routing component and the helpdesk on top of it, in one file so
// the test runner starts one process. The implementation is loaded from the folder in
// LIFTBENCH_IMPL (the candidate's workspace), never from next to this file. The routing functions
// are looked up under their new names first, so the same tests judge the original and a renamed
// refactoring alike.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

function load(name) {
  return require(path.join(process.env.LIFTBENCH_IMPL, name));
}

const routing = load('routing/queues.js');
const selectQueue = routing.selectQueue || routing.getQ;
const escalationLevel = routing.escalationLevel || routing.escLvl;
const intake = load('helpdesk/intake.js');
const { intakeTicket, normalise } = intake;
const { queueBoard } = load('helpdesk/board.js');

const NOW = Date.parse('2024-05-10T12:00:00Z');
const HOUR = 3600000;

function hoursAgo(hours) {
  return new Date(NOW - hours * HOUR).toISOString();
}

function ticket(fields) {
  return Object.assign({ category: 'technical' }, fields);
}

function queue(fields, opts) {
  return selectQueue(ticket(fields), opts);
}

// ===== routing: surface ===================================================================
test('routing exports the queue list and two functions', () => {
  assert.deepEqual(routing.QUEUES, [
    'security',
    'billing',
    'billing-vip',
    'tech-l1',
    'tech-l2',
    'general',
    'general-intl',
    'night-desk',
  ]);
  assert.equal(typeof selectQueue, 'function');
  assert.equal(typeof escalationLevel, 'function');
});

// ===== routing: selectQueue ===============================================================
test('a ticket needs a category', () => {
  for (const bad of [null, undefined, {}, { category: '' }, { category: null }, { category: 0 }]) {
    assert.throws(() => selectQueue(bad), { name: 'Error', message: 'ticket has no category' });
  }
});

test('security tickets and breach tags go to security', () => {
  assert.equal(queue({ category: 'security' }), 'security');
  assert.equal(queue({ category: 'SECURITY' }), 'security');
  assert.equal(queue({ category: 'Security', tier: 'enterprise' }), 'security');
  assert.equal(queue({ category: 'billing', tags: ['urgent', 'breach'] }), 'security');
  assert.equal(queue({ category: 'general', tags: ['breach'], lang: 'fr' }), 'security');
  assert.equal(queue({ category: 'whatever', tags: ['breach'] }, { strict: true }), 'security');
  assert.equal(queue({ category: 'technical', tags: ['breached'] }), 'tech-l1');
  assert.equal(queue({ category: 'technical', tags: [] }), 'tech-l1');
  assert.equal(queue({ category: 'technical', tags: null }), 'tech-l1');
});

test('billing and refunds: VIP for enterprise customers and large amounts', () => {
  for (const cat of ['billing', 'refund', 'Billing', 'REFUND']) {
    assert.equal(queue({ category: cat }), 'billing');
    assert.equal(queue({ category: cat, tier: 'enterprise' }), 'billing-vip');
    assert.equal(queue({ category: cat, tier: 'enterprise', amount: 10 }), 'billing-vip');
    assert.equal(queue({ category: cat, tier: 'standard', amount: 4999.99 }), 'billing');
    assert.equal(queue({ category: cat, amount: 5000 }), 'billing-vip');
    assert.equal(queue({ category: cat, amount: 5000.01 }), 'billing-vip');
    assert.equal(queue({ category: cat, amount: 0 }), 'billing');
    assert.equal(queue({ category: cat, amount: -6000 }), 'billing');
  }
  assert.equal(queue({ category: 'billing', lang: 'de' }), 'billing');
  assert.equal(queue({ category: 'billing', severity: 4 }), 'billing');
});

test('technical tickets: second line for outages, high severity and enterprise severity 2', () => {
  assert.equal(queue({ category: 'outage' }), 'tech-l2');
  assert.equal(queue({ category: 'Outage', severity: 1 }), 'tech-l2');
  assert.equal(queue({ category: 'technical' }), 'tech-l1');
  assert.equal(queue({ category: 'technical', severity: 1 }), 'tech-l1');
  assert.equal(queue({ category: 'technical', severity: 2 }), 'tech-l1');
  assert.equal(queue({ category: 'technical', severity: 3 }), 'tech-l2');
  assert.equal(queue({ category: 'technical', severity: 4 }), 'tech-l2');
  assert.equal(queue({ category: 'technical', severity: 2.5 }), 'tech-l1');
  assert.equal(queue({ category: 'technical', tier: 'enterprise' }), 'tech-l1');
  assert.equal(queue({ category: 'technical', tier: 'enterprise', severity: 1 }), 'tech-l1');
  assert.equal(queue({ category: 'technical', tier: 'enterprise', severity: 2 }), 'tech-l2');
  assert.equal(queue({ category: 'technical', tier: 'enterprise', severity: 3 }), 'tech-l2');
  assert.equal(queue({ category: 'TECHNICAL', tier: 'premium', severity: 2 }), 'tech-l1');
  assert.equal(queue({ category: 'technical', lang: 'de', amount: 9000 }), 'tech-l1');
});

test('general questions and feedback: the international desk for other languages', () => {
  for (const cat of ['general', 'feedback', 'General', 'FEEDBACK']) {
    assert.equal(queue({ category: cat }), 'general');
    assert.equal(queue({ category: cat, lang: 'en' }), 'general');
    assert.equal(queue({ category: cat, lang: 'de' }), 'general-intl');
    assert.equal(queue({ category: cat, lang: 'EN' }), 'general-intl');
    assert.equal(queue({ category: cat }, { defaultLang: 'fr' }), 'general-intl');
    assert.equal(queue({ category: cat }, { defaultLang: 'en' }), 'general');
    assert.equal(queue({ category: cat, lang: 'en' }, { defaultLang: 'fr' }), 'general');
    assert.equal(queue({ category: cat, lang: '' }, { defaultLang: 'fr' }), 'general-intl');
    assert.equal(queue({ category: cat, lang: 'es' }, { defaultLang: 'en' }), 'general-intl');
    assert.equal(queue({ category: cat, tier: 'enterprise', amount: 9000, severity: 4 }), 'general');
  }
});

test('unknown categories fall back to the general queues unless strict', () => {
  assert.equal(queue({ category: 'hardware' }), 'general');
  assert.equal(queue({ category: 'hardware', lang: 'it' }), 'general-intl');
  assert.equal(queue({ category: 'hardware' }, { defaultLang: 'it' }), 'general-intl');
  assert.equal(queue({ category: 'hardware' }, { strict: false }), 'general');
  assert.equal(queue({ category: 42 }), 'general');
  assert.equal(queue({ category: 'constructor' }), 'general');
  assert.equal(queue({ category: 'hasOwnProperty' }), 'general');
  assert.throws(() => queue({ category: 'Hardware' }, { strict: true }), {
    name: 'Error',
    message: 'unknown category: Hardware',
  });
  assert.throws(() => queue({ category: 42, lang: 'de' }, { strict: 1 }), { message: 'unknown category: 42' });
  assert.throws(() => queue({ category: 'toString' }, { strict: true }), { message: 'unknown category: toString' });
  for (const cat of ['security', 'billing', 'refund', 'technical', 'outage', 'general', 'feedback']) {
    assert.doesNotThrow(() => queue({ category: cat }, { strict: true }));
  }
  assert.equal(queue({ category: 'feedback', lang: 'nl' }, { strict: true }), 'general-intl');
});

test('after hours only security and enterprise second-line and VIP billing keep their queue', () => {
  const night = { afterHours: true };
  assert.equal(queue({ category: 'security' }, night), 'security');
  assert.equal(queue({ category: 'billing', tags: ['breach'] }, night), 'security');
  assert.equal(queue({ category: 'outage', tier: 'enterprise' }, night), 'tech-l2');
  assert.equal(queue({ category: 'outage' }, night), 'night-desk');
  assert.equal(queue({ category: 'technical', severity: 3, tier: 'standard' }, night), 'night-desk');
  assert.equal(queue({ category: 'technical', tier: 'enterprise' }, night), 'night-desk');
  assert.equal(queue({ category: 'technical', tier: 'enterprise', severity: 2 }, night), 'tech-l2');
  assert.equal(queue({ category: 'billing', tier: 'enterprise' }, night), 'billing-vip');
  assert.equal(queue({ category: 'refund', amount: 8000 }, night), 'night-desk');
  assert.equal(queue({ category: 'billing' }, night), 'night-desk');
  assert.equal(queue({ category: 'billing', tier: 'enterprise' }, { afterHours: 1 }), 'billing-vip');
  assert.equal(queue({ category: 'general', tier: 'enterprise' }, night), 'night-desk');
  assert.equal(queue({ category: 'general', lang: 'de' }, night), 'night-desk');
  assert.equal(queue({ category: 'hardware', tier: 'enterprise' }, night), 'night-desk');
  assert.equal(queue({ category: 'technical' }, { afterHours: false }), 'tech-l1');
  assert.equal(queue({ category: 'technical' }, { afterHours: 0 }), 'tech-l1');
  assert.throws(() => queue({ category: 'hardware' }, { afterHours: true, strict: true }), {
    message: 'unknown category: hardware',
  });
});

test('overrides route a category to a named queue before every other rule', () => {
  assert.equal(queue({ category: 'billing' }, { overrides: { billing: 'tech-l1' } }), 'tech-l1');
  assert.equal(queue({ category: 'Billing' }, { overrides: { billing: 'general' } }), 'general');
  assert.equal(queue({ category: 'security' }, { overrides: { security: 'night-desk' } }), 'night-desk');
  assert.equal(queue({ category: 'billing', tags: ['breach'] }, { overrides: { billing: 'billing' } }), 'billing');
  assert.equal(queue({ category: 'technical' }, { overrides: { billing: 'general' } }), 'tech-l1');
  assert.equal(queue({ category: 'technical' }, { overrides: {} }), 'tech-l1');
  assert.equal(queue({ category: 'technical' }, { overrides: null }), 'tech-l1');
  assert.equal(
    queue({ category: 'technical' }, { overrides: { technical: 'tech-l2' }, afterHours: true }),
    'tech-l2',
  );
  assert.equal(queue({ category: 'hardware' }, { overrides: { hardware: 'tech-l1' }, strict: true }), 'tech-l1');
  assert.equal(queue({ category: 'general', lang: 'de' }, { overrides: { general: 'general' } }), 'general');
  assert.equal(queue({ category: 'toString' }, { overrides: {}, strict: false }), 'general');
  assert.throws(() => queue({ category: 'billing' }, { overrides: { billing: 'finance' } }), {
    name: 'Error',
    message: 'unknown queue: finance',
  });
  assert.throws(() => queue({ category: 'billing' }, { overrides: { billing: undefined } }), {
    message: 'unknown queue: undefined',
  });
  assert.throws(() => queue({ category: 'billing' }, { overrides: { billing: 'BILLING' } }), {
    message: 'unknown queue: BILLING',
  });
});

test('selectQueue leaves the ticket and the options untouched', () => {
  const tkt = ticket({ category: 'Refund', tags: ['x'], amount: 6000 });
  const opts = { afterHours: true, overrides: { general: 'general' } };
  const before = JSON.stringify([tkt, opts]);
  assert.equal(selectQueue(tkt, opts), 'night-desk');
  assert.equal(JSON.stringify([tkt, opts]), before);
});

// ===== routing: escalationLevel ===========================================================
function level(fields) {
  return escalationLevel(Object.assign({ severity: 1, tier: 'standard' }, fields), NOW);
}

test('closed and resolved tickets are never escalated', () => {
  assert.equal(level({ status: 'closed', openedAt: hoursAgo(1000) }), 0);
  assert.equal(level({ status: 'resolved', openedAt: hoursAgo(1000), reopened: 5 }), 0);
  assert.equal(level({ status: 'closed', openedAt: 'not a date' }), 0);
  assert.equal(level({ status: 'open', openedAt: hoursAgo(1000) }), 3);
  assert.equal(level({ status: 'Closed', openedAt: hoursAgo(1000) }), 3);
});

test('an unreadable opening date is an error', () => {
  assert.throws(() => level({ openedAt: 'yesterday' }), { name: 'Error', message: 'invalid openedAt: yesterday' });
  assert.throws(() => level({}), { message: 'invalid openedAt: undefined' });
  assert.throws(() => escalationLevel({ openedAt: hoursAgo(1) }, undefined), {
    message: 'invalid openedAt: ' + hoursAgo(1),
  });
});

test('standard severity-1 tickets: 72 hour SLA', () => {
  // level 1 after three quarters of the SLA, 2 after the SLA, 3 after twice the SLA
  const cases = [
    [0, 0],
    [53.9, 0],
    [54, 0],
    [54.1, 1],
    [71.9, 1],
    [72, 1],
    [72.1, 2],
    [143.9, 2],
    [144, 2],
    [144.1, 3],
    [1000, 3],
    [-5, 0],
  ];
  for (const [hours, want] of cases) {
    assert.equal(level({ openedAt: hoursAgo(hours) }), want, `${hours} hours`);
  }
  assert.equal(level({ severity: 0, openedAt: hoursAgo(60) }), 1);
  assert.equal(level({ severity: undefined, openedAt: hoursAgo(73) }), 2);
});

test('severity 2: 24 hour SLA; severity 3 and above: 4 hours', () => {
  const cases = [
    [2, 17.9, 0],
    [2, 18, 0],
    [2, 18.1, 1],
    [2, 24, 1],
    [2, 24.1, 2],
    [2, 48, 2],
    [2, 48.1, 3],
    [3, 2.9, 0],
    [3, 3, 0],
    [3, 3.1, 1],
    [3, 4, 1],
    [3, 4.1, 2],
    [3, 8, 2],
    [3, 8.1, 3],
    [4, 8.1, 3],
    [4, 3.5, 1],
    [2.5, 30, 0],
    [2.5, 54.1, 1],
    [2.5, 150, 3],
  ];
  for (const [severity, hours, want] of cases) {
    assert.equal(level({ severity, openedAt: hoursAgo(hours) }), want, `severity ${severity}, ${hours} hours`);
  }
});

test('enterprise tickets have half the SLA', () => {
  const cases = [
    [1, 27, 0],
    [1, 27.1, 1],
    [1, 36, 1],
    [1, 36.1, 2],
    [1, 72, 2],
    [1, 72.1, 3],
    [2, 9, 0],
    [2, 9.1, 1],
    [2, 12.1, 2],
    [2, 24.1, 3],
    [3, 1.5, 0],
    [3, 1.6, 1],
    [3, 2.1, 2],
    [3, 4, 2],
    [3, 4.1, 3],
  ];
  for (const [severity, hours, want] of cases) {
    assert.equal(
      level({ severity, tier: 'enterprise', openedAt: hoursAgo(hours) }),
      want,
      `severity ${severity}, ${hours} hours`,
    );
  }
  assert.equal(level({ severity: 1, tier: 'Enterprise', openedAt: hoursAgo(40) }), 0);
});

test('tickets reopened twice or more go up one level, never past 3', () => {
  assert.equal(level({ openedAt: hoursAgo(1), reopened: 1 }), 0);
  assert.equal(level({ openedAt: hoursAgo(1), reopened: 2 }), 1);
  assert.equal(level({ openedAt: hoursAgo(1), reopened: 7 }), 1);
  assert.equal(level({ openedAt: hoursAgo(60), reopened: 2 }), 2);
  assert.equal(level({ openedAt: hoursAgo(100), reopened: 2 }), 3);
  assert.equal(level({ openedAt: hoursAgo(100), reopened: 1 }), 2);
  assert.equal(level({ openedAt: hoursAgo(200), reopened: 3 }), 3);
  assert.equal(level({ openedAt: hoursAgo(200), reopened: 1 }), 3);
  assert.equal(level({ openedAt: hoursAgo(1), reopened: undefined }), 0);
});

// ===== helpdesk: intake ===================================================================
test('normalise fills the defaults of a raw ticket', () => {
  assert.deepEqual(normalise({ id: 7, category: 'billing' }), {
    id: 7,
    category: 'billing',
    lang: undefined,
    tier: 'standard',
    severity: 1,
    tags: [],
    amount: undefined,
    openedAt: undefined,
    reopened: 0,
    status: 'open',
  });
  const full = {
    id: 'X',
    category: 'outage',
    lang: 'de',
    tier: 'enterprise',
    severity: 3,
    tags: ['a'],
    amount: 12,
    openedAt: 'o',
    reopened: 2,
    status: 'pending',
    extra: true,
  };
  const out = normalise(full);
  assert.equal(out.extra, undefined);
  assert.deepEqual(out, Object.fromEntries(Object.entries(full).filter(([k]) => k !== 'extra')));
  assert.equal(normalise({ id: 1, severity: 0 }).severity, 1);
});

test('intake routes and escalates a ticket', () => {
  assert.deepEqual(intakeTicket({ id: 'Q', category: 'billing', openedAt: hoursAgo(60) }, { now: NOW }), {
    id: 'Q',
    queue: 'billing',
    escalation: 1,
    assignee: null,
  });
  assert.deepEqual(
    intakeTicket({ id: 'R', category: 'outage', tier: 'enterprise', severity: 3, openedAt: hoursAgo(3) }, { now: NOW }),
    { id: 'R', queue: 'tech-l2', escalation: 2, assignee: null },
  );
  assert.deepEqual(
    intakeTicket({ id: 'S', category: 'refund', openedAt: hoursAgo(200), reopened: 2 }, { now: NOW }),
    { id: 'S', queue: 'billing', escalation: 3, assignee: 'duty-manager' },
  );
  assert.equal(intakeTicket({ id: 'T', category: 'x', openedAt: hoursAgo(1), status: 'closed' }, { now: NOW }).escalation, 0);
});

test('intake passes its routing options on', () => {
  const base = { id: 'U', category: 'general', openedAt: hoursAgo(1) };
  assert.equal(intakeTicket(base, { now: NOW, afterHours: true }).queue, 'night-desk');
  assert.equal(intakeTicket(base, { now: NOW, defaultLang: 'de' }).queue, 'general-intl');
  assert.equal(intakeTicket(base, { now: NOW, overrides: { general: 'tech-l1' } }).queue, 'tech-l1');
  assert.throws(() => intakeTicket(Object.assign({}, base, { category: 'misc' }), { now: NOW, strict: true }), {
    message: 'unknown category: misc',
  });
  assert.equal(intakeTicket(Object.assign({}, base, { category: 'misc' }), { now: NOW }).queue, 'general');
  assert.equal(intakeTicket(Object.assign({}, base, { severity: 2 }), { now: NOW }).queue, 'general');
  assert.equal(intakeTicket(Object.assign({}, base, { category: 'technical', tier: 'enterprise', severity: 2 }), { now: NOW }).queue, 'tech-l2');
  assert.equal(intakeTicket(Object.assign({}, base, { tags: ['breach'] }), { now: NOW, afterHours: true }).queue, 'security');
});

test('intake errors', () => {
  assert.throws(() => intakeTicket(null, { now: NOW }), { name: 'Error', message: 'ticket id missing' });
  assert.throws(() => intakeTicket({ id: '', category: 'billing' }, { now: NOW }), { message: 'ticket id missing' });
  assert.throws(() => intakeTicket({ id: 'V', openedAt: hoursAgo(1) }, { now: NOW }), {
    message: 'ticket has no category',
  });
  assert.throws(() => intakeTicket({ id: 'W', category: 'billing', openedAt: hoursAgo(1) }), {
    message: 'invalid openedAt: ' + hoursAgo(1),
  });
  assert.throws(() => intakeTicket({ id: 'W', category: 'billing', openedAt: hoursAgo(1) }, {}), {
    message: /^invalid openedAt/,
  });
});

// ===== helpdesk: board ====================================================================
test('the board starts every queue at zero', () => {
  const board = queueBoard([], NOW);
  assert.deepEqual(board, {
    counts: {
      security: 0,
      billing: 0,
      'billing-vip': 0,
      'tech-l1': 0,
      'tech-l2': 0,
      general: 0,
      'general-intl': 0,
      'night-desk': 0,
    },
    escalated: [],
  });
  assert.deepEqual(Object.keys(board.counts), routing.QUEUES);
});

test('the board counts open tickets and orders the escalated ones', () => {
  const tickets = [
    { id: 'b', category: 'billing', openedAt: hoursAgo(100) },
    { id: 'a', category: 'refund', amount: 7000, openedAt: hoursAgo(80) },
    { id: 'c', category: 'outage', severity: 3, openedAt: hoursAgo(9) },
    { id: 'd', category: 'technical', openedAt: hoursAgo(1) },
    { id: 'e', category: 'general', lang: 'de', openedAt: hoursAgo(60) },
    { id: 'f', category: 'security', openedAt: hoursAgo(1), status: 'resolved' },
    { id: 'g', category: 'security', openedAt: 'garbage', status: 'closed' },
    { id: 10, category: 'technical', severity: 3, openedAt: hoursAgo(5) },
    { id: 9, category: 'technical', severity: 3, openedAt: hoursAgo(5) },
    { id: 'h', category: 'misc', openedAt: hoursAgo(2), status: 'pending' },
  ];
  const board = queueBoard(tickets, NOW, { strict: true });
  assert.deepEqual(board.counts, {
    security: 0,
    billing: 1,
    'billing-vip': 1,
    'tech-l1': 1,
    'tech-l2': 3,
    general: 1,
    'general-intl': 1,
    'night-desk': 0,
  });
  assert.deepEqual(board.escalated, [
    { id: 'c', queue: 'tech-l2', level: 3 },
    { id: 10, queue: 'tech-l2', level: 2 },
    { id: 9, queue: 'tech-l2', level: 2 },
    { id: 'a', queue: 'billing-vip', level: 2 },
    { id: 'b', queue: 'billing', level: 2 },
    { id: 'e', queue: 'general-intl', level: 1 },
  ]);
});

test('the board passes after-hours and language options on', () => {
  const tickets = [
    { id: 'a', category: 'general', openedAt: hoursAgo(1) },
    { id: 'b', category: 'security', openedAt: hoursAgo(1) },
    { id: 'c', category: 'billing', tier: 'enterprise', openedAt: hoursAgo(1) },
  ];
  assert.deepEqual(queueBoard(tickets, NOW, { afterHours: true }).counts['night-desk'], 1);
  assert.deepEqual(queueBoard(tickets, NOW, { afterHours: true }).counts['billing-vip'], 1);
  assert.deepEqual(queueBoard(tickets, NOW, { defaultLang: 'fr' }).counts['general-intl'], 1);
  assert.deepEqual(queueBoard(tickets, NOW, { overrides: { general: 'tech-l1' } }).counts.general, 1);
  assert.throws(() => queueBoard([{ id: 'x', category: 'billing', openedAt: 'bad' }], NOW), {
    message: 'invalid openedAt: bad',
  });
});
