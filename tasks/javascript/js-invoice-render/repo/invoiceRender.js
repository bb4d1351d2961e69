'use strict';
/*
 * Invoice rendering for the billing service: plain text (the e-mail), HTML (the customer
 * portal) and CSV (the accounting export).
 *
 * Legacy module: the HTML and CSV renderers started as copies of the text renderer, so each of
 * them validates the invoice and works out the line amounts, the VAT and the totals itself.
 * Amounts are in the invoice currency, dates are ISO strings (YYYY-MM-DD).
 */

var TAX_RATES = {
  DE: { standard: 0.19, reduced: 0.07 },
  AT: { standard: 0.2, reduced: 0.1 },
  FR: { standard: 0.2, reduced: 0.055 },
};
var PAYMENT_DAYS = 14;
var EARLY_PAYMENT_DAYS = 7;

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

function renderText(invoice, options) {
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
  var out = ['INVOICE ' + invoice.number, 'Date: ' + invoice.date];
  if (invoice.customer) {
    out.push('Customer: ' + invoice.customer.name);
    if (invoice.customer.vatId) {
      out.push('VAT ID: ' + invoice.customer.vatId);
    }
  }
  out.push('');
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
    var text = pad(line.description, 28) + pad(line.quantity, 6, true) + pad(money(line.unitPrice, currency), 14, true);
    text += pad(money(amount, currency), 14, true);
    if (line.discount) {
      text += '  (-' + line.discount + '%)';
    }
    out.push(text);
  }
  out.push('');
  out.push(pad('Net', 48) + pad(money(net, currency), 14, true));
  var taxTotal = 0;
  var rateKeys = Object.keys(taxes).sort(function (a, b) {
    return Number(b) - Number(a);
  });
  for (var r = 0; r < rateKeys.length; r++) {
    var tax = Math.round(taxes[rateKeys[r]] * 100) / 100;
    taxTotal += tax;
    out.push(pad('VAT ' + percent(Number(rateKeys[r])), 48) + pad(money(tax, currency), 14, true));
  }
  var total = Math.round((net + taxTotal) * 100) / 100;
  out.push(pad('Total', 48) + pad(money(total, currency), 14, true));
  out.push('');
  if (reverseCharge) {
    out.push('Reverse charge: VAT to be accounted for by the recipient.');
  }
  var due = invoice.dueDate || addDays(invoice.date, opts.paymentDays !== undefined ? opts.paymentDays : PAYMENT_DAYS);
  out.push('Payment due by ' + due + '.');
  if (opts.earlyPaymentDiscount && total > 0) {
    var early = Math.round(total * (1 - opts.earlyPaymentDiscount / 100) * 100) / 100;
    out.push(
      'Pay by ' + addDays(invoice.date, EARLY_PAYMENT_DAYS) + ' to pay only ' + money(early, currency) + ' (-' + opts.earlyPaymentDiscount + '%).',
    );
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
  renderText: renderText,
  renderHtml: renderHtml,
  renderCsv: renderCsv,
  TAX_RATES: TAX_RATES,
  PAYMENT_DAYS: PAYMENT_DAYS,
};
