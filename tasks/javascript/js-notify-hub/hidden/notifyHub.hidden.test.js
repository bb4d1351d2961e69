'use strict';
// Hidden behaviour tests for the accounts and notifications packages, through their public
// entry points only (accountService, the store reset, the outbox and the digest reset). The
// implementation is loaded from the folder in LIFTBENCH_IMPL, never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

function load(name) {
  return require(path.join(process.env.LIFTBENCH_IMPL, name));
}

const service = load('accounts/accountService.js');
const { resetAccounts } = load('accounts/accountStore.js');
const { sentMessages, clearOutbox } = load('notifications/outbox.js');
const { clearPending } = load('notifications/digest.js');

test.beforeEach(() => {
  resetAccounts();
  clearOutbox();
  clearPending();
});

const DEFAULT_PREFS = { email: true, sms: false, digest: true, muted: [], quietHours: null, locale: 'en' };
const PHONE = '+4915112345678';

function register(fields, options) {
  return service.registerAccount(Object.assign({ name: 'Ada', email: 'ada@example.org' }, fields), options);
}

function quiet(fields, options) {
  return register(fields, Object.assign({ silent: true }, options));
}

function smsMember(fields) {
  return quiet(Object.assign({ phone: PHONE }, fields), { smsOptIn: true });
}

function brief(messages) {
  return (messages || sentMessages()).map((m) => [m.kind, m.channel, m.to, m.status]);
}

function texts() {
  return sentMessages().map((m) => [m.subject, m.body]);
}

function result(accountId, kind, fields) {
  return Object.assign({ accountId, kind, sent: [], deferred: [], skipped: null }, fields);
}

const INVOICE = { invoice: 'F-1', amount: 10 };

// ===== module surface =====================================================================
test('the public entry points are functions', () => {
  for (const name of [
    'registerAccount',
    'changeEmail',
    'suspendAccount',
    'reactivateAccount',
    'closeAccount',
    'updatePreferences',
    'notifyAccount',
    'sendDailyDigests',
    'getAccount',
  ]) {
    assert.equal(typeof service[name], 'function', name);
  }
  for (const fn of [resetAccounts, sentMessages, clearOutbox, clearPending]) {
    assert.equal(typeof fn, 'function');
  }
});

// ===== registerAccount ====================================================================
test('register: the stored record and the welcome e-mail', () => {
  const account = register({ name: '  Ada Lovelace ', email: '  Ada@Example.ORG ' });
  const expected = {
    id: 'acc-1',
    name: 'Ada Lovelace',
    email: 'ada@example.org',
    phone: null,
    status: 'active',
    referredBy: null,
    suspendedReason: null,
    preferences: DEFAULT_PREFS,
  };
  assert.deepEqual(account, expected);
  assert.deepEqual(service.getAccount('acc-1'), expected);
  assert.deepEqual(sentMessages(), [
    {
      seq: 1,
      accountId: 'acc-1',
      kind: 'welcome',
      channel: 'email',
      to: 'ada@example.org',
      subject: 'Welcome, Ada Lovelace',
      body: 'Your account is ready.',
      status: 'sent',
    },
  ]);
});

test('register: ids count up and restart after a reset', () => {
  assert.equal(register({}).id, 'acc-1');
  assert.equal(register({ email: 'b@example.org' }).id, 'acc-2');
  resetAccounts();
  assert.equal(service.getAccount('acc-2'), null);
  assert.equal(register({ email: 'c@example.org' }).id, 'acc-1');
});

test('register: the returned record is a copy', () => {
  const account = register({});
  account.name = 'Changed';
  account.preferences.muted.push('welcome');
  assert.equal(service.getAccount(account.id).name, 'Ada');
  assert.deepEqual(service.getAccount(account.id).preferences.muted, []);
  const again = service.getAccount(account.id);
  again.status = 'closed';
  assert.equal(service.getAccount(account.id).status, 'active');
});

test('register: German welcome', () => {
  register({ locale: 'de' });
  assert.deepEqual(texts(), [['Willkommen, Ada', 'Ihr Konto ist eingerichtet.']]);
  assert.equal(service.getAccount('acc-1').preferences.locale, 'de');
});

test('register: silent registration sends nothing', () => {
  quiet({});
  assert.deepEqual(sentMessages(), []);
});

for (const [label, data] of [
  ['no data', null],
  ['no name', { email: 'a@example.org' }],
  ['blank name', { name: '   ', email: 'a@example.org' }],
  ['empty name', { name: '', email: 'a@example.org' }],
  ['numeric name', { name: 42, email: 'a@example.org' }],
]) {
  test(`register: name is required (${label})`, () => {
    assert.throws(() => service.registerAccount(data), { message: 'name is required' });
    assert.equal(service.getAccount('acc-1'), null);
  });
}

for (const [email, shown] of [
  [undefined, 'undefined'],
  ['ada', 'ada'],
  ['ada@example', 'ada@example'],
  ['ada lovelace@example.org', 'ada lovelace@example.org'],
  ['@example.org', '@example.org'],
  ['ada@@example.org', 'ada@@example.org'],
  [42, '42'],
]) {
  test(`register: invalid email ${shown}`, () => {
    assert.throws(() => register({ email }), { message: 'invalid email: ' + shown });
  });
}

test('register: an address is registered once, whatever its case', () => {
  register({});
  assert.throws(() => register({ name: 'Eve', email: ' ADA@example.org' }), {
    message: 'email already registered: ada@example.org',
  });
  assert.equal(service.getAccount('acc-2'), null);
});

test('register: phone numbers', () => {
  assert.equal(quiet({ phone: '+12345678' }).phone, '+12345678');
  assert.equal(quiet({ email: 'b@example.org', phone: '+123456789012345' }).phone, '+123456789012345');
  assert.equal(quiet({ email: 'c@example.org', phone: null }).phone, null);
  for (const phone of ['+1234567', '+1234567890123456', '004915112345678', '+49 151 1234567', '', 4915112345678]) {
    assert.throws(() => quiet({ email: 'd@example.org', phone }), { message: 'invalid phone: ' + phone });
  }
});

