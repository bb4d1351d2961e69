'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { intakeTicket } = require('../helpdesk/intake');
const { queueBoard } = require('../helpdesk/board');

const NOW = Date.parse('2024-05-10T12:00:00Z');

function raw(fields) {
  return Object.assign({ id: 'T-1', category: 'technical', openedAt: '2024-05-10T09:00:00Z' }, fields);
}

test('a technical ticket goes to first-line support', () => {
  assert.deepEqual(intakeTicket(raw({}), { now: NOW }), {
    id: 'T-1',
    queue: 'tech-l1',
    escalation: 0,
    assignee: null,
  });
});

test('large refunds go to the VIP billing queue', () => {
  assert.equal(intakeTicket(raw({ category: 'refund', amount: 7200 }), { now: NOW }).queue, 'billing-vip');
});

test('general questions in another language go to the international desk', () => {
  assert.equal(intakeTicket(raw({ category: 'general', lang: 'de' }), { now: NOW }).queue, 'general-intl');
});

test('a critical ticket open for a day is escalated to the duty manager', () => {
  const routed = intakeTicket(raw({ severity: 3, openedAt: '2024-05-09T12:00:00Z' }), { now: NOW });
  assert.equal(routed.queue, 'tech-l2');
  assert.equal(routed.escalation, 3);
  assert.equal(routed.assignee, 'duty-manager');
});

test('the board counts open tickets per queue and lists the escalated ones', () => {
  const board = queueBoard(
    [
      raw({ id: 'A' }),
      raw({ id: 'B', category: 'security' }),
      raw({ id: 'C', category: 'billing', openedAt: '2024-05-01T12:00:00Z' }),
      raw({ id: 'D', status: 'closed' }),
    ],
    NOW,
  );
  assert.equal(board.counts['tech-l1'], 1);
  assert.equal(board.counts.security, 1);
  assert.equal(board.counts.billing, 1);
  assert.deepEqual(board.escalated, [{ id: 'C', queue: 'billing', level: 3 }]);
});

