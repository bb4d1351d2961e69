'use strict';
/*
 * Log parsing for the ops dashboard: web server access logs, application logs and the audit
 * trail. Every line starts with an ISO timestamp (2024-05-10T08:15:00Z, milliseconds optional).
 *
 * Legacy module: parseAppLog and parseAuditLog were made by copying parseAccessLog, so each
 * parser has its own copy of the line splitting, comment handling, timestamp checks, time
 * window, strict mode, error collection and limit.
 */

var TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;
var LEVELS = ['debug', 'info', 'warn', 'error'];
var METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'];

// { time } for a good timestamp, { problem } for a bad one
function readTimestamp(stamp) {
  var time = TIMESTAMP.test(stamp) ? Date.parse(stamp) : NaN;
  return isNaN(time) ? { problem: 'bad timestamp: ' + stamp, time: NaN } : { problem: null, time: time };
}

function parseAccessLog(text, options) {
  var opts = options || {};
  if (typeof text !== 'string') {
    throw new TypeError('log text must be a string');
  }
  var lines = text.split(/\r?\n/);
  var entries = [];
  var errors = [];
  var counts = { total: 0, skipped: 0, invalid: 0 };
  for (var i = 0; i < lines.length; i++) {
    var raw = lines[i].trim();
    if (raw === '' || raw.charAt(0) === '#') {
      continue;
    }
    counts.total += 1;
    var parts = raw.split(/\s+/);
    var stamp = readTimestamp(parts[0]);
    var problem = stamp.problem;
    var time = stamp.time;
    if (!problem) {
      if (parts.length !== 5) {
        problem = 'expected 5 fields, got ' + parts.length;
      } else if (METHODS.indexOf(parts[1]) === -1) {
        problem = 'unknown method: ' + parts[1];
      } else if (!/^[1-5]\d\d$/.test(parts[3])) {
        problem = 'bad status: ' + parts[3];
      } else if (!/^\d+ms$/.test(parts[4])) {
        problem = 'bad duration: ' + parts[4];
      }
    }
    if (problem) {
      if (opts.strict) {
        throw new Error('line ' + (i + 1) + ': ' + problem);
      }
      counts.invalid += 1;
      errors.push({ line: i + 1, message: problem });
      continue;
    }
    if ((opts.since && time < Date.parse(opts.since)) || (opts.until && time >= Date.parse(opts.until))) {
      counts.skipped += 1;
      continue;
    }
    var status = Number(parts[3]);
    if (opts.errorsOnly && status < 500) {
      counts.skipped += 1;
      continue;
    }
    entries.push({
      line: i + 1,
      time: new Date(time).toISOString(),
      method: parts[1],
      path: parts[2],
      status: status,
      durationMs: parseInt(parts[4], 10),
    });
    if (opts.limit && entries.length >= opts.limit) {
      break;
    }
  }
  return { entries: entries, errors: errors, counts: counts };
}

function parseAppLog(text, options) {
  var opts = options || {};
  if (typeof text !== 'string') {
    throw new TypeError('log text must be a string');
  }
  var minLevel = opts.minLevel || 'debug';
  if (LEVELS.indexOf(minLevel) === -1) {
    throw new Error('unknown level: ' + minLevel);
  }
  var lines = text.split(/\r?\n/);
  var entries = [];
  var errors = [];
  var counts = { total: 0, skipped: 0, invalid: 0 };
  for (var i = 0; i < lines.length; i++) {
    var raw = lines[i].trim();
    if (raw === '' || raw.charAt(0) === '#') {
      continue;
    }
    counts.total += 1;
    var match = /^(\S+)\s+\[(\w+)\]\s+([\w.-]+):\s?(.*)$/.exec(raw);
    var stamp = raw.split(/\s+/)[0];
    var checked = readTimestamp(stamp);
    var problem = checked.problem;
    var time = checked.time;
    if (!problem) {
      if (!match) {
        problem = 'expected "[LEVEL] module: message"';
      } else if (LEVELS.indexOf(match[2].toLowerCase()) === -1) {
        problem = 'unknown level: ' + match[2];
      }
    }
    if (problem) {
      if (opts.strict) {
        throw new Error('line ' + (i + 1) + ': ' + problem);
      }
      counts.invalid += 1;
      errors.push({ line: i + 1, message: problem });
      continue;
    }
    if ((opts.since && time < Date.parse(opts.since)) || (opts.until && time >= Date.parse(opts.until))) {
      counts.skipped += 1;
      continue;
    }
    var level = match[2].toLowerCase();
    if (LEVELS.indexOf(level) < LEVELS.indexOf(minLevel)) {
      counts.skipped += 1;
      continue;
    }
    entries.push({
      line: i + 1,
      time: new Date(time).toISOString(),
      level: level,
      module: match[3],
      message: match[4],
    });
    if (opts.limit && entries.length >= opts.limit) {
      break;
    }
  }
  return { entries: entries, errors: errors, counts: counts };
}

function parseAuditLog(text, options) {
  var opts = options || {};
  if (typeof text !== 'string') {
    throw new TypeError('log text must be a string');
  }
  var lines = text.split(/\r?\n/);
  var entries = [];
  var errors = [];
  var counts = { total: 0, skipped: 0, invalid: 0 };
  for (var i = 0; i < lines.length; i++) {
    var raw = lines[i].trim();
    if (raw === '' || raw.charAt(0) === '#') {
      continue;
    }
    counts.total += 1;
    var parts = raw.split(/\s+/);
    var stamp = readTimestamp(parts[0]);
    var problem = stamp.problem;
    var time = stamp.time;
    var fields = {};
    if (!problem) {
      for (var p = 1; p < parts.length; p++) {
        var eq = parts[p].indexOf('=');
        if (eq <= 0) {
          problem = 'expected key=value: ' + parts[p];
          break;
        }
        fields[parts[p].slice(0, eq)] = parts[p].slice(eq + 1);
      }
      if (!problem && (!fields.user || !fields.action)) {
        problem = 'user and action are required';
      }
    }
    if (problem) {
      if (opts.strict) {
        throw new Error('line ' + (i + 1) + ': ' + problem);
      }
      counts.invalid += 1;
      errors.push({ line: i + 1, message: problem });
      continue;
    }
    if ((opts.since && time < Date.parse(opts.since)) || (opts.until && time >= Date.parse(opts.until))) {
      counts.skipped += 1;
      continue;
    }
    if (opts.user && fields.user !== opts.user) {
      counts.skipped += 1;
      continue;
    }
    entries.push({
      line: i + 1,
      time: new Date(time).toISOString(),
      user: fields.user,
      action: fields.action,
      target: fields.target || null,
      fields: fields,
    });
    if (opts.limit && entries.length >= opts.limit) {
      break;
    }
  }
  return { entries: entries, errors: errors, counts: counts };
}

module.exports = {
  parseAccessLog: parseAccessLog,
  parseAppLog: parseAppLog,
  parseAuditLog: parseAuditLog,
  LEVELS: LEVELS,
};
