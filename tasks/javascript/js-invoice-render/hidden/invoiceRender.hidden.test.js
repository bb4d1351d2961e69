'use strict';
// Hidden behaviour tests for the invoice renderers: whole documents for a set of invoices (every
// layout detail pinned), then the checks and their order. The implementation is loaded from the
// folder in LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'invoiceRender.js'));
const { renderText, renderHtml, renderCsv } = impl;

test('exports', () => {
  assert.deepEqual(impl.TAX_RATES, {
    DE: { standard: 0.19, reduced: 0.07 },
    AT: { standard: 0.2, reduced: 0.1 },
    FR: { standard: 0.2, reduced: 0.055 },
  });
  assert.equal(impl.PAYMENT_DAYS, 14);
  for (const fn of [renderText, renderHtml, renderCsv]) {
    assert.equal(typeof fn, 'function');
  }
});

// [label, invoice, text options, html options, csv options, expected text, html, csv, csv with defaults]
const SCENARIOS = [
  [
    "DE, three tax classes, no VAT ID",
    {"number":"R-1","date":"2024-03-01","customer":{"name":"Muster GmbH"},"lines":[{"description":"Consulting","quantity":2,"unitPrice":120},{"description":"Handbook","quantity":1,"unitPrice":30,"taxClass":"reduced"},{"description":"Insurance fee","quantity":1,"unitPrice":12.5,"taxClass":"exempt"},{"description":"Cables","quantity":3,"unitPrice":4.99,"taxClass":"standard"}]},
    {},
    {},
    {},
    "INVOICE R-1\nDate: 2024-03-01\nCustomer: Muster GmbH\n\nConsulting                       2    120.00 EUR    240.00 EUR\nHandbook                         1     30.00 EUR     30.00 EUR\nInsurance fee                    1     12.50 EUR     12.50 EUR\nCables                           3      4.99 EUR     14.97 EUR\n\nNet                                                 297.47 EUR\nVAT 19%                                              48.44 EUR\nVAT 7%                                                2.10 EUR\nTotal                                               348.01 EUR\n\nPayment due by 2024-03-15.",
    "<section class=\"invoice\">\n<h1>Invoice R-1</h1>\n<p class=\"date\">2024-03-01</p>\n<p class=\"customer\">Muster GmbH</p>\n<table>\n<tr><th>Item</th><th>Qty</th><th>Price</th><th>Amount</th></tr>\n<tr><td>Consulting</td><td>2</td><td>120.00 EUR</td><td>240.00 EUR</td></tr>\n<tr><td>Handbook</td><td>1</td><td>30.00 EUR</td><td>30.00 EUR</td></tr>\n<tr><td>Insurance fee</td><td>1</td><td>12.50 EUR</td><td>12.50 EUR</td></tr>\n<tr><td>Cables</td><td>3</td><td>4.99 EUR</td><td>14.97 EUR</td></tr>\n</table>\n<table class=\"totals\">\n<tr><th>Net</th><td>297.47 EUR</td></tr>\n<tr><th>VAT 19%</th><td>48.44 EUR</td></tr>\n<tr><th>VAT 7%</th><td>2.10 EUR</td></tr>\n<tr class=\"total\"><th>Total</th><td>348.01 EUR</td></tr>\n</table>\n<p class=\"due\">Payment due by 2024-03-15.</p>\n</section>",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\nR-1;1;Consulting;2;120,00;240,00;19%\nR-1;2;Handbook;1;30,00;30,00;7%\nR-1;3;Insurance fee;1;12,50;12,50;0%\nR-1;4;Cables;3;4,99;14,97;19%\nR-1;net;;;;297,47;\nR-1;vat;;;;50,54;\nR-1;total;;;;348,01;",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\nR-1;1;Consulting;2;120,00;240,00;19%\nR-1;2;Handbook;1;30,00;30,00;7%\nR-1;3;Insurance fee;1;12,50;12,50;0%\nR-1;4;Cables;3;4,99;14,97;19%\nR-1;net;;;;297,47;\nR-1;vat;;;;50,54;\nR-1;total;;;;348,01;",
  ],
  [
    "AT with discounts, CHF and a VAT ID",
    {"number":"A-7","date":"2024-12-20","currency":"CHF","country":"AT","customer":{"name":"Beispiel AG","vatId":"ATU1234"},"lines":[{"description":"Licence","quantity":5,"unitPrice":99.9,"discount":10},{"description":"Free sample","quantity":1,"unitPrice":40,"discount":100},{"description":"Book","quantity":2,"unitPrice":19.95,"taxClass":"reduced","discount":0},{"description":"Map","quantity":1,"unitPrice":8.4,"taxClass":"reduced","discount":2.5}]},
    {"earlyPaymentDiscount":3},
    {"paymentDays":30},
    {"separator":","},
    "INVOICE A-7\nDate: 2024-12-20\nCustomer: Beispiel AG\nVAT ID: ATU1234\n\nLicence                          5     99.90 CHF    449.55 CHF  (-10%)\nFree sample                      1     40.00 CHF      0.00 CHF  (-100%)\nBook                             2     19.95 CHF     39.90 CHF\nMap                              1      8.40 CHF      8.19 CHF  (-2.5%)\n\nNet                                                 497.64 CHF\nVAT 20%                                              89.91 CHF\nVAT 10%                                               4.81 CHF\nTotal                                               592.36 CHF\n\nPayment due by 2025-01-03.\nPay by 2024-12-27 to pay only 574.59 CHF (-3%).",
    "<section class=\"invoice\">\n<h1>Invoice A-7</h1>\n<p class=\"date\">2024-12-20</p>\n<p class=\"customer\">Beispiel AG<br>VAT ID: ATU1234</p>\n<table>\n<tr><th>Item</th><th>Qty</th><th>Price</th><th>Amount</th></tr>\n<tr class=\"discounted\"><td>Licence</td><td>5</td><td>99.90 CHF</td><td>449.55 CHF</td></tr>\n<tr class=\"discounted\"><td>Free sample</td><td>1</td><td>40.00 CHF</td><td>0.00 CHF</td></tr>\n<tr><td>Book</td><td>2</td><td>19.95 CHF</td><td>39.90 CHF</td></tr>\n<tr class=\"discounted\"><td>Map</td><td>1</td><td>8.40 CHF</td><td>8.19 CHF</td></tr>\n</table>\n<table class=\"totals\">\n<tr><th>Net</th><td>497.64 CHF</td></tr>\n<tr><th>VAT 20%</th><td>89.91 CHF</td></tr>\n<tr><th>VAT 10%</th><td>4.81 CHF</td></tr>\n<tr class=\"total\"><th>Total</th><td>592.36 CHF</td></tr>\n</table>\n<p class=\"due\">Payment due by 2025-01-19.</p>\n</section>",
    "invoice,line,description,quantity,unit_price,amount,vat_rate\nA-7,1,Licence,5,99.90,449.55,20%\nA-7,2,Free sample,1,40.00,0.00,20%\nA-7,3,Book,2,19.95,39.90,10%\nA-7,4,Map,1,8.40,8.19,10%\nA-7,net,,,,497.64,\nA-7,vat,,,,94.72,\nA-7,total,,,,592.36,",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\nA-7;1;Licence;5;99,90;449,55;20%\nA-7;2;Free sample;1;40,00;0,00;20%\nA-7;3;Book;2;19,95;39,90;10%\nA-7;4;Map;1;8,40;8,19;10%\nA-7;net;;;;497,64;\nA-7;vat;;;;94,72;\nA-7;total;;;;592,36;",
  ],
  [
    "FR credit note (negative total)",
    {"number":"F-3","date":"2024-02-28","country":"FR","customer":{"name":"Exemple SARL"},"lines":[{"description":"Refund","quantity":1,"unitPrice":-100},{"description":"Food","quantity":3,"unitPrice":2.1,"taxClass":"reduced"}]},
    {"earlyPaymentDiscount":2},
    {},
    {"separator":"\t","totals":false},
    "INVOICE F-3\nDate: 2024-02-28\nCustomer: Exemple SARL\n\nRefund                           1   -100.00 EUR   -100.00 EUR\nFood                             3      2.10 EUR      6.30 EUR\n\nNet                                                 -93.70 EUR\nVAT 20%                                             -20.00 EUR\nVAT 5.5%                                              0.35 EUR\nTotal                                              -113.35 EUR\n\nPayment due by 2024-03-13.",
    "<section class=\"invoice\">\n<h1>Invoice F-3</h1>\n<p class=\"date\">2024-02-28</p>\n<p class=\"customer\">Exemple SARL</p>\n<table>\n<tr><th>Item</th><th>Qty</th><th>Price</th><th>Amount</th></tr>\n<tr><td>Refund</td><td>1</td><td>-100.00 EUR</td><td>-100.00 EUR</td></tr>\n<tr><td>Food</td><td>3</td><td>2.10 EUR</td><td>6.30 EUR</td></tr>\n</table>\n<table class=\"totals\">\n<tr><th>Net</th><td>-93.70 EUR</td></tr>\n<tr><th>VAT 20%</th><td>-20.00 EUR</td></tr>\n<tr><th>VAT 5.5%</th><td>0.35 EUR</td></tr>\n<tr class=\"total\"><th>Total</th><td>-113.35 EUR</td></tr>\n</table>\n<p class=\"due\">Payment due by 2024-03-13.</p>\n</section>",
    "invoice\tline\tdescription\tquantity\tunit_price\tamount\tvat_rate\nF-3\t1\tRefund\t1\t-100.00\t-100.00\t20%\nF-3\t2\tFood\t3\t2.10\t6.30\t5.5%",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\nF-3;1;Refund;1;-100,00;-100,00;20%\nF-3;2;Food;3;2,10;6,30;5.5%\nF-3;net;;;;-93,70;\nF-3;vat;;;;-19,65;\nF-3;total;;;;-113,35;",
  ],
  [
    "reverse charge, no customer name fields beyond VAT ID",
    {"number":"X-9","date":"2024-01-31","country":"US","customer":{"name":"Example Inc.","vatId":"US-99"},"lines":[{"description":"A very long description that goes past the column","quantity":0.5,"unitPrice":333.33},{"description":"Book","quantity":1,"unitPrice":10,"taxClass":"reduced"}]},
    {"paymentDays":0},
    {},
    {},
    "INVOICE X-9\nDate: 2024-01-31\nCustomer: Example Inc.\nVAT ID: US-99\n\nA very long description that goes past the column   0.5    333.33 EUR    166.67 EUR\nBook                             1     10.00 EUR     10.00 EUR\n\nNet                                                 176.67 EUR\nTotal                                               176.67 EUR\n\nReverse charge: VAT to be accounted for by the recipient.\nPayment due by 2024-01-31.",
    "<section class=\"invoice\">\n<h1>Invoice X-9</h1>\n<p class=\"date\">2024-01-31</p>\n<p class=\"customer\">Example Inc.<br>VAT ID: US-99</p>\n<table>\n<tr><th>Item</th><th>Qty</th><th>Price</th><th>Amount</th></tr>\n<tr><td>A very long description that goes past the column</td><td>0.5</td><td>333.33 EUR</td><td>166.67 EUR</td></tr>\n<tr><td>Book</td><td>1</td><td>10.00 EUR</td><td>10.00 EUR</td></tr>\n</table>\n<table class=\"totals\">\n<tr><th>Net</th><td>176.67 EUR</td></tr>\n<tr class=\"total\"><th>Total</th><td>176.67 EUR</td></tr>\n</table>\n<p class=\"note\">Reverse charge: VAT to be accounted for by the recipient.</p>\n<p class=\"due\">Payment due by 2024-02-14.</p>\n</section>",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\nX-9;1;A very long description that goes past the column;0.5;333,33;166,67;0%\nX-9;2;Book;1;10,00;10,00;0%\nX-9;net;;;;176,67;\nX-9;vat;;;;0,00;\nX-9;total;;;;176,67;",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\nX-9;1;A very long description that goes past the column;0.5;333,33;166,67;0%\nX-9;2;Book;1;10,00;10,00;0%\nX-9;net;;;;176,67;\nX-9;vat;;;;0,00;\nX-9;total;;;;176,67;",
  ],
  [
    "no customer, explicit due date, zero total",
    {"number":"Z-0","date":"2024-06-30","dueDate":"2024-07-31","lines":[{"description":"Gift","quantity":1,"unitPrice":0}]},
    {"earlyPaymentDiscount":5,"paymentDays":99},
    {},
    {"totals":true},
    "INVOICE Z-0\nDate: 2024-06-30\n\nGift                             1      0.00 EUR      0.00 EUR\n\nNet                                                   0.00 EUR\nVAT 19%                                               0.00 EUR\nTotal                                                 0.00 EUR\n\nPayment due by 2024-07-31.",
    "<section class=\"invoice\">\n<h1>Invoice Z-0</h1>\n<p class=\"date\">2024-06-30</p>\n<table>\n<tr><th>Item</th><th>Qty</th><th>Price</th><th>Amount</th></tr>\n<tr><td>Gift</td><td>1</td><td>0.00 EUR</td><td>0.00 EUR</td></tr>\n</table>\n<table class=\"totals\">\n<tr><th>Net</th><td>0.00 EUR</td></tr>\n<tr><th>VAT 19%</th><td>0.00 EUR</td></tr>\n<tr class=\"total\"><th>Total</th><td>0.00 EUR</td></tr>\n</table>\n<p class=\"due\">Payment due by 2024-07-31.</p>\n</section>",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\nZ-0;1;Gift;1;0,00;0,00;19%\nZ-0;net;;;;0,00;\nZ-0;vat;;;;0,00;\nZ-0;total;;;;0,00;",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\nZ-0;1;Gift;1;0,00;0,00;19%\nZ-0;net;;;;0,00;\nZ-0;vat;;;;0,00;\nZ-0;total;;;;0,00;",
  ],
  [
    "rounding of line and VAT amounts",
    {"number":"R-5","date":"2024-03-10","customer":{"name":"Rund & Co"},"lines":[{"description":"Screws","quantity":3,"unitPrice":0.335},{"description":"Nuts","quantity":7,"unitPrice":0.115},{"description":"Washers","quantity":13,"unitPrice":0.07,"discount":33},{"description":"Manual","quantity":1,"unitPrice":1.05,"taxClass":"reduced"},{"description":"Manual 2","quantity":1,"unitPrice":1.15,"taxClass":"reduced"}]},
    {"earlyPaymentDiscount":1.5},
    {},
    {},
    "INVOICE R-5\nDate: 2024-03-10\nCustomer: Rund & Co\n\nScrews                           3      0.34 EUR      1.01 EUR\nNuts                             7      0.12 EUR      0.81 EUR\nWashers                         13      0.07 EUR      0.61 EUR  (-33%)\nManual                           1      1.05 EUR      1.05 EUR\nManual 2                         1      1.15 EUR      1.15 EUR\n\nNet                                                   4.63 EUR\nVAT 19%                                               0.46 EUR\nVAT 7%                                                0.15 EUR\nTotal                                                 5.24 EUR\n\nPayment due by 2024-03-24.\nPay by 2024-03-17 to pay only 5.16 EUR (-1.5%).",
    "<section class=\"invoice\">\n<h1>Invoice R-5</h1>\n<p class=\"date\">2024-03-10</p>\n<p class=\"customer\">Rund &amp; Co</p>\n<table>\n<tr><th>Item</th><th>Qty</th><th>Price</th><th>Amount</th></tr>\n<tr><td>Screws</td><td>3</td><td>0.34 EUR</td><td>1.01 EUR</td></tr>\n<tr><td>Nuts</td><td>7</td><td>0.12 EUR</td><td>0.81 EUR</td></tr>\n<tr class=\"discounted\"><td>Washers</td><td>13</td><td>0.07 EUR</td><td>0.61 EUR</td></tr>\n<tr><td>Manual</td><td>1</td><td>1.05 EUR</td><td>1.05 EUR</td></tr>\n<tr><td>Manual 2</td><td>1</td><td>1.15 EUR</td><td>1.15 EUR</td></tr>\n</table>\n<table class=\"totals\">\n<tr><th>Net</th><td>4.63 EUR</td></tr>\n<tr><th>VAT 19%</th><td>0.46 EUR</td></tr>\n<tr><th>VAT 7%</th><td>0.15 EUR</td></tr>\n<tr class=\"total\"><th>Total</th><td>5.24 EUR</td></tr>\n</table>\n<p class=\"due\">Payment due by 2024-03-24.</p>\n</section>",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\nR-5;1;Screws;3;0,34;1,01;19%\nR-5;2;Nuts;7;0,12;0,81;19%\nR-5;3;Washers;13;0,07;0,61;19%\nR-5;4;Manual;1;1,05;1,05;7%\nR-5;5;Manual 2;1;1,15;1,15;7%\nR-5;net;;;;4,63;\nR-5;vat;;;;0,61;\nR-5;total;;;;5,24;",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\nR-5;1;Screws;3;0,34;1,01;19%\nR-5;2;Nuts;7;0,12;0,81;19%\nR-5;3;Washers;13;0,07;0,61;19%\nR-5;4;Manual;1;1,05;1,05;7%\nR-5;5;Manual 2;1;1,15;1,15;7%\nR-5;net;;;;4,63;\nR-5;vat;;;;0,61;\nR-5;total;;;;5,24;",
  ],
  [
    "HTML and CSV special characters",
    {"number":"Q-\"1\"","date":"2024-05-05","dueDate":"<soon>","customer":{"name":"Smith & \"Sons\" <Ltd>","vatId":"GB<1>"},"lines":[{"description":"Item; with \"quotes\", commas\nand lines","quantity":2,"unitPrice":3},{"description":"<b>bold</b> & more","quantity":1,"unitPrice":1,"taxClass":"exempt"}]},
    {},
    {},
    {},
    "INVOICE Q-\"1\"\nDate: 2024-05-05\nCustomer: Smith & \"Sons\" <Ltd>\nVAT ID: GB<1>\n\nItem; with \"quotes\", commas\nand lines     2      3.00 EUR      6.00 EUR\n<b>bold</b> & more               1      1.00 EUR      1.00 EUR\n\nNet                                                   7.00 EUR\nVAT 19%                                               1.14 EUR\nTotal                                                 8.14 EUR\n\nPayment due by <soon>.",
    "<section class=\"invoice\">\n<h1>Invoice Q-&quot;1&quot;</h1>\n<p class=\"date\">2024-05-05</p>\n<p class=\"customer\">Smith &amp; &quot;Sons&quot; &lt;Ltd&gt;<br>VAT ID: GB&lt;1&gt;</p>\n<table>\n<tr><th>Item</th><th>Qty</th><th>Price</th><th>Amount</th></tr>\n<tr><td>Item; with &quot;quotes&quot;, commas\nand lines</td><td>2</td><td>3.00 EUR</td><td>6.00 EUR</td></tr>\n<tr><td>&lt;b&gt;bold&lt;/b&gt; &amp; more</td><td>1</td><td>1.00 EUR</td><td>1.00 EUR</td></tr>\n</table>\n<table class=\"totals\">\n<tr><th>Net</th><td>7.00 EUR</td></tr>\n<tr><th>VAT 19%</th><td>1.14 EUR</td></tr>\n<tr class=\"total\"><th>Total</th><td>8.14 EUR</td></tr>\n</table>\n<p class=\"due\">Payment due by &lt;soon&gt;.</p>\n</section>",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\n\"Q-\"\"1\"\"\";1;\"Item; with \"\"quotes\"\", commas\nand lines\";2;3,00;6,00;19%\n\"Q-\"\"1\"\"\";2;<b>bold</b> & more;1;1,00;1,00;0%\n\"Q-\"\"1\"\"\";net;;;;7,00;\n\"Q-\"\"1\"\"\";vat;;;;1,14;\n\"Q-\"\"1\"\"\";total;;;;8,14;",
    "invoice;line;description;quantity;unit_price;amount;vat_rate\n\"Q-\"\"1\"\"\";1;\"Item; with \"\"quotes\"\", commas\nand lines\";2;3,00;6,00;19%\n\"Q-\"\"1\"\"\";2;<b>bold</b> & more;1;1,00;1,00;0%\n\"Q-\"\"1\"\"\";net;;;;7,00;\n\"Q-\"\"1\"\"\";vat;;;;1,14;\n\"Q-\"\"1\"\"\";total;;;;8,14;",
  ],
];

