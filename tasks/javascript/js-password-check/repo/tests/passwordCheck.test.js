'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { checkPassword } = require('../passwordCheck');

test('a good password passes the standard policy', () => {
  assert.deepEqual(checkPassword('Tr0ub4dor&3x'), { valid: true, problems: [], score: 76, strength: 'strong' });
});

test('short passwords are reported', () => {
  assert.deepEqual(checkPassword('Ab1').problems, ['too short']);
});

test('the standard policy wants both cases', () => {
  assert.deepEqual(checkPassword('lowercase1only').problems, ['needs upper and lower case letters']);
});

test('common passwords score zero', () => {
  const result = checkPassword('Password', { policy: 'basic' });
  assert.equal(result.score, 0);
  assert.equal(result.strength, 'weak');
  assert.deepEqual(result.problems, ['too common']);
});

test('the strict policy needs 12 characters, a digit and a symbol', () => {
  assert.deepEqual(checkPassword('Abcdefgh', { policy: 'strict' }).problems, [
    'too short',
    'needs a digit',
    'needs a symbol',
    'contains a sequence',
  ]);
});

test('unknown policies are rejected', () => {
  assert.throws(() => checkPassword('x', { policy: 'lax' }), { message: 'unknown policy: lax' });
});
