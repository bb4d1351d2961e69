'use strict';
/*
 * Notification preferences of an account: defaults and validation of changes. The notification
 * code reads the stored preferences from the recipient it is given.
 */

var channels = require('../notifications/channels');
var templates = require('../notifications/templates');

function defaultPreferences() {
  return { email: true, sms: false, digest: true, muted: [], quietHours: null, locale: 'en' };
}

function isHour(value) {
  return Number.isInteger(value) && value >= 0 && value <= 23;
}

function validatePreferences(changes) {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) {
    throw new Error('preferences must be an object');
  }
  var clean = {};
  Object.keys(changes).forEach(function (key) {
    var value = changes[key];
    if (channels.CHANNELS.indexOf(key) !== -1 || key === 'digest') {
      if (typeof value !== 'boolean') {
        throw new Error('preference ' + key + ' must be true or false');
      }
      clean[key] = value;
    } else if (key === 'muted') {
      if (!Array.isArray(value)) {
        throw new Error('muted must be a list of notification kinds');
      }
      value.forEach(function (kind) {
        if (templates.KINDS.indexOf(kind) === -1) {
          throw new Error('unknown notification kind: ' + kind);
        }
      });
      clean.muted = value.filter(function (kind, index) {
        return value.indexOf(kind) === index;
      });
    } else if (key === 'quietHours') {
      if (value === null) {
        clean.quietHours = null;
      } else if (!value || !isHour(value.from) || !isHour(value.to) || value.from === value.to) {
        throw new Error('quietHours needs two different hours between 0 and 23');
      } else {
        clean.quietHours = { from: value.from, to: value.to };
      }
    } else if (key === 'locale') {
      if (templates.LOCALES.indexOf(value) === -1) {
        throw new Error('unsupported locale: ' + value);
      }
      clean.locale = value;
    } else {
      throw new Error('unknown preference: ' + key);
    }
  });
  return clean;
}

module.exports = {
  defaultPreferences: defaultPreferences,
  validatePreferences: validatePreferences,
};
