'use strict';
/*
 * Accounting export of a payroll run: one CSV row per payslip.
 *
 * Legacy module: amounts are in euros with two decimals. The pay calculation was copied from
 * the bank file export when this export was added.
 */

// pay of one payslip (same rules as the bank file; keep the copies in sync!)
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

var HEADER = ['employee', 'name', 'department', 'gross', 'tax', 'pension', 'net'];

function quoteField(text, sep) {
  var value = String(text);
  if (value.indexOf(sep) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
    return '"' + value.replace(/"/g, '""') + '"';
  }
  return value;
}

function exportCsv(payslips, options) {
  var opts = options || {};
  var sep = opts.separator || ',';
  var rows = [HEADER.join(sep)];
  var list = payslips.slice();
  if (opts.department) {
    list = list.filter(function (p) {
      return p && p.department === opts.department;
    });
  }
  list.sort(function (a, b) {
    return String(a && a.employeeId).localeCompare(String(b && b.employeeId));
  });
  var totals = { gross: 0, tax: 0, pension: 0, net: 0 };
  for (var i = 0; i < list.length; i++) {
    var p = list[i];
    var pay = computePay(p);
    rows.push(
      [
        quoteField(p.employeeId, sep),
        quoteField(p.name || '', sep),
        quoteField(p.department || '', sep),
        pay.gross.toFixed(2),
        pay.tax.toFixed(2),
        pay.pension.toFixed(2),
        pay.net.toFixed(2),
      ].join(sep),
    );
    totals.gross = Math.round((totals.gross + pay.gross) * 100) / 100;
    totals.tax = Math.round((totals.tax + pay.tax) * 100) / 100;
    totals.pension = Math.round((totals.pension + pay.pension) * 100) / 100;
    totals.net = Math.round((totals.net + pay.net) * 100) / 100;
  }
  if (opts.totals) {
    rows.push(
      ['TOTAL', '', '', totals.gross.toFixed(2), totals.tax.toFixed(2), totals.pension.toFixed(2), totals.net.toFixed(2)].join(sep),
    );
  }
  return rows.join('\n');
}

module.exports = {
  exportCsv: exportCsv,
  HEADER: HEADER,
};
