'use strict';
// Hidden behaviour tests for the payroll exports. The implementation is loaded from the folder
// in LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const csvModule = require(path.join(process.env.LIFTBENCH_IMPL, 'csvExport.js'));
const { exportBankFile } = require(path.join(process.env.LIFTBENCH_IMPL, 'bankFile.js'));
const { departmentSummary } = require(path.join(process.env.LIFTBENCH_IMPL, 'summary.js'));
const { exportCsv, HEADER } = csvModule;

const IBAN = 'DE89370400440532013000';

function slip(fields) {
  return Object.assign({ employeeId: 'E1', name: 'Ann', department: 'ops', hours: 40, rate: 20, iban: IBAN }, fields);
}

/** Pay of one payslip as each of the three outputs reports it; they must all agree. */
function payEverywhere(fields) {
  const p = slip(fields);
  const row = exportCsv([p]).split('\n')[1].split(',');
  const csv = { gross: row[3], tax: row[4], pension: row[5], net: row[6] };
  const s = departmentSummary([p])[0];
  const summary = { gross: s.gross.toFixed(2), tax: s.tax.toFixed(2), pension: s.pension.toFixed(2), net: s.net.toFixed(2) };
  assert.deepEqual(summary, csv, 'summary and CSV agree');
  const bank = exportBankFile([p], { payDate: '2024-05-31' });
  if (Number(csv.net) > 0) {
    assert.equal(bank.total.toFixed(2), csv.net, 'bank file pays the net');
  } else {
    assert.deepEqual(bank.skipped, ['E1']);
  }
  return Object.assign({ overtime: s.overtimeHours }, csv);
}

function amounts(gross, tax, pension, net, overtime) {
  return { overtime: overtime || 0, gross, tax, pension, net };
}

// --- module surface -----------------------------------------------------------------------
test('exports', () => {
  assert.deepEqual(HEADER, ['employee', 'name', 'department', 'gross', 'tax', 'pension', 'net']);
  assert.equal(typeof exportCsv, 'function');
  assert.equal(typeof exportBankFile, 'function');
  assert.equal(typeof departmentSummary, 'function');
});

// --- gross pay ----------------------------------------------------------------------------
test('regular hours up to the contract, overtime at time and a half', () => {
  assert.deepEqual(payEverywhere({ hours: 39 }), amounts('780.00', '106.00', '0.00', '674.00'));
  assert.deepEqual(payEverywhere({ hours: 40 }), amounts('800.00', '110.00', '0.00', '690.00'));
  assert.deepEqual(payEverywhere({ hours: 41 }), amounts('830.00', '116.00', '0.00', '714.00', 1));
  assert.deepEqual(payEverywhere({ hours: 42.5 }), amounts('875.00', '125.00', '0.00', '750.00', 2.5));
});

test('the contract hours move the overtime threshold; 0 means the standard 40', () => {
  assert.deepEqual(payEverywhere({ hours: 32, contractHours: 30 }), amounts('660.00', '82.00', '0.00', '578.00', 2));
  assert.deepEqual(payEverywhere({ hours: 30, contractHours: 30 }), amounts('600.00', '70.00', '0.00', '530.00'));
  assert.deepEqual(payEverywhere({ hours: 42, contractHours: 0 }), amounts('860.00', '122.00', '0.00', '738.00', 2));
});

test('overtime-exempt staff get overtime at the plain rate', () => {
  assert.deepEqual(payEverywhere({ hours: 44, overtimeExempt: true }), amounts('880.00', '126.00', '0.00', '754.00', 4));
});

test('holiday hours pay double and do not count towards overtime', () => {
  assert.deepEqual(payEverywhere({ hours: 36, holidayHours: 4 }), amounts('880.00', '126.00', '0.00', '754.00'));
  assert.deepEqual(payEverywhere({ hours: 42, holidayHours: 8 }), amounts('1180.00', '186.00', '0.00', '994.00', 2));
  assert.deepEqual(payEverywhere({ hours: 40, holidayHours: 0 }), amounts('800.00', '110.00', '0.00', '690.00'));
});

test('bonuses are added to the gross', () => {
  assert.deepEqual(payEverywhere({ bonus: 150.5 }), amounts('950.50', '140.10', '0.00', '810.40'));
  assert.deepEqual(payEverywhere({ bonus: 0 }), amounts('800.00', '110.00', '0.00', '690.00'));
  assert.deepEqual(payEverywhere({ bonus: null }), amounts('800.00', '110.00', '0.00', '690.00'));
});

