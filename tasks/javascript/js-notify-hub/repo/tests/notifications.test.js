'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const service = require('../accounts/accountService');
const { resetAccounts } = require('../accounts/accountStore');
const { sentMessages, clearOutbox } = require('../notifications/outbox');
const { clearPending } = require('../notifications/digest');

test.beforeEach(() => {
  resetAccounts();
  clearOutbox();
  clearPending();
});

function member(fields, options) {
  return service.registerAccount(Object.assign({ name: 'Grace', email: 'grace@example.org' }, fields), {
    silent: true,
    ...options,
  });
}

test('an invoice reminder goes out by e-mail and by SMS when opted in', () => {
  const account = member({ phone: '+4915112345678' }, { smsOptIn: true });
  const result = service.notifyAccount(account.id, 'invoice-due', { invoice: 'F-7', amount: 12.5 });
  assert.deepEqual(result.sent, ['email', 'sms']);
  const [email, sms] = sentMessages();
  assert.equal(email.subject, 'Invoice F-7 is due');
  assert.equal(email.body, 'Amount: 12.50 EUR');
  assert.equal(sms.to, '+4915112345678');
  assert.equal(sms.body, 'Invoice F-7 is due: Amount: 12.50 EUR');
});

test('German accounts get German texts', () => {
  const account = member({ locale: 'de' });
  service.notifyAccount(account.id, 'invoice-due', { invoice: 'F-8', amount: 3 });
  const [email] = sentMessages();
  assert.equal(email.subject, 'Rechnung F-8 ist fällig');
  assert.equal(email.body, 'Betrag: 3,00 EUR');
});

test('newsletters wait for the daily digest', () => {
  const account = member({});
  const result = service.notifyAccount(account.id, 'newsletter', { title: 'Spring news' });
  assert.equal(result.skipped, 'digest');
  assert.equal(sentMessages().length, 0);
  assert.equal(service.sendDailyDigests('2024-05-02T06:00:00Z'), 1);
  const [digest] = sentMessages();
  assert.equal(digest.subject, 'Your daily digest (1)');
  assert.equal(digest.body, 'Digest for 2024-05-02\n- Spring news');
});

test('muted kinds are not sent', () => {
  const account = member({});
  service.updatePreferences(account.id, { muted: ['invoice-due'] });
  const result = service.notifyAccount(account.id, 'invoice-due', { invoice: 'F-9', amount: 1 });
  assert.equal(result.skipped, 'muted');
  assert.equal(sentMessages().length, 0);
});
