'use strict';
/*
 * Report tables for the finance back office: the same rows rendered as a plain-text table (for
 * e-mails), CSV (for spreadsheets) and Markdown (for the wiki).
 *
 * Legacy module: each renderer grew its own copy of the cell formatting.
 * A column is { key, title, type, decimals, width, align }; type is one of text, number, money,
 * percent and date.
 */

var ELLIPSIS = '~';

function groupThousands(text) {
  var parts = text.split('.');
  parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return parts.join('.');
}

function renderText(rows, columns, options) {
  var opts = options || {};
  var nullText = opts.nullText !== undefined ? opts.nullText : '-';
  var cells = [];
  var widths = [];
  var totals = [];
  for (var c = 0; c < columns.length; c++) {
    widths.push(String(columns[c].title).length);
    totals.push(0);
  }
  for (var r = 0; r < rows.length; r++) {
    var line = [];
    for (var c2 = 0; c2 < columns.length; c2++) {
      var col = columns[c2];
      var v = rows[r][col.key];
      var text;
      if (v === null || v === undefined) {
        text = nullText;
      } else if (col.type === 'number') {
        text = Number(v).toFixed(col.decimals !== undefined ? col.decimals : 0);
        if (opts.thousands) {
          text = groupThousands(text);
        }
        totals[c2] += Number(v);
      } else if (col.type === 'money') {
        if (v < 0 && opts.accounting) {
          text = '(' + groupThousands(Math.abs(v).toFixed(2)) + ')';
        } else {
          text = groupThousands(Number(v).toFixed(2));
        }
        totals[c2] += Number(v);
      } else if (col.type === 'percent') {
        text = (v * 100).toFixed(1) + '%';
      } else if (col.type === 'date') {
        if (v instanceof Date) {
          text = v.toISOString().slice(0, 10);
        } else {
          text = String(v).slice(0, 10);
        }
      } else {
        text = String(v);
      }
      if (col.width && text.length > col.width) {
        text = text.slice(0, col.width - 1) + ELLIPSIS;
      }
      if (text.length > widths[c2]) {
        widths[c2] = text.length;
      }
      line.push(text);
    }
    cells.push(line);
  }
  var out = [];
  var header = [];
  var rule = [];
  for (var h = 0; h < columns.length; h++) {
    header.push(String(columns[h].title).padEnd(widths[h]));
    rule.push('-'.repeat(widths[h]));
  }
  out.push(header.join(' | ').trimEnd());
  out.push(rule.join('-+-'));
  for (var i = 0; i < cells.length; i++) {
    var padded = [];
    for (var j = 0; j < columns.length; j++) {
      var align = columns[j].align || (columns[j].type === 'number' || columns[j].type === 'money' || columns[j].type === 'percent' ? 'right' : 'left');
      if (align === 'right') {
        padded.push(cells[i][j].padStart(widths[j]));
      } else {
        padded.push(cells[i][j].padEnd(widths[j]));
      }
    }
    out.push(padded.join(' | ').trimEnd());
  }
  if (opts.totals && rows.length > 0) {
    var sums = [];
    for (var t = 0; t < columns.length; t++) {
      var tcol = columns[t];
      var ttext = '';
      if (t === 0) {
        ttext = 'Total';
      } else if (tcol.type === 'number') {
        ttext = totals[t].toFixed(tcol.decimals !== undefined ? tcol.decimals : 0);
        if (opts.thousands) {
          ttext = groupThousands(ttext);
        }
      } else if (tcol.type === 'money') {
        ttext = groupThousands(totals[t].toFixed(2));
      }
      sums.push(ttext);
    }
    out.push(rule.join('-+-'));
    var sumLine = [];
    for (var s = 0; s < columns.length; s++) {
      sumLine.push(s === 0 ? sums[s].padEnd(widths[s]) : sums[s].padStart(widths[s]));
    }
    out.push(sumLine.join(' | ').trimEnd());
  }
  return out.join('\n');
}

function renderCsv(rows, columns, options) {
  var opts = options || {};
  var delimiter = opts.delimiter || ',';
  var nullText = opts.nullText !== undefined ? opts.nullText : '';
  var out = [];
  function quote(text) {
    if (text.indexOf(delimiter) !== -1 || text.indexOf('"') !== -1 || text.indexOf('\n') !== -1) {
      return '"' + text.replace(/"/g, '""') + '"';
    }
    return text;
  }
  if (opts.header !== false) {
    var head = [];
    for (var h = 0; h < columns.length; h++) {
      head.push(quote(String(columns[h].title)));
    }
    out.push(head.join(delimiter));
  }
  for (var r = 0; r < rows.length; r++) {
    var line = [];
    for (var c = 0; c < columns.length; c++) {
      var col = columns[c];
      var v = rows[r][col.key];
      var text;
      if (v === null || v === undefined) {
        text = nullText;
      } else if (col.type === 'number') {
        text = Number(v).toFixed(col.decimals !== undefined ? col.decimals : 0);
      } else if (col.type === 'money') {
        text = Number(v).toFixed(2);
      } else if (col.type === 'percent') {
        if (opts.rawPercent) {
          text = String(v);
        } else {
          text = (v * 100).toFixed(1) + '%';
        }
      } else if (col.type === 'date') {
        if (v instanceof Date) {
          text = v.toISOString().slice(0, 10);
        } else {
          text = String(v).slice(0, 10);
        }
      } else {
        text = String(v);
      }
      line.push(quote(text));
    }
    out.push(line.join(delimiter));
  }
  return out.join(opts.crlf ? '\r\n' : '\n');
}

function renderMarkdown(rows, columns, options) {
  var opts = options || {};
  var nullText = opts.nullText !== undefined ? opts.nullText : '';
  var out = [];
  var head = [];
  var rule = [];
  for (var h = 0; h < columns.length; h++) {
    head.push(String(columns[h].title).replace(/\|/g, '\\|'));
    var align = columns[h].align || (columns[h].type === 'number' || columns[h].type === 'money' || columns[h].type === 'percent' ? 'right' : 'left');
    if (align === 'right') {
      rule.push('---:');
    } else if (align === 'center') {
      rule.push(':---:');
    } else {
      rule.push('---');
    }
  }
  out.push('| ' + head.join(' | ') + ' |');
  out.push('| ' + rule.join(' | ') + ' |');
  for (var r = 0; r < rows.length; r++) {
    var line = [];
    for (var c = 0; c < columns.length; c++) {
      var col = columns[c];
      var v = rows[r][col.key];
      var text;
      if (v === null || v === undefined) {
        text = nullText;
      } else if (col.type === 'number') {
        text = groupThousands(Number(v).toFixed(col.decimals !== undefined ? col.decimals : 0));
      } else if (col.type === 'money') {
        if (v < 0 && opts.accounting) {
          text = '(' + groupThousands(Math.abs(v).toFixed(2)) + ')';
        } else {
          text = groupThousands(Number(v).toFixed(2));
        }
      } else if (col.type === 'percent') {
        text = (v * 100).toFixed(1) + '%';
      } else if (col.type === 'date') {
        if (v instanceof Date) {
          text = v.toISOString().slice(0, 10);
        } else {
          text = String(v).slice(0, 10);
        }
      } else {
        text = String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
      }
      if (col.width && text.length > col.width) {
        text = text.slice(0, col.width - 1) + ELLIPSIS;
      }
      line.push(text);
    }
    out.push('| ' + line.join(' | ') + ' |');
  }
  return out.join('\n');
}

module.exports = {
  renderText: renderText,
  renderCsv: renderCsv,
  renderMarkdown: renderMarkdown,
  ELLIPSIS: ELLIPSIS,
};
