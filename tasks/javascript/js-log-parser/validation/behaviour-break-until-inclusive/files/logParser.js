'use strict';
/*
 * Log parsing for the ops dashboard: web server access logs, application logs and the audit
 * trail. Every line starts with an ISO timestamp (2024-05-10T08:15:00Z, milliseconds optional).
 *
 * `readLog` does what every log has in common (lines, comments, timestamps, the time window,
 * strict mode, errors, limit); each parser only reads the rest of its lines and says which
 * entries it keeps.
 */

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;
const LEVELS = ['debug', 'info', 'warn', 'error'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'];
const APP_LINE = /^(\S+)\s+\[(\w+)\]\s+([\w.-]+):\s?(.*)$/;

function checkText(text) {
  if (typeof text !== 'string') {
    throw new TypeError('log text must be a string');
  }
}

function readTimestamp(stamp) {
  const time = TIMESTAMP.test(stamp) ? Date.parse(stamp) : NaN;
  return isNaN(time) ? { problem: 'bad timestamp: ' + stamp } : { time };
}

function inWindow(time, opts) {
  return !(opts.since && time < Date.parse(opts.since)) && !(opts.until && time > Date.parse(opts.until));
}

/** One line: a problem, or the entry fields. `parseLine(raw, parts)` returns the same shape. */
function readLine(raw, parseLine) {
  const parts = raw.split(/\s+/);
  const stamp = readTimestamp(parts[0]);
  if (stamp.problem) {
    return stamp;
  }
  const parsed = parseLine(raw, parts);
  return parsed.problem ? parsed : { time: stamp.time, fields: parsed.fields };
}

/**
 * The common loop. `parseLine(raw, parts)` -> { problem } or { fields }; `keep(fields)` says
 * whether an entry inside the time window is wanted.
 */
function readLog(text, opts, parseLine, keep) {
  checkText(text);
  const result = { entries: [], errors: [], counts: { total: 0, skipped: 0, invalid: 0 } };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === '' || raw.charAt(0) === '#') {
      continue;
    }
    result.counts.total += 1;
    const read = readLine(raw, parseLine);
    if (read.problem) {
      recordProblem(result, i + 1, read.problem, opts.strict);
    } else if (!inWindow(read.time, opts) || !keep(read.fields)) {
      result.counts.skipped += 1;
    } else {
      result.entries.push({ line: i + 1, time: new Date(read.time).toISOString(), ...read.fields });
      if (opts.limit && result.entries.length >= opts.limit) {
        break;
      }
    }
  }
  return result;
}

function recordProblem(result, line, problem, strict) {
  if (strict) {
    throw new Error('line ' + line + ': ' + problem);
  }
  result.counts.invalid += 1;
  result.errors.push({ line, message: problem });
}

// --- access log: <time> <method> <path> <status> <duration>ms ------------------------------
function accessProblem(parts) {
  if (parts.length !== 5) {
    return 'expected 5 fields, got ' + parts.length;
  }
  if (!METHODS.includes(parts[1])) {
    return 'unknown method: ' + parts[1];
  }
  if (!/^[1-5]\d\d$/.test(parts[3])) {
    return 'bad status: ' + parts[3];
  }
  return /^\d+ms$/.test(parts[4]) ? null : 'bad duration: ' + parts[4];
}

function parseAccessLine(raw, parts) {
  const problem = accessProblem(parts);
  if (problem) {
    return { problem };
  }
  const fields = { method: parts[1], path: parts[2], status: Number(parts[3]), durationMs: parseInt(parts[4], 10) };
  return { fields };
}

function parseAccessLog(text, options) {
  const opts = options || {};
  return readLog(text, opts, parseAccessLine, (entry) => !(opts.errorsOnly && entry.status < 500));
}

// --- application log: <time> [LEVEL] module: message ----------------------------------------
function parseAppLine(raw) {
  const match = APP_LINE.exec(raw);
  if (!match) {
    return { problem: 'expected "[LEVEL] module: message"' };
  }
  const level = match[2].toLowerCase();
  if (!LEVELS.includes(level)) {
    return { problem: 'unknown level: ' + match[2] };
  }
  return { fields: { level, module: match[3], message: match[4] } };
}

function parseAppLog(text, options) {
  const opts = options || {};
  checkText(text);
  const minLevel = opts.minLevel || 'debug';
  if (!LEVELS.includes(minLevel)) {
    throw new Error('unknown level: ' + minLevel);
  }
  const lowest = LEVELS.indexOf(minLevel);
  return readLog(text, opts, parseAppLine, (entry) => LEVELS.indexOf(entry.level) >= lowest);
}

// --- audit trail: <time> key=value ... (user and action required) --------------------------
function readPairs(parts) {
  const pairs = {};
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      return { problem: 'expected key=value: ' + part };
    }
    pairs[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return { pairs };
}

function parseAuditLine(raw, parts) {
  const { problem, pairs } = readPairs(parts);
  if (problem) {
    return { problem };
  }
  if (!pairs.user || !pairs.action) {
    return { problem: 'user and action are required' };
  }
  return { fields: { user: pairs.user, action: pairs.action, target: pairs.target || null, fields: pairs } };
}

function parseAuditLog(text, options) {
  const opts = options || {};
  return readLog(text, opts, parseAuditLine, (entry) => !(opts.user && entry.user !== opts.user));
}

module.exports = {
  parseAccessLog,
  parseAppLog,
  parseAuditLog,
  LEVELS,
};
