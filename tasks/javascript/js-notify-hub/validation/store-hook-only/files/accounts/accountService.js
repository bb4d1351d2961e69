'use strict';
/*
 * Member accounts: registration, e-mail changes, suspension, closing and preferences. Every
 * change tells the owner through the notification code.
 */

var accountStore = require('./accountStore');
var preferences = require('./preferences');
var notifier = require('../notifications/notifier');
var digest = require('../notifications/digest');

var EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
var PHONE_PATTERN = /^\+[0-9]{8,15}$/;

function normalizeEmail(email) {
  if (typeof email !== 'string' || !EMAIL_PATTERN.test(email.trim())) {
    throw new Error('invalid email: ' + email);
  }
  return email.trim().toLowerCase();
}

function requireAccount(id) {
  var account = accountStore.getAccount(id);
  if (!account) {
    throw new Error('unknown account: ' + id);
  }
  return account;
}

function getAccount(id) {
  return accountStore.getAccount(id);
}

function registerAccount(data, options) {
  var opts = options || {};
  if (!data || typeof data.name !== 'string' || !data.name.trim()) {
    throw new Error('name is required');
  }
  var email = normalizeEmail(data.email);
  if (accountStore.findByEmail(email)) {
    throw new Error('email already registered: ' + email);
  }
  var phone = null;
  if (data.phone !== undefined && data.phone !== null) {
    if (!PHONE_PATTERN.test(data.phone)) {
      throw new Error('invalid phone: ' + data.phone);
    }
    phone = data.phone;
  }
  var prefs = preferences.defaultPreferences();
  if (data.locale !== undefined) {
    Object.assign(prefs, preferences.validatePreferences({ locale: data.locale }));
  }
  if (phone && opts.smsOptIn) {
    prefs.sms = true;
  }
  var referrer = null;
  if (data.referredBy) {
    referrer = requireAccount(data.referredBy);
  }
  var account = accountStore.createAccount({
    name: data.name.trim(),
    email: email,
    phone: phone,
    status: 'active',
    referredBy: referrer ? referrer.id : null,
    suspendedReason: null,
    preferences: prefs,
  });
  if (!opts.silent) {
    notifier.notify(account.id, 'welcome', {});
  }
  if (referrer && referrer.status === 'active') {
    notifier.notify(referrer.id, 'referral-joined', { friendId: account.id, friendName: account.name });
  }
  return account;
}

function changeEmail(id, email) {
  var account = requireAccount(id);
  if (account.status === 'closed') {
    throw new Error('account is closed: ' + id);
  }
  var normalized = normalizeEmail(email);
  if (normalized === account.email) {
    return account;
  }
  if (accountStore.findByEmail(normalized)) {
    throw new Error('email already registered: ' + normalized);
  }
  var updated = accountStore.updateAccount(id, { email: normalized });
  notifier.notifyAddressChange(id, account.email);
  notifier.notify(id, 'email-confirm', {});
  return updated;
}

function suspendAccount(id, reason) {
  var account = requireAccount(id);
  if (account.status === 'closed') {
    throw new Error('account is closed: ' + id);
  }
  if (account.status === 'suspended') {
    return account;
  }
  var updated = accountStore.updateAccount(id, { status: 'suspended', suspendedReason: reason || null });
  notifier.notify(id, 'account-suspended', { reason: reason });
  return updated;
}

function reactivateAccount(id) {
  var account = requireAccount(id);
  if (account.status !== 'suspended') {
    throw new Error('account is not suspended: ' + id);
  }
  var updated = accountStore.updateAccount(id, { status: 'active', suspendedReason: null });
  notifier.notify(id, 'account-reactivated', {});
  return updated;
}

function closeAccount(id) {
  var account = requireAccount(id);
  if (account.status === 'closed') {
    return account;
  }
  return accountStore.updateAccount(id, { status: 'closed' });
}

function updatePreferences(id, changes) {
  var account = requireAccount(id);
  if (account.status === 'closed') {
    throw new Error('account is closed: ' + id);
  }
  var clean = preferences.validatePreferences(changes);
  return accountStore.updateAccount(id, { preferences: Object.assign(account.preferences, clean) });
}

// The referral text names the friend: the templates get the name, not the id to look up.
function messageData(kind, data) {
  var payload = data || {};
  if (kind !== 'referral-joined') {
    return payload;
  }
  var friend = payload.friendId ? accountStore.getAccount(payload.friendId) : null;
  return Object.assign({}, payload, { friendName: friend ? friend.name : null });
}

// The entry point for other services (billing, the password reset form, the newsletter).
function notifyAccount(id, kind, data, options) {
  return notifier.notify(id, kind, messageData(kind, data), options);
}

function sendDailyDigests(now) {
  return digest.sendDailyDigests(now);
}

module.exports = {
  registerAccount: registerAccount,
  changeEmail: changeEmail,
  suspendAccount: suspendAccount,
  reactivateAccount: reactivateAccount,
  closeAccount: closeAccount,
  updatePreferences: updatePreferences,
  notifyAccount: notifyAccount,
  sendDailyDigests: sendDailyDigests,
  getAccount: getAccount,
};
