'use strict';
/*
 * Configuration loader of the service.
 *
 * Configuration comes as INI-style text layers (defaults file, site file, local overrides),
 * each parsed into flat `section.key` strings, merged (later layers win) and then typed and
 * checked against a schema.
 */

const SECRET_WORDS = ['password', 'secret', 'token', 'apikey'];
const REDACTED = '****';

const SECTION_NAME = /^[a-z0-9_.-]+$/;
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
const DOUBLE_QUOTED_ESCAPE = /\\(["\\n])/g;
const INTEGER = /^[-+]?\d+$/;
const DURATION = /^(\d+)\s*(ms|s|m|h)?$/;
const MS_PER_UNIT = { ms: 1, s: 1000, m: 60000, h: 3600000 };
const TRUE_WORDS = ['true', 'yes', 'on', '1'];
const FALSE_WORDS = ['false', 'no', 'off', '0'];

function ConfigError(message, line) {
  this.name = 'ConfigError';
  this.message = message;
  this.line = line;
  this.stack = new Error(message).stack;
}
ConfigError.prototype = Object.create(Error.prototype);
ConfigError.prototype.constructor = ConfigError;

function hasOwn(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function lineError(lineNo, message) {
  return new ConfigError('line ' + lineNo + ': ' + message, lineNo);
}

// ---- parsing ----------------------------------------------------------------------------------

/** The text's lines with backslash continuations joined, each with its first line's number. */
function logicalLines(text) {
  const lines = String(text).split(/\r?\n/);
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let raw = lines[i];
    while (/\\$/.test(raw) && i + 1 < lines.length) {
      i++;
      raw = raw.slice(0, -1) + lines[i].replace(/^\s+/, '');
    }
    out.push({ lineNo, text: raw.trim() });
  }
  return out;
}

function isBlankOrComment(line) {
  return line === '' || line.charAt(0) === '#' || line.charAt(0) === ';';
}

function sectionName(line, lineNo) {
  if (line.charAt(line.length - 1) !== ']') {
    throw lineError(lineNo, 'unterminated section header');
  }
  const name = line.slice(1, -1).trim().toLowerCase();
  if (name === '') {
    throw lineError(lineNo, 'empty section name');
  }
  if (!SECTION_NAME.test(name)) {
    throw lineError(lineNo, 'bad section name: ' + name);
  }
  return name;
}

function unescapeChar(match, char) {
  return char === 'n' ? '\n' : char;
}

function isQuoted(value, quote) {
  return value.length >= 2 && value.charAt(value.length - 1) === quote;
}

/** The value as written: quotes removed, and whether `${...}` variables are expanded in it. */
function unquote(value, lineNo) {
  const quote = value.charAt(0);
  if (quote === '"' || quote === "'") {
    if (!isQuoted(value, quote)) {
      throw lineError(lineNo, 'unterminated quote');
    }
    const inner = value.slice(1, -1);
    if (quote === "'") {
      return { text: inner, interpolate: false };
    }
    return { text: inner.replace(DOUBLE_QUOTED_ESCAPE, unescapeChar), interpolate: true };
  }
  const hash = value.indexOf(' #');
  return { text: hash >= 0 ? value.slice(0, hash).trim() : value, interpolate: true };
}

/** `${NAME}` and `${NAME:-default}` replaced from `env`; unknown names are an error when strict. */
function interpolate(value, env, strict, lineNo) {
  return value.replace(VARIABLE, function expand(match, varName, fallback) {
    if (hasOwn(env, varName)) {
      return String(env[varName]);
    }
    if (fallback !== undefined) {
      return fallback;
    }
    if (strict) {
      throw lineError(lineNo, 'undefined variable: ' + varName);
    }
    return '';
  });
}

function parseValue(rawValue, lineNo, opts) {
  const { text, interpolate: expand } = unquote(rawValue, lineNo);
  return expand ? interpolate(text, opts.env || {}, opts.strict, lineNo) : text;
}

/** A `key = value` line as [key, value]; null for a line without `=` outside strict mode. */
function parseEntry(line, lineNo, opts) {
  const eq = line.indexOf('=');
  if (eq < 0) {
    if (opts.strict) {
      throw lineError(lineNo, 'expected key = value');
    }
    return null;
  }
  const key = line.slice(0, eq).trim().toLowerCase();
  if (key === '') {
    throw lineError(lineNo, 'empty key');
  }
  return [key, parseValue(line.slice(eq + 1).trim(), lineNo, opts)];
}

function parseConfig(text, options) {
  const opts = options || {};
  const result = {};
  let section = '';
  for (const { lineNo, text: line } of logicalLines(text)) {
    if (isBlankOrComment(line)) {
      continue;
    }
    if (line.charAt(0) === '[') {
      section = sectionName(line, lineNo);
      continue;
    }
    const entry = parseEntry(line, lineNo, opts);
    if (!entry) {
      continue;
    }
    const full = section ? section + '.' + entry[0] : entry[0];
    if (hasOwn(result, full) && !opts.allowDuplicates) {
      throw lineError(lineNo, 'duplicate key: ' + full);
    }
    result[full] = entry[1];
  }
  return result;
}

// ---- typing -----------------------------------------------------------------------------------

function checkRange(value, spec, key) {
  if (spec.min !== undefined && value < spec.min {
    throw new ConfigError(key + ': ' + value + ' is below the minimum ' + spec.min);
  }
  if (spec.max !== undefined && value > spec.max) {
    throw new ConfigError(key + ': ' + value + ' is above the maximum ' + spec.max);
  }
  return value;
}

function toInteger(raw, spec, key) {
  if (!INTEGER.test(raw)) {
    throw new ConfigError(key + ': not an integer: ' + raw);
  }
  return checkRange(parseInt(raw, 10), spec, key);
}

function toNumber(raw, spec, key) {
  const value = Number(raw);
  if (raw.trim() === '' || isNaN(value)) {
    throw new ConfigError(key + ': not a number: ' + raw);
  }
  return checkRange(value, spec, key);
}

function toBoolean(raw, spec, key) {
  const lower = raw.toLowerCase();
  if (TRUE_WORDS.includes(lower)) {
    return true;
  }
  if (FALSE_WORDS.includes(lower)) {
    return false;
  }
  throw new ConfigError(key + ': not a boolean: ' + raw);
}

function toList(raw) {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function toDuration(raw, spec, key) {
  const match = DURATION.exec(raw);
  if (!match) {
    throw new ConfigError(key + ': not a duration: ' + raw);
  }
  return parseInt(match[1], 10) * MS_PER_UNIT[match[2] || 's'];
}

const COERCIONS = {
  int: toInteger,
  number: toNumber,
  bool: toBoolean,
  list: toList,
  duration: toDuration,
  string: (raw) => raw,
};

function coerceValue(raw, spec, key) {
  const type = spec.type || 'string';
  if (!hasOwn(COERCIONS, type)) {
    throw new ConfigError(key + ': unknown type ' + type);
  }
  const value = COERCIONS[type](raw, spec, key);
  if (spec.choices && spec.choices.indexOf(value) < 0) {
    throw new ConfigError(key + ': must be one of ' + spec.choices.join(', '));
  }
  return value;
}

// ---- loading ----------------------------------------------------------------------------------

function parseLayer(text, index, opts) {
  try {
    return parseConfig(text, { env: opts.env, strict: opts.strict });
  } catch (err) {
    if (err instanceof ConfigError) {
      throw new ConfigError('layer ' + (index + 1) + ', ' + err.message, err.line);
    }
    throw err;
  }
}

/** Every layer's keys, later layers winning; missing layers are skipped. */
function mergeLayers(layers, opts) {
  const merged = {};
  for (let i = 0; i < layers.length; i++) {
    if (layers[i] !== null && layers[i] !== undefined) {
      Object.assign(merged, parseLayer(layers[i], i, opts));
    }
  }
  return merged;
}

/** Runs `fn`; a ConfigError it throws is collected into `errors` instead. */
function collecting(errors, fn) {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof ConfigError)) {
      throw err;
    }
    errors.push(err.message);
  }
}

function applySchema(merged, schema, out, errors) {
  for (const key of Object.keys(schema)) {
    const spec = schema[key];
    if (hasOwn(merged, key)) {
      collecting(errors, () => {
        out[key] = coerceValue(merged[key], spec, key);
      });
    } else if (spec.default !== undefined) {
      out[key] = spec.default;
    } else if (spec.required) {
      errors.push('missing required key: ' + key);
    }
  }
}

function handleUnknownKeys(merged, schema, opts, out, errors) {
  const unknown = Object.keys(merged).filter((name) => !hasOwn(schema, name));
  for (const name of unknown) {
    if (opts.strict) {
      errors.push('unknown key: ' + name);
    } else if (opts.keepUnknown) {
      out[name] = merged[name];
    }
  }
}

function loadConfig(layers, schema, options) {
  const opts = options || {};
  const merged = mergeLayers(layers, opts);
  const out = {};
  const errors = [];
  applySchema(merged, schema, out, errors);
  handleUnknownKeys(merged, schema, opts, out, errors);
  if (errors.length > 0) {
    throw new ConfigError(errors.join('; '));
  }
  return out;
}

function isSecretKey(key) {
  const last = key.split('.').pop().toLowerCase();
  return SECRET_WORDS.some((word) => last.indexOf(word) >= 0);
}

function redactConfig(config) {
  const out = {};
  for (const key of Object.keys(config)) {
    out[key] = isSecretKey(key) ? REDACTED : config[key];
  }
  return out;
}

module.exports = {
  ConfigError,
  parseConfig,
  coerceValue,
  loadConfig,
  redactConfig,
};
