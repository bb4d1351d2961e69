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

// ---- typing and loading ---------------------------------------------------------------------

function coerceValue(raw, spec, key) {
  var type = spec.type || 'string';
  var value;
  if (type === 'int') {
    if (!/^[-+]?\d+$/.test(raw)) {
      throw new ConfigError(key + ': not an integer: ' + raw);
    }
    value = parseInt(raw, 10);
    if (spec.min !== undefined && value < spec.min) {
      throw new ConfigError(key + ': ' + value + ' is below the minimum ' + spec.min);
    }
    if (spec.max !== undefined && value > spec.max) {
      throw new ConfigError(key + ': ' + value + ' is above the maximum ' + spec.max);
    }
  } else if (type === 'number') {
    value = Number(raw);
    if (raw.trim() === '' || isNaN(value)) {
      throw new ConfigError(key + ': not a number: ' + raw);
    }
    if (spec.min !== undefined && value < spec.min) {
      throw new ConfigError(key + ': ' + value + ' is below the minimum ' + spec.min);
    }
    if (spec.max !== undefined && value > spec.max) {
      throw new ConfigError(key + ': ' + value + ' is above the maximum ' + spec.max);
    }
  } else if (type === 'bool') {
    var lower = raw.toLowerCase();
    if (lower === 'true' || lower === 'yes' || lower === 'on' || lower === '1') {
      value = true;
    } else if (lower === 'false' || lower === 'no' || lower === 'off' || lower === '0') {
      value = false;
    } else {
      throw new ConfigError(key + ': not a boolean: ' + raw);
    }
  } else if (type === 'list') {
    value = [];
    if (raw !== '') {
      var parts = raw.split(',');
      for (var i = 0; i < parts.length; i++) {
        var part = parts[i].trim();
        if (part !== '') {
          value.push(part);
        }
      }
    }
  } else if (type === 'duration') {
    var match = /^(\d+)\s*(ms|s|m|h)?$/.exec(raw);
    if (!match) {
      throw new ConfigError(key + ': not a duration: ' + raw);
    }
    var amount = parseInt(match[1], 10);
    if (match[2] === 'ms') {
      value = amount;
    } else if (match[2] === 'm') {
      value = amount * 60000;
    } else if (match[2] === 'h') {
      value = amount * 3600000;
    } else {
      value = amount * 1000;
    }
  } else if (type === 'string') {
    value = raw;
  } else {
    throw new ConfigError(key + ': unknown type ' + type);
  }
  if (spec.choices && spec.choices.indexOf(value) < 0) {
    throw new ConfigError(key + ': must be one of ' + spec.choices.join(', '));
  }
  return value;
}

function loadConfig(layers, schema, options) {
  var opts = options || {};
  var merged = {};
  for (var i = 0; i < layers.length; i++) {
    if (layers[i] === null || layers[i] === undefined) {
      continue;
    }
    var parsed;
    try {
      parsed = parseConfig(layers[i], { env: opts.env, strict: opts.strict });
    } catch (err) {
      if (err instanceof ConfigError) {
        throw new ConfigError('layer ' + (i + 1) + ', ' + err.message, err.line);
      }
      throw err;
    }
    for (var k in parsed) {
      if (Object.prototype.hasOwnProperty.call(parsed, k)) {
        merged[k] = parsed[k];
      }
    }
  }
  var out = {};
  var errors = [];
  for (var key in schema) {
    if (!Object.prototype.hasOwnProperty.call(schema, key)) {
      continue;
    }
    var spec = schema[key];
    if (Object.prototype.hasOwnProperty.call(merged, key)) {
      try {
        out[key] = coerceValue(merged[key], spec, key);
      } catch (err) {
        if (err instanceof ConfigError) {
          errors.push(err.message);
        } else {
          throw err;
        }
      }
    } else if (spec.default !== undefined) {
      out[key] = spec.default;
    } else if (spec.required) {
      errors.push('missing required key: ' + key);
    }
  }
  for (var name in merged) {
    if (Object.prototype.hasOwnProperty.call(merged, name) && !Object.prototype.hasOwnProperty.call(schema, name)) {
      if (opts.strict) {
        errors.push('unknown key: ' + name);
      } else if (opts.keepUnknown) {
        out[name] = merged[name];
      }
    }
  }
  if (errors.length > 0) {
    throw new ConfigError(errors.join('; '));
  }
  return out;
}

function redactConfig(config) {
  var out = {};
  for (var key in config) {
    if (Object.prototype.hasOwnProperty.call(config, key)) {
      var last = key.split('.').pop().toLowerCase();
      var secret = false;
      for (var i = 0; i < SECRET_WORDS.length; i++) {
        if (last.indexOf(SECRET_WORDS[i]) >= 0) {
          secret = true;
        }
      }
      out[key] = secret ? REDACTED : config[key];
    }
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
