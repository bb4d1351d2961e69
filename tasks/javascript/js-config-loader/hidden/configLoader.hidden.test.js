'use strict';
// Hidden behaviour tests for the configuration loader. The implementation is loaded from the
// folder in LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'configLoader.js'));
const { parseConfig, coerceValue, loadConfig, redactConfig, ConfigError } = impl;

function configError(message, line) {
  return (err) => {
    assert.ok(err instanceof ConfigError, 'a ConfigError');
    assert.ok(err instanceof Error, 'an Error');
    assert.equal(err.name, 'ConfigError');
    assert.equal(err.message, message);
    assert.equal(err.line, line);
    return true;
  };
}

// --- ConfigError ----------------------------------------------------------------------------
test('ConfigError is an Error with a line', () => {
  const err = new ConfigError('boom', 7);
  assert.ok(err instanceof Error);
  assert.ok(err instanceof ConfigError);
  assert.equal(err.name, 'ConfigError');
  assert.equal(err.message, 'boom');
  assert.equal(err.line, 7);
  assert.equal(typeof err.stack, 'string');
  assert.equal(err.constructor, ConfigError);
  assert.equal(new ConfigError('x').line, undefined);
});

// --- parseConfig: lines, comments, sections ---------------------------------------------------
test('empty and comment-only texts give nothing', () => {
  assert.deepEqual(parseConfig(''), {});
  assert.deepEqual(parseConfig('# a\n; b\n   # c\n\n   \n'), {});
  assert.deepEqual(parseConfig('# a = 1\n;b=2'), {});
});

test('keys before any section have no prefix; keys are trimmed and lower-cased', () => {
  assert.deepEqual(parseConfig('  Name  =  Billing  \nMy Key=1'), { name: 'Billing', 'my key': '1' });
});

test('non-string texts are read as strings', () => {
  assert.deepEqual(parseConfig(5), {});
  assert.throws(() => parseConfig(5, { strict: true }), configError('line 1: expected key = value', 1));
});

test('Windows line endings are accepted', () => {
  assert.deepEqual(parseConfig('[a]\r\nx = 1\r\ny = 2\r\n'), { 'a.x': '1', 'a.y': '2' });
});

test('section names are trimmed and lower-cased and may repeat', () => {
  assert.deepEqual(parseConfig('[ Server ]\nport=1\n[a.b-c_1]\nx=2\n[server]\nhost=h'), {
    'server.port': '1',
    'a.b-c_1.x': '2',
    'server.host': 'h',
  });
});

test('bad section headers', () => {
  assert.throws(() => parseConfig('a=1\n[x'), configError('line 2: unterminated section header', 2));
  assert.throws(() => parseConfig('[x] # note'), configError('line 1: unterminated section header', 1));
  assert.throws(() => parseConfig('\n\n[]'), configError('line 3: empty section name', 3));
  assert.throws(() => parseConfig('[   ]'), configError('line 1: empty section name', 1));
  assert.throws(() => parseConfig('[bad name]'), configError('line 1: bad section name: bad name', 1));
  assert.throws(() => parseConfig('[Caf\u00e9]'), configError('line 1: bad section name: caf\u00e9', 1));
});

test('lines without "=" are skipped, or rejected when strict', () => {
  assert.deepEqual(parseConfig('just words\na = 1'), { a: '1' });
  assert.deepEqual(parseConfig('just words\na = 1', { strict: false }), { a: '1' });
  assert.throws(() => parseConfig('a = 1\njust words', { strict: true }), configError('line 2: expected key = value', 2));
});

test('an empty key is rejected', () => {
  assert.throws(() => parseConfig('= value'), configError('line 1: empty key', 1));
  assert.throws(() => parseConfig('[s]\n  =x'), configError('line 2: empty key', 2));
});

test('values split at the first "=" and may be empty', () => {
  assert.deepEqual(parseConfig('a = b = c\nempty =\nx=y'), { a: 'b = c', empty: '', x: 'y' });
});

// --- parseConfig: values ----------------------------------------------------------------------
test('a " #" starts an inline comment in a plain value', () => {
  assert.deepEqual(parseConfig('a = b # note\nc = d#e\nf = #g\nh = i  #  j # k'), {
    a: 'b',
    c: 'd#e',
    f: '#g',
    h: 'i',
  });
});

