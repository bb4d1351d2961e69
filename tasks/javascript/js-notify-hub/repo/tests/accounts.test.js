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

test('registering an account sends a welcome e-mail', () => {
  const account = service.registerAccount({ name: ' Ada Lovelace ', email: 'Ada@Example.org' });
  assert.equal(account.name, 'Ada Lovelace');
  assert.equal(account.email, 'ada@example.org');
  assert.equal(account.status, 'active');
  const [message] = sentMessages();
  assert.equal(message.kind, 'welcome');
  assert.equal(message.to, 'ada@example.org');
  assert.equal(message.subject, 'Welcome, Ada Lovelace');
});

test('an e-mail address can only be registered once', () => {
  service.registerAccount({ name: 'Ada', email: 'ada@example.org' });
  assert.throws(() => service.registerAccount({ name: 'Other', email: 'ADA@example.org' }), {
    message: 'email already registered: ada@example.org',
  });
});

test('changing the e-mail address warns the old address', () => {
  const account = service.registerAccount({ name: 'Ada', email: 'ada@example.org' }, { silent: true });
  service.changeEmail(account.id, 'countess@example.org');
  const messages = sentMessages();
  assert.deepEqual(
    messages.map((m) => [m.kind, m.to]),
    [
      ['email-changed', 'ada@example.org'],
      ['email-confirm', 'countess@example.org'],
    ],
  );
});

test('suspended accounts only get mandatory notifications', () => {
  const account = service.registerAccount({ name: 'Ada', email: 'ada@example.org' }, { silent: true });
  service.suspendAccount(account.id, 'unpaid invoices');
  const result = service.notifyAccount(account.id, 'invoice-due', { invoice: 'F-1', amount: 10 });
  assert.equal(result.skipped, 'suspended');
  assert.deepEqual(
    sentMessages().map((m) => [m.kind, m.body]),
    [['account-suspended', 'Reason: unpaid invoices']],
  );
});
