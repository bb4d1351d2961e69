'use strict';
/*
 * In-memory account store (the service's cache of the accounts table). Callers always get
 * copies, never the stored objects.
 */

var accounts = {};
var nextId = 1;

function copy(account) {
  return JSON.parse(JSON.stringify(account));
}

function resetAccounts() {
  accounts = {};
  nextId = 1;
}

function createAccount(fields) {
  var id = 'acc-' + nextId;
  nextId += 1;
  accounts[id] = Object.assign({ id: id }, copy(fields));
  return copy(accounts[id]);
}

function getAccount(id) {
  if (!Object.prototype.hasOwnProperty.call(accounts, id)) {
    return null;
  }
  return copy(accounts[id]);
}

function listAccounts() {
  return Object.keys(accounts).map(function (id) {
    return copy(accounts[id]);
  });
}

function findByEmail(email) {
  var ids = Object.keys(accounts);
  for (var i = 0; i < ids.length; i++) {
    if (accounts[ids[i]].email === email) {
      return copy(accounts[ids[i]]);
    }
  }
  return null;
}

function updateAccount(id, changes) {
  var account = accounts[id];
  if (!account) {
    throw new Error('unknown account: ' + id);
  }
  Object.assign(account, copy(changes));
  return copy(account);
}

module.exports = {
  resetAccounts: resetAccounts,
  createAccount: createAccount,
  getAccount: getAccount,
  listAccounts: listAccounts,
  findByEmail: findByEmail,
  updateAccount: updateAccount,
};
