'use strict';
/*
 * Delivery channels, how a recipient is reached on each of them, and when a channel has to
 * wait. A recipient is an account record: { id, name, email, phone, status, preferences }.
 */

var CHANNELS = ['email', 'sms'];
// SMS costs money: only these kinds may go out by SMS.
var SMS_KINDS = ['password-reset', 'account-suspended', 'invoice-due', 'email-changed'];
var SMS_LIMIT = 160;

function channelEnabled(recipient, channel) {
  return recipient.preferences[channel] === true;
}

function addressFor(recipient, channel) {
  if (!channelEnabled(recipient, channel)) {
    return null;
  }
  if (channel === 'email') {
    return recipient.email || null;
  }
  if (channel === 'sms') {
    return recipient.phone || null;
  }
  return null;
}

// Quiet hours run from `from` (inclusive) to `to` (exclusive) and may span midnight.
function inQuietHours(recipient, hour) {
  var quiet = recipient.preferences.quietHours;
  if (!quiet || hour === undefined || hour === null) {
    return false;
  }
  if (quiet.from < quiet.to) {
    return hour >= quiet.from && hour < quiet.to;
  }
  return hour >= quiet.from || hour < quiet.to;
}

function smsText(text) {
  if (text.length > SMS_LIMIT) {
    return text.slice(0, SMS_LIMIT - 3) + '...';
  }
  return text;
}

module.exports = {
  CHANNELS: CHANNELS,
  SMS_KINDS: SMS_KINDS,
  SMS_LIMIT: SMS_LIMIT,
  addressFor: addressFor,
  inQuietHours: inQuietHours,
  smsText: smsText,
};
