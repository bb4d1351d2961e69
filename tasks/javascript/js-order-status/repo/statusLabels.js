'use strict';
/*
 * How an order status is shown to customers and in the back office.
 */

function describeStatus(status, options) {
  var opts = options || {};
  var locale = opts.locale || 'en';
  var label;
  var color;
  var final = false;
  if (locale !== 'en' && locale !== 'de') {
    throw new Error('unsupported locale: ' + locale);
  }
  if (status === 'draft') {
    label = locale === 'de' ? 'Entwurf' : 'Draft';
    color = 'grey';
  } else if (status === 'placed') {
    label = locale === 'de' ? 'Bestellt' : 'Placed';
    color = 'blue';
  } else if (status === 'paid') {
    label = locale === 'de' ? 'Bezahlt' : 'Paid';
    color = 'blue';
  } else if (status === 'packed') {
    label = locale === 'de' ? 'Verpackt' : 'Packed';
    color = 'blue';
  } else if (status === 'shipped') {
    label = locale === 'de' ? 'Versandt' : 'Shipped';
    color = 'orange';
  } else if (status === 'delivered') {
    label = locale === 'de' ? 'Zugestellt' : 'Delivered';
    color = 'green';
    final = !opts.returnsOpen;
  } else if (status === 'cancelled') {
    label = locale === 'de' ? 'Storniert' : 'Cancelled';
    color = 'red';
    final = true;
  } else if (status === 'returned') {
    label = locale === 'de' ? 'Zurückgesandt' : 'Returned';
    color = 'red';
  } else if (status === 'refunded') {
    label = locale === 'de' ? 'Erstattet' : 'Refunded';
    color = 'grey';
    final = true;
  } else {
    label = locale === 'de' ? 'Unbekannt' : 'Unknown';
    color = 'grey';
  }
  if (opts.internal) {
    label = label + ' (' + status + ')';
  }
  return { label: label, color: color, final: final };
}

module.exports = {
  describeStatus: describeStatus,
};
