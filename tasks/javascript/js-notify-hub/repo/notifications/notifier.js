'use strict';
/*
 * Sends one notification to the owner of an account, on every channel the owner can be
 * reached on, honouring their preferences. Low-priority kinds are held for the daily digest.
 */

var accountStore = require('../accounts/accountStore');
var preferences = require('../accounts/preferences');
var templates = require('./templates');
var channels = require('./channels');
var outbox = require('./outbox');
var digest = require('./digest');

// Sent whatever the preferences say (and to suspended accounts too).
var MANDATORY_KINDS = ['email-changed', 'email-confirm', 'account-suspended', 'account-reactivated', 'password-reset'];
// Held for the daily digest when the owner wants one.
var DIGEST_KINDS = ['newsletter', 'referral-joined'];

function notify(accountId, kind, data, options) {
  var opts = options || {};
  var payload = data || {};
  if (templates.KINDS.indexOf(kind) === -1) {
    throw new Error('unknown notification kind: ' + kind);
  }
  if (opts.channels !== undefined) {
    if (!Array.isArray(opts.channels)) {
      throw new Error('channels must be a list');
    }
    for (var c = 0; c < opts.channels.length; c++) {
      if (channels.CHANNELS.indexOf(opts.channels[c]) === -1) {
        throw new Error('unknown channel: ' + opts.channels[c]);
      }
    }
  }
  var account = accountStore.getAccount(accountId);
  if (!account) {
    throw new Error('unknown account: ' + accountId);
  }
  var mandatory = MANDATORY_KINDS.indexOf(kind) !== -1;
  var result = { accountId: account.id, kind: kind, sent: [], deferred: [], skipped: null };
  if (account.status === 'closed') {
    result.skipped = 'closed';
    return result;
  }
  if (account.status === 'suspended' && !mandatory) {
    result.skipped = 'suspended';
    return result;
  }
  var message = templates.render(kind, account, payload);
  if (!mandatory) {
    if (preferences.isMuted(account, kind)) {
      result.skipped = 'muted';
      return result;
    }
    if (DIGEST_KINDS.indexOf(kind) !== -1 && preferences.wantsDigest(account) && !opts.immediate) {
      digest.queue(account.id, { kind: kind, subject: message.subject });
      result.skipped = 'digest';
      return result;
    }
  }
  for (var i = 0; i < channels.CHANNELS.length; i++) {
    var channel = channels.CHANNELS[i];
    if (opts.channels && opts.channels.indexOf(channel) === -1) {
      continue;
    }
    if (channel === 'sms' && channels.SMS_KINDS.indexOf(kind) === -1) {
      continue;
    }
    var address;
    if (channel === 'email' && kind === 'email-changed') {
      // the notice about a changed address goes to the old one
      address = payload.previousEmail;
    } else if (channel === 'email' && mandatory) {
      address = account.email;
    } else {
      address = channels.addressFor(account, channel);
    }
    if (!address) {
      continue;
    }
    var deferred = false;
    if (channel === 'sms') {
      if (preferences.inQuietHours(account, opts.hour) && kind !== 'password-reset') {
        deferred = true;
      }
      outbox.push({
        accountId: account.id,
        kind: kind,
        channel: channel,
        to: address,
        subject: null,
        body: channels.smsText(message.subject + ': ' + message.body),
        status: deferred ? 'deferred' : 'sent',
      });
    } else {
      outbox.push({
        accountId: account.id,
        kind: kind,
        channel: channel,
        to: address,
        subject: message.subject,
        body: message.body,
        status: 'sent',
      });
    }
    if (deferred) {
      result.deferred.push(channel);
    } else {
      result.sent.push(channel);
    }
  }
  if (result.sent.length === 0 && result.deferred.length === 0) {
    result.skipped = 'no-channel';
  }
  return result;
}

function notifyAddressChange(accountId, previousEmail) {
  return notify(accountId, 'email-changed', { previousEmail: previousEmail });
}

module.exports = {
  MANDATORY_KINDS: MANDATORY_KINDS,
  DIGEST_KINDS: DIGEST_KINDS,
  notify: notify,
  notifyAddressChange: notifyAddressChange,
};
