'use strict';
/*
 * Accounting export of a payroll run: one CSV row per payslip.
 *
 * Amounts are in euros with two decimals.
 */

const { computePay, round2 } = require('./payCalc');

const HEADER = ['employee', 'name', 'department', 'gross', 'tax', 'pension', 'net'];

function quoteField(text, sep) {
  const value = String(text);
  if (value.indexOf(sep) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
    return '"' + value.replace(/"/g, '""') + '"';
  }
  return value;
}

function amountFields(amounts) {
  return [amounts.gross, amounts.tax, amounts.pension, amounts.net].map((amount) => amount.toFixed(2));
}

function selectPayslips(payslips, department) {
  const list = department ? payslips.filter((p) => p && p.department === department) : payslips.slice();
  return list.sort((a, b) => String(a && a.employeeId).localeCompare(String(b && b.employeeId)));
}

function exportCsv(payslips, options) {
  const opts = options || {};
  const sep = opts.separator || ',';
  const rows = [HEADER.join(sep)];
  const totals = { gross: 0, tax: 0, pension: 0, net: 0 };
  for (const p of selectPayslips(payslips, opts.department)) {
    const pay = computePay(p);
    const names = [p.employeeId, p.name || '', p.department || ''].map((text) => quoteField(text, sep));
    rows.push(names.concat(amountFields(pay)).join(sep));
    totals.gross = round2(totals.gross + pay.gross);
    totals.tax = round2(totals.tax + pay.tax);
    totals.pension = round2(totals.pension + pay.pension);
    totals.net = round2(totals.net + pay.net);
  }
  if (opts.totals) {
    rows.push(['TOTAL', '', ''].concat(amountFields(totals)).join(sep));
  }
  return rows.join('\n');
}

module.exports = {
  exportCsv,
  HEADER,
};