test('register: SMS is on only with a phone and the opt-in', () => {
  assert.equal(quiet({ phone: PHONE }, { smsOptIn: true }).preferences.sms, true);
  assert.equal(quiet({ email: 'b@example.org', phone: PHONE }).preferences.sms, false);
  assert.equal(quiet({ email: 'c@example.org' }, { smsOptIn: true }).preferences.sms, false);
  assert.equal(quiet({ email: 'e@example.org', phone: PHONE }, { smsOptIn: false }).preferences.sms, false);
});

test('register: locales', () => {
  assert.equal(quiet({ locale: 'en' }).preferences.locale, 'en');
  assert.throws(() => quiet({ email: 'b@example.org', locale: 'fr' }), { message: 'unsupported locale: fr' });
  assert.throws(() => quiet({ email: 'b@example.org', locale: null }), { message: 'unsupported locale: null' });
});

test('register: checks run in order (email, duplicate, phone, locale, referrer)', () => {
  quiet({});
  assert.throws(() => quiet({ email: 'bad', phone: 'bad' }), { message: 'invalid email: bad' });
  assert.throws(() => quiet({ phone: 'bad' }), { message: 'email already registered: ada@example.org' });
  assert.throws(() => quiet({ email: 'b@example.org', phone: 'bad', locale: 'fr' }), { message: 'invalid phone: bad' });
  assert.throws(() => quiet({ email: 'b@example.org', locale: 'fr', referredBy: 'acc-9' }), {
    message: 'unsupported locale: fr',
  });
  assert.throws(() => quiet({ email: 'b@example.org', referredBy: 'acc-9' }), { message: 'unknown account: acc-9' });
  assert.equal(service.getAccount('acc-2'), null);
  assert.equal(quiet({ email: 'b@example.org' }).id, 'acc-2');
});

test('register: a referral goes to the referrer digest by default', () => {
  const referrer = quiet({});
  const friend = register({ name: 'Grace', email: 'grace@example.org', referredBy: referrer.id });
  assert.equal(friend.referredBy, 'acc-1');
  assert.deepEqual(brief(), [['welcome', 'email', 'grace@example.org', 'sent']]);
  assert.equal(service.sendDailyDigests('2024-05-02T10:00:00Z'), 1);
  assert.equal(sentMessages()[1].body, 'Digest for 2024-05-02\n- Grace has joined');
});

test('register: a referral is sent at once when the referrer wants no digest', () => {
  const referrer = quiet({ locale: 'de' });
  service.updatePreferences(referrer.id, { digest: false });
  register({ name: ' Grace ', email: 'grace@example.org', referredBy: referrer.id }, { silent: true });
  assert.deepEqual(sentMessages(), [
    {
      seq: 1,
      accountId: 'acc-1',
      kind: 'referral-joined',
      channel: 'email',
      to: 'ada@example.org',
      subject: 'Grace ist jetzt dabei',
      body: 'Danke für Ihre Empfehlung.',
      status: 'sent',
    },
  ]);
});

test('register: no referral notice to suspended or closed referrers, no referrer for an empty id', () => {
  const suspended = quiet({});
  service.updatePreferences(suspended.id, { digest: false });
  service.suspendAccount(suspended.id);
  const closed = quiet({ email: 'b@example.org' });
  service.updatePreferences(closed.id, { digest: false });
  service.closeAccount(closed.id);
  clearOutbox();
  assert.equal(quiet({ email: 'c@example.org', referredBy: suspended.id }).referredBy, 'acc-1');
  assert.equal(quiet({ email: 'd@example.org', referredBy: closed.id }).referredBy, 'acc-2');
  assert.equal(quiet({ email: 'e@example.org', referredBy: '' }).referredBy, null);
  assert.deepEqual(sentMessages(), []);
  assert.equal(service.sendDailyDigests('2024-05-02'), 0);
});

test('register: welcome before the referral notice', () => {
  const referrer = quiet({});
  service.updatePreferences(referrer.id, { digest: false });
  register({ name: 'Grace', email: 'grace@example.org', referredBy: referrer.id });
  assert.deepEqual(brief(), [
    ['welcome', 'email', 'grace@example.org', 'sent'],
    ['referral-joined', 'email', 'ada@example.org', 'sent'],
  ]);
  assert.deepEqual(
    sentMessages().map((m) => m.seq),
    [1, 2],
  );
});

test('register: the welcome respects a disabled e-mail channel only for later accounts', () => {
  const account = register({ phone: PHONE }, { smsOptIn: true });
  assert.deepEqual(brief(), [['welcome', 'email', 'ada@example.org', 'sent']]);
  service.updatePreferences(account.id, { email: false });
  clearOutbox();
  assert.deepEqual(service.notifyAccount(account.id, 'welcome'), result('acc-1', 'welcome', { skipped: 'no-channel' }));
  assert.deepEqual(sentMessages(), []);
});

// ===== changeEmail ========================================================================
test('changeEmail: notice to the old address, confirmation to the new one', () => {
  const account = quiet({});
  const updated = service.changeEmail(account.id, ' Countess@Example.org ');
  assert.equal(updated.email, 'countess@example.org');
  assert.equal(service.getAccount(account.id).email, 'countess@example.org');
  assert.deepEqual(sentMessages(), [
    {
      seq: 1,
      accountId: 'acc-1',
      kind: 'email-changed',
      channel: 'email',
      to: 'ada@example.org',
      subject: 'Your e-mail address was changed',
      body: 'New address: c***@example.org',
      status: 'sent',
    },
    {
      seq: 2,
      accountId: 'acc-1',
      kind: 'email-confirm',
      channel: 'email',
      to: 'countess@example.org',
      subject: 'New e-mail address',
      body: 'This address now receives our messages.',
      status: 'sent',
    },
  ]);
});