test('the gross is rounded to cents before tax', () => {
  assert.deepEqual(payEverywhere({ hours: 3, rate: 10.333 }), amounts('31.00', '3.10', '0.00', '27.90'));
  assert.deepEqual(payEverywhere({ hours: 1, rate: 12.346 }), amounts('12.35', '1.24', '0.00', '11.11'));
  assert.deepEqual(payEverywhere({ hours: 7, rate: 15.555, pensionRate: 0.1 }), amounts('108.89', '10.89', '10.89', '87.11'));
});

// --- tax ----------------------------------------------------------------------------------
test('tax bands at their boundaries', () => {
  const at = (gross) => payEverywhere({ hours: 1, rate: gross }).tax;
  assert.equal(at(499.99), '50.00');
  assert.equal(at(500), '50.00');
  assert.equal(at(500.01), '50.00');
  assert.equal(at(501), '50.20');
  assert.equal(at(1999), '349.80');
  assert.equal(at(2000), '350.00');
  assert.equal(at(2001), '350.40');
  assert.equal(at(3000), '750.00');
  assert.equal(at(0.04), '0.00');
  assert.equal(at(0.05), '0.01');
});

test('students have the first 200 tax-free', () => {
  assert.deepEqual(payEverywhere({ hours: 1, rate: 150, student: true }), amounts('150.00', '0.00', '0.00', '150.00'));
  assert.deepEqual(payEverywhere({ hours: 1, rate: 200, student: true }), amounts('200.00', '0.00', '0.00', '200.00'));
  assert.deepEqual(payEverywhere({ hours: 1, rate: 201, student: true }), amounts('201.00', '0.10', '0.00', '200.90'));
  assert.deepEqual(payEverywhere({ hours: 1, rate: 700, student: true }), amounts('700.00', '50.00', '0.00', '650.00'));
  assert.deepEqual(payEverywhere({ hours: 1, rate: 2300, student: true }), amounts('2300.00', '390.00', '0.00', '1910.00'));
});

test('tax-exempt payslips pay no tax', () => {
  assert.deepEqual(payEverywhere({ hours: 100, rate: 100, taxExempt: true }), amounts('13000.00', '0.00', '0.00', '13000.00', 60));
  assert.deepEqual(payEverywhere({ student: true, taxExempt: true }), amounts('800.00', '0.00', '0.00', '800.00'));
});

// --- pension ------------------------------------------------------------------------------
test('pension contributions are a share of the gross, capped at 300', () => {
  assert.deepEqual(payEverywhere({ hours: 1, rate: 2000, pensionRate: 0.05 }), amounts('2000.00', '350.00', '100.00', '1550.00'));
  assert.deepEqual(payEverywhere({ hours: 1, rate: 2000, pensionRate: 0.15 }), amounts('2000.00', '350.00', '300.00', '1350.00'));
  assert.deepEqual(payEverywhere({ hours: 1, rate: 2000, pensionRate: 0.2 }), amounts('2000.00', '350.00', '300.00', '1350.00'));
  assert.deepEqual(payEverywhere({ hours: 1, rate: 1500.05, pensionRate: 0.2 }), amounts('1500.05', '250.01', '300.00', '950.04'));
  assert.deepEqual(payEverywhere({ hours: 1, rate: 1499.95, pensionRate: 0.2 }), amounts('1499.95', '249.99', '299.99', '949.97'));
  assert.deepEqual(payEverywhere({ hours: 1, rate: 333.33, pensionRate: 0.03 }), amounts('333.33', '33.33', '10.00', '290.00'));
  assert.deepEqual(payEverywhere({ pensionRate: 0 }), amounts('800.00', '110.00', '0.00', '690.00'));
});

// --- validation (every output checks the same way, except the summary's zero rate) ------------
const OUTPUTS = {
  csv: (list) => exportCsv(list),
  bank: (list) => exportBankFile(list, { payDate: '2024-05-31' }),
  summary: (list) => departmentSummary(list),
};

