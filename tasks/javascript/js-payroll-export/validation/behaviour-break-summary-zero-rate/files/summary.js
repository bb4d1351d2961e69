'use strict';
/*
 * Department summary of a payroll run, for the finance dashboard.
 *
 * Amounts are in euros with two decimals. Interns on unpaid placements are in the run with a
 * rate of 0, so this summary accepts them (the exports do not).
 */

var payCalc = require('./payCalc');

function departmentSummary(payslips, options) {
  var opts = options || {};
  var byDept = {};
  var names = [];
  for (var i = 0; i < payslips.length; i++) {
    var p = payslips[i];
    var pay = payCalc.computePay(p);
    var dept = p.department || 'unassigned';
    if (!Object.prototype.hasOwnProperty.call(byDept, dept)) {
      byDept[dept] = { department: dept, headcount: 0, overtimeHours: 0, gross: 0, tax: 0, pension: 0, net: 0 };
      names.push(dept);
    }
    var row = byDept[dept];
    row.headcount = row.headcount + 1;
    row.overtimeHours = row.overtimeHours + pay.overtime;
    payCalc.addAmounts(row, pay);
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
