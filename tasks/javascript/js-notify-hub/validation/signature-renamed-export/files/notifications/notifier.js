'use strict';
/*
 * Sends one notification to a recipient, on every channel the recipient can be reached on,
 * honouring their preferences. Low-priority kinds are held for the daily digest.
 *
 * The notifier knows nothing about where accounts live: callers pass the recipient (an account
 * record: { id, name, email, phone, status, preferences }) and everything the text needs.
 */

const templates = require('./templates');
const channels = require('./channels');
const outbox = require('./outbox');
const digest = require('./digest');

// Sent whatever the preferences say (and to suspended accounts too).
const MANDATORY_KINDS = ['email-changed', 'email-confirm', 'account-suspended', 'account-reactivated', 'password-reset'];
// Held for the daily digest when the recipient wants one.
const DIGEST_KINDS = ['newsletter', 'referral-joined'];

/** Throws for an unknown kind or a bad `options.channels`, before any recipient is looked up. */
function checkRequest(kind, options) {
  if (!templates.KINDS.includes(kind)) {
    throw new Error('unknown notification kind: ' + kind);
  }
  const wanted = (options || {}).channels;
  if (wanted === undefined) {
    return;
  }
  if (!Array.isArray(wanted)) {
    throw new Error('channels must be a list');
  }
  const unknown = wanted.findIndex((channel) => !channels.CHANNELS.includes(channel));
  if (unknown !== -1) {
    throw new Error('unknown channel: ' + wanted[unknown]);
  }
}

function statusSkip(recipient, mandatory) {
  if (recipient.status === 'closed') {
    return 'closed';
  }
  if (recipient.status === 'suspended' && !mandatory) {
    return 'suspended';
  }
  return null;
}

function preferenceSkip(recipient, kind, opts) {
  if (recipient.preferences.muted.includes(kind)) {
    return 'muted';
  }
  if (DIGEST_KINDS.includes(kind) && recipient.preferences.digest === true && !opts.immediate) {
    return 'digest';
  }
  return null;
}

function channelsFor(kind, opts) {
  return channels.CHANNELS.filter(
    (channel) => (!opts.channels || opts.channels.includes(channel)) && (channel !== 'sms' || channels.SMS_KINDS.includes(kind)),
  );
}

function addressOf(recipient, channel, kind, payload) {
  if (channel !== 'email') {
    return channels.addressFor(recipient, channel);
  }
  if (kind === 'email-changed') {
    return payload.previousEmail; // the notice about a changed address goes to the old one
  }
  if (MANDATORY_KINDS.includes(kind)) {
    return recipient.email;
  }
  return channels.addressFor(recipient, channel);
}

function messageFor(channel, message) {
  if (channel === 'sms') {
    return { subject: null, body: channels.smsText(message.subject + ': ' + message.body) };
  }
  return { subject: message.subject, body: message.body };
}

function isDeferred(recipient, channel, kind, opts) {
  return channel === 'sms' && kind !== 'password-reset' && channels.inQuietHours(recipient, opts.hour);
}

function deliver(recipient, kind, message, opts, payload) {
  const result = { accountId: recipient.id, kind, sent: [], deferred: [], skipped: null };
  for (const channel of channelsFor(kind, opts)) {
    const address = addressOf(recipient, channel, kind, payload);
    if (!address) {
      continue;
    }
    const deferred = isDeferred(recipient, channel, kind, opts);
    outbox.push({
      accountId: recipient.id,
      kind,
      channel,
      to: address,
      ...messageFor(channel, message),
      status: deferred ? 'deferred' : 'sent',
    });
    (deferred ? result.deferred : result.sent).push(channel);
  }
  if (result.sent.length === 0 && result.deferred.length === 0) {
    result.skipped = 'no-channel';
  }
  return result;
}

/** Notify `recipient`; `checkRequest(kind, options)` must have passed. */
function notify(recipient, kind, data, options) {
  const opts = options || {};
  const payload = data || {};
  const mandatory = MANDATORY_KINDS.includes(kind);
  const blocked = statusSkip(recipient, mandatory);
  if (blocked) {
    return { accountId: recipient.id, kind, sent: [], deferred: [], skipped: blocked };
  }
  const message = templates.render(kind, recipient, payload);
  const held = mandatory ? null : preferenceSkip(recipient, kind, opts);
  if (held === 'digest') {
    digest.queue(recipient.id, { kind, subject: message.subject });
  }
  if (held) {
    return { accountId: recipient.id, kind, sent: [], deferred: [], skipped: held };
  }
  return deliver(recipient, kind, message, opts, payload);
}

module.exports = {
  MANDATORY_KINDS,
  DIGEST_KINDS,
  checkRequest,
  notify,
};