for (const [label, invoice, textOpts, htmlOpts, csvOpts, text, html, csv, csvDefault] of SCENARIOS) {
  test(`text: ${label}`, () => {
    assert.equal(renderText(invoice, textOpts), text);
  });
  test(`html: ${label}`, () => {
    assert.equal(renderHtml(invoice, htmlOpts), html);
  });
  test(`csv: ${label}`, () => {
    assert.equal(renderCsv(invoice, csvOpts), csv);
    assert.equal(renderCsv(invoice), csvDefault);
    assert.equal(renderCsv(invoice, null), csvDefault);
  });
}

// --- helpers for the checks ---------------------------------------------------------------
function invoice(fields) {
  return Object.assign(
    {
      number: 'T-1',
      date: '2024-03-01',
      customer: { name: 'Test' },
      lines: [{ description: 'Thing', quantity: 1, unitPrice: 100 }],
    },
    fields,
  );
}

function line(fields) {
  return Object.assign({ description: 'Thing', quantity: 1, unitPrice: 10 }, fields);
}

const RENDERERS = [
  ['text', renderText],
  ['html', renderHtml],
  ['csv', renderCsv],
];

function throwsEverywhere(inv, message) {
  for (const [name, render] of RENDERERS) {
    assert.throws(() => render(inv), { message }, name);
  }
}

