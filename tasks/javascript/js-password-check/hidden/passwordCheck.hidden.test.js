'use strict';
// Hidden behaviour tests for checkPassword. The implementation is loaded from the folder in
// LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'passwordCheck.js'));
const { checkPassword } = impl;

function problems(password, options) {
  return checkPassword(password, options).problems;
}

function score(password, options) {
  return checkPassword(password, Object.assign({ scoreOnly: true }, options));
}

test('exports', () => {
  assert.equal(impl.MIN_LENGTH, 8);
  assert.equal(impl.MAX_LENGTH, 128);
  assert.equal(typeof checkPassword, 'function');
});

// --- arguments ------------------------------------------------------------------------------
test('policies', () => {
  for (const policy of ['lax', 'Strict', 'constructor', 'toString']) {
    assert.throws(() => checkPassword('Abcdefg1', { policy }), { name: 'Error', message: 'unknown policy: ' + policy });
  }
  assert.throws(() => checkPassword(42, { policy: 'lax' }), { message: 'unknown policy: lax' });
  assert.deepEqual(checkPassword('Abcdefg1', { policy: '' }), checkPassword('Abcdefg1', { policy: 'standard' }));
  assert.deepEqual(checkPassword('Abcdefg1', null), checkPassword('Abcdefg1', { policy: 'standard' }));
  assert.deepEqual(checkPassword('Abcdefg1'), checkPassword('Abcdefg1', {}));
});

test('the password must be a string', () => {
  for (const password of [undefined, null, 12345678, ['Abcdefg1'], { length: 9 }]) {
    assert.throws(() => checkPassword(password), { name: 'TypeError', message: 'password must be a string' });
  }
});

// --- length ---------------------------------------------------------------------------------
test('length limits per policy and option', () => {
  assert.deepEqual(problems('Qwert1z'), ['too short']);
  assert.deepEqual(problems('Qwert1zu'), []);
  assert.deepEqual(problems('Qwe$rt1zuio', { policy: 'strict' }), ['too short']);
  assert.deepEqual(problems('Qwe$rt1zuiop', { policy: 'strict' }), []);
  assert.deepEqual(problems('Qw1', { policy: 'basic' }), ['too short']);
  assert.deepEqual(problems('Qwert1zu', { policy: 'basic' }), []);
  assert.deepEqual(problems('Qwert1zui', { minLength: 10 }), ['too short']);
  assert.deepEqual(problems('Qwert1zuio', { minLength: 10 }), []);
  assert.deepEqual(problems('Qw1', { minLength: 3, policy: 'strict' }), ['needs a symbol']);
  assert.deepEqual(problems('Qwert1z', { minLength: 0 }), ['too short']);
  assert.deepEqual(problems('Qwe$rt1zuio', { minLength: 0, policy: 'strict' }), ['too short']);
});

test('at most 128 characters', () => {
  const base = 'Qw1xzxz';
  const at = (n) => (base + 'ab'.repeat(100)).slice(0, n);
  assert.deepEqual(problems(at(128)), []);
  assert.deepEqual(problems(at(129)), ['too long']);
  assert.deepEqual(problems(at(129), { minLength: 200 }), ['too short']);
});

test('leading or trailing blanks', () => {
  assert.deepEqual(problems(' Qwert1zu'), ['leading or trailing spaces']);
  assert.deepEqual(problems('Qwert1zu '), ['leading or trailing spaces']);
  assert.deepEqual(problems('Qwert1zu\t'), ['leading or trailing spaces']);
  assert.deepEqual(problems('Qwe rt1zu'), []);
  assert.deepEqual(problems(' Qw1 '), ['too short', 'leading or trailing spaces']);
});

// --- character classes ----------------------------------------------------------------------
test('basic: two kinds of characters', () => {
  assert.deepEqual(problems('qwertzui', { policy: 'basic' }), ['needs two kinds of characters']);
  assert.deepEqual(problems('QWERTZUI', { policy: 'basic' }), ['needs two kinds of characters']);
  assert.deepEqual(problems('86420975', { policy: 'basic' }), ['needs two kinds of characters']);
  assert.deepEqual(problems('$%&/()=?', { policy: 'basic' }), ['needs two kinds of characters']);
  assert.deepEqual(problems('qwe rtzui', { policy: 'basic' }), ['needs two kinds of characters']);
  assert.deepEqual(problems('qwertzu1', { policy: 'basic' }), []);
  assert.deepEqual(problems('qwertzu!', { policy: 'basic' }), []);
  assert.deepEqual(problems('QWERTZU!', { policy: 'basic' }), []);
  assert.deepEqual(problems('qwertzuQ', { policy: 'basic' }), []);
  assert.deepEqual(problems('qwertzuü', { policy: 'basic' }), []);
});

