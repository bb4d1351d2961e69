'use strict';
/*
 * Configuration loader of the service.
 *
 * Legacy module: configuration comes as INI-style text layers (defaults file, site file, local
 * overrides), each parsed into flat `section.key` strings, merged (later layers win) and then
 * typed and checked against a schema.
 */

var SECRET_WORDS = ['password', 'secret', 'token', 'apikey'];
var REDACTED = '****';

function ConfigError(message, line) {
  this.name = 'ConfigError';
  this.message = message;
  this.line = line;
  this.stack = new Error(message).stack;
}
ConfigError.prototype = Object.create(Error.prototype);
ConfigError.prototype.constructor = ConfigError;

function parseConfig(text, options) {
  var opts = options || {};
  var env = opts.env || {};
  var lines = String(text).split(/\r?\n/);
  var section = '';
  var result = {};
  for (var i = 0; i < lines.length; i++) {
    var lineNo = i + 1;
    var raw = lines[i];
    while (/\\$/.test(raw) && i + 1 < lines.length) {
      i++;
      raw = raw.slice(0, -1) + lines[i].replace(/^\s+/, '');
    }
    var trimmed = raw.trim();
    if (trimmed === '' || trimmed.charAt(0) === '#' || trimmed.charAt(0) === ';') {
      continue;
    }
    if (trimmed.charAt(0) === '[') {
      if (trimmed.charAt(trimmed.length - 1) !== ']') {
        throw new ConfigError('line ' + lineNo + ': unterminated section header', lineNo);
      }
      var name = trimmed.slice(1, -1).trim().toLowerCase();
      if (name === '') {
        throw new ConfigError('line ' + lineNo + ': empty section name', lineNo);
      }
      if (!/^[a-z0-9_.-]+$/.test(name)) {
        throw new ConfigError('line ' + lineNo + ': bad section name: ' + name, lineNo);
      }
      section = name;
      continue;
    }
    var eq = trimmed.indexOf('=');
    if (eq < 0) {
      if (opts.strict) {
        throw new ConfigError('line ' + lineNo + ': expected key = value', lineNo);
      }
      continue;
    }
    var key = trimmed.slice(0, eq).trim().toLowerCase();
    if (key === '') {
      throw new ConfigError('line ' + lineNo + ': empty key', lineNo);
    }
    var value = trimmed.slice(eq + 1).trim();
    var interpolate = true;
    if (value.charAt(0) === '"') {
      if (value.length < 2 || value.charAt(value.length - 1) !== '"') {
        throw new ConfigError('line ' + lineNo + ': unterminated quote', lineNo);
      }
      value = value.slice(1, -1).replace(/\\(["\\n])/g, function (m, c) {
        if (c === 'n') {
          return '\n';
        }
        return c;
      });
    } else if (value.charAt(0) === "'") {
      if (value.length < 2 || value.charAt(value.length - 1) !== "'") {
        throw new ConfigError('line ' + lineNo + ': unterminated quote', lineNo);
      }
      value = value.slice(1, -1);
      interpolate = false;
    } else {
      var hash = value.indexOf(' #');
      if (hash >= 0) {
        value = value.slice(0, hash).trim();
      }
    }
    if (interpolate) {
      value = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, function (m, varName, fallback) {
        if (Object.prototype.hasOwnProperty.call(env, varName)) {
          return String(env[varName]);
        }
        if (fallback !== undefined) {
          return fallback;
        }
        if (opts.strict) {
          throw new ConfigError('line ' + lineNo + ': undefined variable: ' + varName, lineNo);
        }
        return '';
      });
    }
    var full = section ? section + '.' + key : key;
    if (Object.prototype.hasOwnProperty.call(result, full) && !opts.allowDuplicates) {
      throw new ConfigError('line ' + lineNo + ': duplicate key: ' + full, lineNo);
    }
    result[full] = value;
  }
  return result;
}

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
  ConfigError: ConfigError,
  parseConfig: parseConfig,
  coerceValue: coerceValue,
  loadConfig: loadConfig,
  redactConfig: redactConfig,
};