// --- invoice checks -----------------------------------------------------------------------
test('no invoice or no lines', () => {
  throwsEverywhere(null, 'invoice has no lines');
  throwsEverywhere(undefined, 'invoice has no lines');
  throwsEverywhere(invoice({ lines: undefined }), 'invoice has no lines');
  throwsEverywhere(invoice({ lines: {} }), 'invoice has no lines');
  throwsEverywhere(invoice({ lines: [] }), 'invoice has no lines');
});

test('unknown countries need a customer VAT ID', () => {
  throwsEverywhere(invoice({ country: 'US' }), 'no VAT rates for US');
  throwsEverywhere(invoice({ country: 'US', customer: undefined }), 'no VAT rates for US');
  throwsEverywhere(invoice({ country: 'US', customer: { name: 'X', vatId: '' } }), 'no VAT rates for US');
  throwsEverywhere(invoice({ country: 'de' }), 'no VAT rates for de');
  throwsEverywhere(invoice({ country: 'US', lines: [line({ quantity: 0 })] }), 'no VAT rates for US');
});

test('the country defaults to DE, an empty country too', () => {
  assert.equal(renderText(invoice({ country: '' })), renderText(invoice({ country: 'DE' })));
  assert.equal(renderCsv(invoice({ country: undefined })), renderCsv(invoice({})));
});

