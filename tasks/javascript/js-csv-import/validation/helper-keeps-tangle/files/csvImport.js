'use strict';
/*
 * CSV import for the CRM: customers, orders and products exported from the old ERP.
 *
 * One reader for all three kinds of file; line numbers in errors are 1-based and count every
 * physical line.
 */

var DEFAULT_DELIMITER = ',';

function readCsv(kind, text, options) {
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
    var fields = [];
    var current = '';
    var quoted = false;
    for (var j = 0; j < line.length; j++) {
      var ch = line.charAt(j);
      if (quoted) {
        if (ch === '"') {
          if (line.charAt(j + 1) === '"') {
            current += '"';
            j++;
          } else {
            quoted = false;
          }
        } else {
          current += ch;
        }
      } else if (ch === '"') {
        quoted = true;
      } else if (ch === delimiter) {
        fields.push(current.trim());
        current = '';
      } else {
        current += ch;
      }
    }
    fields.push(current.trim());
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
    var row = null;
    switch (kind) {
      case 'customer':
        if (!record.id) {
          problem = 'missing id';
        } else if (!record.email || record.email.indexOf('@') < 1) {
          problem = 'invalid email: ' + record.email;
        } else {
          row = {
            id: record.id,
            name: record.name || '',
            email: record.email.toLowerCase(),
            vip: record.vip === 'yes' || record.vip === 'true',
          };
        }
        break;
      case 'order':
        var quantity = Number(record.quantity);
        var price = Number(record.price);
        if (!record.order_id) {
          problem = 'missing order_id';
        } else if (!record.customer_id) {
          problem = 'missing customer_id';
        } else if (record.quantity === '' || !Number.isInteger(quantity) || quantity <= 0) {
          problem = 'invalid quantity: ' + record.quantity;
        } else if (record.price === '' || isNaN(price) || price < 0) {
          problem = 'invalid price: ' + record.price;
        } else {
          row = {
            orderId: record.order_id,
            customerId: record.customer_id,
            quantity: quantity,
            price: price,
            total: Math.round(quantity * price * 100) / 100,
          };
        }
        break;
      default:
        var productPrice = Number(record.price);
        var stock = record.stock === '' || record.stock === undefined ? 0 : Number(record.stock);
        if (!record.sku) {
          problem = 'missing sku';
        } else if (record.price === '' || isNaN(productPrice) || productPrice < 0) {
          problem = 'invalid price: ' + record.price;
        } else if (!Number.isInteger(stock) || stock < 0) {
          problem = 'invalid stock: ' + record.stock;
        } else {
          var tags = [];
          if (record.tags) {
            var parts = record.tags.split(';');
            for (var t = 0; t < parts.length; t++) {
              if (parts[t].trim() !== '') {
                tags.push(parts[t].trim().toLowerCase());
              }
            }
          }
          row = {
            sku: record.sku.toUpperCase(),
            name: record.name || '',
            price: productPrice,
            stock: stock,
            tags: tags,
          };
        }
    }
    if (problem) {
      if (opts.strict) {
        throw new Error('line ' + (i + 1) + ': ' + problem);
      }
      errors.push({ line: i + 1, message: problem });
      continue;
    }
    rows.push(row);
  }
  return { rows: rows, errors: errors };
}

function parseCustomers(text, options) {
  return readCsv('customer', text, options);
}

function parseOrders(text, options) {
  return readCsv('order', text, options);
}

function parseProducts(text, options) {
  return readCsv('product', text, options);
}

module.exports = {
  parseCustomers: parseCustomers,
  parseOrders: parseOrders,
  parseProducts: parseProducts,
  DEFAULT_DELIMITER: DEFAULT_DELIMITER,
};
