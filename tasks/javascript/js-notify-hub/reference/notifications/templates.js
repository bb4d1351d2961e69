'use strict';
/*
 * Message texts. Each kind has an English and a German text; the recipient's locale picks one.
 * Everything a text needs comes with the recipient or the data: this module looks nothing up.
 */

var KINDS = [
  'welcome',
  'referral-joined',
  'email-changed',
  'email-confirm',
  'account-suspended',
  'account-reactivated',
  'password-reset',
  'invoice-due',
  'newsletter',
];
var LOCALES = ['en', 'de'];

function maskEmail(email) {
  var at = email.indexOf('@');
  if (at <= 1) {
    return '*' + email.slice(at);
  }
  return email.charAt(0) + '***' + email.slice(at);
}

function money(amount, de) {
  var text = amount.toFixed(2);
  return de ? text.replace('.', ',') : text;
}

function render(kind, account, data) {
  var de = account.preferences.locale === 'de';
  var subject;
  var body;
  switch (kind) {
    case 'welcome':
      subject = (de ? 'Willkommen, ' : 'Welcome, ') + account.name;
      body = de ? 'Ihr Konto ist eingerichtet.' : 'Your account is ready.';
      break;
    case 'referral-joined':
      // the caller names the friend (data.friendName); without a name the text stays neutral
      subject = (data.friendName || (de ? 'Jemand' : 'Someone')) + (de ? ' ist jetzt dabei' : ' has joined');
      body = de ? 'Danke für Ihre Empfehlung.' : 'Thank you for your referral.';
      break;
    case 'email-changed':
      subject = de ? 'Ihre E-Mail-Adresse wurde geändert' : 'Your e-mail address was changed';
      body = (de ? 'Neue Adresse: ' : 'New address: ') + maskEmail(account.email);
      break;
    case 'email-confirm':
      subject = de ? 'Neue E-Mail-Adresse' : 'New e-mail address';
      body = de ? 'Diese Adresse erhält ab jetzt unsere Nachrichten.' : 'This address now receives our messages.';
      break;
    case 'account-suspended':
      subject = de ? 'Konto gesperrt' : 'Account suspended';
      if (data.reason) {
        body = (de ? 'Grund: ' : 'Reason: ') + data.reason;
      } else {
        body = de ? 'Bitte wenden Sie sich an den Support.' : 'Please contact support.';
      }
      break;
    case 'account-reactivated':
      subject = de ? 'Konto wieder aktiv' : 'Account reactivated';
      body = (de ? 'Willkommen zurück, ' : 'Welcome back, ') + account.name;
      break;
    case 'password-reset':
      if (!data.code) {
        throw new Error('password-reset needs a code');
      }
      subject = de ? 'Passwort zurücksetzen' : 'Password reset';
      body = (de ? 'Ihr Code: ' : 'Your code: ') + data.code;
      break;
    case 'invoice-due':
      if (typeof data.amount !== 'number' || !data.invoice) {
        throw new Error('invoice-due needs an invoice and an amount');
      }
      subject = (de ? 'Rechnung ' : 'Invoice ') + data.invoice + (de ? ' ist fällig' : ' is due');
      body = (de ? 'Betrag: ' : 'Amount: ') + money(data.amount, de) + ' ' + (data.currency || 'EUR');
      if (data.dueDate) {
        body += (de ? ', fällig am ' : ', due on ') + data.dueDate;
      }
      break;
    case 'newsletter':
      subject = data.title || (de ? 'Neuigkeiten' : 'News');
      body = data.text || '';
      break;
    default:
      throw new Error('no template for ' + kind);
  }
  return { subject: subject, body: body };
}

module.exports = {
  KINDS: KINDS,
  LOCALES: LOCALES,
  render: render,
};