for (const [name, run] of Object.entries(OUTPUTS)) {
  test(`${name}: payslips without an employee id are rejected`, () => {
    for (const bad of [null, undefined, {}, slip({ employeeId: '' }), slip({ employeeId: 0 })]) {
      assert.throws(() => run([bad]), { name: 'Error', message: 'payslip without employee id' });
    }
  });

  test(`${name}: invalid hours, holiday hours, bonus and pension rate are rejected in that order`, () => {
    for (const hours of [undefined, '40', -1, null]) {
      assert.throws(() => run([slip({ hours, rate: -1 })]), { message: 'invalid hours for E1' });
    }
    for (const holidayHours of [-1, '2', null]) {
      assert.throws(() => run([slip({ holidayHours, bonus: -1 })]), { message: 'invalid holiday hours for E1' });
    }
    for (const bonus of [-5, '5', true]) {
      assert.throws(() => run([slip({ bonus, pensionRate: 0.9 })]), { message: 'invalid bonus for E1' });
    }
    for (const pensionRate of [0.21, -0.1, 1]) {
      assert.throws(() => run([slip({ pensionRate })]), { message: 'invalid pension rate for E1' });
    }
  });

  test(`${name}: negative or non-numeric rates are rejected, before the holiday hours`, () => {
    for (const rate of [-1, '20', undefined, -0.01]) {
      assert.throws(() => run([slip({ rate, holidayHours: -1 })]), { message: 'invalid rate for E1' });
    }
  });

  test(`${name}: zero hours are fine`, () => {
    assert.doesNotThrow(() => run([slip({ hours: 0, holidayHours: 0 })]));
  });
}

test('a rate of 0 is rejected by the exports but accepted by the summary', () => {
  assert.throws(() => exportCsv([slip({ rate: 0 })]), { message: 'invalid rate for E1' });
  assert.throws(() => exportBankFile([slip({ rate: 0 })], { payDate: '2024-05-31' }), { message: 'invalid rate for E1' });
  assert.deepEqual(departmentSummary([slip({ rate: 0, bonus: 100, department: 'interns' })]), [
    { department: 'interns', headcount: 1, overtimeHours: 0, gross: 100, tax: 10, pension: 0, net: 90 },
  ]);
  assert.throws(() => departmentSummary([slip({ rate: 0, holidayHours: -1 })]), { message: 'invalid holiday hours for E1' });
});

// --- CSV ----------------------------------------------------------------------------------
test('CSV rows are sorted by employee id as text, without touching the input', () => {
  const list = [slip({ employeeId: 'E9' }), slip({ employeeId: 'E10', hours: 10 }), slip({ employeeId: 'A1', hours: 1 })];
  const ids = exportCsv(list)
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]);
  assert.deepEqual(ids, ['A1', 'E10', 'E9']);
  assert.deepEqual(
    list.map((p) => p.employeeId),
    ['E9', 'E10', 'A1'],
  );
  const numeric = exportCsv([slip({ employeeId: 7 }), slip({ employeeId: 10 })]);
  assert.deepEqual(
    numeric
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]),
    ['10', '7'],
  );
});

test('CSV fields with the separator, quotes or new lines are quoted', () => {
  const csv = exportCsv([slip({ name: 'Lee, "Sam"', department: 'r&d\nlab' }), slip({ employeeId: 'E2', name: undefined, department: '' })]);
  assert.equal(
    csv,
    [
      'employee,name,department,gross,tax,pension,net',
      'E1,"Lee, ""Sam""","r&d\nlab",800.00,110.00,0.00,690.00',
      'E2,,,800.00,110.00,0.00,690.00',
    ].join('\n'),
  );
});

test('CSV fields starting with a special character, or with a lone quote, are quoted', () => {
  const row = (name) => exportCsv([slip({ name })]).split('\n')[1];
  assert.equal(row(',lead'), 'E1,",lead",ops,800.00,110.00,0.00,690.00');
  assert.equal(row('"Sam"'), 'E1,"""Sam""",ops,800.00,110.00,0.00,690.00');
  assert.equal(row('Sam "the man"'), 'E1,"Sam ""the man""",ops,800.00,110.00,0.00,690.00');
  assert.equal(exportCsv([slip({ name: '\nx' })]), HEADER.join(',') + '\nE1,"\nx",ops,800.00,110.00,0.00,690.00');
});

test('hours that are not a number propagate as NaN', () => {
  assert.equal(exportCsv([slip({ hours: NaN })]).split('\n')[1], 'E1,Ann,ops,NaN,NaN,0.00,NaN');
});

