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
const RETAIL_FLAT_FEE = 15;
const BUSINESS_MINIMUM_FEE = 25;
const REPEAT_OFFENCES = 3;
const REPEAT_OFFENDER_FACTOR = 1.5;

// Share of the outstanding amount charged in each lateness band, per customer type.
const RATES = {
  retail: { early: 0, late: 0.02, severe: 0.05 },
  business: { early: 0.015, late: 0.03, severe: 0.06 },
  nonprofit: { early: 0, late: 0, severe: 0.01 },
};

const NO_FEE = { fee: 0, band: 'none' };

function daysBetween(from, to) {
  return Math.floor((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);
}

function lateBand(days) {
  if (days <= 30) {
    return 'early';
  }
  if (days <= 60) {
    return 'late';
  }
  return 'severe';
}

function retailFee(outstanding, band, opts) {
  if (opts.waiveFirstOffence && !opts.previousLateCount) {
    return 0;
  }
  return RETAIL_FLAT_FEE + outstanding * RATES.retail[band];
}

function businessFee(outstanding, band, opts) {
  const fee = Math.max(outstanding * RATES.business[band], BUSINESS_MINIMUM_FEE);
  if (opts.previousLateCount >= REPEAT_OFFENCES) {
    return fee * REPEAT_OFFENDER_FACTOR;
  }
  return fee;
}

function nonprofitFee(outstanding, band) {
  return outstanding * RATES.nonprofit[band];
}

const FEE_RULES = { retail: retailFee, business: businessFee, nonprofit: nonprofitFee };

function feeRule(customerType) {
  if (!Object.hasOwn(FEE_RULES, customerType)) {
    throw new Error('unknown customer type: ' + customerType);
  }
  return FEE_RULES[customerType];
}

/** The fee never exceeds the cap: `opts.cap`, or a share of the outstanding amount. */
function capped(fee, outstanding, cap) {
  const limit = cap !== undefined ? cap : outstanding * MAX_FEE_RATIO;
  if (fee > 0 && fee > limit) {
    return limit;
  }
  return fee;
}

function assess(invoice, outstanding, days, opts) {
  if (invoice.disputed || outstanding <= 0) {
    return NO_FEE;
  }
  const grace = opts.graceDays !== undefined ? opts.graceDays : GRACE_DAYS;
  if (days <= grace) {
    return NO_FEE;
  }
  const rule = feeRule(invoice.customerType);
  const band = lateBand(days);
  return { fee: capped(rule(outstanding, band, opts), outstanding, opts.cap), band };
}

function checkInvoice(invoice) {
  if (!invoice || typeof invoice.amount !== 'number' || invoice.amount < 0) {
    throw new Error('invalid invoice');
  }
}

function computeLateFee(invoice, asOf, options) {
  const opts = options || {};
  checkInvoice(invoice);
  const outstanding = invoice.amount - (invoice.paidAmount || 0);
  const days = daysBetween(invoice.dueDate, asOf);
  if (isNaN(days)) {
    throw new Error('invalid date: ' + invoice.dueDate + ' / ' + asOf);
  }
  const { fee, band } = assess(invoice, outstanding, days, opts);
  const rounded = Math.round(fee * 100) / 100;
  if (opts.detailed) {
    return { fee: rounded, daysLate: Math.max(days, 0), band };
  }
  return rounded;
}

module.exports = {
  computeLateFee,
  GRACE_DAYS,
  MAX_FEE_RATIO,
};
