'use strict';
/*
 * Delivery channels and how an account is reached on each of them.
 */

var CHANNELS = ['email', 'sms'];
// SMS costs money: only these kinds may go out by SMS.
var SMS_KINDS = ['password-reset', 'account-suspended', 'invoice-due', 'email-changed'];
var SMS_LIMIT = 160;

function addressFor(account, channel) {
  // required here and not at the top: preferences.js requires this module
  var preferences = require('../accounts/preferences');
  if (!preferences.channelEnabled(account, channel)) {
    return null;
  }
  if (channel === 'email') {
    return account.email || null;
  }
  if (channel === 'sms') {
    return account.phone || null;
  }
  return null;
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
  smsText: smsText,
};
