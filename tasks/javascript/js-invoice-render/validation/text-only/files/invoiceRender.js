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
        taxes.set(line.rate, (taxes.get(line.rate) || 0) + line.amount * line.rate);
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

function renderHtml(invoice, options) {
  var opts = options || {};
  if (!invoice || !Array.isArray(invoice.lines) || invoice.lines.length === 0) {
    throw new Error('invoice has no lines');
  }
  var currency = invoice.currency || 'EUR';
  var country = invoice.country || 'DE';
  var rates = TAX_RATES[country];
  var reverseCharge = false;
  if (!rates) {
    if (invoice.customer && invoice.customer.vatId) {
      reverseCharge = true;
    } else {
      throw new Error('no VAT rates for ' + country);
    }
  }
  var html = '<section class="invoice">\n<h1>Invoice ' + escapeHtml(invoice.number) + '</h1>\n';
  html += '<p class="date">' + escapeHtml(invoice.date) + '</p>\n';
  if (invoice.customer) {
    html += '<p class="customer">' + escapeHtml(invoice.customer.name);
    if (invoice.customer.vatId) {
      html += '<br>VAT ID: ' + escapeHtml(invoice.customer.vatId);
    }
    html += '</p>\n';
  }
  html += '<table>\n<tr><th>Item</th><th>Qty</th><th>Price</th><th>Amount</th></tr>\n';
  var net = 0;
  var taxes = {};
  for (var i = 0; i < invoice.lines.length; i++) {
    var line = invoice.lines[i];
    if (!line.description) {
      throw new Error('line ' + (i + 1) + ': description missing');
    }
    if (typeof line.quantity !== 'number' || line.quantity <= 0) {
      throw new Error('line ' + (i + 1) + ': invalid quantity');
    }
    if (typeof line.unitPrice !== 'number') {
      throw new Error('line ' + (i + 1) + ': invalid unit price');
    }
    var amount = line.quantity * line.unitPrice;
    if (line.discount) {
      if (line.discount < 0 || line.discount > 100) {
        throw new Error('line ' + (i + 1) + ': invalid discount');
      }
      amount = amount - (amount * line.discount) / 100;
    }
    amount = Math.round(amount * 100) / 100;
    var rate = 0;
    if (!reverseCharge) {
      if (line.taxClass === 'reduced') {
        rate = rates.reduced;
      } else if (line.taxClass === 'exempt') {
        rate = 0;
      } else {
        rate = rates.standard;
      }
    }
    net += amount;
    if (rate > 0) {
      taxes[rate] = (taxes[rate] || 0) + amount * rate;
    }
    html += line.discount ? '<tr class="discounted">' : '<tr>';
    html += '<td>' + escapeHtml(line.description) + '</td><td>' + line.quantity + '</td>';
    html += '<td>' + money(line.unitPrice, currency) + '</td><td>' + money(amount, currency) + '</td></tr>\n';
  }
  html += '</table>\n<table class="totals">\n';
  html += '<tr><th>Net</th><td>' + money(net, currency) + '</td></tr>\n';
  var taxTotal = 0;
  var rateKeys = Object.keys(taxes).sort(function (a, b) {
    return Number(b) - Number(a);
  });
  for (var r = 0; r < rateKeys.length; r++) {
    var tax = Math.round(taxes[rateKeys[r]] * 100) / 100;
    taxTotal += tax;
    html += '<tr><th>VAT ' + percent(Number(rateKeys[r])) + '</th><td>' + money(tax, currency) + '</td></tr>\n';
  }
  var total = Math.round((net + taxTotal) * 100) / 100;
  html += '<tr class="total"><th>Total</th><td>' + money(total, currency) + '</td></tr>\n</table>\n';
  if (reverseCharge) {
    html += '<p class="note">Reverse charge: VAT to be accounted for by the recipient.</p>\n';
  }
  var due = invoice.dueDate || addDays(invoice.date, opts.paymentDays !== undefined ? opts.paymentDays : PAYMENT_DAYS);
  html += '<p class="due">Payment due by ' + escapeHtml(due) + '.</p>\n';
  return html + '</section>';
}

function csvField(value, separator) {
  var text = String(value);
  if (text.indexOf(separator) !== -1 || text.indexOf('"') !== -1 || text.indexOf('\n') !== -1) {
    return '"' + text.replace(/"/g, '""') + '"';
  }
  return text;
}

function renderCsv(invoice, options) {
  var opts = options || {};
  var separator = opts.separator || ';';
  if (separator !== ';' && separator !== ',' && separator !== '\t') {
    throw new Error('unsupported separator: ' + separator);
  }
  if (!invoice || !Array.isArray(invoice.lines) || invoice.lines.length === 0) {
    throw new Error('invoice has no lines');
  }
  var country = invoice.country || 'DE';
  var rates = TAX_RATES[country];
  var reverseCharge = false;
  if (!rates) {
    if (invoice.customer && invoice.customer.vatId) {
      reverseCharge = true;
    } else {
      throw new Error('no VAT rates for ' + country);
    }
  }
  // decimal comma for the German spreadsheet default (semicolon separated)
  var decimal = function (n) {
    return separator === ';' ? n.toFixed(2).replace('.', ',') : n.toFixed(2);
  };
  var rows = [['invoice', 'line', 'description', 'quantity', 'unit_price', 'amount', 'vat_rate']];
  var net = 0;
  var taxes = {};
  for (var i = 0; i < invoice.lines.length; i++) {
    var line = invoice.lines[i];
    if (!line.description) {
      throw new Error('line ' + (i + 1) + ': description missing');
    }
    if (typeof line.quantity !== 'number' || line.quantity <= 0) {
      throw new Error('line ' + (i + 1) + ': invalid quantity');
    }
    if (typeof line.unitPrice !== 'number') {
      throw new Error('line ' + (i + 1) + ': invalid unit price');
    }
    var amount = line.quantity * line.unitPrice;
    if (line.discount) {
      if (line.discount < 0 || line.discount > 100) {
        throw new Error('line ' + (i + 1) + ': invalid discount');
      }
      amount = amount - (amount * line.discount) / 100;
    }
    amount = Math.round(amount * 100) / 100;
    var rate = 0;
    if (!reverseCharge) {
      if (line.taxClass === 'reduced') {
        rate = rates.reduced;
      } else if (line.taxClass === 'exempt') {
        rate = 0;
      } else {
        rate = rates.standard;
      }
    }
    net += amount;
    if (rate > 0) {
      taxes[rate] = (taxes[rate] || 0) + amount * rate;
    }
    rows.push([invoice.number, i + 1, line.description, line.quantity, decimal(line.unitPrice), decimal(amount), percent(rate)]);
  }
  var taxTotal = 0;
  var rateKeys = Object.keys(taxes);
  for (var r = 0; r < rateKeys.length; r++) {
    taxTotal += Math.round(taxes[rateKeys[r]] * 100) / 100;
  }
  var total = Math.round((net + taxTotal) * 100) / 100;
  if (opts.totals !== false) {
    rows.push([invoice.number, 'net', '', '', '', decimal(net), '']);
    rows.push([invoice.number, 'vat', '', '', '', decimal(taxTotal), '']);
    rows.push([invoice.number, 'total', '', '', '', decimal(total), '']);
  }
  return rows
    .map(function (row) {
      return row
        .map(function (value) {
          return csvField(value, separator);
        })
        .join(separator);
    })
    .join('\n');
}

module.exports = {
  renderText,
  renderHtml,
  renderCsv,
  InvoiceCalculation,
  TAX_RATES,
  PAYMENT_DAYS,
};