test('changeEmail: German texts and the masking of short local parts', () => {
  const account = quiet({ locale: 'de' });
  service.changeEmail(account.id, 'x@example.org');
  service.changeEmail(account.id, 'xy@example.org');
  assert.deepEqual(texts(), [
    ['Ihre E-Mail-Adresse wurde geändert', 'Neue Adresse: *@example.org'],
    ['Neue E-Mail-Adresse', 'Diese Adresse erhält ab jetzt unsere Nachrichten.'],
    ['Ihre E-Mail-Adresse wurde geändert', 'Neue Adresse: x***@example.org'],
    ['Neue E-Mail-Adresse', 'Diese Adresse erhält ab jetzt unsere Nachrichten.'],
  ]);
  assert.deepEqual(
    sentMessages().map((m) => m.to),
    ['ada@example.org', 'x@example.org', 'x@example.org', 'xy@example.org'],
  );
});

test('changeEmail: the notice also goes by SMS when SMS is on', () => {
  const account = smsMember({});
  service.changeEmail(account.id, 'new@example.org');
  assert.deepEqual(brief(), [
    ['email-changed', 'email', 'ada@example.org', 'sent'],
    ['email-changed', 'sms', PHONE, 'sent'],
    ['email-confirm', 'email', 'new@example.org', 'sent'],
  ]);
  const sms = sentMessages()[1];
  assert.equal(sms.subject, null);
  assert.equal(sms.body, 'Your e-mail address was changed: New address: n***@example.org');
});

test('changeEmail: mandatory notices ignore a disabled e-mail channel, mutes and quiet hours', () => {
  const account = smsMember({});
  service.updatePreferences(account.id, {
    email: false,
    muted: ['email-changed', 'email-confirm'],
    quietHours: { from: 0, to: 23 },
  });
  service.changeEmail(account.id, 'new@example.org');
  assert.deepEqual(brief(), [
    ['email-changed', 'email', 'ada@example.org', 'sent'],
    ['email-changed', 'sms', PHONE, 'sent'],
    ['email-confirm', 'email', 'new@example.org', 'sent'],
  ]);
});

test('changeEmail: same address (any case) changes nothing', () => {
  const account = quiet({});
  assert.deepEqual(service.changeEmail(account.id, 'ADA@example.org '), account);
  assert.deepEqual(sentMessages(), []);
});

test('changeEmail: errors', () => {
  const account = quiet({});
  quiet({ email: 'taken@example.org' });
  assert.throws(() => service.changeEmail('acc-9', 'x@example.org'), { message: 'unknown account: acc-9' });
  assert.throws(() => service.changeEmail(account.id, 'not-an-address'), { message: 'invalid email: not-an-address' });
  assert.throws(() => service.changeEmail(account.id, 'Taken@example.org'), {
    message: 'email already registered: taken@example.org',
  });
  service.closeAccount(account.id);
  assert.throws(() => service.changeEmail(account.id, 'not-an-address'), { message: 'account is closed: acc-1' });
  assert.deepEqual(sentMessages(), []);
  assert.equal(service.getAccount(account.id).email, 'ada@example.org');
});

test('changeEmail: suspended accounts still get the notices', () => {
  const account = quiet({});
  service.suspendAccount(account.id, 'fraud check');
  clearOutbox();
  const updated = service.changeEmail(account.id, 'new@example.org');
  assert.equal(updated.status, 'suspended');
  assert.deepEqual(
    sentMessages().map((m) => m.kind),
    ['email-changed', 'email-confirm'],
  );
});

// ===== suspendAccount / reactivateAccount / closeAccount ==================================
test('suspend: with a reason', () => {
  const account = smsMember({});
  const updated = service.suspendAccount(account.id, 'unpaid invoices');
  assert.equal(updated.status, 'suspended');
  assert.equal(updated.suspendedReason, 'unpaid invoices');
  assert.deepEqual(service.getAccount(account.id), updated);
  assert.deepEqual(sentMessages(), [
    {
      seq: 1,
      accountId: 'acc-1',
      kind: 'account-suspended',
      channel: 'email',
      to: 'ada@example.org',
      subject: 'Account suspended',
      body: 'Reason: unpaid invoices',
      status: 'sent',
    },
    {
      seq: 2,
      accountId: 'acc-1',
      kind: 'account-suspended',
      channel: 'sms',
      to: PHONE,
      subject: null,
      body: 'Account suspended: Reason: unpaid invoices',
      status: 'sent',
    },
  ]);
});

test('suspend: without a reason, in both languages', () => {
  const en = quiet({});
  const de = quiet({ email: 'de@example.org', locale: 'de' });
  assert.equal(service.suspendAccount(en.id).suspendedReason, null);
  assert.equal(service.suspendAccount(de.id, '').suspendedReason, null);
  const withReason = quiet({ email: 'r@example.org', locale: 'de' });
  service.suspendAccount(withReason.id, 'Betrug');
  assert.deepEqual(texts(), [
    ['Account suspended', 'Please contact support.'],
    ['Konto gesperrt', 'Bitte wenden Sie sich an den Support.'],
    ['Konto gesperrt', 'Grund: Betrug'],
  ]);
});

test('suspend: twice keeps the first reason and sends nothing more', () => {
  const account = quiet({});
  service.suspendAccount(account.id, 'first');
  const again = service.suspendAccount(account.id, 'second');
  assert.equal(again.suspendedReason, 'first');
  assert.equal(sentMessages().length, 1);
});

test('suspend: errors', () => {
  assert.throws(() => service.suspendAccount('acc-1', 'x'), { message: 'unknown account: acc-1' });
  const account = quiet({});
  service.closeAccount(account.id);
  assert.throws(() => service.suspendAccount(account.id, 'x'), { message: 'account is closed: acc-1' });
  assert.deepEqual(sentMessages(), []);
});

