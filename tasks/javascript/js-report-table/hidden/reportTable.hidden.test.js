'use strict';
// Hidden behaviour tests for the report renderers. The implementation is loaded from the folder
// in LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'reportTable.js'));
const { renderText, renderCsv, renderMarkdown } = impl;

function lines(text) {
  return text.split('\n');
}

function textCell(value, col, options) {
  // the body row of a one-column plain-text table, untrimmed cells are trimmed at the end
  return lines(renderText([{ v: value }], [Object.assign({ key: 'v', title: 'V' }, col)], options))[2];
}

function csvCell(value, col, options) {
  return renderCsv([{ v: value }], [Object.assign({ key: 'v', title: 'V' }, col)], Object.assign({ header: false }, options));
}

function mdCell(value, col, options) {
  const out = lines(renderMarkdown([{ v: value }], [Object.assign({ key: 'v', title: 'V' }, col)], options))[2];
  assert.ok(out.startsWith('| ') && out.endsWith(' |'), out);
  return out.slice(2, -2);
}

test('exports', () => {
  assert.equal(impl.ELLIPSIS, '~');
  for (const fn of [renderText, renderCsv, renderMarkdown]) {
    assert.equal(typeof fn, 'function');
  }
});

// --- numbers ------------------------------------------------------------------------------
test('numbers: decimals, rounding and grouping per renderer', () => {
  const col = { type: 'number' };
  assert.equal(textCell(1234567.891, col), '1234568');
  assert.equal(textCell(1234567.891, col, { thousands: true }), '1,234,568');
  assert.equal(textCell(1234567.891, { type: 'number', decimals: 2 }, { thousands: true }), '1,234,567.89');
  assert.equal(textCell(1234.5, { type: 'number', decimals: 0 }), '1235');
  assert.equal(textCell(-1234.5, { type: 'number', decimals: 1 }, { thousands: 1 }), '-1,234.5');
  assert.equal(textCell('42', col), '42');
  assert.equal(textCell('abc', col), 'NaN');
  assert.equal(textCell(0, col), '0');
  assert.equal(textCell(999, col, { thousands: true }), '999');
  assert.equal(csvCell(1234567.891, col), '1234568');
  assert.equal(csvCell(1234567.891, { type: 'number', decimals: 3 }, { thousands: true }), '1234567.891');
  assert.equal(csvCell(-0.5, { type: 'number', decimals: 1 }), '-0.5');
  assert.equal(mdCell(1234567.891, col), '1,234,568');
  assert.equal(mdCell(1234567.891, { type: 'number', decimals: 1 }, { thousands: false }), '1,234,567.9');
  assert.equal(mdCell(12, { type: 'number', decimals: 2 }), '12.00');
  // only the whole part is grouped
  assert.equal(textCell(1234.56789, { type: 'number', decimals: 4 }, { thousands: true }), '1,234.5679');
  assert.equal(mdCell(1234.56789, { type: 'number', decimals: 5 }), '1,234.56789');
  assert.equal(mdCell(1234, { type: 'number', decimals: 4 }), '1,234.0000');
});

test('money: two decimals, grouped, and parentheses for accountants', () => {
  const col = { type: 'money' };
  assert.equal(textCell(1234567.5, col), '1,234,567.50');
  assert.equal(textCell(-1234.567, col), '-1,234.57');
  assert.equal(textCell(-1234.567, col, { accounting: true }), '(1,234.57)');
  assert.equal(textCell(1234.5, col, { accounting: true }), '1,234.50');
  assert.equal(textCell(0, col, { accounting: true }), '0.00');
  assert.equal(textCell(-0.001, col, { accounting: true }), '(0.00)');
  assert.equal(textCell('-5', col, { accounting: true }), '(5.00)');
  assert.equal(textCell(12, { type: 'money', decimals: 0 }), '12.00');
  assert.equal(csvCell(1234567.5, col), '1234567.50');
  assert.equal(csvCell(-1234.5, col, { accounting: true }), '-1234.50');
  assert.equal(mdCell(1234567.5, col), '1,234,567.50');
  assert.equal(mdCell(-1234.5, col), '-1,234.50');
  assert.equal(mdCell(-1234.5, col, { accounting: true }), '(1,234.50)');
});

