'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { renderText, renderHtml, renderCsv } = require('../invoiceRender');

function invoice(fields) {
  return Object.assign(
    {
      number: 'R-2024-0042',
      date: '2024-03-01',
      customer: { name: 'Muster GmbH' },
      lines: [
        { description: 'Consulting', quantity: 2, unitPrice: 120 },
        { description: 'Handbook', quantity: 1, unitPrice: 30, taxClass: 'reduced' },
      ],
    },
    fields,
  );
}

test('text invoice shows net, VAT per rate and total', () => {
  const text = renderText(invoice({}));
  assert.match(text, /^INVOICE R-2024-0042\nDate: 2024-03-01\nCustomer: Muster GmbH\n/);
  assert.match(text, /Net +270\.00 EUR/);
  assert.match(text, /VAT 19% +45\.60 EUR/);
  assert.match(text, /VAT 7% +2\.10 EUR/);
  assert.match(text, /Total +317\.70 EUR/);
  assert.match(text, /Payment due by 2024-03-15\.$/);
});

test('html invoice escapes the texts', () => {
  const html = renderHtml(invoice({ lines: [{ description: 'Cables <3m>', quantity: 3, unitPrice: 5 }] }));
  assert.ok(html.includes('<td>Cables &lt;3m&gt;</td><td>3</td><td>5.00 EUR</td><td>15.00 EUR</td>'));
  assert.ok(html.includes('<tr class="total"><th>Total</th><td>17.85 EUR</td></tr>'));
});

test('csv export uses decimal commas with semicolons', () => {
  const csv = renderCsv(invoice({}));
  const rows = csv.split('\n');
  assert.equal(rows[0], 'invoice;line;description;quantity;unit_price;amount;vat_rate');
  assert.equal(rows[1], 'R-2024-0042;1;Consulting;2;120,00;240,00;19%');
  assert.equal(rows[5], 'R-2024-0042;total;;;;317,70;');
});

test('reverse charge for foreign business customers', () => {
  const text = renderText(invoice({ country: 'NL', customer: { name: 'Voorbeeld BV', vatId: 'NL123' } }));
  assert.match(text, /Total +270\.00 EUR/);
  assert.match(text, /Reverse charge/);
});

test('rejects an invoice without lines', () => {
  assert.throws(() => renderText(invoice({ lines: [] })), { message: 'invoice has no lines' });
});
