'use strict';
/*
 * The daily digest: low-priority notifications are queued per account and sent as one e-mail
 * a day by the scheduler (accountService.sendDailyDigests).
 */

var accountStore = require('../accounts/accountStore');
var preferences = require('../accounts/preferences');
var outbox = require('./outbox');

var pending = {};

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
  var date = now instanceof Date ? now : new Date(now);
  if (isNaN(date.getTime())) {
    throw new Error('invalid date: ' + now);
  }
  return date.toISOString().slice(0, 10);
}

function sendDailyDigests(now) {
  var day = dayOf(now);
  var accounts = accountStore.listAccounts();
  var sent = 0;
  for (var i = 0; i < accounts.length; i++) {
    var account = accounts[i];
    var items = pending[account.id];
    if (!items || items.length === 0) {
      continue;
    }
    if (account.status === 'closed') {
      delete pending[account.id];
      continue;
    }
    if (account.status === 'suspended') {
      continue; // kept until the account is active again
    }
    var de = preferences.localeOf(account) === 'de';
    var lines = [(de ? 'Zusammenfassung vom ' : 'Digest for ') + day];
    for (var j = 0; j < items.length; j++) {
      lines.push('- ' + items[j].subject);
    }
    outbox.push({
      accountId: account.id,
      kind: 'digest',
      channel: 'email',
      to: account.email,
      subject: (de ? 'Ihre Tageszusammenfassung (' : 'Your daily digest (') + items.length + ')',
      body: lines.join('\n'),
      status: 'sent',
    });
    delete pending[account.id];
    sent += 1;
  }
  return sent;
}

module.exports = {
  queue: queue,
  pendingCount: pendingCount,
  clearPending: clearPending,
  sendDailyDigests: sendDailyDigests,
};