test('double-quoted values keep comments and spaces and understand escapes', () => {
  assert.deepEqual(parseConfig('a = "x # y"\nb = "  padded  "\nc = ""'), { a: 'x # y', b: '  padded  ', c: '' });
  assert.deepEqual(parseConfig('a = "say \\"hi\\"\\nbye"'), { a: 'say "hi"\nbye' });
  assert.deepEqual(parseConfig('a = "back\\\\slash"'), { a: 'back\\slash' });
  assert.deepEqual(parseConfig('a = "tab\\there"'), { a: 'tab\\there' });
});

test('single-quoted values are taken literally', () => {
  assert.deepEqual(parseConfig("a = '${HOME} \\n # x'\nb = ''", { env: { HOME: '/root' } }), {
    a: '${HOME} \\n # x',
    b: '',
  });
});

test('unterminated quotes are rejected', () => {
  assert.throws(() => parseConfig('a = "abc'), configError('line 1: unterminated quote', 1));
  assert.throws(() => parseConfig('a = "'), configError('line 1: unterminated quote', 1));
  assert.throws(() => parseConfig('\na = "x" # note'), configError('line 2: unterminated quote', 2));
  assert.throws(() => parseConfig("a = 'abc"), configError('line 1: unterminated quote', 1));
  assert.throws(() => parseConfig("a = '"), configError('line 1: unterminated quote', 1));
  assert.throws(() => parseConfig('a = "abc\''), configError('line 1: unterminated quote', 1));
});

test('a quote inside a plain value is just a character', () => {
  assert.deepEqual(parseConfig('a = it\'s "fine"'), { a: 'it\'s "fine"' });
});

// --- parseConfig: variables ---------------------------------------------------------------------
test('variables come from env, with defaults', () => {
  const env = { HOST: 'example.org', PORT: 8443, EMPTY: '' };
  assert.deepEqual(
    parseConfig('url = https://${HOST}:${PORT}/\nb = ${MISSING:-fallback}\nc = ${HOST:-other}\nd = [${EMPTY:-x}]\ne = ${MISSING:-}', {
      env,
    }),
    { url: 'https://example.org:8443/', b: 'fallback', c: 'example.org', d: '[]', e: '' },
  );
});

test('unknown variables become empty, or an error when strict', () => {
  assert.deepEqual(parseConfig('a = <${NOPE}>'), { a: '<>' });
  assert.deepEqual(parseConfig('a = <${toString}>', { env: {} }), { a: '<>' });
  assert.throws(() => parseConfig('\n\na = ${NOPE}', { strict: true }), configError('line 3: undefined variable: NOPE', 3));
  assert.deepEqual(parseConfig('a = ${NOPE:-d}', { strict: true }), { a: 'd' });
});

test('only well-formed variable references are expanded', () => {
  const env = { X: 'x', _y9: 'y' };
  assert.deepEqual(parseConfig('a = ${1X} ${X-d} $X ${X}${_y9}', { env }), { a: '${1X} ${X-d} $X xy' });
});

test('variables are expanded inside double quotes', () => {
  assert.deepEqual(parseConfig('a = "${X} # y"', { env: { X: 'x' } }), { a: 'x # y' });
});

// --- parseConfig: continuations and duplicates -------------------------------------------------
test('a trailing backslash continues the line', () => {
  assert.deepEqual(parseConfig('a = one \\\n     two \\\n\tthree\nb = 2'), { a: 'one two three', b: '2' });
  assert.deepEqual(parseConfig('a = x\\'), { a: 'x\\' });
  assert.deepEqual(parseConfig('# comment \\\na = 1\nb = 2'), { b: '2' });
});

test('a continued line loses only its leading blanks', () => {
  assert.deepEqual(parseConfig('a = one \\\ntwo three  \\\n  four five'), { a: 'one two three  four five' });
});

test('blank lines, indented comments and indented headers are fine in strict mode', () => {
  assert.deepEqual(parseConfig('a = 1\n   \n\t\n   # note\n  ; note\n  [ s ]  \n  b = 2', { strict: true }), { a: '1', 's.b': '2' });
});

test('line numbers count physical lines across continuations', () => {
  assert.throws(() => parseConfig('a = 1 \\\nmore\n[oops'), configError('line 3: unterminated section header', 3));
  assert.throws(() => parseConfig('x = 1\n[s\\\n]x'), configError('line 2: unterminated section header', 2));
});

test('duplicate keys are rejected unless allowed', () => {
  assert.throws(() => parseConfig('[s]\na = 1\nA = 2'), configError('line 3: duplicate key: s.a', 3));
  assert.deepEqual(parseConfig('[s]\na = 1\nA = 2', { allowDuplicates: true }), { 's.a': '2' });
  assert.deepEqual(parseConfig('a = 1\n[s]\na = 2'), { a: '1', 's.a': '2' });
});