test('percentages: one decimal, raw in CSV on request', () => {
  const col = { type: 'percent' };
  assert.equal(textCell(0.1234, col), '12.3%');
  assert.equal(textCell(1.5, col), '150.0%');
  assert.equal(textCell(-0.05, col), '-5.0%');
  assert.equal(textCell(12345, col, { thousands: true }), '1234500.0%');
  assert.equal(csvCell(0.1234, col), '12.3%');
  assert.equal(csvCell(0.1234, col, { rawPercent: true }), '0.1234');
  assert.equal(csvCell('0.25', col, { rawPercent: true }), '0.25');
  assert.equal(textCell(0.1234, col, { rawPercent: true }), '12.3%');
  assert.equal(mdCell(0.1234, col, { rawPercent: true }), '12.3%');
  assert.equal(mdCell(0, col), '0.0%');
});

test('dates: the day of a Date, the first ten characters of anything else', () => {
  const col = { type: 'date' };
  for (const cell of [textCell, csvCell, mdCell]) {
    assert.equal(cell(new Date('2024-02-29T23:59:59Z'), col), '2024-02-29');
    assert.equal(cell('2024-02-29T10:00:00Z', col), '2024-02-29');
    assert.equal(cell('2024-2-3', col), '2024-2-3');
    assert.equal(cell(20240229, col), '20240229');
  }
});

test('text and unknown types are printed as they are', () => {
  for (const col of [{ type: 'text' }, {}, { type: 'string' }, { type: 'toString' }, { type: 'constructor' }]) {
    assert.equal(textCell('Acme', col), 'Acme');
    assert.equal(textCell(12.5, col), '12.5');
    assert.equal(textCell(true, col), 'true');
    assert.equal(csvCell(12.5, col), '12.5');
    assert.equal(mdCell(false, col), 'false');
  }
});

// --- empty cells --------------------------------------------------------------------------
test('empty cells: a dash in text, nothing in CSV and Markdown, or the nullText option', () => {
  for (const col of [{ type: 'text' }, { type: 'number' }, { type: 'money' }, { type: 'date' }, { type: 'percent' }]) {
    assert.equal(textCell(null, col), '-');
    assert.equal(textCell(undefined, col), '-');
    assert.equal(textCell(null, col, { nullText: 'n/a' }), 'n/a');
    assert.equal(csvCell(null, col), '');
    assert.equal(csvCell(undefined, col, { nullText: 'NULL' }), 'NULL');
    assert.equal(mdCell(null, col), '');
    assert.equal(mdCell(null, col, { nullText: '—' }), '—');
  }
  assert.equal(textCell(null, {}, { nullText: '' }), '');
  assert.equal(textCell(null, {}, { nullText: undefined }), '-');
  assert.equal(mdCell(null, {}, { nullText: 0 }), '0');
  assert.equal(textCell(0, {}), '0');
  assert.equal(textCell('', {}), '');
  assert.equal(csvCell(0, {}), '0');
  assert.equal(csvCell(null, {}, { nullText: 'a,b' }), '"a,b"');
  assert.equal(mdCell(null, {}, { nullText: 'a|b' }), 'a|b');
  assert.equal(textCell(null, { type: 'number' }, { nullText: 'missing' }), 'missing');
  assert.deepEqual(lines(renderText([{}], [{ key: 'x', title: 'X', type: 'number' }])), ['X', '-', '-']);
});

