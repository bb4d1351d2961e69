'use strict';
/*
 * Bank payment file of a payroll run (fixed-width lines for the bank's batch upload).
 *
 * Legacy module: amounts are in euros with two decimals; the file carries them in cents.
 */

// pay of one payslip (the accounting export and the summary have copies of this)
function computePay(p) {
  if (!p || !p.employeeId) {
    throw new Error('payslip without employee id');
  }
  if (typeof p.hours !== 'number' || p.hours < 0) {
    throw new Error('invalid hours for ' + p.employeeId);
  }
  if (typeof p.rate !== 'number' || p.rate <= 0) {
    throw new Error('invalid rate for ' + p.employeeId);
  }
  var holiday = 0;
  if (p.holidayHours !== undefined) {
    if (typeof p.holidayHours !== 'number' || p.holidayHours < 0) {
      throw new Error('invalid holiday hours for ' + p.employeeId);
    }
    holiday = p.holidayHours;
  }
  var contract = p.contractHours || 40;
  var regular = p.hours > contract ? contract : p.hours;
  var overtime = p.hours > contract ? p.hours - contract : 0;
  var gross = regular * p.rate + holiday * p.rate * 2;
  if (p.overtimeExempt) {
    gross = gross + overtime * p.rate;
  } else {
    gross = gross + overtime * p.rate * 1.5;
  }
  if (p.bonus) {
    if (typeof p.bonus !== 'number' || p.bonus < 0) {
      throw new Error('invalid bonus for ' + p.employeeId);
    }
    gross = gross + p.bonus;
  }
  gross = Math.round(gross * 100) / 100;
  var tax = 0;
  if (!p.taxExempt) {
    var taxable = p.student ? gross - 200 : gross;
    if (taxable <= 0) {
      tax = 0;
    } else if (taxable <= 500) {
      tax = taxable * 0.1;
    } else if (taxable <= 2000) {
      tax = 50 + (taxable - 500) * 0.2;
    } else {
      tax = 350 + (taxable - 2000) * 0.4;
    }
    tax = Math.round(tax * 100) / 100;
  }
  var pension = 0;
  if (p.pensionRate) {
    if (p.pensionRate < 0 || p.pensionRate > 0.2) {
      throw new Error('invalid pension rate for ' + p.employeeId);
    }
    pension = Math.round(gross * p.pensionRate * 100) / 100;
    if (pension > 300) {
      pension = 300;
    }
  }
  var net = Math.round((gross - tax - pension) * 100) / 100;
  return { gross: gross, overtime: overtime, tax: tax, pension: pension, net: net };
}

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
    var pay = computePay(p);
    if (pay.net <= 0) {
      skipped.push(p.employeeId);
      continue;
    }
    var iban = String(p.iban || '').replace(/\s+/g, '').toUpperCase();
    if (iban.length < 15 || iban.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) {
      throw new Error('invalid IBAN for ' + p.employeeId);
    }
    lines.push('PAY' + pad(p.employeeId, 10) + pad(iban, 34) + cents(pay.net, 12) + date + pad(reference, 18));
    total = Math.round((total + pay.net) * 100) / 100;
  }
  lines.unshift('HDR' + date + String(lines.length).padStart(6, '0'));
  lines.push('TRL' + cents(total, 15));
  return { lines: lines, total: total, skipped: skipped };
}

module.exports = {
  exportBankFile: exportBankFile,
};
