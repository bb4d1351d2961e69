'use strict';
/*
 * Pay of one payslip, shared by the accounting export, the bank file and the summary.
 */

function computePay(p, allowZeroRate) {
  if (!p || !p.employeeId) {
    throw new Error('payslip without employee id');
  }
  if (typeof p.hours !== 'number' || p.hours < 0) {
    throw new Error('invalid hours for ' + p.employeeId);
  }
  if (typeof p.rate !== 'number' || p.rate < 0 || (p.rate === 0 && !allowZeroRate)) {
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

function round2(amount) {
  return Math.round(amount * 100) / 100;
}

module.exports = {
  computePay: computePay,
  round2: round2,
};
