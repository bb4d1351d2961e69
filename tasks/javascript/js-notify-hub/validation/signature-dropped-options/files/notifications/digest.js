'use strict';
/*
 * The daily digest: low-priority notifications are queued per recipient and sent as one e-mail
 * a day. The scheduler (accountService.sendDailyDigests) passes the recipients.
 */

const outbox = require('./outbox');

let pending = {};

function queue(accountId, item) {
  if (!pending[accountId]) {
    pending[accountId] = [];
  }
  pending[accountId].push(item);
}

function pendingCount(accountId) {
  return pending[accountId] ? pending[accountId].length : 0;
}

function clearPending() {
  pending = {};
}

function dayOf(now) {
  const date = now instanceof Date ? now : new Date(now);
  if (isNaN(date.getTime())) {
    throw new Error('invalid date: ' + now);
  }
  return date.toISOString().slice(0, 10);
}

function digestMessage(recipient, items, day) {
  const de = recipient.preferences.locale === 'de';
  const lines = [(de ? 'Zusammenfassung vom ' : 'Digest for ') + day, ...items.map((item) => '- ' + item.subject)];
  return {
    accountId: recipient.id,
    kind: 'digest',
    channel: 'email',
    to: recipient.email,
    subject: (de ? 'Ihre Tageszusammenfassung (' : 'Your daily digest (') + items.length + ')',
    body: lines.join('\n'),
    status: 'sent',
  };
}

/** Sends what is queued for one recipient; suspended recipients keep their items, closed ones lose them. */
function sendDigest(recipient, day) {
  const items = pending[recipient.id];
  if (!items || recipient.status === 'suspended') {
    return false;
  }
  delete pending[recipient.id];
  if (recipient.status === 'closed') {
    return false;
  }
  outbox.push(digestMessage(recipient, items, day));
  return true;
}

function sendDailyDigests(recipients, now) {
  const day = dayOf(now);
  return recipients.filter((recipient) => sendDigest(recipient, day)).length;
}

module.exports = {
  queue,
  pendingCount,
  clearPending,
  sendDailyDigests,
};
