'use strict';
/*
 * How an order status is shown to customers and in the back office.
 */

var LOCALES = ['en', 'de'];

var DISPLAY = {
  draft: { en: 'Draft', de: 'Entwurf', color: 'grey', final: false },
  placed: { en: 'Placed', de: 'Bestellt', color: 'blue', final: false },
  paid: { en: 'Paid', de: 'Bezahlt', color: 'blue', final: false },
  packed: { en: 'Packed', de: 'Verpackt', color: 'blue', final: false },
  shipped: { en: 'Shipped', de: 'Versandt', color: 'orange', final: false },
  delivered: { en: 'Delivered', de: 'Zugestellt', color: 'green', final: true },
  cancelled: { en: 'Cancelled', de: 'Storniert', color: 'red', final: true },
  returned: { en: 'Returned', de: 'Zurückgesandt', color: 'red', final: false },
  refunded: { en: 'Refunded', de: 'Erstattet', color: 'grey', final: true },
};

var UNKNOWN = { en: 'Unknown', de: 'Unbekannt', color: 'grey', final: false };

function displayOf(status) {
  return Object.prototype.hasOwnProperty.call(DISPLAY, status) ? DISPLAY[status] : UNKNOWN;
}

/** A delivered order is final unless it can still be returned. */
function isFinal(status, display, opts) {
  return status === 'delivered' ? !opts.returnsOpen : display.final;
}

function describeStatus(status, options) {
  var opts = options || {};
  var locale = opts.locale || 'en';
  if (LOCALES.indexOf(locale) === -1) {
    throw new Error('unsupported locale: ' + locale);
  }
  var display = displayOf(status);
  var label = display[locale];
  if (opts.internal) {
    label = label + ' (' + status + ')';
  }
  return { label: label, color: display.color, final: isFinal(status, display, opts) };
}

module.exports = {
  describeStatus: describeStatus,
};