test('reactivate: back to active with a notice', () => {
  const account = quiet({});
  service.suspendAccount(account.id, 'check');
  clearOutbox();
  const updated = service.reactivateAccount(account.id);
  assert.equal(updated.status, 'active');
  assert.equal(updated.suspendedReason, null);
  assert.deepEqual(service.getAccount(account.id), updated);
  assert.deepEqual(texts(), [['Account reactivated', 'Welcome back, Ada']]);
  const de = quiet({ email: 'de@example.org', name: 'Grete', locale: 'de' });
  service.suspendAccount(de.id);
  clearOutbox();
  service.reactivateAccount(de.id);
  assert.deepEqual(texts(), [['Konto wieder aktiv', 'Willkommen zurück, Grete']]);
});

test('reactivate: only suspended accounts', () => {
  assert.throws(() => service.reactivateAccount('acc-1'), { message: 'unknown account: acc-1' });
  const account = quiet({});
  assert.throws(() => service.reactivateAccount(account.id), { message: 'account is not suspended: acc-1' });
  service.closeAccount(account.id);
  assert.throws(() => service.reactivateAccount(account.id), { message: 'account is not suspended: acc-1' });
  assert.deepEqual(sentMessages(), []);
});

test('reactivate: SMS is not used for the reactivation notice', () => {
  const account = smsMember({});
  service.suspendAccount(account.id);
  clearOutbox();
  service.reactivateAccount(account.id);
  assert.deepEqual(brief(), [['account-reactivated', 'email', 'ada@example.org', 'sent']]);
});

test('close: silent, final, idempotent', () => {
  assert.throws(() => service.closeAccount('acc-1'), { message: 'unknown account: acc-1' });
  const account = quiet({});
  const closed = service.closeAccount(account.id);
  assert.equal(closed.status, 'closed');
  assert.deepEqual(service.closeAccount(account.id), closed);
  const suspended = quiet({ email: 'b@example.org' });
  service.suspendAccount(suspended.id, 'x');
  clearOutbox();
  assert.equal(service.closeAccount(suspended.id).status, 'closed');
  assert.equal(service.getAccount(suspended.id).suspendedReason, 'x');
  assert.deepEqual(sentMessages(), []);
  assert.deepEqual(service.notifyAccount(account.id, 'password-reset', { code: '1' }), result('acc-1', 'password-reset', { skipped: 'closed' }));
  assert.deepEqual(sentMessages(), []);
});

// ===== updatePreferences ==================================================================
test('preferences: partial updates merge and return the record', () => {
  const account = quiet({});
  const updated = service.updatePreferences(account.id, { sms: true, quietHours: { from: 22, to: 6, extra: 1 } });
  assert.deepEqual(updated.preferences, Object.assign({}, DEFAULT_PREFS, { sms: true, quietHours: { from: 22, to: 6 } }));
  service.updatePreferences(account.id, { locale: 'de', muted: ['newsletter', 'welcome', 'newsletter'], digest: false });
  assert.deepEqual(service.getAccount(account.id).preferences, {
    email: true,
    sms: true,
    digest: false,
    muted: ['newsletter', 'welcome'],
    quietHours: { from: 22, to: 6 },
    locale: 'de',
  });
  service.updatePreferences(account.id, { quietHours: null, muted: [], email: false });
  assert.deepEqual(service.getAccount(account.id).preferences, {
    email: false,
    sms: true,
    digest: false,
    muted: [],
    quietHours: null,
    locale: 'de',
  });
  assert.deepEqual(service.updatePreferences(account.id, {}).preferences, service.getAccount(account.id).preferences);
  assert.deepEqual(sentMessages(), []);
});

test('preferences: hours at the edges are accepted', () => {
  const account = quiet({});
  assert.deepEqual(service.updatePreferences(account.id, { quietHours: { from: 0, to: 23 } }).preferences.quietHours, {
    from: 0,
    to: 23,
  });
  assert.deepEqual(service.updatePreferences(account.id, { quietHours: { from: 23, to: 0 } }).preferences.quietHours, {
    from: 23,
    to: 0,
  });
});

for (const [label, changes, message] of [
  ['null', null, 'preferences must be an object'],
  ['a string', 'sms', 'preferences must be an object'],
  ['an array', [], 'preferences must be an object'],
  ['non-boolean email', { email: 'yes' }, 'preference email must be true or false'],
  ['non-boolean sms', { sms: 1 }, 'preference sms must be true or false'],
  ['non-boolean digest', { digest: null }, 'preference digest must be true or false'],
  ['muted not a list', { muted: 'newsletter' }, 'muted must be a list of notification kinds'],
  ['muted unknown kind', { muted: ['newsletter', 'digest'] }, 'unknown notification kind: digest'],
  ['quiet hours equal', { quietHours: { from: 5, to: 5 } }, 'quietHours needs two different hours between 0 and 23'],
  ['quiet hours below 0', { quietHours: { from: -1, to: 5 } }, 'quietHours needs two different hours between 0 and 23'],
  ['quiet hours above 23', { quietHours: { from: 1, to: 24 } }, 'quietHours needs two different hours between 0 and 23'],
  ['quiet hours fraction', { quietHours: { from: 1.5, to: 6 } }, 'quietHours needs two different hours between 0 and 23'],
  ['quiet hours string', { quietHours: { from: '1', to: 6 } }, 'quietHours needs two different hours between 0 and 23'],
  ['quiet hours missing to', { quietHours: { from: 1 } }, 'quietHours needs two different hours between 0 and 23'],
  ['quiet hours false', { quietHours: false }, 'quietHours needs two different hours between 0 and 23'],
  ['quiet hours zero', { quietHours: 0 }, 'quietHours needs two different hours between 0 and 23'],
  ['locale', { locale: 'fr' }, 'unsupported locale: fr'],
  ['unknown key', { push: true }, 'unknown preference: push'],
]) {
  test(`preferences: rejects ${label}`, () => {
    const account = quiet({});
    assert.throws(() => service.updatePreferences(account.id, changes), { message });
    assert.deepEqual(service.getAccount(account.id).preferences, DEFAULT_PREFS);
  });
}