test('the currency defaults to EUR', () => {
  assert.match(renderText(invoice({ currency: '' })), /Total +119\.00 EUR/);
  assert.match(renderHtml(invoice({ currency: 'USD' })), /<td>119\.00 USD<\/td>/);
});

// --- line checks --------------------------------------------------------------------------
for (const [label, bad, message] of [
  ['no description', line({ description: '' }), 'line 2: description missing'],
  ['missing description', line({ description: undefined }), 'line 2: description missing'],
  ['zero quantity', line({ quantity: 0 }), 'line 2: invalid quantity'],
  ['negative quantity', line({ quantity: -1 }), 'line 2: invalid quantity'],
  ['string quantity', line({ quantity: '1' }), 'line 2: invalid quantity'],
  ['string price', line({ unitPrice: '10' }), 'line 2: invalid unit price'],
  ['missing price', line({ unitPrice: undefined }), 'line 2: invalid unit price'],
  ['negative discount', line({ discount: -5 }), 'line 2: invalid discount'],
  ['discount above 100', line({ discount: 100.5 }), 'line 2: invalid discount'],
  ['description checked first', line({ description: '', quantity: 0, unitPrice: 'x' }), 'line 2: description missing'],
  ['quantity before price', line({ quantity: 0, unitPrice: 'x', discount: 200 }), 'line 2: invalid quantity'],
  ['price before discount', line({ unitPrice: 'x', discount: 200 }), 'line 2: invalid unit price'],
]) {
  test(`line check: ${label}`, () => {
    throwsEverywhere(invoice({ lines: [line({}), bad, line({ quantity: 0 })] }), message);
  });
}