// --- truncation ---------------------------------------------------------------------------
test('cells longer than the column width are cut with the ellipsis', () => {
  assert.equal(textCell('abcdef', { width: 4 }), 'abc~');
  assert.equal(textCell('abcd', { width: 4 }), 'abcd');
  assert.equal(textCell('abc', { width: 4 }), 'abc');
  assert.equal(textCell('abcde', { width: 4 }), 'abc~');
  assert.equal(textCell('abcdef', { width: 1 }), '~');
  assert.equal(textCell('abcdef', { width: 0 }), 'abcdef');
  assert.equal(textCell(1234567, { type: 'money', width: 8 }), '1,234,5~');
  assert.equal(textCell(null, { width: 3 }, { nullText: 'unknown' }), 'un~');
  assert.equal(mdCell('abcdef', { width: 4 }), 'abc~');
  assert.equal(mdCell('a|bcdef', { width: 4 }), 'a\\|~');
  assert.equal(mdCell(null, { width: 2 }, { nullText: 'none' }), 'n~');
  assert.equal(mdCell(1234567, { type: 'number', width: 5 }), '1,23~');
  assert.equal(csvCell('abcdef', { width: 4 }), 'abcdef');
  // the width caps the cells, not the title
  assert.deepEqual(lines(renderText([{ v: 'abcdef' }], [{ key: 'v', title: 'Description', width: 4 }])), [
    'Description',
    '-----------',
    'abc~',
  ]);
});

// --- plain text layout --------------------------------------------------------------------
const ACCOUNTS = [
  { key: 'name', title: 'Name', type: 'text' },
  { key: 'count', title: 'Orders', type: 'number' },
  { key: 'total', title: 'Amount', type: 'money' },
  { key: 'rate', title: 'Rate', type: 'percent' },
  { key: 'since', title: 'Since', type: 'date' },
];

const ACCOUNT_ROWS = [
  { name: 'Initech', count: 1200, total: 98765.4, rate: 0.05, since: '2015-06-01' },
  { name: 'Umbrella', count: 7, total: -1500, rate: null, since: null },
  { name: 'Hooli', count: null, total: 12.345, rate: 1, since: new Date('2020-01-15T00:00:00Z') },
];

test('plain text: widths, alignment, separators and trimmed line ends', () => {
  assert.deepEqual(lines(renderText(ACCOUNT_ROWS, ACCOUNTS)), [
    'Name     | Orders | Amount    | Rate   | Since',
    '---------+--------+-----------+--------+-----------',
    'Initech  |   1200 | 98,765.40 |   5.0% | 2015-06-01',
    'Umbrella |      7 | -1,500.00 |      - | -',
    'Hooli    |      - |     12.35 | 100.0% | 2020-01-15',
  ]);
});

test('plain text: the totals row sums numbers and money', () => {
  assert.deepEqual(lines(renderText(ACCOUNT_ROWS, ACCOUNTS, { totals: true, thousands: true, accounting: true })), [
    'Name     | Orders | Amount     | Rate   | Since',
    '---------+--------+------------+--------+-----------',
    'Initech  |  1,200 |  98,765.40 |   5.0% | 2015-06-01',
    'Umbrella |      7 | (1,500.00) |      - | -',
    'Hooli    |      - |      12.35 | 100.0% | 2020-01-15',
    '---------+--------+------------+--------+-----------',
    'Total    |  1,207 |  97,277.74 |        |',
  ]);
  const negative = renderText([{ name: 'x', total: -2000 }], ACCOUNTS, { totals: true, accounting: true });
  assert.equal(lines(negative)[4], 'Total |      0 |  -2,000.00 |      |');
});

test('plain text totals: first column is the label, text columns stay blank', () => {
  const cols = [
    { key: 'n', title: 'N', type: 'number' },
    { key: 'd', title: 'D', type: 'number', decimals: 2 },
    { key: 's', title: 'S', type: 'text' },
  ];
  const rows = [
    { n: 5, d: 1.005, s: 'a' },
    { n: '6', d: 2, s: 'b' },
    { n: 7, d: null, s: 'c' },
  ];
  assert.deepEqual(lines(renderText(rows, cols, { totals: true })), [
    'N | D    | S',
    '--+------+--',
    '5 | 1.00 | a',
    '6 | 2.00 | b',
    '7 |    - | c',
    '--+------+--',
    'Total | 3.00 |',
  ]);
  assert.deepEqual(lines(renderText([{ n: 123456, d: 1 }], cols, { totals: true, thousands: true })).slice(-1), [
    'Total   | 1.00 |',
  ]);
  assert.deepEqual(lines(renderText([{ n: 1, d: 123456.789 }], cols, { totals: true, thousands: true })).slice(-1), [
    'Total | 123,456.79 |',
  ]);
  assert.deepEqual(lines(renderText([{ n: 1, d: 9999999 }], cols, { totals: true })).slice(-1), [
    'Total | 9999999.00 |',
  ]);
  const money = [
    { key: 'n', title: 'Name', type: 'text' },
    { key: 'm', title: 'Money', type: 'money' },
  ];
  assert.deepEqual(lines(renderText([{ n: 'a', m: 0.1 }, { n: 'b', m: 0.2 }], money, { totals: true })).slice(-1), [
    'Total |  0.30',
  ]);
  assert.deepEqual(lines(renderText([{ n: 'a', m: 1234 }, { n: 'b', m: 1 }], money, { totals: 1 })).slice(-1), [
    'Total | 1,235.00',
  ]);
});