test('preferences: a bad key after a good one changes nothing', () => {
  const account = quiet({});
  assert.throws(() => service.updatePreferences(account.id, { email: false, sms: true, bogus: 1 }), {
    message: 'unknown preference: bogus',
  });
  assert.deepEqual(service.getAccount(account.id).preferences, DEFAULT_PREFS);
});

test('preferences: unknown and closed accounts', () => {
  assert.throws(() => service.updatePreferences('acc-1', { sms: true }), { message: 'unknown account: acc-1' });
  const account = quiet({});
  service.closeAccount(account.id);
  assert.throws(() => service.updatePreferences(account.id, { bogus: true }), { message: 'account is closed: acc-1' });
});

test('preferences: suspended accounts may change them', () => {
  const account = quiet({});
  service.suspendAccount(account.id);
  assert.equal(service.updatePreferences(account.id, { sms: true }).preferences.sms, true);
});

// ===== notifyAccount: requests ============================================================
test('notify: unknown kinds, channels and accounts, checked in that order', () => {
  quiet({});
  assert.throws(() => service.notifyAccount('acc-9', 'digest', {}), { message: 'unknown notification kind: digest' });
  assert.throws(() => service.notifyAccount('acc-9', undefined, {}), { message: 'unknown notification kind: undefined' });
  assert.throws(() => service.notifyAccount('acc-9', 'welcome', {}, { channels: 'email' }), {
    message: 'channels must be a list',
  });
  assert.throws(() => service.notifyAccount('acc-9', 'welcome', {}, { channels: null }), {
    message: 'channels must be a list',
  });
  assert.throws(() => service.notifyAccount('acc-9', 'welcome', {}, { channels: ['email', 'fax', 'pigeon'] }), {
    message: 'unknown channel: fax',
  });
  assert.throws(() => service.notifyAccount('acc-1', 'welcome', {}, { channels: [undefined] }), {
    message: 'unknown channel: undefined',
  });
  assert.throws(() => service.notifyAccount('acc-9', 'welcome', {}), { message: 'unknown account: acc-9' });
  assert.throws(() => service.notifyAccount('constructor', 'welcome', {}), { message: 'unknown account: constructor' });
  assert.deepEqual(sentMessages(), []);
});

test('notify: the result of a plain e-mail', () => {
  const account = quiet({});
  assert.deepEqual(service.notifyAccount(account.id, 'welcome', {}), result('acc-1', 'welcome', { sent: ['email'] }));
  assert.deepEqual(service.notifyAccount(account.id, 'welcome', null, {}), result('acc-1', 'welcome', { sent: ['email'] }));
  assert.equal(sentMessages().length, 2);
});

test('notify: closed accounts get nothing, not even a template error', () => {
  const account = quiet({});
  service.closeAccount(account.id);
  assert.deepEqual(service.notifyAccount(account.id, 'invoice-due', {}), result('acc-1', 'invoice-due', { skipped: 'closed' }));
  assert.deepEqual(sentMessages(), []);
});

test('notify: suspended accounts get only mandatory kinds', () => {
  const account = smsMember({});
  service.suspendAccount(account.id);
  clearOutbox();
  assert.deepEqual(service.notifyAccount(account.id, 'invoice-due', {}), result('acc-1', 'invoice-due', { skipped: 'suspended' }));
  assert.deepEqual(service.notifyAccount(account.id, 'newsletter', {}), result('acc-1', 'newsletter', { skipped: 'suspended' }));
  assert.deepEqual(
    service.notifyAccount(account.id, 'password-reset', { code: '991' }),
    result('acc-1', 'password-reset', { sent: ['email', 'sms'] }),
  );
  assert.deepEqual(
    service.notifyAccount(account.id, 'email-confirm', {}),
    result('acc-1', 'email-confirm', { sent: ['email'] }),
  );
  assert.deepEqual(
    service.notifyAccount(account.id, 'account-reactivated', {}),
    result('acc-1', 'account-reactivated', { sent: ['email'] }),
  );
  assert.equal(sentMessages().length, 4);
});

test('notify: template errors come before mutes but after the status checks', () => {
  const account = quiet({});
  service.updatePreferences(account.id, { muted: ['invoice-due'] });
  for (const data of [{}, { invoice: 'F-1' }, { invoice: 'F-1', amount: '10' }, { invoice: '', amount: 10 }, undefined]) {
    assert.throws(() => service.notifyAccount(account.id, 'invoice-due', data), {
      message: 'invoice-due needs an invoice and an amount',
    });
  }
  assert.throws(() => service.notifyAccount(account.id, 'password-reset', {}), { message: 'password-reset needs a code' });
  assert.throws(() => service.notifyAccount(account.id, 'password-reset', { code: '' }), {
    message: 'password-reset needs a code',
  });
  assert.deepEqual(service.notifyAccount(account.id, 'invoice-due', INVOICE), result('acc-1', 'invoice-due', { skipped: 'muted' }));
  assert.deepEqual(sentMessages(), []);
});

test('notify: mutes apply to optional kinds only', () => {
  const account = quiet({});
  service.updatePreferences(account.id, { muted: ['welcome', 'newsletter', 'password-reset', 'account-suspended'] });
  assert.deepEqual(service.notifyAccount(account.id, 'welcome', {}), result('acc-1', 'welcome', { skipped: 'muted' }));
  assert.deepEqual(
    service.notifyAccount(account.id, 'newsletter', {}, { immediate: true }),
    result('acc-1', 'newsletter', { skipped: 'muted' }),
  );
  assert.deepEqual(
    service.notifyAccount(account.id, 'password-reset', { code: '7' }),
    result('acc-1', 'password-reset', { sent: ['email'] }),
  );
  assert.deepEqual(
    service.notifyAccount(account.id, 'account-suspended', {}),
    result('acc-1', 'account-suspended', { sent: ['email'] }),
  );
  assert.deepEqual(
    sentMessages().map((m) => m.kind),
    ['password-reset', 'account-suspended'],
  );
});