// --- coerceValue --------------------------------------------------------------------------------
test('strings are the default type', () => {
  assert.equal(coerceValue(' raw ', {}, 'k'), ' raw ');
  assert.equal(coerceValue('raw', { type: 'string' }, 'k'), 'raw');
  assert.equal(coerceValue('raw', { type: '' }, 'k'), 'raw');
});

test('unknown types are rejected', () => {
  assert.throws(() => coerceValue('1', { type: 'float' }, 'k'), configError('k: unknown type float', undefined));
  assert.throws(() => coerceValue('1', { type: 'toString' }, 'k'), configError('k: unknown type toString', undefined));
});

test('integers', () => {
  assert.equal(coerceValue('42', { type: 'int' }, 'k'), 42);
  assert.equal(coerceValue('-7', { type: 'int' }, 'k'), -7);
  assert.equal(coerceValue('+3', { type: 'int' }, 'k'), 3);
  assert.equal(coerceValue('08', { type: 'int' }, 'k'), 8);
  for (const bad of [' 42', '4.0', '', '1e3', 'x', '--1']) {
    assert.throws(() => coerceValue(bad, { type: 'int' }, 'k'), configError('k: not an integer: ' + bad, undefined));
  }
});

test('integer ranges are inclusive', () => {
  const spec = { type: 'int', min: 1, max: 10 };
  assert.throws(() => coerceValue('0', spec, 'n'), configError('n: 0 is below the minimum 1', undefined));
  assert.equal(coerceValue('1', spec, 'n'), 1);
  assert.equal(coerceValue('10', spec, 'n'), 10);
  assert.throws(() => coerceValue('11', spec, 'n'), configError('n: 11 is above the maximum 10', undefined));
  assert.throws(() => coerceValue('-1', { type: 'int', min: 0 }, 'n'), { message: 'n: -1 is below the minimum 0' });
  assert.throws(() => coerceValue('1', { type: 'int', max: 0 }, 'n'), { message: 'n: 1 is above the maximum 0' });
  assert.equal(coerceValue('0', { type: 'int', min: 0, max: 0 }, 'n'), 0);
});

test('numbers', () => {
  assert.equal(coerceValue('3.5', { type: 'number' }, 'k'), 3.5);
  assert.equal(coerceValue(' 2 ', { type: 'number' }, 'k'), 2);
  assert.equal(coerceValue('0x10', { type: 'number' }, 'k'), 16);
  assert.equal(coerceValue('-0.25', { type: 'number' }, 'k'), -0.25);
  assert.equal(coerceValue('Infinity', { type: 'number' }, 'k'), Infinity);
  for (const bad of ['', '   ', 'abc', '1,5']) {
    assert.throws(() => coerceValue(bad, { type: 'number' }, 'k'), configError('k: not a number: ' + bad, undefined));
  }
});

test('number ranges are inclusive and report the parsed value', () => {
  const spec = { type: 'number', min: 0.5, max: 999 };
  assert.throws(() => coerceValue('0.4', spec, 'r'), { message: 'r: 0.4 is below the minimum 0.5' });
  assert.equal(coerceValue('0.5', spec, 'r'), 0.5);
  assert.equal(coerceValue('999', spec, 'r'), 999);
  assert.throws(() => coerceValue('1e3', spec, 'r'), { name: 'ConfigError', message: 'r: 1000 is above the maximum 999' });
  assert.throws(() => coerceValue('-1', { type: 'number', min: 0 }, 'r'), { message: 'r: -1 is below the minimum 0' });
});

test('booleans', () => {
  for (const yes of ['true', 'TRUE', 'yes', 'Yes', 'on', 'ON', '1']) {
    assert.equal(coerceValue(yes, { type: 'bool' }, 'b'), true, yes);
  }
  for (const no of ['false', 'False', 'no', 'NO', 'off', 'Off', '0']) {
    assert.equal(coerceValue(no, { type: 'bool' }, 'b'), false, no);
  }
  for (const bad of [' true', '2', '', 'y', 'enabled']) {
    assert.throws(() => coerceValue(bad, { type: 'bool' }, 'b'), configError('b: not a boolean: ' + bad, undefined));
  }
});

