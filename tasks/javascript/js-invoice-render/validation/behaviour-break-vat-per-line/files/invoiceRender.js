'use strict';
/*
 * Invoice rendering for the billing service: plain text (the e-mail), HTML (the customer
 * portal) and CSV (the accounting export).
 *
 * The figures are worked out once, by InvoiceCalculation; the three renderers only lay them out.
 * Amounts are in the invoice currency, dates are ISO strings (YYYY-MM-DD).
 */

const TAX_RATES = {
  DE: { standard: 0.19, reduced: 0.07 },
  AT: { standard: 0.2, reduced: 0.1 },
  FR: { standard: 0.2, reduced: 0.055 },
};
const PAYMENT_DAYS = 14;
const EARLY_PAYMENT_DAYS = 7;

function pad(text, width, alignRight) {
  var value = String(text);
  while (value.length < width) {
    value = alignRight ? ' ' + value : value + ' ';
  }
  return value;
}

function money(amount, currency) {
  return (amount < 0 ? '-' : '') + Math.abs(amount).toFixed(2) + ' ' + currency;
}

function percent(rate) {
  return Math.round(rate * 1000) / 10 + '%';
}

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function addDays(isoDate, days) {
  var time = Date.parse(isoDate);
  if (isNaN(time)) {
    throw new Error('invalid invoice date: ' + isoDate);
  }
  return new Date(time + days * 86400000).toISOString().slice(0, 10);
}

/** The figures of one invoice: validated lines, their amounts and VAT rates, the totals. */
class InvoiceCalculation {
  constructor(invoice) {
    if (!invoice || !Array.isArray(invoice.lines) || invoice.lines.length === 0) {
      throw new Error('invoice has no lines');
    }
    this.invoice = invoice;
    this.currency = invoice.currency || 'EUR';
    this.rates = InvoiceCalculation.ratesFor(invoice);
    this.reverseCharge = this.rates === null;
    this.lines = invoice.lines.map((line, index) => this.lineFigures(line, index + 1));
    this.net = 0;
    const taxes = new Map();
    for (const line of this.lines) {
      this.net += line.amount;
      if (line.rate > 0) {
        taxes.set(line.rate, (taxes.get(line.rate) || 0) + roundCents(line.amount * line.rate));
      }
    }
    this.taxes = [...taxes.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([rate, tax]) => ({ rate, amount: roundCents(tax) }));
    this.taxTotal = this.taxes.reduce((sum, tax) => sum + tax.amount, 0);
    this.total = roundCents(this.net + this.taxTotal);
  }

  /** The country's VAT rates; null for reverse charge (no rates, but a customer VAT ID). */
  static ratesFor(invoice) {
    const country = invoice.country || 'DE';
    if (TAX_RATES[country]) {
      return TAX_RATES[country];
    }
    if (invoice.customer && invoice.customer.vatId) {
      return null;
    }
    throw new Error('no VAT rates for ' + country);
  }

  lineFigures(line, number) {
    checkLine(line, number);
    let amount = line.quantity * line.unitPrice;
    if (line.discount) {
      amount = amount - (amount * line.discount) / 100;
    }
    return { line, number, amount: roundCents(amount), rate: this.rateFor(line.taxClass) };
  }

  rateFor(taxClass) {
    if (this.reverseCharge || taxClass === 'exempt') {
      return 0;
    }
    return taxClass === 'reduced' ? this.rates.reduced : this.rates.standard;
  }

  money(amount) {
    return money(amount, this.currency);
  }

  dueDate(paymentDays) {
    return this.invoice.dueDate || addDays(this.invoice.date, paymentDays !== undefined ? paymentDays : PAYMENT_DAYS);
  }

  /** What the customer pays within EARLY_PAYMENT_DAYS with `discount` percent off; null when nothing. */
  earlyPayment(discount) {
    if (!discount || this.total <= 0) {
      return null;
    }
    return {
      date: addDays(this.invoice.date, EARLY_PAYMENT_DAYS),
      amount: roundCents(this.total * (1 - discount / 100)),
    };
  }
}

const REVERSE_CHARGE_NOTE = 'Reverse charge: VAT to be accounted for by the recipient.';

function roundCents(amount) {
  return Math.round(amount * 100) / 100;
}

function checkLine(line, number) {
  const where = 'line ' + number + ': ';
  if (!line.description) {
    throw new Error(where + 'description missing');
  }
  if (typeof line.quantity !== 'number' || line.quantity <= 0) {
    throw new Error(where + 'invalid quantity');
  }
  if (typeof line.unitPrice !== 'number') {
    throw new Error(where + 'invalid unit price');
  }
  if (line.discount && (line.discount < 0 || line.discount > 100)) {
    throw new Error(where + 'invalid discount');
  }
}

function textHeader(invoice) {
  const out = ['INVOICE ' + invoice.number, 'Date: ' + invoice.date];
  if (invoice.customer) {
    out.push('Customer: ' + invoice.customer.name);
    if (invoice.customer.vatId) {
      out.push('VAT ID: ' + invoice.customer.vatId);
    }
  }
  return out;
}