test('line check: a small positive quantity is fine', () => {
  assert.match(renderText(invoice({ lines: [line({ quantity: 0.001, unitPrice: 1000 })] })), /Net +1\.00 EUR/);
});

test('discounts: 0 and 100 are allowed, the text shows the percentage', () => {
  const text = renderText(invoice({ lines: [line({ discount: 100 }), line({ discount: 0, unitPrice: 20 })] }));
  assert.match(text, /Thing +1 +10\.00 EUR +0\.00 EUR {2}\(-100%\)\n/);
  assert.match(text, /Thing +1 +20\.00 EUR +20\.00 EUR\n/);
  assert.match(text, /Total +23\.80 EUR/);
  const html = renderHtml(invoice({ lines: [line({ discount: 50 }), line({ discount: 0 })] }));
  assert.ok(html.includes('<tr class="discounted"><td>Thing</td><td>1</td><td>10.00 EUR</td><td>5.00 EUR</td></tr>\n<tr><td>Thing</td>'));
});

test('a discount given as a string still counts', () => {
  const text = renderText(invoice({ lines: [line({ discount: '10' })] }));
  assert.match(text, /9\.00 EUR {2}\(-10%\)/);
});

// --- dates ----------------------------------------------------------------------------------
test('due dates: payment days, explicit due date, invalid dates', () => {
  assert.match(renderText(invoice({})), /Payment due by 2024-03-15\.$/);
  assert.match(renderText(invoice({}), { paymentDays: 0 }), /Payment due by 2024-03-01\.$/);
  assert.match(renderText(invoice({ date: '2024-02-20' }), { paymentDays: 10 }), /Payment due by 2024-03-01\.$/);
  assert.match(renderHtml(invoice({}), { paymentDays: 1 }), /Payment due by 2024-03-02\./);
  assert.match(renderText(invoice({ dueDate: '2024-04-01' }), { paymentDays: 1 }), /Payment due by 2024-04-01\.$/);
  assert.throws(() => renderText(invoice({ date: 'soon' })), { message: 'invalid invoice date: soon' });
  assert.throws(() => renderHtml(invoice({ date: undefined })), { message: 'invalid invoice date: undefined' });
  assert.throws(() => renderText(invoice({ date: 'soon', lines: [line({ quantity: 0 })] })), { message: 'line 1: invalid quantity' });
  assert.match(renderText(invoice({ date: 'soon', dueDate: '2024-04-01' })), /Payment due by 2024-04-01\.$/);
  assert.match(renderHtml(invoice({ date: 'soon', dueDate: '2024-04-01' })), /Payment due by 2024-04-01\./);
  assert.match(renderCsv(invoice({ date: 'soon' })), /^invoice;/);
});

