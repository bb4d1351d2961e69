'use strict';
/*
 * Late fees for overdue invoices (billing service).
 *
 * Legacy module: the rules were bolted on one customer type at a time. Amounts are in
 * dollars, dates are ISO strings (YYYY-MM-DD), a "day late" is a whole day after the due date.
 */

var GRACE_DAYS = 5;
var MS_PER_DAY = 24 * 60 * 60 * 1000;
var MAX_FEE_RATIO = 0.25;
var RETAIL_FLAT_FEE = 15;
var BUSINESS_MINIMUM_FEE = 25;

function daysBetween(from, to) {
  return Math.floor((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);
}

function computeFee(invoice, outstanding, days, opts) {
  var fee = 0;
  var band = 'none';
  if (invoice.customerType === 'retail') {
    if (days <= 30) {
      band = 'early';
      fee = RETAIL_FLAT_FEE;
    } else if (days <= 60) {
      band = 'late';
      fee = RETAIL_FLAT_FEE + outstanding * 0.02;
    } else {
      band = 'severe';
      fee = RETAIL_FLAT_FEE + outstanding * 0.05;
    }
    if (opts.waiveFirstOffence && !opts.previousLateCount) {
      fee = 0;
    }
  } else if (invoice.customerType === 'business') {
    if (days <= 30) {
      band = 'early';
      fee = outstanding * 0.015;
      if (fee < BUSINESS_MINIMUM_FEE) {
        fee = BUSINESS_MINIMUM_FEE;
      }
    } else if (days <= 60) {
      band = 'late';
      fee = outstanding * 0.03;
      if (fee < BUSINESS_MINIMUM_FEE) {
        fee = BUSINESS_MINIMUM_FEE;
      }
    } else {
      band = 'severe';
      fee = outstanding * 0.06;
      if (fee < BUSINESS_MINIMUM_FEE) {
        fee = BUSINESS_MINIMUM_FEE;
      }
    }
    if (opts.previousLateCount >= 3) {
      fee = fee * 1.5;
    }
  } else if (invoice.customerType === 'nonprofit') {
    if (days <= 30) {
      band = 'early';
    } else if (days <= 60) {
      band = 'late';
    } else {
      band = 'severe';
      fee = outstanding * 0.01;
    }
  } else {
    throw new Error('unknown customer type: ' + invoice.customerType);
  }
  if (fee > 0) {
    var cap = opts.cap !== undefined ? opts.cap : outstanding * MAX_FEE_RATIO;
    if (fee > cap) {
      fee = cap;
    }
  }
  return { fee: fee, band: band };
}

function calculateLateFee(invoice, asOf, options) {
  var opts = options || {};
  if (!invoice || typeof invoice.amount !== 'number' || invoice.amount < 0) {
    throw new Error('invalid invoice');
  }
  var outstanding = invoice.amount - (invoice.paidAmount || 0);
  var days = daysBetween(invoice.dueDate, asOf);
  if (isNaN(days)) {
    throw new Error('invalid date: ' + invoice.dueDate + ' / ' + asOf);
  }
  var daysLate = days > 0 ? days : 0;
  if (invoice.disputed || outstanding <= 0) {
    if (opts.detailed) {
      return { fee: 0, daysLate: daysLate, band: 'none' };
    }
    return 0;
  }
  var grace = opts.graceDays !== undefined ? opts.graceDays : GRACE_DAYS;
  if (days <= grace) {
    if (opts.detailed) {
      return { fee: 0, daysLate: daysLate, band: 'none' };
    }
    return 0;
  }
  var result = computeFee(invoice, outstanding, days, opts);
  var band = result.band;
  var fee = Math.round(result.fee * 100) / 100;
  if (opts.detailed) {
    return { fee: fee, daysLate: daysLate, band: band };
  }
  return fee;
}

module.exports = {
  calculateLateFee: calculateLateFee,
  GRACE_DAYS: GRACE_DAYS,
  MAX_FEE_RATIO: MAX_FEE_RATIO,
};