function textLine(calc, figures) {
  const { line } = figures;
  const text =
    pad(line.description, 28) +
    pad(line.quantity, 6, true) +
    pad(calc.money(line.unitPrice), 14, true) +
    pad(calc.money(figures.amount), 14, true);
  return line.discount ? text + '  (-' + line.discount + '%)' : text;
}

function textTotal(label, amount, calc) {
  return pad(label, 48) + pad(calc.money(amount), 14, true);
}

function renderText(invoice, options) {
  const opts = options || {};
  const calc = new InvoiceCalculation(invoice);
  const out = [...textHeader(invoice), '', ...calc.lines.map((figures) => textLine(calc, figures)), ''];
  out.push(textTotal('Net', calc.net, calc));
  for (const tax of calc.taxes) {
    out.push(textTotal('VAT ' + percent(tax.rate), tax.amount, calc));
  }
  out.push(textTotal('Total', calc.total, calc), '');
  if (calc.reverseCharge) {
    out.push(REVERSE_CHARGE_NOTE);
  }
  out.push('Payment due by ' + calc.dueDate(opts.paymentDays) + '.');
  const early = calc.earlyPayment(opts.earlyPaymentDiscount);
  if (early) {
    out.push('Pay by ' + early.date + ' to pay only ' + calc.money(early.amount) + ' (-' + opts.earlyPaymentDiscount + '%).');
  }
  return out.join('\n');
}

function htmlCustomer(customer) {
  if (!customer) {
    return '';
  }
  const vatId = customer.vatId ? '<br>VAT ID: ' + escapeHtml(customer.vatId) : '';
  return '<p class="customer">' + escapeHtml(customer.name) + vatId + '</p>\n';
}

function htmlLine(calc, figures) {
  const { line } = figures;
  const cells = [escapeHtml(line.description), line.quantity, calc.money(line.unitPrice), calc.money(figures.amount)];
  return (line.discount ? '<tr class="discounted">' : '<tr>') + cells.map((cell) => '<td>' + cell + '</td>').join('') + '</tr>\n';
}

function htmlTotal(label, amount, calc, rowClass) {
  const open = rowClass ? '<tr class="' + rowClass + '">' : '<tr>';
  return open + '<th>' + label + '</th><td>' + calc.money(amount) + '</td></tr>\n';
}

function renderHtml(invoice, options) {
  const opts = options || {};
  const calc = new InvoiceCalculation(invoice);
  let html = '<section class="invoice">\n<h1>Invoice ' + escapeHtml(invoice.number) + '</h1>\n';
  html += '<p class="date">' + escapeHtml(invoice.date) + '</p>\n' + htmlCustomer(invoice.customer);
  html += '<table>\n<tr><th>Item</th><th>Qty</th><th>Price</th><th>Amount</th></tr>\n';
  html += calc.lines.map((figures) => htmlLine(calc, figures)).join('');
  html += '</table>\n<table class="totals">\n' + htmlTotal('Net', calc.net, calc);
  html += calc.taxes.map((tax) => htmlTotal('VAT ' + percent(tax.rate), tax.amount, calc)).join('');
  html += htmlTotal('Total', calc.total, calc, 'total') + '</table>\n';
  if (calc.reverseCharge) {
    html += '<p class="note">' + REVERSE_CHARGE_NOTE + '</p>\n';
  }
  html += '<p class="due">Payment due by ' + escapeHtml(calc.dueDate(opts.paymentDays)) + '.</p>\n';
  return html + '</section>';
}

function csvField(value, separator) {
  var text = String(value);
  if (text.indexOf(separator) !== -1 || text.indexOf('"') !== -1 || text.indexOf('\n') !== -1) {
    return '"' + text.replace(/"/g, '""') + '"';
  }
  return text;
}

const CSV_SEPARATORS = [';', ',', '\t'];

// decimal comma for the German spreadsheet default (semicolon separated)
function csvDecimal(n, separator) {
  const text = n.toFixed(2);
  return separator === ';' ? text.replace('.', ',') : text;
}

function renderCsv(invoice, options) {
  const opts = options || {};
  const separator = opts.separator || ';';
  if (!CSV_SEPARATORS.includes(separator)) {
    throw new Error('unsupported separator: ' + separator);
  }
  const calc = new InvoiceCalculation(invoice);
  const decimal = (n) => csvDecimal(n, separator);
  const rows = [['invoice', 'line', 'description', 'quantity', 'unit_price', 'amount', 'vat_rate']];
  for (const { line, number, amount, rate } of calc.lines) {
    rows.push([invoice.number, number, line.description, line.quantity, decimal(line.unitPrice), decimal(amount), percent(rate)]);
  }
  if (opts.totals !== false) {
    rows.push([invoice.number, 'net', '', '', '', decimal(calc.net), '']);
    rows.push([invoice.number, 'vat', '', '', '', decimal(calc.taxTotal), '']);
    rows.push([invoice.number, 'total', '', '', '', decimal(calc.total), '']);
  }
  return rows.map((row) => row.map((value) => csvField(value, separator)).join(separator)).join('\n');
}

module.exports = {
  renderText,
  renderHtml,
  renderCsv,
  InvoiceCalculation,
  TAX_RATES,
  PAYMENT_DAYS,
};
