'use strict';
/*
 * CSV import for the CRM: customers, orders and products exported from the old ERP.
 *
 * Legacy module: each importer was written by copying the previous one, so every function
 * carries its own copy of the CSV handling (comments, blank lines, quoted fields, header row,
 * strict mode). Line numbers in errors are 1-based and count every physical line.
 */

var DEFAULT_DELIMITER = ',';

/** Split one line into trimmed fields, honouring double quotes. */
function splitFields(line, delimiter) {
  var fields = [];
  var current = '';
  var quoted = false;
  for (var j = 0; j < line.length; j++) {
    var ch = line.charAt(j);
    if (quoted && ch === '"' && line.charAt(j + 1) === '"') {
      current += '"';
      j++;
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

function parseCustomers(text, options) {
  var opts = options || {};
  var delimiter = opts.delimiter || DEFAULT_DELIMITER;
  var lines = String(text).split(/\r?\n/);
  var rows = [];
  var errors = [];
  var header = null;
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i];
    if (line.trim() === '' || line.charAt(0) === '#') {
      continue;
    }
    var fields = splitFields(line, delimiter);
    if (header === null) {
      header = fields.map(function (name) {
        return name.toLowerCase();
      });
      continue;
    }
    var record = {};
    for (var k = 0; k < header.length; k++) {
      record[header[k]] = fields[k] !== undefined ? fields[k] : '';
    }
    var problem = null;
    if (!record.id) {
      problem = 'missing id';
    } else if (!record.email || record.email.indexOf('@') < 1) {
      problem = 'invalid email: ' + record.email;
    }
    if (problem) {
      if (opts.strict) {
        throw new Error('line ' + (i + 1) + ': ' + problem);
      }
      errors.push({ line: i + 1, message: problem });
      continue;
    }
    rows.push({
      id: record.id,
      name: record.name || '',
      email: record.email.toLowerCase(),
      vip: record.vip === 'yes' || record.vip === 'true',
    });
  }
  return { rows: rows, errors: errors };
}

function parseOrders(text, options) {
  var opts = options || {};
  var delimiter = opts.delimiter || DEFAULT_DELIMITER;
  var lines = String(text).split(/\r?\n/);
  var rows = [];
  var errors = [];
  var header = null;
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i];
    if (line.trim() === '' || line.charAt(0) === '#') {
      continue;
    }
    var fields = splitFields(line, delimiter);
    if (header === null) {
      header = fields.map(function (name) {
        return name.toLowerCase();
      });
      continue;
    }
    var record = {};
    for (var k = 0; k < header.length; k++) {
      record[header[k]] = fields[k] !== undefined ? fields[k] : '';
    }
    var quantity = Number(record.quantity);
    var price = Number(record.price);
    var problem = null;
    if (!record.order_id) {
      problem = 'missing order_id';
    } else if (!record.customer_id) {
      problem = 'missing customer_id';
    } else if (record.quantity === '' || !Number.isInteger(quantity) || quantity <= 0) {
      problem = 'invalid quantity: ' + record.quantity;
    } else if (record.price === '' || isNaN(price) || price < 0) {
      problem = 'invalid price: ' + record.price;
    }
    if (problem) {
      if (opts.strict) {
        throw new Error('line ' + (i + 1) + ': ' + problem);
      }
      errors.push({ line: i + 1, message: problem });
      continue;
    }
    rows.push({
      orderId: record.order_id,
      customerId: record.customer_id,
      quantity: quantity,
      price: price,
      total: Math.round(quantity * price * 100) / 100,
    });
  }
  return { rows: rows, errors: errors };
}

function parseProducts(text, options) {
  var opts = options || {};
  var delimiter = opts.delimiter || DEFAULT_DELIMITER;
  var lines = String(text).split(/\r?\n/);
  var rows = [];
  var errors = [];
  var header = null;
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i];
    if (line.trim() === '' || line.charAt(0) === '#') {
      continue;
    }
    var fields = splitFields(line, delimiter);
    if (header === null) {
      header = fields.map(function (name) {
        return name.toLowerCase();
      });
      continue;
    }
    var record = {};
    for (var k = 0; k < header.length; k++) {
      record[header[k]] = fields[k] !== undefined ? fields[k] : '';
    }
    var price = Number(record.price);
    var stock = record.stock === '' || record.stock === undefined ? 0 : Number(record.stock);
    var problem = null;
    if (!record.sku) {
      problem = 'missing sku';
    } else if (record.price === '' || isNaN(price) || price < 0) {
      problem = 'invalid price: ' + record.price;
    } else if (!Number.isInteger(stock) || stock < 0) {
      problem = 'invalid stock: ' + record.stock;
    }
    if (problem) {
      if (opts.strict) {
        throw new Error('line ' + (i + 1) + ': ' + problem);
      }
      errors.push({ line: i + 1, message: problem });
      continue;
    }
    var tags = [];
    if (record.tags) {
      var parts = record.tags.split(';');
      for (var t = 0; t < parts.length; t++) {
        if (parts[t].trim() !== '') {
          tags.push(parts[t].trim().toLowerCase());
        }
      }
    }
    rows.push({
      sku: record.sku.toUpperCase(),
      name: record.name || '',
      price: price,
      stock: stock,
      tags: tags,
    });
  }
  return { rows: rows, errors: errors };
}

module.exports = {
  parseCustomers: parseCustomers,
  parseOrders: parseOrders,
  parseProducts: parseProducts,
  DEFAULT_DELIMITER: DEFAULT_DELIMITER,
};
