'use strict';
/*
 * Department summary of a payroll run, for the finance dashboard.
 *
 * Legacy module: amounts are in euros with two decimals. Interns on unpaid placements are in
 * the run with a rate of 0, so this summary accepts them (the exports do not).
 */

// pay of one payslip (copied from the bank file export, but a rate of 0 is allowed here)
function computePay(p) {
  if (!p || !p.employeeId) {
    throw new Error('payslip without employee id');
  }
  if (typeof p.hours !== 'number' || p.hours < 0) {
    throw new Error('invalid hours for ' + p.employeeId);
  }
  if (typeof p.rate !== 'number' || p.rate < 0) {
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

function departmentSummary(payslips, options) {
  var opts = options || {};
  var byDept = {};
  var names = [];
  for (var i = 0; i < payslips.length; i++) {
    var p = payslips[i];
    var pay = computePay(p);
    var dept = p.department || 'unassigned';
    if (!Object.prototype.hasOwnProperty.call(byDept, dept)) {
      byDept[dept] = { department: dept, headcount: 0, overtimeHours: 0, gross: 0, tax: 0, pension: 0, net: 0 };
      names.push(dept);
    }
    var row = byDept[dept];
    row.headcount = row.headcount + 1;
    row.overtimeHours = row.overtimeHours + pay.overtime;
    row.gross = Math.round((row.gross + pay.gross) * 100) / 100;
    row.tax = Math.round((row.tax + pay.tax) * 100) / 100;
    row.pension = Math.round((row.pension + pay.pension) * 100) / 100;
    row.net = Math.round((row.net + pay.net) * 100) / 100;
  }
  names.sort();
  var rows = [];
  for (var j = 0; j < names.length; j++) {
    if (opts.minHeadcount && byDept[names[j]].headcount < opts.minHeadcount) {
      continue;
    }
    rows.push(byDept[names[j]]);
  }
  return rows;
}

module.exports = {
  departmentSummary: departmentSummary,
};