test('standard: both cases and a digit or a symbol', () => {
  assert.deepEqual(problems('qwertzu1'), ['needs upper and lower case letters']);
  assert.deepEqual(problems('QWERTZU1'), ['needs upper and lower case letters']);
  assert.deepEqual(problems('Qwertzui'), ['needs a digit or a symbol']);
  assert.deepEqual(problems('Qwertzu!'), []);
  assert.deepEqual(problems('Qwertzu1'), []);
  assert.deepEqual(problems('qwertzui'), ['needs upper and lower case letters', 'needs a digit or a symbol']);
  assert.deepEqual(problems('Qwert zu'), ['needs a digit or a symbol']);
});

test('strict: both cases, a digit and a symbol', () => {
  const strict = { policy: 'strict' };
  assert.deepEqual(problems('Qwertzuiop1!', strict), []);
  assert.deepEqual(problems('qwertzuiop1!', strict), ['needs upper and lower case letters']);
  assert.deepEqual(problems('QWERTZUIOP1!', strict), ['needs upper and lower case letters']);
  assert.deepEqual(problems('Qwertzuiopa!', strict), ['needs a digit']);
  assert.deepEqual(problems('Qwertzuiopa1', strict), ['needs a symbol']);
  assert.deepEqual(problems('qwertzuiopas', strict), ['needs upper and lower case letters', 'needs a digit', 'needs a symbol']);
  assert.deepEqual(problems('Qwertz uiopa1', strict), ['needs a symbol']);
});

// --- common passwords and user names --------------------------------------------------------
test('common passwords, whatever the case, exact matches only', () => {
  assert.deepEqual(problems('PASSWORD', { policy: 'basic' }), ['needs two kinds of characters', 'too common']);
  assert.deepEqual(problems('12345678', { policy: 'basic' }), ['needs two kinds of characters', 'too common']);
  assert.deepEqual(problems('Football'), ['needs a digit or a symbol', 'too common']);
  assert.deepEqual(problems('LetMeIn1'), ['too common']);
  assert.deepEqual(problems('Football1'), []);
  for (const common of ['qwertyui', 'iloveyou', 'sunshine', 'princess']) {
    assert.deepEqual(problems(common, { policy: 'basic' }), ['needs two kinds of characters', 'too common'], common);
  }
  assert.equal(score('Password1'), 57);
  assert.equal(score('Password'), 0);
});

test('user names of three or more characters may not appear', () => {
  assert.deepEqual(problems('Qwert1Bob', { username: 'bob' }), ['contains the user name']);
  assert.deepEqual(problems('Qwert1BOB', { username: 'Bob' }), ['contains the user name']);
  assert.deepEqual(problems('Qwert1Bo', { username: 'bo' }), []);
  assert.deepEqual(problems('Qwert1Bob', { username: '' }), []);
  assert.deepEqual(problems('Qwert1Bob', { username: 'alice' }), []);
  assert.deepEqual(problems('alice', { username: 'alice', policy: 'basic' }), [
    'too short',
    'needs two kinds of characters',
    'contains the user name',
  ]);
  assert.deepEqual(problems('Qwert1zu', { username: ['b', 'o'] }), []);
  assert.throws(() => checkPassword('Qwert1zu', { username: ['b', 'o', 'b'] }), TypeError);
  assert.throws(() => checkPassword('Qwert1zu', { username: ['b', 'o', 'b'], scoreOnly: true }), TypeError);
  assert.equal(score('Qwert1Bob', { username: 'bob' }), 57);
});

// --- runs and sequences ---------------------------------------------------------------------
test('repeated characters: three in a row, not for basic', () => {
  assert.deepEqual(problems('Qwe111rt'), ['repeats a character']);
  assert.deepEqual(problems('111Qwert'), ['repeats a character']);
  assert.deepEqual(problems('aaaQwer1'), ['repeats a character']);
  assert.deepEqual(problems('Qwe11rt1'), []);
  assert.deepEqual(problems('Qwerty1zzz'), ['repeats a character']);
  assert.deepEqual(problems('Qwe111rtzuiop!', { policy: 'strict' }), ['repeats a character']);
  assert.deepEqual(problems('Qwe111rt', { policy: 'basic' }), []);
  assert.deepEqual(problems('QwaAart1'), []);
  assert.equal(score('Qwe111rt'), 39);
  assert.equal(score('Qwe111rt', { policy: 'basic' }), 39);
  assert.equal(score('Qwe11rt1'), 54);
});