// ===== notifyAccount: channels ============================================================
test('notify: SMS only for the SMS kinds, only when on, only with a phone', () => {
  const both = smsMember({});
  const noPhone = quiet({ email: 'b@example.org' });
  service.updatePreferences(noPhone.id, { sms: true });
  const off = quiet({ email: 'c@example.org', phone: PHONE });
  assert.deepEqual(service.notifyAccount(both.id, 'invoice-due', INVOICE), result('acc-1', 'invoice-due', { sent: ['email', 'sms'] }));
  assert.deepEqual(service.notifyAccount(both.id, 'welcome', {}), result('acc-1', 'welcome', { sent: ['email'] }));
  assert.deepEqual(
    service.notifyAccount(both.id, 'newsletter', {}, { immediate: true }),
    result('acc-1', 'newsletter', { sent: ['email'] }),
  );
  assert.deepEqual(service.notifyAccount(noPhone.id, 'invoice-due', INVOICE), result('acc-2', 'invoice-due', { sent: ['email'] }));
  assert.deepEqual(service.notifyAccount(off.id, 'invoice-due', INVOICE), result('acc-3', 'invoice-due', { sent: ['email'] }));
  assert.deepEqual(brief(), [
    ['invoice-due', 'email', 'ada@example.org', 'sent'],
    ['invoice-due', 'sms', PHONE, 'sent'],
    ['welcome', 'email', 'ada@example.org', 'sent'],
    ['newsletter', 'email', 'ada@example.org', 'sent'],
    ['invoice-due', 'email', 'b@example.org', 'sent'],
    ['invoice-due', 'email', 'c@example.org', 'sent'],
  ]);
});

test('notify: a disabled e-mail channel', () => {
  const account = smsMember({});
  service.updatePreferences(account.id, { email: false });
  assert.deepEqual(service.notifyAccount(account.id, 'invoice-due', INVOICE), result('acc-1', 'invoice-due', { sent: ['sms'] }));
  assert.deepEqual(service.notifyAccount(account.id, 'welcome', {}), result('acc-1', 'welcome', { skipped: 'no-channel' }));
  assert.deepEqual(
    service.notifyAccount(account.id, 'password-reset', { code: '5' }),
    result('acc-1', 'password-reset', { sent: ['email', 'sms'] }),
  );
  service.updatePreferences(account.id, { sms: false });
  assert.deepEqual(service.notifyAccount(account.id, 'invoice-due', INVOICE), result('acc-1', 'invoice-due', { skipped: 'no-channel' }));
  assert.deepEqual(
    service.notifyAccount(account.id, 'password-reset', { code: '6' }),
    result('acc-1', 'password-reset', { sent: ['email'] }),
  );
});

test('notify: the channels option narrows the channels', () => {
  const account = smsMember({});
  assert.deepEqual(
    service.notifyAccount(account.id, 'invoice-due', INVOICE, { channels: ['sms'] }),
    result('acc-1', 'invoice-due', { sent: ['sms'] }),
  );
  assert.deepEqual(
    service.notifyAccount(account.id, 'invoice-due', INVOICE, { channels: ['email'] }),
    result('acc-1', 'invoice-due', { sent: ['email'] }),
  );
  assert.deepEqual(
    service.notifyAccount(account.id, 'invoice-due', INVOICE, { channels: ['sms', 'email'] }),
    result('acc-1', 'invoice-due', { sent: ['email', 'sms'] }),
  );
  assert.deepEqual(
    service.notifyAccount(account.id, 'invoice-due', INVOICE, { channels: [] }),
    result('acc-1', 'invoice-due', { skipped: 'no-channel' }),
  );
  assert.deepEqual(
    service.notifyAccount(account.id, 'welcome', {}, { channels: ['sms'] }),
    result('acc-1', 'welcome', { skipped: 'no-channel' }),
  );
  assert.deepEqual(
    service.notifyAccount(account.id, 'password-reset', { code: '1' }, { channels: ['sms'] }),
    result('acc-1', 'password-reset', { sent: ['sms'] }),
  );
});

test('notify: an address-change notice sent directly goes to the given old address', () => {
  const account = smsMember({});
  assert.deepEqual(
    service.notifyAccount(account.id, 'email-changed', { previousEmail: 'old@example.org' }),
    result('acc-1', 'email-changed', { sent: ['email', 'sms'] }),
  );
  assert.deepEqual(service.notifyAccount(account.id, 'email-changed', {}), result('acc-1', 'email-changed', { sent: ['sms'] }));
  service.updatePreferences(account.id, { sms: false });
  assert.deepEqual(service.notifyAccount(account.id, 'email-changed', {}), result('acc-1', 'email-changed', { skipped: 'no-channel' }));
  assert.deepEqual(brief(), [
    ['email-changed', 'email', 'old@example.org', 'sent'],
    ['email-changed', 'sms', PHONE, 'sent'],
    ['email-changed', 'sms', PHONE, 'sent'],
  ]);
});

// ===== notifyAccount: quiet hours =========================================================
function deferredAt(quietHours, hour, kind, data) {
  resetAccounts();
  clearOutbox();
  const account = smsMember({});
  service.updatePreferences(account.id, { quietHours });
  return service.notifyAccount(account.id, kind || 'invoice-due', data || INVOICE, { hour });
}

for (const [hour, isQuiet] of [
  [21, false],
  [22, true],
  [23, true],
  [0, true],
  [5, true],
  [6, false],
  [12, false],
  [undefined, false],
  [null, false],
]) {
  test(`quiet hours 22-6 at hour ${hour}`, () => {
    const res = deferredAt({ from: 22, to: 6 }, hour);
    if (isQuiet) {
      assert.deepEqual(res, result('acc-1', 'invoice-due', { sent: ['email'], deferred: ['sms'] }));
      assert.deepEqual(
        sentMessages().map((m) => m.status),
        ['sent', 'deferred'],
      );
    } else {
      assert.deepEqual(res, result('acc-1', 'invoice-due', { sent: ['email', 'sms'] }));
    }
  });
}

