'use strict';
/*
 * CSV import for the CRM: customers, orders and products exported from the old ERP.
 * Line numbers in errors are 1-based and count every physical line.
 */

const DEFAULT_DELIMITER = ',';

const splitFields = (line, delimiter) => {
  const fields = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    const escaped = quoted && ch === '"' && line.charAt(i + 1) === '"';
    current += escaped ? '"' : ch === '"' || (ch === delimiter && !quoted) ? '' : ch;
    i += escaped ? 1 : 0;
    quoted = !escaped && ch === '"' ? !quoted : quoted;
    if (ch === delimiter && !quoted && !escaped) {
      fields.push(current.trim());
      current = '';
    }
  }
  fields.push(current.trim());
  return fields;
};

const num = Number;

// Per kind of file: [problem of a record (or null), row of a good record].
const KINDS = {
  customer: [
    (r) => (!r.id ? 'missing id' : !r.email || r.email.indexOf('@') < 1 ? 'invalid email: ' + r.email : null),
    (r) => ({ id: r.id, name: r.name || '', email: r.email.toLowerCase(), vip: r.vip === 'yes' || r.vip === 'true' }),
  ],
  order: [
    (r) =>
      !r.order_id
        ? 'missing order_id'
        : !r.customer_id
          ? 'missing customer_id'
          : r.quantity === '' || !Number.isInteger(num(r.quantity)) || num(r.quantity) <= 0
            ? 'invalid quantity: ' + r.quantity
            : r.price === '' || isNaN(num(r.price)) || num(r.price) < 0
              ? 'invalid price: ' + r.price
              : null,
    (r) => ({
      orderId: r.order_id,
      customerId: r.customer_id,
      quantity: num(r.quantity),
      price: num(r.price),
      total: Math.round(num(r.quantity) * num(r.price) * 100) / 100,
    }),
  ],
  product: [
    (r) =>
      !r.sku
        ? 'missing sku'
        : r.price === '' || isNaN(num(r.price)) || num(r.price) < 0
          ? 'invalid price: ' + r.price
          : !Number.isInteger(r.stock === '' || r.stock === undefined ? 0 : num(r.stock)) ||
              (r.stock === '' || r.stock === undefined ? 0 : num(r.stock)) < 0
            ? 'invalid stock: ' + r.stock
            : null,
    (r) => ({
      sku: r.sku.toUpperCase(),
      name: r.name || '',
      price: num(r.price),
      stock: r.stock === '' || r.stock === undefined ? 0 : num(r.stock),
      tags: (r.tags || '').split(';').map((t) => t.trim().toLowerCase()).filter((t) => t !== ''),
    }),
  ],
};

function read(kind, text, options) {
  const opts = options || {};
  const [problemOf, toRow] = KINDS[kind];
  const lines = String(text).split(/\r?\n/);
  const rows = [];
  const errors = [];
  let header = null;
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.charAt(0) === '#') return;
    const fields = splitFields(line, opts.delimiter || DEFAULT_DELIMITER);
    if (header === null) {
      header = fields.map((name) => name.toLowerCase());
      return;
    }
    const record = {};
    header.forEach((name, k) => {
      record[name] = fields[k] !== undefined ? fields[k] : '';
    });
    const problem = problemOf(record);
    if (problem && opts.strict) throw new Error('line ' + (i + 1) + ': ' + problem);
    if (problem) errors.push({ line: i + 1, message: problem });
    else rows.push(toRow(record));
  });
  return { rows, errors };
}

const parseCustomers = (text, options) => read('customer', text, options);
const parseOrders = (text, options) => read('order', text, options);
const parseProducts = (text, options) => read('product', text, options);

module.exports = { parseCustomers, parseOrders, parseProducts, DEFAULT_DELIMITER };
