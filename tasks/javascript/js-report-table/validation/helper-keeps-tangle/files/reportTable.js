'use strict';
/*
 * Report tables for the finance back office: the same rows rendered as a plain-text table (for
 * e-mails), CSV (for spreadsheets) and Markdown (for the wiki).
 *
 * A column is { key, title, type, decimals, width, align }; type is one of text, number, money,
 * percent and date. Each renderer picks a formatter per type (they differ in grouping, negative
 * money and escaping) and shares the rest: empty cells, truncation, alignment.
 */

var ELLIPSIS = '~';
var RIGHT_ALIGNED_TYPES = ['number', 'money', 'percent'];
var MARKDOWN_RULES = { right: '---:', center: ':---:' };

function groupThousands(text) {
  var parts = text.split('.');
  parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return parts.join('.');
}

// ---- cell formatting shared by the renderers ----------------------------------------------

function decimalsOf(col) {
  return col.decimals !== undefined ? col.decimals : 0;
}

function formatNumber(value, col, grouped) {
  var text = Number(value).toFixed(decimalsOf(col));
  return grouped ? groupThousands(text) : text;
}

/** Money with thousands separators; negative amounts in parentheses for accountants. */
function formatMoney(value, accounting) {
  if (value < 0 && accounting) {
    return '(' + groupThousands(Math.abs(value).toFixed(2)) + ')';
  }
  return groupThousands(Number(value).toFixed(2));
}

function formatPercent(value) {
  return (value * 100).toFixed(1) + '%';
}

function formatDate(value) {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

function formatCell(value, col, formats, nullText) {
  if (value === null || value === undefined) {
    return nullText;
  }
  var format = Object.prototype.hasOwnProperty.call(formats, col.type) ? formats[col.type] : formats.text;
  return format(value, col);
}

function truncate(text, width) {
  if (width && text.length > width) {
    return text.slice(0, width - 1) + ELLIPSIS;
  }
  return text;
}

function alignmentOf(col) {
  if (col.align) {
    return col.align;
  }
  return RIGHT_ALIGNED_TYPES.indexOf(col.type) !== -1 ? 'right' : 'left';
}

function nullTextOr(opts, fallback) {
  return opts.nullText !== undefined ? opts.nullText : fallback;
}

function formatRows(rows, columns, cellText) {
  var lines = [];
  for (var r = 0; r < rows.length; r++) {
    var row = rows[r];
    lines.push(
      columns.map(function (col) {
        return cellText(row[col.key], col);
      }),
    );
  }
  return lines;
}

// ---- plain text ---------------------------------------------------------------------------

function textFormats(opts) {
  return {
    number: function (value, col) {
      return formatNumber(value, col, opts.thousands);
    },
    money: function (value) {
      return formatMoney(value, opts.accounting);
    },
    percent: formatPercent,
    date: formatDate,
    text: String,
  };
}

function renderText(rows, columns, options) {
  var opts = options || {};
  var nullText = nullTextOr(opts, '-');
  var formats = textFormats(opts);
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
      var text = formatCell(v, col, formats, nullText);
      if (v !== null && v !== undefined && (col.type === 'number' || col.type === 'money')) {
        totals[c2] += Number(v);
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

// ---- CSV ----------------------------------------------------------------------------------

function csvFormats(opts) {
  return {
    number: function (value, col) {
      return formatNumber(value, col, false);
    },
    money: function (value) {
      return Number(value).toFixed(2);
    },
    percent: function (value) {
      return opts.rawPercent ? String(value) : formatPercent(value);
    },
    date: formatDate,
    text: String,
  };
}

function csvQuote(text, delimiter) {
  if (text.indexOf(delimiter) !== -1 || text.indexOf('"') !== -1 || text.indexOf('\n') !== -1) {
    return '"' + text.replace(/"/g, '""') + '"';
  }
  return text;
}

function renderCsv(rows, columns, options) {
  var opts = options || {};
  var delimiter = opts.delimiter || ',';
  var formats = csvFormats(opts);
  var nullText = nullTextOr(opts, '');
  var out = [];
  if (opts.header !== false) {
    out.push(columns.map(function (col) {
      return csvQuote(String(col.title), delimiter);
    }));
  }
  out = out.concat(formatRows(rows, columns, function (value, col) {
    return csvQuote(formatCell(value, col, formats, nullText), delimiter);
  }));
  return out
    .map(function (line) {
      return line.join(delimiter);
    })
    .join(opts.crlf ? '\r\n' : '\n');
}

// ---- Markdown -----------------------------------------------------------------------------

function escapeMarkdown(text) {
  return text.replace(/\|/g, '\\|');
}

function markdownFormats(opts) {
  return {
    number: function (value, col) {
      return formatNumber(value, col, true);
    },
    money: function (value) {
      return formatMoney(value, opts.accounting);
    },
    percent: formatPercent,
    date: formatDate,
    text: function (value) {
      return escapeMarkdown(String(value)).replace(/\n/g, ' ');
    },
  };
}

function markdownRule(col) {
  var align = alignmentOf(col);
  return Object.prototype.hasOwnProperty.call(MARKDOWN_RULES, align) ? MARKDOWN_RULES[align] : '---';
}

function markdownLine(texts) {
  return '| ' + texts.join(' | ') + ' |';
}

function renderMarkdown(rows, columns, options) {
  var opts = options || {};
  var formats = markdownFormats(opts);
  var nullText = nullTextOr(opts, '');
  var titles = columns.map(function (col) {
    return escapeMarkdown(String(col.title));
  });
  var out = [markdownLine(titles), markdownLine(columns.map(markdownRule))];
  formatRows(rows, columns, function (value, col) {
    return truncate(formatCell(value, col, formats, nullText), col.width);
  }).forEach(function (line) {
    out.push(markdownLine(line));
  });
  return out.join('\n');
}

module.exports = {
  renderText: renderText,
  renderCsv: renderCsv,
  renderMarkdown: renderMarkdown,
  ELLIPSIS: ELLIPSIS,
};