test('CSV with another separator', () => {
  const csv = exportCsv([slip({ name: 'Lee, Sam; jr' })], { separator: ';' });
  assert.equal(csv, 'employee;name;department;gross;tax;pension;net\nE1;"Lee, Sam; jr";ops;800.00;110.00;0.00;690.00');
  assert.equal(exportCsv([slip({ name: 'a;b' })], { separator: '' }).split('\n')[1], 'E1,a;b,ops,800.00,110.00,0.00,690.00');
});

test('CSV filtered to one department, skipping empty entries', () => {
  const list = [slip({ employeeId: 'E3', department: 'dev' }), null, slip({ employeeId: 'E2' }), slip({ employeeId: 'E1', department: 'dev' })];
  assert.equal(
    exportCsv(list, { department: 'dev' }),
    'employee,name,department,gross,tax,pension,net\nE1,Ann,dev,800.00,110.00,0.00,690.00\nE3,Ann,dev,800.00,110.00,0.00,690.00',
  );
  assert.equal(exportCsv(list, { department: 'none' }), 'employee,name,department,gross,tax,pension,net');
  assert.throws(() => exportCsv(list, { department: '' }), { message: 'payslip without employee id' });
});

test('CSV totals row adds up the rounded amounts', () => {
  const list = [
    slip({ employeeId: 'E1', hours: 1, rate: 0.105 }),
    slip({ employeeId: 'E2', hours: 1, rate: 0.105 }),
    slip({ employeeId: 'E3', hours: 10, rate: 333.33, pensionRate: 0.05 }),
  ];
  const lines = exportCsv(list, { totals: true }).split('\n');
  assert.equal(lines.length, 5);
  assert.equal(lines[4], 'TOTAL,,,3333.52,883.34,166.67,2283.51');
  assert.equal(exportCsv([], { totals: true }), 'employee,name,department,gross,tax,pension,net\nTOTAL,,,0.00,0.00,0.00,0.00');
  assert.equal(exportCsv([]), 'employee,name,department,gross,tax,pension,net');
  assert.equal(exportCsv([], { totals: false }), 'employee,name,department,gross,tax,pension,net');
});

// --- bank file ------------------------------------------------------------------------------
test('the bank file needs a well-formed pay date before anything else', () => {
  for (const options of [undefined, {}, { payDate: '' }, { payDate: '2024-5-31' }, { payDate: '31.05.2024' }, { payDate: '2024-05-31x' }, { payDate: 'x2024-05-31' }]) {
    assert.throws(() => exportBankFile([null], options), { name: 'Error', message: 'a pay date (YYYY-MM-DD) is required' });
  }
});

test('bank file lines are fixed width, in input order', () => {
  const file = exportBankFile(
    [slip({ employeeId: 'E2', iban: 'nl91 abna 0417 1643 00' }), slip({ employeeId: 'E1234567890XY', hours: 10, rate: 10.01 })],
    { payDate: '2024-05-31' },
  );
  assert.deepEqual(file.lines, [
    'HDR20240531000002',
    'PAYE2        NL91ABNA0417164300                000000069000' + '20240531' + 'SALARY            ',
    'PAYE123456789' + 'DE89370400440532013000            ' + '000000009009' + '20240531' + 'SALARY            ',
    'TRL000000000078009',
  ]);
  assert.equal(file.total, 780.09);
  assert.deepEqual(file.skipped, []);
});

test('the payment reference is padded or cut to 18 characters', () => {
  const short = exportBankFile([slip({})], { payDate: '2024-01-02', reference: 'MAY' }).lines[1];
  assert.equal(short.slice(-26), '20240102MAY               ');
  const long = exportBankFile([slip({})], { payDate: '2024-01-02', reference: 'SALARY MAY 2024 - BONUS' }).lines[1];
  assert.equal(long.slice(-18), 'SALARY MAY 2024 - ');
  assert.equal(long.length, 3 + 10 + 34 + 12 + 8 + 18);
});

test('nothing to pay is skipped, before the IBAN is checked', () => {
  const file = exportBankFile(
    [slip({ employeeId: 'E1', hours: 0 }), slip({ employeeId: 'E2', hours: 0, iban: 'bad' }), slip({ employeeId: 'E3', hours: 1, rate: 0.01 })],
    { payDate: '2024-05-31' },
  );
  assert.deepEqual(file.skipped, ['E1', 'E2']);
  assert.deepEqual(file.lines, ['HDR20240531000001', 'PAYE3        DE89370400440532013000            00000000000120240531SALARY            ', 'TRL000000000000001']);
  assert.equal(file.total, 0.01);
  const none = exportBankFile([], { payDate: '2024-05-31' });
  assert.deepEqual(none, { lines: ['HDR20240531000000', 'TRL000000000000000'], total: 0, skipped: [] });
});

