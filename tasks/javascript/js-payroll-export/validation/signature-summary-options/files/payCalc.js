'use strict';
/*
 * Pay of one payslip, shared by the accounting export, the bank file and the summary.
 *
 * Amounts are in euros, rounded to cents at each step as the payroll office does.
 */

const STANDARD_CONTRACT_HOURS = 40;
const OVERTIME_FACTOR = 1.5;
const HOLIDAY_FACTOR = 2;
const STUDENT_ALLOWANCE = 200;
const MAX_PENSION_RATE = 0.2;
const PENSION_CAP = 300;

// Income tax bands: [upper bound of the taxable pay, lower bound, tax due at the lower bound, rate].
const TAX_BANDS = [
  [500, 0, 0, 0.1],
  [2000, 500, 50, 0.2],
  [Infinity, 2000, 350, 0.4],
];

function round2(amount) {
  return Math.round(amount * 100) / 100;
}

function invalid(p, what) {
  return new Error('invalid ' + what + ' for ' + p.employeeId);
}

/**
 * Throws for the first problem of a payslip. A rate of 0 (unpaid interns) is only accepted
 * with `allowZeroRate`.
 */
function checkPayslip(p, allowZeroRate) {
  if (!p || !p.employeeId) {
    throw new Error('payslip without employee id');
  }
  if (typeof p.hours !== 'number' || p.hours < 0) {
    throw invalid(p, 'hours');
  }
  if (typeof p.rate !== 'number' || p.rate < 0 || (p.rate === 0 && !allowZeroRate)) {
    throw invalid(p, 'rate');
  }
  if (p.holidayHours !== undefined && (typeof p.holidayHours !== 'number' || p.holidayHours < 0)) {
    throw invalid(p, 'holiday hours');
  }
  if (p.bonus && (typeof p.bonus !== 'number' || p.bonus < 0)) {
    throw invalid(p, 'bonus');
  }
  if (p.pensionRate && (p.pensionRate < 0 || p.pensionRate > MAX_PENSION_RATE)) {
    throw invalid(p, 'pension rate');
  }
}

function overtimeHours(p) {
  const contract = p.contractHours || STANDARD_CONTRACT_HOURS;
  return p.hours > contract ? p.hours - contract : 0;
}

function grossPay(p, overtime) {
  const contract = p.contractHours || STANDARD_CONTRACT_HOURS;
  const regular = p.hours > contract ? contract : p.hours;
  const holiday = p.holidayHours !== undefined ? p.holidayHours : 0;
  const overtimeFactor = p.overtimeExempt ? 1 : OVERTIME_FACTOR;
  let gross = regular * p.rate + holiday * p.rate * HOLIDAY_FACTOR;
  gross = gross + overtime * p.rate * overtimeFactor;
  if (p.bonus) {
    gross = gross + p.bonus;
  }
  return round2(gross);
}

function incomeTax(p, gross) {
  if (p.taxExempt) {
    return 0;
  }
  const taxable = p.student ? gross - STUDENT_ALLOWANCE : gross;
  if (taxable <= 0) {
    return 0;
  }
  const band = TAX_BANDS.find(([upper]) => taxable <= upper) || TAX_BANDS[TAX_BANDS.length - 1];
  const [, lower, base, rate] = band;
  return round2(base + (taxable - lower) * rate);
}

function pensionContribution(p, gross) {
  if (!p.pensionRate) {
    return 0;
  }
  return Math.min(round2(gross * p.pensionRate), PENSION_CAP);
}

/** Gross, overtime hours, tax, pension and net pay of one payslip. */
function computePay(p, options) {
  const opts = options || {};
  checkPayslip(p, opts.allowZeroRate);
  const overtime = overtimeHours(p);
  const gross = grossPay(p, overtime);
  const tax = incomeTax(p, gross);
  const pension = pensionContribution(p, gross);
  const net = round2(gross - tax - pension);
  return { gross, overtime, tax, pension, net };
}

/** Adds each pay amount to the running totals, rounding to cents like the payroll office. */
function addAmounts(totals, pay) {
  for (const field of ['gross', 'tax', 'pension', 'net']) {
    totals[field] = round2(totals[field] + pay[field]);
  }
  return totals;
}

module.exports = {
  computePay,
  addAmounts,
  round2,
};