test('plain text: no totals row without rows or without the option', () => {
  assert.deepEqual(lines(renderText([], ACCOUNTS, { totals: true })), [
    'Name | Orders | Amount | Rate | Since',
    '-----+--------+--------+------+------',
  ]);
  assert.equal(lines(renderText(ACCOUNT_ROWS, ACCOUNTS, { totals: false })).length, 5);
  assert.equal(lines(renderText(ACCOUNT_ROWS, ACCOUNTS, { totals: 0 })).length, 5);
  assert.equal(renderText([], []), '\n');
  assert.equal(renderText([{ a: 1 }], []), '\n\n');
});

test('plain text: the align option overrides the type', () => {
  const cols = [
    { key: 'a', title: 'Left', type: 'number', align: 'left' },
    { key: 'b', title: 'Right', type: 'text', align: 'right' },
    { key: 'c', title: 'Center', type: 'money', align: 'center' },
    { key: 'd', title: 'Default', type: 'percent' },
  ];
  assert.deepEqual(lines(renderText([{ a: 1, b: 'x', c: 2, d: 0.5 }], cols)), [
    'Left | Right | Center | Default',
    '-----+-------+--------+--------',
    '1    |     x | 2.00   |   50.0%',
  ]);
});

test('plain text: titles are printed as strings', () => {
  assert.deepEqual(lines(renderText([{ a: 'xy' }], [{ key: 'a', title: 7 }])), ['7', '--', 'xy']);
  assert.deepEqual(lines(renderText([{ a: 'xy' }], [{ key: 'a' }])), ['undefined', '---------', 'xy']);
});

// --- CSV ----------------------------------------------------------------------------------
test('CSV: header, formatting and line breaks', () => {
  assert.equal(
    renderCsv(ACCOUNT_ROWS, ACCOUNTS),
    [
      'Name,Orders,Amount,Rate,Since',
      'Initech,1200,98765.40,5.0%,2015-06-01',
      'Umbrella,7,-1500.00,,',
      'Hooli,,12.35,100.0%,2020-01-15',
    ].join('\n'),
  );
  assert.equal(renderCsv(ACCOUNT_ROWS.slice(0, 1), ACCOUNTS, { header: false, crlf: true }), 'Initech,1200,98765.40,5.0%,2015-06-01');
  assert.equal(
    renderCsv(ACCOUNT_ROWS.slice(0, 2), ACCOUNTS, { crlf: true, rawPercent: true }),
    'Name,Orders,Amount,Rate,Since\r\nInitech,1200,98765.40,0.05,2015-06-01\r\nUmbrella,7,-1500.00,,',
  );
  assert.equal(renderCsv([], ACCOUNTS), 'Name,Orders,Amount,Rate,Since');
  assert.equal(renderCsv([], ACCOUNTS, { header: false }), '');
  assert.equal(renderCsv([{}], [{ key: 'a', title: 'A' }], { header: 0 }), 'A\n');
  assert.equal(renderCsv(ACCOUNT_ROWS.slice(0, 1), ACCOUNTS, { totals: true, thousands: true, accounting: true }).split('\n').length, 2);
});

