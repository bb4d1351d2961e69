'use strict';
/*
 * Late fees for overdue invoices (billing service).
 *
 * Amounts are in dollars, dates are ISO strings (YYYY-MM-DD), a "day late" is a whole day
 * after the due date.
 */

const GRACE_DAYS = 5;
const MS_PER_DAY = 24 * 60 * 60 * 1000;
const MAX_FEE_RATIO = 0.25;

const band = (days) => (days <= 30 ? 'early' : days <= 60 ? 'late' : 'severe');
const atLeast25 = (fee) => (fee < 25 ? 25 : fee);

// One rule per customer type.
const FEES = {
  retail: (o, days, opts) =>
    opts.waiveFirstOffence && !opts.previousLateCount ? 0 : days <= 30 ? 15 : days <= 60 ? 15 + o * 0.02 : 15 + o * 0.05,
  business: (o, days, opts) =>
    (opts.previousLateCount >= 3 ? 1.5 : 1) *
    atLeast25(days <= 30 ? o * 0.015 : days <= 60 ? o * 0.03 : o * 0.06),
  nonprofit: (o, days) => (days > 60 ? o * 0.01 : 0),
};

const cap = (fee, o, opts) => (fee > 0 && fee > (opts.cap !== undefined ? opts.cap : o * MAX_FEE_RATIO) ? (opts.cap !== undefined ? opts.cap : o * MAX_FEE_RATIO) : fee);

const result = (fee, days, name, opts) =>
  opts.detailed ? { fee: Math.round(fee * 100) / 100, daysLate: Math.max(days, 0), band: name } : Math.round(fee * 100) / 100;

function calculateLateFee(invoice, asOf, options) {
  const opts = options || {};
  if (!invoice || typeof invoice.amount !== 'number' || invoice.amount < 0) {
    throw new Error('invalid invoice');
  }
  const o = invoice.amount - (invoice.paidAmount || 0);
  const days = Math.floor((Date.parse(asOf) - Date.parse(invoice.dueDate)) / MS_PER_DAY);
  if (isNaN(days)) {
    throw new Error('invalid date: ' + invoice.dueDate + ' / ' + asOf);
  }
  const grace = opts.graceDays !== undefined ? opts.graceDays : GRACE_DAYS;
  if (invoice.disputed || o <= 0 || days <= grace) {
    return result(0, days, 'none', opts);
  }
  if (!Object.hasOwn(FEES, invoice.customerType)) {
    throw new Error('unknown customer type: ' + invoice.customerType);
  }
  return result(cap(FEES[invoice.customerType](o, days, opts), o, opts), days, band(days), opts);
}

module.exports = { calculateLateFee, GRACE_DAYS, MAX_FEE_RATIO };
