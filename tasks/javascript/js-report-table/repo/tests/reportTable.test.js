'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { renderText, renderCsv, renderMarkdown } = require('../reportTable');

const COLUMNS = [
  { key: 'account', title: 'Account', type: 'text' },
  { key: 'opened', title: 'Opened', type: 'date' },
  { key: 'balance', title: 'Balance', type: 'money' },
  { key: 'share', title: 'Share', type: 'percent' },
];

const ROWS = [
  { account: 'Acme Corp', opened: '2021-04-01', balance: 1250.5, share: 0.125 },
  { account: 'Globex', opened: new Date('2019-11-30T00:00:00Z'), balance: -80, share: 0.5 },
];

test('plain-text table with aligned columns', () => {
  assert.equal(
    renderText(ROWS, COLUMNS),
    [
      'Account   | Opened     | Balance  | Share',
      '----------+------------+----------+------',
      'Acme Corp | 2021-04-01 | 1,250.50 | 12.5%',
      'Globex    | 2019-11-30 |   -80.00 | 50.0%',
    ].join('\n'),
  );
});

test('plain-text table with a totals row', () => {
  const text = renderText(ROWS, COLUMNS, { totals: true });
  assert.equal(text.split('\n').pop(), 'Total     |            | 1,170.50 |');
});

test('CSV quotes fields with delimiters', () => {
  const rows = [{ account: 'Smith, Jones & Co', opened: '2020-01-02', balance: 10, share: null }];
  assert.equal(renderCsv(rows, COLUMNS), 'Account,Opened,Balance,Share\n"Smith, Jones & Co",2020-01-02,10.00,');
});

test('Markdown table with alignment row', () => {
  assert.equal(
    renderMarkdown(ROWS.slice(0, 1), COLUMNS),
    [
      '| Account | Opened | Balance | Share |',
      '| --- | --- | ---: | ---: |',
      '| Acme Corp | 2021-04-01 | 1,250.50 | 12.5% |',
    ].join('\n'),
  );
});