test('CSV: quoting of delimiters, quotes and line breaks', () => {
  const cols = [
    { key: 'a', title: 'A, a' },
    { key: 'b', title: 'B "b"' },
  ];
  const rows = [
    { a: 'plain', b: 'say "hi"' },
    { a: 'two\nlines', b: 'semi;colon' },
    { a: 'tab\there', b: 'end,' },
    { a: 'cr\ronly', b: '' },
  ];
  assert.equal(
    renderCsv(rows, cols),
    ['"A, a","B ""b"""', 'plain,"say ""hi"""', '"two\nlines",semi;colon', 'tab\there,"end,"', 'cr\ronly,'].join('\n'),
  );
  assert.equal(
    renderCsv(rows, cols, { delimiter: ';' }),
    ['A, a;"B ""b"""', 'plain;"say ""hi"""', '"two\nlines";"semi;colon"', 'tab\there;end,', 'cr\ronly;'].join('\n'),
  );
  assert.equal(
    renderCsv(rows, cols, { delimiter: '\t', header: false }),
    ['plain\t"say ""hi"""', '"two\nlines"\tsemi;colon', '"tab\there"\tend,', 'cr\ronly\t'].join('\n'),
  );
  assert.equal(renderCsv([{ a: 1234.5 }], [{ key: 'a', title: 'A', type: 'money' }], { delimiter: '.' }), 'A\n"1234.50"');
  assert.equal(renderCsv([{ a: 'x' }], [{ key: 'a', title: 'A' }], { delimiter: '' }), 'A\nx');
  assert.equal(renderCsv([{ a: 'x', b: 'y' }], [{ key: 'a', title: 'A' }, { key: 'b', title: 'B' }], { delimiter: ' | ' }), 'A | B\nx | y');
});

// --- Markdown -----------------------------------------------------------------------------
test('Markdown: header, alignment row and cells', () => {
  assert.deepEqual(lines(renderMarkdown(ACCOUNT_ROWS, ACCOUNTS)), [
    '| Name | Orders | Amount | Rate | Since |',
    '| --- | ---: | ---: | ---: | --- |',
    '| Initech | 1,200 | 98,765.40 | 5.0% | 2015-06-01 |',
    '| Umbrella | 7 | -1,500.00 |  |  |',
    '| Hooli |  | 12.35 | 100.0% | 2020-01-15 |',
  ]);
  assert.deepEqual(lines(renderMarkdown([], ACCOUNTS, { totals: true })), [
    '| Name | Orders | Amount | Rate | Since |',
    '| --- | ---: | ---: | ---: | --- |',
  ]);
  assert.equal(renderMarkdown([], []), '|  |\n|  |');
});

test('Markdown: alignment options', () => {
  const cols = [
    { key: 'a', title: 'A', type: 'number', align: 'left' },
    { key: 'b', title: 'B', type: 'text', align: 'right' },
    { key: 'c', title: 'C', align: 'center' },
    { key: 'd', title: 'D', type: 'money', align: 'center' },
    { key: 'e', title: 'E', align: 'justify' },
    { key: 'f', title: 'F', type: 'percent', align: '' },
    { key: 'g', title: 'G', align: 'toString' },
  ];
  assert.equal(lines(renderMarkdown([], cols))[1], '| --- | ---: | :---: | :---: | --- | ---: | --- |');
});

test('Markdown: pipes are escaped and line breaks flattened in text', () => {
  const cols = [
    { key: 'a', title: 'A|B' },
    { key: 'b', title: 'Date', type: 'date' },
  ];
  assert.equal(
    renderMarkdown([{ a: 'x|y\nz', b: 'a|b\ncdefghij' }], cols),
    '| A\\|B | Date |\n| --- | --- |\n| x\\|y z | a|b\ncdefgh |',
  );
  assert.equal(mdCell('p||q', { type: 'unknown' }), 'p\\|\\|q');
  assert.equal(mdCell('two\n\nbreaks', {}), 'two  breaks');
  assert.equal(mdCell('cr\r\nlf', {}), 'cr\r lf');
});

test('the renderers leave rows and columns untouched', () => {
  const rows = JSON.parse(JSON.stringify(ACCOUNT_ROWS.slice(0, 2)));
  const cols = JSON.parse(JSON.stringify(ACCOUNTS));
  const before = JSON.stringify([rows, cols]);
  renderText(rows, cols, { totals: true });
  renderCsv(rows, cols);
  renderMarkdown(rows, cols);
  assert.equal(JSON.stringify([rows, cols]), before);
});
