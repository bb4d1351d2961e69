'use strict';
/*
 * CSV import for the CRM: customers, orders and products exported from the old ERP.
 *
 * One reader handles the CSV itself (comments, blank lines, quoted fields, header row, strict
 * mode); each importer only says how to check a record and how to turn it into a row. Line
 * numbers in errors are 1-based and count every physical line.
 */

const DEFAULT_DELIMITER = ',';

/** True for lines that carry no data: blank ones and comments starting with `#`. */
function isSkipped(line) {
  return line.trim() === '' || line.charAt(0) === '#';
}

/** Split one line into trimmed fields; double quotes group text and `""` inside them is a quote. */
function splitFields(line, delimiter) {
  const fields = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted && ch === '"' && line.charAt(i + 1) === '"') {
      current += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      fields.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  fields.push(current.trim());
  return fields;
}

function lowerCase(text) {
  return text.toLowerCase();
}

/** The fields of a data line keyed by the header's column names ('' for a missing field). */
function toRecord(header, fields) {
  const record = {};
  for (let k = 0; k < header.length; k++) {
    record[header[k]] = fields[k] !== undefined ? fields[k] : '';
  }
  return record;
}

/**
 * Read CSV text into `{ rows, errors }`. `problemOf(record)` names what is wrong with a record
 * (or returns null) and `toRow(record)` builds the row of a good one. In strict mode the first
 * problem throws instead of being collected.
 */
function importCsv(text, options, problemOf, toRow) {
  const opts = options || {};
  const delimiter = opts.delimiter || DEFAULT_DELIMITER;
  const lines = String(text).split(/\r?\n/);
  const rows = [];
  const errors = [];
  let header = null;
  for (let i = 0; i < lines.length; i++) {
    if (isSkipped(lines[i])) {
      continue;
    }
    const fields = splitFields(lines[i], delimiter);
    if (header === null) {
      header = fields;
      continue;
    }
    const record = toRecord(header, fields);
    const problem = problemOf(record);
    if (!problem) {
      rows.push(toRow(record));
    } else if (opts.strict) {
      throw new Error('line ' + (i + 1) + ': ' + problem);
    } else {
      errors.push({ line: i + 1, message: problem });
    }
  }
  return { rows, errors };
}

function isPositiveInteger(text) {
  const value = Number(text);
  return text !== '' && Number.isInteger(value) && value > 0;
}

function isPrice(text) {
  const value = Number(text);
  return text !== '' && !isNaN(value) && value >= 0;
}

// ---- customers
function customerProblem(record) {
  if (!record.id) {
    return 'missing id';
  }
  if (!record.email || record.email.indexOf('@') < 1) {
    return 'invalid email: ' + record.email;
  }
  return null;
}

function customerRow(record) {
  return {
    id: record.id,
    name: record.name || '',
    email: record.email.toLowerCase(),
    vip: record.vip === 'yes' || record.vip === 'true',
  };
}

function parseCustomers(text, options) {
  return importCsv(text, options, customerProblem, customerRow);
}

// ---- orders
function orderProblem(record) {
  if (!record.order_id) {
    return 'missing order_id';
  }
  if (!record.customer_id) {
    return 'missing customer_id';
  }
  if (!isPositiveInteger(record.quantity)) {
    return 'invalid quantity: ' + record.quantity;
  }
  if (!isPrice(record.price)) {
    return 'invalid price: ' + record.price;
  }
  return null;
}

function orderRow(record) {
  const quantity = Number(record.quantity);
  const price = Number(record.price);
  return {
    orderId: record.order_id,
    customerId: record.customer_id,
    quantity,
    price,
    total: Math.round(quantity * price * 100) / 100,
  };
}

function parseOrders(text, options) {
  return importCsv(text, options, orderProblem, orderRow);
}

// ---- products
function stockOf(record) {
  if (record.stock === '' || record.stock === undefined) {
    return 0;
  }
  return Number(record.stock);
}

function productProblem(record) {
  if (!record.sku) {
    return 'missing sku';
  }
  if (!isPrice(record.price)) {
    return 'invalid price: ' + record.price;
  }
  const stock = stockOf(record);
  if (!Number.isInteger(stock) || stock < 0) {
    return 'invalid stock: ' + record.stock;
  }
  return null;
}

function tagsOf(record) {
  return (record.tags || '')
    .split(';')
    .map((tag) => tag.trim().toLowerCase())
    .filter((tag) => tag !== '');
}

function productRow(record) {
  return {
    sku: record.sku.toUpperCase(),
    name: record.name || '',
    price: Number(record.price),
    stock: stockOf(record),
    tags: tagsOf(record),
  };
}

function parseProducts(text, options) {
  return importCsv(text, options, productProblem, productRow);
}

module.exports = {
  parseCustomers,
  parseOrders,
  parseProducts,
  DEFAULT_DELIMITER,
};