test('IBANs are checked for length and shape', () => {
  const run = (iban) => exportBankFile([slip({ iban })], { payDate: '2024-05-31' });
  assert.equal(run('AB12' + '3'.repeat(11)).lines.length, 3);
  assert.equal(run('AB12' + '3'.repeat(30)).lines.length, 3);
  assert.equal(run('ab12 c3d4 e5f6 g7h').lines[1].slice(13, 47), 'AB12C3D4E5F6G7H                   ');
  for (const bad of ['AB12' + '3'.repeat(10), 'AB12' + '3'.repeat(31), undefined, '', '12AB' + '3'.repeat(12), 'ABCD' + '3'.repeat(12), 'AB12-3333333333333', 'A123' + '3'.repeat(12), 'AB1233-333333333', 'AB1C' + '3'.repeat(12)]) {
    assert.throws(() => run(bad), { name: 'Error', message: 'invalid IBAN for E1' }, String(bad));
  }
});

test('the bank total adds up the rounded net amounts', () => {
  const list = [];
  for (let i = 0; i < 3; i++) {
    list.push(slip({ employeeId: 'E' + i, hours: 1, rate: 0.115 }));
  }
  const file = exportBankFile(list, { payDate: '2024-05-31' });
  assert.equal(file.total, 0.33);
  assert.equal(file.lines[4], 'TRL000000000000033');
  assert.equal(file.lines[1].slice(47, 59), '000000000011');
});

// --- summary --------------------------------------------------------------------------------
test('the summary groups by department in name order', () => {
  const rows = departmentSummary([
    slip({ employeeId: 'E1', department: 'ops', hours: 45 }),
    slip({ employeeId: 'E2', department: undefined, hours: 10 }),
    slip({ employeeId: 'E3', department: 'Dev', hours: 40, pensionRate: 0.1 }),
    slip({ employeeId: 'E4', department: 'ops', hours: 41.5, contractHours: 38 }),
    slip({ employeeId: 'E5', department: 'constructor', hours: 1 }),
  ]);
  assert.deepEqual(rows, [
    { department: 'Dev', headcount: 1, overtimeHours: 0, gross: 800, tax: 110, pension: 80, net: 610 },
    { department: 'constructor', headcount: 1, overtimeHours: 0, gross: 20, tax: 2, pension: 0, net: 18 },
    { department: 'ops', headcount: 2, overtimeHours: 8.5, gross: 1815, tax: 263, pension: 0, net: 1552 },
    { department: 'unassigned', headcount: 1, overtimeHours: 0, gross: 200, tax: 20, pension: 0, net: 180 },
  ]);
});

test('the summary rounds its running totals to cents', () => {
  const rows = departmentSummary([
    slip({ employeeId: 'E1', hours: 1, rate: 0.115 }),
    slip({ employeeId: 'E2', hours: 1, rate: 0.115 }),
    slip({ employeeId: 'E3', hours: 1, rate: 0.115 }),
  ]);
  assert.deepEqual(rows, [{ department: 'ops', headcount: 3, overtimeHours: 0, gross: 0.36, tax: 0.03, pension: 0, net: 0.33 }]);
});

test('small departments can be left out', () => {
  const list = [
    slip({ employeeId: 'E1', department: 'a' }),
    slip({ employeeId: 'E2', department: 'b' }),
    slip({ employeeId: 'E3', department: 'b' }),
    slip({ employeeId: 'E4', department: 'c' }),
    slip({ employeeId: 'E5', department: 'c' }),
    slip({ employeeId: 'E6', department: 'c' }),
  ];
  const names = (options) => departmentSummary(list, options).map((row) => row.department + row.headcount);
  assert.deepEqual(names(), ['a1', 'b2', 'c3']);
  assert.deepEqual(names({ minHeadcount: 0 }), ['a1', 'b2', 'c3']);
  assert.deepEqual(names({ minHeadcount: 1 }), ['a1', 'b2', 'c3']);
  assert.deepEqual(names({ minHeadcount: 2 }), ['b2', 'c3']);
  assert.deepEqual(names({ minHeadcount: 3 }), ['c3']);
  assert.deepEqual(names({ minHeadcount: 4 }), []);
  assert.deepEqual(departmentSummary([]), []);
});