for (const [hour, isQuiet] of [
  [8, false],
  [9, true],
  [16, true],
  [17, false],
  [23, false],
  [0, false],
]) {
  test(`quiet hours 9-17 at hour ${hour}`, () => {
    const res = deferredAt({ from: 9, to: 17 }, hour);
    assert.deepEqual(res.deferred, isQuiet ? ['sms'] : []);
    assert.deepEqual(res.sent, isQuiet ? ['email'] : ['email', 'sms']);
  });
}

test('quiet hours: without quiet hours nothing waits', () => {
  assert.deepEqual(deferredAt(null, 3).deferred, []);
});

test('quiet hours: password resets never wait, other mandatory SMS do', () => {
  assert.deepEqual(deferredAt({ from: 0, to: 12 }, 3, 'password-reset', { code: '42' }).deferred, []);
  assert.deepEqual(deferredAt({ from: 0, to: 12 }, 3, 'account-suspended', {}).deferred, ['sms']);
  assert.deepEqual(deferredAt({ from: 0, to: 12 }, 3, 'email-changed', {}), result('acc-1', 'email-changed', { deferred: ['sms'] }));
});

test('quiet hours: a deferred SMS is still in the outbox, complete', () => {
  deferredAt({ from: 0, to: 12 }, 3);
  assert.deepEqual(sentMessages()[1], {
    seq: 2,
    accountId: 'acc-1',
    kind: 'invoice-due',
    channel: 'sms',
    to: PHONE,
    subject: null,
    body: 'Invoice F-1 is due: Amount: 10.00 EUR',
    status: 'deferred',
  });
});

// ===== texts ==============================================================================
test('texts: invoices', () => {
  const en = quiet({});
  const de = quiet({ email: 'de@example.org', locale: 'de' });
  service.notifyAccount(en.id, 'invoice-due', { invoice: 'F-2', amount: 1234.5, currency: 'USD', dueDate: '2024-06-01' });
  service.notifyAccount(en.id, 'invoice-due', { invoice: 'F-3', amount: 0 });
  service.notifyAccount(de.id, 'invoice-due', { invoice: 'F-4', amount: 99.99, dueDate: '2024-06-30' });
  service.notifyAccount(de.id, 'invoice-due', { invoice: 'F-5', amount: 7, currency: 'CHF' });
  assert.deepEqual(texts(), [
    ['Invoice F-2 is due', 'Amount: 1234.50 USD, due on 2024-06-01'],
    ['Invoice F-3 is due', 'Amount: 0.00 EUR'],
    ['Rechnung F-4 ist fällig', 'Betrag: 99,99 EUR, fällig am 2024-06-30'],
    ['Rechnung F-5 ist fällig', 'Betrag: 7,00 CHF'],
  ]);
});

test('texts: password resets and newsletters', () => {
  const en = quiet({});
  const de = quiet({ email: 'de@example.org', locale: 'de' });
  service.updatePreferences(de.id, { digest: false });
  service.notifyAccount(en.id, 'password-reset', { code: 'A1B2' });
  service.notifyAccount(de.id, 'password-reset', { code: 'C3D4' });
  service.notifyAccount(en.id, 'newsletter', { title: 'Spring', text: 'Flowers.' }, { immediate: true });
  service.notifyAccount(en.id, 'newsletter', undefined, { immediate: true });
  service.notifyAccount(de.id, 'newsletter', {});
  service.notifyAccount(de.id, 'newsletter', { title: 'Frühling', text: 'Blumen.' });
  assert.deepEqual(texts(), [
    ['Password reset', 'Your code: A1B2'],
    ['Passwort zurücksetzen', 'Ihr Code: C3D4'],
    ['Spring', 'Flowers.'],
    ['News', ''],
    ['Neuigkeiten', ''],
    ['Frühling', 'Blumen.'],
  ]);
});

test('texts: referral notices name the friend when the id is known', () => {
  const en = quiet({});
  const de = quiet({ email: 'de@example.org', locale: 'de' });
  const friend = quiet({ email: 'grace@example.org', name: 'Grace Hopper' });
  const opts = { immediate: true };
  service.notifyAccount(en.id, 'referral-joined', { friendId: friend.id }, opts);
  service.notifyAccount(en.id, 'referral-joined', { friendId: 'acc-9' }, opts);
  service.notifyAccount(en.id, 'referral-joined', {}, opts);
  service.notifyAccount(de.id, 'referral-joined', { friendId: friend.id }, opts);
  service.notifyAccount(de.id, 'referral-joined', undefined, opts);
  assert.deepEqual(texts(), [
    ['Grace Hopper has joined', 'Thank you for your referral.'],
    ['Someone has joined', 'Thank you for your referral.'],
    ['Someone has joined', 'Thank you for your referral.'],
    ['Grace Hopper ist jetzt dabei', 'Danke für Ihre Empfehlung.'],
    ['Jemand ist jetzt dabei', 'Danke für Ihre Empfehlung.'],
  ]);
});

test('texts: SMS are cut at 160 characters', () => {
  const account = smsMember({});
  // 'Invoice ' + id + ' is due: Amount: 1.00 EUR' is 33 characters plus the id
  const fits = 'X'.repeat(127);
  const tooLong = 'Y'.repeat(128);
  service.notifyAccount(account.id, 'invoice-due', { invoice: fits, amount: 1 }, { channels: ['sms'] });
  service.notifyAccount(account.id, 'invoice-due', { invoice: tooLong, amount: 1 }, { channels: ['sms'] });
  const [first, second] = sentMessages();
  assert.equal(first.body.length, 160);
  assert.equal(first.body, 'Invoice ' + fits + ' is due: Amount: 1.00 EUR');
  assert.equal(second.body.length, 160);
  assert.equal(second.body, ('Invoice ' + tooLong + ' is due: Amount: 1.00 EUR').slice(0, 157) + '...');
});

