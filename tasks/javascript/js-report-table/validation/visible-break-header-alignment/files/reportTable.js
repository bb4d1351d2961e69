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

function columnWidths(columns, cells) {
  return columns.map(function (col, c) {
    var width = String(col.title).length;
    cells.forEach(function (line) {
      if (line[c].length > width) {
        width = line[c].length;
      }
    });
    return width;
  });
}

function padCell(text, width, align) {
  return align === 'right' ? text.padStart(width) : text.padEnd(width);
}

function textLine(texts, widths, aligns) {
  return texts
    .map(function (text, c) {
      return padCell(text, widths[c], aligns[c]);
    })
    .join(' | ')
    .trimEnd();
}

/** Sums of the number and money columns (empty cells count as nothing). */
function columnTotals(rows, columns) {
  return columns.map(function (col) {
    var sum = 0;
    if (col.type === 'number' || col.type === 'money') {
      rows.forEach(function (row) {
        var value = row[col.key];
        if (value !== null && value !== undefined) {
          sum += Number(value);
        }
      });
    }
    return sum;
  });
}

function totalText(total, col, opts) {
  if (col.type === 'number') {
    return formatNumber(total, col, opts.thousands);
  }
  return col.type === 'money' ? formatMoney(total, false) : '';
}

function totalsLine(rows, columns, widths, opts) {
  var totals = columnTotals(rows, columns);
  var texts = columns.map(function (col, c) {
    return c === 0 ? 'Total' : totalText(totals[c], col, opts);
  });
  var aligns = columns.map(function (col, c) {
    return c === 0 ? 'left' : 'right';
  });
  return textLine(texts, widths, aligns);
}

function renderText(rows, columns, options) {
  var opts = options || {};
  var formats = textFormats(opts);
  var nullText = nullTextOr(opts, '-');
  var cells = formatRows(rows, columns, function (value, col) {
    return truncate(formatCell(value, col, formats, nullText), col.width);
  });
  var widths = columnWidths(columns, cells);
  var titles = columns.map(function (col) {
    return String(col.title);
  });
  var rule = widths
    .map(function (width) {
      return '-'.repeat(width);
    })
    .join('-+-');
  var aligns = columns.map(alignmentOf);
  var out = [textLine(titles, widths, aligns), rule];
  cells.forEach(function (line) {
    out.push(textLine(line, widths, aligns));
  });
  if (opts.totals && rows.length > 0) {
    out.push(rule, totalsLine(rows, columns, widths, opts));
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
