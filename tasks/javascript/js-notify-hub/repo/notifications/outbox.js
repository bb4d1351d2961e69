'use strict';
/*
 * The outbox: every message handed to a delivery channel ends up here, in order. The mail and
 * SMS gateways poll it; tests and the admin screen read it with sentMessages().
 */

var messages = [];

function push(message) {
  messages.push(Object.assign({ seq: messages.length + 1 }, message));
}

function sentMessages() {
  return messages.map(function (message) {
    return Object.assign({}, message);
  });
}

function clearOutbox() {
  messages = [];
}

module.exports = {
  push: push,
  sentMessages: sentMessages,
  clearOutbox: clearOutbox,
};