// ===== digest =============================================================================
test('digest: newsletters and referrals wait, then go out together', () => {
  const account = quiet({});
  const friend = quiet({ email: 'grace@example.org', name: 'Grace' });
  assert.deepEqual(service.notifyAccount(account.id, 'newsletter', { title: 'May' }), result('acc-1', 'newsletter', { skipped: 'digest' }));
  assert.deepEqual(
    service.notifyAccount(account.id, 'referral-joined', { friendId: friend.id }),
    result('acc-1', 'referral-joined', { skipped: 'digest' }),
  );
  service.notifyAccount(account.id, 'newsletter', {});
  assert.deepEqual(sentMessages(), []);
  assert.equal(service.sendDailyDigests(new Date('2024-05-02T23:30:00Z')), 1);
  assert.deepEqual(sentMessages(), [
    {
      seq: 1,
      accountId: 'acc-1',
      kind: 'digest',
      channel: 'email',
      to: 'ada@example.org',
      subject: 'Your daily digest (3)',
      body: 'Digest for 2024-05-02\n- May\n- Grace has joined\n- News',
      status: 'sent',
    },
  ]);
  assert.equal(service.sendDailyDigests('2024-05-03'), 0);
  assert.equal(sentMessages().length, 1);
});

test('digest: German digests, several accounts in registration order', () => {
  const de = quiet({ locale: 'de' });
  const en = quiet({ email: 'b@example.org' });
  const none = quiet({ email: 'c@example.org' });
  service.notifyAccount(en.id, 'newsletter', { title: 'One' });
  service.notifyAccount(de.id, 'newsletter', { title: 'Eins' });
  service.notifyAccount(de.id, 'newsletter', { title: 'Zwei' });
  assert.equal(service.sendDailyDigests(0), 2);
  assert.deepEqual(
    sentMessages().map((m) => [m.accountId, m.to, m.subject, m.body]),
    [
      ['acc-1', 'ada@example.org', 'Ihre Tageszusammenfassung (2)', 'Zusammenfassung vom 1970-01-01\n- Eins\n- Zwei'],
      ['acc-2', 'b@example.org', 'Your daily digest (1)', 'Digest for 1970-01-01\n- One'],
    ],
  );
  assert.equal(none.id, 'acc-3');
});

test('digest: immediate or digest-off newsletters skip the queue', () => {
  const account = quiet({});
  assert.deepEqual(
    service.notifyAccount(account.id, 'newsletter', {}, { immediate: true }),
    result('acc-1', 'newsletter', { sent: ['email'] }),
  );
  service.updatePreferences(account.id, { digest: false });
  assert.deepEqual(service.notifyAccount(account.id, 'newsletter', {}), result('acc-1', 'newsletter', { sent: ['email'] }));
  assert.equal(service.sendDailyDigests('2024-05-02'), 0);
  assert.equal(sentMessages().length, 2);
});

test('digest: items already queued are sent even after the digest is turned off', () => {
  const account = quiet({});
  service.notifyAccount(account.id, 'newsletter', { title: 'Queued' });
  service.updatePreferences(account.id, { digest: false, email: false });
  assert.equal(service.sendDailyDigests('2024-05-02'), 1);
  assert.equal(sentMessages()[0].body, 'Digest for 2024-05-02\n- Queued');
});

test('digest: the subject is taken when the item is queued, the address when it is sent', () => {
  const account = quiet({});
  service.notifyAccount(account.id, 'newsletter', {});
  service.updatePreferences(account.id, { locale: 'de' });
  service.changeEmail(account.id, 'new@example.org');
  clearOutbox();
  service.sendDailyDigests('2024-05-02');
  assert.deepEqual(
    sentMessages().map((m) => [m.to, m.subject, m.body]),
    [['new@example.org', 'Ihre Tageszusammenfassung (1)', 'Zusammenfassung vom 2024-05-02\n- News']],
  );
});

test('digest: suspended accounts keep their items, closed ones lose them', () => {
  const suspended = quiet({});
  const closed = quiet({ email: 'b@example.org' });
  service.notifyAccount(suspended.id, 'newsletter', { title: 'Kept' });
  service.notifyAccount(closed.id, 'newsletter', { title: 'Lost' });
  service.suspendAccount(suspended.id);
  service.closeAccount(closed.id);
  clearOutbox();
  assert.equal(service.sendDailyDigests('2024-05-02'), 0);
  assert.deepEqual(sentMessages(), []);
  service.reactivateAccount(suspended.id);
  clearOutbox();
  assert.equal(service.sendDailyDigests('2024-05-03'), 1);
  assert.equal(sentMessages()[0].body, 'Digest for 2024-05-03\n- Kept');
  assert.equal(service.sendDailyDigests('2024-05-04'), 0);
});

test('digest: clearPending drops every queued item', () => {
  const account = quiet({});
  service.notifyAccount(account.id, 'newsletter', {});
  clearPending();
  assert.equal(service.sendDailyDigests('2024-05-02'), 0);
});

test('digest: invalid dates', () => {
  assert.throws(() => service.sendDailyDigests('not a date'), { message: 'invalid date: not a date' });
  assert.throws(() => service.sendDailyDigests(new Date('nope')), { message: 'invalid date: Invalid Date' });
  assert.throws(() => service.sendDailyDigests(undefined), { message: 'invalid date: undefined' });
  const account = quiet({});
  service.notifyAccount(account.id, 'newsletter', {});
  assert.throws(() => service.sendDailyDigests('2024-13-45'), { message: 'invalid date: 2024-13-45' });
  assert.equal(service.sendDailyDigests('2024-05-02'), 1);
});

// ===== outbox =============================================================================
test('outbox: copies, numbering and clearing', () => {
  const account = quiet({});
  service.notifyAccount(account.id, 'welcome', {});
  const [message] = sentMessages();
  message.to = 'mallory@example.org';
  assert.equal(sentMessages()[0].to, 'ada@example.org');
  service.notifyAccount(account.id, 'welcome', {});
  assert.deepEqual(
    sentMessages().map((m) => m.seq),
    [1, 2],
  );
  clearOutbox();
  assert.deepEqual(sentMessages(), []);
  service.notifyAccount(account.id, 'welcome', {});
  assert.equal(sentMessages()[0].seq, 1);
});