test('early payment: only with a discount and a positive total, dated a week after the invoice', () => {
  assert.match(renderText(invoice({}), { earlyPaymentDiscount: 2 }), /\nPay by 2024-03-08 to pay only 116\.62 EUR \(-2%\)\.$/);
  assert.match(renderText(invoice({}), { earlyPaymentDiscount: 0 }), /Payment due by 2024-03-15\.$/);
  assert.match(renderText(invoice({ lines: [line({ unitPrice: 0.01 })] }), { earlyPaymentDiscount: 10 }), /only 0\.01 EUR/);
  assert.match(renderText(invoice({ lines: [line({ unitPrice: 0 })] }), { earlyPaymentDiscount: 10 }), /Payment due by 2024-03-15\.$/);
  assert.throws(() => renderText(invoice({ date: 'x', dueDate: '2024-04-01' }), { earlyPaymentDiscount: 2 }), {
    message: 'invalid invoice date: x',
  });
  assert.doesNotMatch(renderHtml(invoice({}), { earlyPaymentDiscount: 2 }), /Pay by/);
});

// --- VAT ------------------------------------------------------------------------------------
test('VAT: rates per country and tax class, largest rate first', () => {
  const lines = [line({ taxClass: 'reduced' }), line({}), line({ taxClass: 'exempt' }), line({ taxClass: 'other' })];
  assert.match(renderText(invoice({ country: 'AT', lines })), /VAT 20% +4\.00 EUR\nVAT 10% +1\.00 EUR\nTotal +45\.00 EUR/);
  assert.match(renderText(invoice({ country: 'FR', lines })), /VAT 20% +4\.00 EUR\nVAT 5\.5% +0\.55 EUR\nTotal +44\.55 EUR/);
  assert.match(renderText(invoice({ lines })), /VAT 19% +3\.80 EUR\nVAT 7% +0\.70 EUR\nTotal +44\.50 EUR/);
  assert.equal(
    renderCsv(invoice({ lines }), { separator: ',' }).split('\n').slice(1).join('|'),
    'T-1,1,Thing,1,10.00,10.00,7%|T-1,2,Thing,1,10.00,10.00,19%|T-1,3,Thing,1,10.00,10.00,0%|T-1,4,Thing,1,10.00,10.00,19%|T-1,net,,,,40.00,|T-1,vat,,,,4.50,|T-1,total,,,,44.50,',
  );
});