test('lists', () => {
  assert.deepEqual(coerceValue('', { type: 'list' }, 'l'), []);
  assert.deepEqual(coerceValue('a', { type: 'list' }, 'l'), ['a']);
  assert.deepEqual(coerceValue(' a, b,,c ,', { type: 'list' }, 'l'), ['a', 'b', 'c']);
  assert.deepEqual(coerceValue(' , ', { type: 'list' }, 'l'), []);
  assert.deepEqual(coerceValue('x y; z', { type: 'list' }, 'l'), ['x y; z']);
});

test('durations in milliseconds', () => {
  const d = (raw) => coerceValue(raw, { type: 'duration' }, 't');
  assert.equal(d('250ms'), 250);
  assert.equal(d('30s'), 30000);
  assert.equal(d('30'), 30000);
  assert.equal(d('0'), 0);
  assert.equal(d('2m'), 120000);
  assert.equal(d('1h'), 3600000);
  assert.equal(d('5 m'), 300000);
  for (const bad of ['1.5s', '-1s', '5d', '', 'ms', '10 min', ' 5s', '5S']) {
    assert.throws(() => d(bad), configError('t: not a duration: ' + bad, undefined));
  }
});

test('choices are checked on the typed value', () => {
  assert.equal(coerceValue('info', { choices: ['debug', 'info'] }, 'level'), 'info');
  assert.equal(coerceValue('debug', { choices: ['debug', 'info'] }, 'level'), 'debug');
  assert.equal(coerceValue('1', { type: 'int', choices: [1, 2] }, 'n'), 1);
  assert.throws(() => coerceValue('INFO', { choices: ['debug', 'info'] }, 'level'), configError('level: must be one of debug, info', undefined));
  assert.equal(coerceValue('2', { type: 'int', choices: [1, 2] }, 'n'), 2);
  assert.throws(() => coerceValue('3', { type: 'int', choices: [1, 2] }, 'n'), { message: 'n: must be one of 1, 2' });
  assert.throws(() => coerceValue('2', { type: 'string', choices: [1, 2] }, 'n'), { message: 'n: must be one of 1, 2' });
  assert.throws(() => coerceValue('30', { type: 'int', max: 20, choices: [30] }, 'n'), { message: 'n: 30 is above the maximum 20' });
  assert.throws(() => coerceValue('a', { type: 'list', choices: ['a'] }, 'n'), { message: 'n: must be one of a' });
});

// --- loadConfig ---------------------------------------------------------------------------------
const SCHEMA = {
  name: { type: 'string', required: true },
  'http.port': { type: 'int', min: 1, max: 65535, default: 8080 },
  'http.debug': { type: 'bool', default: false },
  'http.timeout': { type: 'duration' },
  'db.hosts': { type: 'list' },
};

test('later layers win and missing layers are skipped', () => {
  const config = loadConfig(['name = a\n[http]\nport = 1', null, '[http]\nport = 2', undefined, 'name = b'], SCHEMA);
  assert.deepEqual(config, { name: 'b', 'http.port': 2, 'http.debug': false });
});

test('the output holds the schema keys in schema order, then unknown keys when kept', () => {
  const config = loadConfig(['extra = 1\n[db]\nhosts = a\nname = n', 'name = x'], SCHEMA, { keepUnknown: true });
  assert.deepEqual(Object.keys(config), ['name', 'http.port', 'http.debug', 'db.hosts', 'extra', 'db.name']);
  assert.equal(config.extra, '1');
  assert.equal(config['db.name'], 'n');
});

test('defaults are used as given, and only when the key is missing', () => {
  const schema = {
    a: { type: 'int', default: '5' },
    b: { type: 'int', default: 0 },
    c: { type: 'bool', default: null },
    d: { type: 'int', default: undefined, required: true },
    e: { type: 'int', required: true, default: 3 },
    f: { type: 'int' },
  };
  assert.throws(() => loadConfig([], schema), configError('missing required key: d', undefined));
  assert.deepEqual(loadConfig(['d = 1'], schema), { a: '5', b: 0, c: null, d: 1, e: 3 });
  assert.deepEqual(loadConfig(['d = 1\nb = 9\ne = 4'], schema), { a: '5', b: 9, c: null, d: 1, e: 4 });
  assert.ok(!('f' in loadConfig(['d = 1'], schema)));
});

test('all problems are collected in schema order, then unknown keys', () => {
  const layers = ['[http]\nport = 0\ndebug = maybe\ntimeout = 5x\nstray = 1\n[db]\nport = 2'];
  assert.throws(
    () => loadConfig(layers, SCHEMA, { strict: true }),
    configError(
      'missing required key: name; http.port: 0 is below the minimum 1; http.debug: not a boolean: maybe; http.timeout: not a duration: 5x; unknown key: http.stray; unknown key: db.port',
      undefined,
    ),
  );
});

