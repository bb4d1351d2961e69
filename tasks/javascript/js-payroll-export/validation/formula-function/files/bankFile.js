'use strict';
/*
 * Bank payment file of a payroll run (fixed-width lines for the bank's batch upload).
 *
 * Amounts are in euros with two decimals; the file carries them in cents.
 */

var payCalc = require('./payCalc');

function pad(text, width) {
  var value = String(text);
  if (value.length > width) {
    return value.slice(0, width);
  }
  while (value.length < width) {
    value = value + ' ';
  }
  return value;
}

function cents(amount, width) {
  var value = String(Math.round(amount * 100));
  while (value.length < width) {
    value = '0' + value;
  }
  return value;
}

function exportBankFile(payslips, options) {
  var opts = options || {};
  if (!opts.payDate || !/^\d{4}-\d{2}-\d{2}$/.test(opts.payDate)) {
    throw new Error('a pay date (YYYY-MM-DD) is required');
  }
  var date = opts.payDate.replace(/-/g, '');
  var reference = opts.reference || 'SALARY';
  var lines = [];
  var skipped = [];
  var total = 0;
  for (var i = 0; i < payslips.length; i++) {
    var p = payslips[i];
    var pay = payCalc.computePay(p);
    if (pay.net <= 0) {
      skipped.push(p.employeeId);
      continue;
    }
    var iban = String(p.iban || '').replace(/\s+/g, '').toUpperCase();
    if (iban.length < 15 || iban.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) {
      throw new Error('invalid IBAN for ' + p.employeeId);
    }
    lines.push('PAY' + pad(p.employeeId, 10) + pad(iban, 34) + cents(pay.net, 12) + date + pad(reference, 18));
    total = payCalc.round2(total + pay.net);
  }
  lines.unshift('HDR' + date + String(lines.length).padStart(6, '0'));
  lines.push('TRL' + cents(total, 15));
  return { lines: lines, total: total, skipped: skipped };
}

module.exports = {
  exportBankFile: exportBankFile,
};