test('ascending sequences: four in a row, only for strict, but always in the score', () => {
  const strict = { policy: 'strict' };
  assert.deepEqual(problems('Qw1!xabcdzuio', strict), ['contains a sequence']);
  assert.deepEqual(problems('Qw1!xabczuiop', strict), []);
  assert.deepEqual(problems('Qw1!xaBcDzuio', strict), ['contains a sequence']);
  assert.deepEqual(problems('Qw!x6789zuiop', strict), ['contains a sequence']);
  assert.deepEqual(problems('Qw1!xdcbazuio', strict), []);
  assert.deepEqual(problems('Qw1!zuiopwxyz{', strict), ['contains a sequence']);
  assert.deepEqual(problems('Qwabcdt1'), []);
  assert.equal(score('Qwabcdt1'), 39);
  assert.equal(score('Qwabct1z'), 54);
});

test('runs and sequences at the very end and together', () => {
  assert.deepEqual(problems('Qw1!ertzuaaa', { policy: 'strict' }), ['repeats a character']);
  assert.deepEqual(problems('Qw1!ertzuopq', { policy: 'strict' }), []);
  assert.deepEqual(problems('Qw1!ertzumnop', { policy: 'strict' }), ['contains a sequence']);
  assert.deepEqual(problems('abcddd', { policy: 'strict' }), [
    'too short',
    'needs upper and lower case letters',
    'needs a digit',
    'needs a symbol',
    'repeats a character',
    'contains a sequence',
  ]);
});

// --- score and strength ---------------------------------------------------------------------
for (const [password, expected, strength] of [
  ['', 0, 'weak'],
  ['a', 13, 'weak'],
  ['abcddd', 0, 'weak'],
  ['aB1', 39, 'weak'],
  ['qwertzuiop', 40, 'fair'],
  ['qwertQWERTzui', 59, 'fair'],
  ['qwert1QWER', 60, 'strong'],
  ['qwertzuiopasdfghjklyxcv', 79, 'strong'],
  ['qwertzuiopasdfghjklyQWER', 92, 'very strong'],
  ['qwertzuiopasdfghjkQ', 77, 'strong'],
  ['qwertzuiopasdfghjkQW', 80, 'very strong'],
  ['qwertzuiopasdfghjklyxcvbn', 85, 'very strong'],
  ['qwertzuiopasdfghjklyxcvbnm', 85, 'very strong'],
  ['Qwertzuiopasdfghjklyxc1!', 100, 'very strong'],
  ['Qwertzuiopasdfghjklyxcv1!', 100, 'very strong'],
  ['Qwertzuiopasdfghjklyxcv1!aaa', 100, 'very strong'],
  ['Qwertzuiopasdfghjklyxcv1!abcd', 100, 'very strong'],
  ['Qwertzuiopasdfghjklyx1!aaaabcd', 85, 'very strong'],
  ['Qwertzuiopasdfghjkl1!aaaabcd', 85, 'very strong'],
  ['Qwert1!aaaabcd', 52, 'fair'],
  ['Qwert1!aaabcd', 49, 'fair'],
  ['Qwert1!aaabce', 64, 'strong'],
  ['Qwertzuiopasdfghjkl1!aaa', 97, 'very strong'],
]) {
  test(`score of ${JSON.stringify(password)}`, () => {
    const result = checkPassword(password, { policy: 'basic' });
    assert.equal(result.score, expected);
    assert.equal(result.strength, strength);
    assert.equal(score(password, { policy: 'basic' }), expected);
  });
}

test('scoreOnly returns just the number, also for invalid passwords', () => {
  assert.equal(checkPassword('Tr0ub4dor&3x', { scoreOnly: true }), 76);
  assert.equal(checkPassword('x', { scoreOnly: true, policy: 'strict' }), 13);
  assert.equal(checkPassword('x', { scoreOnly: 0 }).score, 13);
});

test('the whole result', () => {
  assert.deepEqual(checkPassword('Qwertzuiopa1', { policy: 'strict', username: 'zui' }), {
    valid: false,
    problems: ['needs a symbol', 'contains the user name'],
    score: 66,
    strength: 'strong',
  });
  assert.deepEqual(checkPassword('Qwertzuiopa1!'), { valid: true, problems: [], score: 79, strength: 'strong' });
});