test('unknown keys are dropped unless kept; strict mode rejects them', () => {
  assert.deepEqual(loadConfig(['name = n\nother = 1'], SCHEMA), { name: 'n', 'http.port': 8080, 'http.debug': false });
  assert.deepEqual(loadConfig(['name = n\nother = 1'], SCHEMA, { keepUnknown: false }), {
    name: 'n',
    'http.port': 8080,
    'http.debug': false,
  });
  assert.throws(() => loadConfig(['name = n\nother = 1'], SCHEMA, { strict: true, keepUnknown: true }), {
    message: 'unknown key: other',
  });
});

test('parse errors name the layer, keep the line and stop at once', () => {
  assert.throws(
    () => loadConfig(['name = a', null, 'x = 1\ny = "open'], SCHEMA),
    configError('layer 3, line 2: unterminated quote', 2),
  );
  assert.throws(() => loadConfig(['[bad', '[worse'], SCHEMA), configError('layer 1, line 1: unterminated section header', 1));
});

test('env and strict reach the parser, duplicates are never allowed inside a layer', () => {
  const env = { NAME: 'svc' };
  assert.deepEqual(loadConfig(['name = ${NAME}'], SCHEMA, { env }), { name: 'svc', 'http.port': 8080, 'http.debug': false });
  assert.throws(() => loadConfig(['name = ${NAME}'], SCHEMA, { strict: true }), configError('layer 1, line 1: undefined variable: NAME', 1));
  assert.throws(() => loadConfig(['name = a\nwords'], SCHEMA, { strict: true }), configError('layer 1, line 2: expected key = value', 2));
  assert.throws(() => loadConfig(['name = a\nname = b'], SCHEMA), configError('layer 1, line 2: duplicate key: name', 2));
  assert.deepEqual(loadConfig(['name = a', 'name = b'], SCHEMA).name, 'b');
});

test('errors that are not ConfigErrors pass through unchanged', () => {
  assert.throws(() => loadConfig(['a = 1'], { a: { choices: 5 } }), TypeError);
  const layer = {
    toString() {
      throw new RangeError('unreadable layer');
    },
  };
  assert.throws(() => loadConfig([layer], SCHEMA), { name: 'RangeError', message: 'unreadable layer' });
});

test('missing layers are skipped even in strict mode', () => {
  assert.deepEqual(loadConfig([null, 'name = a', undefined], SCHEMA, { strict: true }), {
    name: 'a',
    'http.port': 8080,
    'http.debug': false,
  });
});

test('an empty layer list gives the defaults', () => {
  assert.deepEqual(loadConfig([], { a: { default: 1 }, b: {} }), { a: 1 });
  assert.deepEqual(loadConfig([], {}, undefined), {});
});

test('inherited schema entries are ignored', () => {
  const schema = Object.create({ inherited: { required: true } });
  schema.own = { type: 'int', default: 1 };
  assert.deepEqual(loadConfig(['inherited = 2'], schema, { keepUnknown: true }), { own: 1, inherited: '2' });
});

// --- redactConfig -------------------------------------------------------------------------------
test('values whose last key segment names a secret are masked', () => {
  const config = {
    'db.password': 'p',
    'db.PASSWORD_FILE': '/run/p',
    'api.apiKey': 'k',
    'auth.token_ttl': 60,
    'hr.secretary': 'Sam',
    'password.user': 'app',
    token: 't',
    'db.user': 'app',
    'api.key': 'visible',
    'x.pass': 'visible',
  };
  const before = JSON.stringify(config);
  assert.deepEqual(redactConfig(config), {
    'db.password': '****',
    'db.PASSWORD_FILE': '****',
    'api.apiKey': '****',
    'auth.token_ttl': '****',
    'hr.secretary': '****',
    'password.user': 'app',
    token: '****',
    'db.user': 'app',
    'api.key': 'visible',
    'x.pass': 'visible',
  });
  assert.equal(JSON.stringify(config), before);
});

test('redaction keeps non-secret values as they are and ignores inherited keys', () => {
  const list = ['a'];
  const config = Object.create({ 'db.password': 'inherited' });
  config.hosts = list;
  const out = redactConfig(config);
  assert.deepEqual(Object.keys(out), ['hosts']);
  assert.equal(out.hosts, list);
  assert.deepEqual(redactConfig({}), {});
});