test('VAT: only exempt lines give no VAT line at all', () => {
  const text = renderText(invoice({ lines: [line({ taxClass: 'exempt' })] }));
  assert.match(text, /Net +10\.00 EUR\nTotal +10\.00 EUR\n/);
  const html = renderHtml(invoice({ lines: [line({ taxClass: 'exempt' })] }));
  assert.ok(html.includes('<tr><th>Net</th><td>10.00 EUR</td></tr>\n<tr class="total"><th>Total</th><td>10.00 EUR</td></tr>'));
  assert.match(renderCsv(invoice({ lines: [line({ taxClass: 'exempt' })] })), /T-1;vat;;;;0,00;/);
});

test('VAT: reverse charge ignores the tax class and adds the note', () => {
  const inv = invoice({ country: 'CH', customer: { name: 'X', vatId: 'CHE-1' }, lines: [line({ taxClass: 'reduced' }), line({})] });
  const text = renderText(inv);
  assert.match(text, /Net +20\.00 EUR\nTotal +20\.00 EUR\n\nReverse charge: VAT to be accounted for by the recipient\.\nPayment due/);
  assert.ok(renderHtml(inv).includes('<p class="note">Reverse charge: VAT to be accounted for by the recipient.</p>\n<p class="due">'));
  assert.match(renderCsv(inv), /T-1;1;Thing;1;10,00;10,00;0%\nT-1;2;Thing;1;10,00;10,00;0%\n/);
  assert.doesNotMatch(renderText(invoice({ customer: { name: 'Y', vatId: 'DE1' } })), /Reverse charge/);
  assert.doesNotMatch(renderHtml(invoice({ customer: { name: 'Y', vatId: 'DE1' } })), /Reverse charge/);
});

