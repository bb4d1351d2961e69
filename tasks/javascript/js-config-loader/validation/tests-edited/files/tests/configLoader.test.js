'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { parseConfig, coerceValue, loadConfig, redactConfig, ConfigError } = require('../configLoader');

const BASE = [
  '# service defaults',
  'name = billing',
  '[http]',
  'port = 8080',
  'timeout = 30s',
  '[db]',
  'hosts = db1, db2',
  'password = "s3cr=t"',
].join('\n');

const SCHEMA = {
  name: { type: 'string', required: true },
  'http.port': { type: 'int', min: 1, max: 65535 },
  'http.timeout': { type: 'duration' },
  'http.debug': { type: 'bool', default: false },
  'db.hosts': { type: 'list' },
  'db.password': { type: 'string' },
};

test('sections become key prefixes', () => {
  assert.deepEqual(parseConfig('[HTTP]\nPort = 80'), { 'http.port': '80' });
});

test('environment variables are substituted', () => {
  assert.deepEqual(parseConfig('url = http://${HOST}:${PORT:-80}/', { env: { HOST: 'example.org' } }), {
    url: 'http://example.org:80/',
  });
});

test('layers are merged and typed', () => {
  const config = loadConfig([BASE, '[http]\nport = 9090\ndebug = yes'], SCHEMA);
  assert.deepEqual(config, {
    name: 'billing',
    'http.port': 9090,
    'http.timeout': 30000,
    'http.debug': true,
    'db.hosts': ['db1', 'db2'],
    'db.password': 's3cr=t',
  });
});

test('values out of range are reported', () => {
  assert.throws(() => loadConfig(['[http]\nport = 70000'], SCHEMA), {
    name: 'ConfigError',
    message: 'missing required key: name; http.port: 70000 is above the maximum 65535',
  });
});

test('syntax errors name the layer and line', () => {
  assert.throws(() => loadConfig([BASE, 'x = 1\n[broken'], SCHEMA), /layer 2, line 2: unterminated section header/);
});

test('booleans accept the usual spellings', () => {
  assert.equal(typeof coerceValue('off', { type: 'bool' }, 'flag'), 'boolean');
});

test('secrets are redacted', () => {
  assert.deepEqual(redactConfig({ 'db.password': 'x', 'db.user': 'app' }), { 'db.password': '****', 'db.user': 'app' });
});

test('errors are ConfigErrors', () => {
  assert.ok(new ConfigError('x') instanceof Error);
});
