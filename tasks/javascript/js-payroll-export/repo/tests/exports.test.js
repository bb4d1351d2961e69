'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { exportCsv } = require('../csvExport');
const { exportBankFile } = require('../bankFile');
const { departmentSummary } = require('../summary');

const RUN = [
  { employeeId: 'E002', name: 'Lee, Sam', department: 'ops', hours: 44, rate: 20, iban: 'DE89 3704 0044 0532 0130 00' },
  { employeeId: 'E001', name: 'Ada', department: 'dev', hours: 40, rate: 50, pensionRate: 0.05, iban: 'NL91ABNA0417164300' },
];

test('the CSV has one row per payslip, sorted by employee', () => {
  assert.equal(
    exportCsv(RUN),
    [
      'employee,name,department,gross,tax,pension,net',
      'E001,Ada,dev,2000.00,350.00,100.00,1550.00',
      'E002,"Lee, Sam",ops,920.00,134.00,0.00,786.00',
    ].join('\n'),
  );
});

test('the CSV can be limited to one department', () => {
  assert.equal(exportCsv(RUN, { department: 'ops', separator: ';' }).split('\n').length, 2);
});

test('the bank file pays the net amounts in cents', () => {
  const file = exportBankFile(RUN, { payDate: '2024-05-31' });
  assert.equal(file.total, 2336);
  assert.equal(file.lines[0], 'HDR20240531000002');
  assert.equal(file.lines[1].slice(0, 13), 'PAYE002      ');
  assert.equal(file.lines[3], 'TRL000000000233600');
});

test('the bank file needs a pay date', () => {
  assert.throws(() => exportBankFile(RUN, {}), /pay date/);
});

test('the summary adds up each department', () => {
  assert.deepEqual(departmentSummary(RUN), [
    { department: 'dev', headcount: 1, overtimeHours: 0, gross: 2000, tax: 350, pension: 100, net: 1550 },
    { department: 'ops', headcount: 1, overtimeHours: 4, gross: 920, tax: 134, pension: 0, net: 786 },
  ]);
});

test('payslips without hours are rejected', () => {
  assert.throws(() => exportCsv([{ employeeId: 'E9', rate: 10 }]), /invalid hours for E9/);
});