test('VAT is summed per rate before rounding', () => {
  const lines = [line({ unitPrice: 0.05 }), line({ unitPrice: 0.05 }), line({ unitPrice: 0.05 })];
  assert.match(renderText(invoice({ lines })), /VAT 19% +0\.03 EUR\nTotal +0\.18 EUR/);
  const tiny = [line({ unitPrice: 0.02 }), line({ unitPrice: 0.02 }), line({ unitPrice: 0.02 })];
  assert.match(renderText(invoice({ lines: tiny })), /Net +0\.06 EUR\nVAT 19% +0\.01 EUR\nTotal +0\.07 EUR/);
  assert.match(renderCsv(invoice({ lines: tiny })), /T-1;vat;;;;0,01;\nT-1;total;;;;0,07;$/);
});

// --- CSV options --------------------------------------------------------------------------
test('csv: separators and their checks', () => {
  for (const separator of ['|', ' ', ';;', 'tab']) {
    assert.throws(() => renderCsv(invoice({}), { separator }), { message: 'unsupported separator: ' + separator });
    assert.throws(() => renderCsv(null, { separator }), { message: 'unsupported separator: ' + separator });
  }
  assert.equal(renderCsv(invoice({}), { separator: '' }), renderCsv(invoice({})));
  assert.equal(
    renderCsv(invoice({}), { separator: '\t', totals: false }),
    'invoice\tline\tdescription\tquantity\tunit_price\tamount\tvat_rate\nT-1\t1\tThing\t1\t100.00\t100.00\t19%',
  );
  assert.equal(renderCsv(invoice({}), { totals: 0 }).split('\n').length, 5);
  assert.equal(renderCsv(invoice({}), { totals: null }).split('\n').length, 5);
  assert.equal(renderCsv(invoice({}), { totals: false }).split('\n').length, 2);
});

test('csv: fields are quoted only when they hold the separator, a quote or a line break', () => {
  assert.equal(
    renderCsv(invoice({ lines: [line({ description: 'two\nlines' })] }), { totals: false }).split('\n').slice(1).join('|'),
    'T-1;1;"two|lines";1;10,00;10,00;19%',
  );
  const inv = invoice({
    number: 'N,1',
    lines: [line({ description: 'a;b' }), line({ description: 'a,b' }), line({ description: 'a\tb' }), line({ description: 'say "hi"' })],
  });
  assert.equal(
    renderCsv(inv, { totals: false }).split('\n').slice(1).join('|'),
    'N,1;1;"a;b";1;10,00;10,00;19%|N,1;2;a,b;1;10,00;10,00;19%|N,1;3;a\tb;1;10,00;10,00;19%|N,1;4;"say ""hi""";1;10,00;10,00;19%',
  );
  assert.equal(
    renderCsv(inv, { totals: false, separator: ',' }).split('\n').slice(1).join('|'),
    '"N,1",1,a;b,1,10.00,10.00,19%|"N,1",2,"a,b",1,10.00,10.00,19%|"N,1",3,a\tb,1,10.00,10.00,19%|"N,1",4,"say ""hi""",1,10.00,10.00,19%',
  );
  assert.equal(
    renderCsv(inv, { totals: false, separator: '\t' }).split('\n')[3],
    '"N,1"\t3\t"a\tb"\t1\t10.00\t10.00\t19%'.replace('"N,1"', 'N,1'),
  );
});

// --- text layout ----------------------------------------------------------------------------
test('text: the customer block', () => {
  assert.equal(renderText(invoice({ customer: undefined })).split('\n').slice(0, 3).join('|'), 'INVOICE T-1|Date: 2024-03-01|');
  assert.equal(
    renderText(invoice({ customer: { name: 'C', vatId: 'V1' } })).split('\n').slice(0, 5).join('|'),
    'INVOICE T-1|Date: 2024-03-01|Customer: C|VAT ID: V1|',
  );
  assert.equal(renderHtml(invoice({ customer: undefined })).split('\n')[3], '<table>');
  assert.equal(renderHtml(invoice({ customer: { name: 'C' } })).split('\n')[3], '<p class="customer">C</p>');
});

test('text: negative amounts keep their sign in front', () => {
  const text = renderText(invoice({ lines: [line({ unitPrice: -2.5 })] }));
  assert.match(text, /Thing +1 +-2\.50 EUR +-2\.50 EUR\n/);
  assert.match(text, /VAT 19% +-0\.47 EUR\nTotal +-2\.97 EUR/);
  assert.match(renderCsv(invoice({ lines: [line({ unitPrice: -2.5 })] })), /-2,50;-2,50;19%/);
});
