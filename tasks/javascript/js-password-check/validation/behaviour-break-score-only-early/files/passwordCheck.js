'use strict';
/*
 * Password policy for the sign-up and change-password forms.
 *
 * Three policies: basic (the shop), standard (customer accounts) and strict (staff). The result
 * lists every problem found, in a fixed order, and a strength score from 0 to 100.
 */

const MIN_LENGTH = 8;
const MAX_LENGTH = 128;
const STRICT_MIN_LENGTH = 12;
const COMMON_PASSWORDS = ['password', '12345678', 'qwertyui', 'letmein1', 'iloveyou', 'sunshine', 'princess', 'football'];

// Character-class problems per policy, in the order they are reported.
const CLASS_RULES = {
  basic: [['needs two kinds of characters', (c) => c.count < 2]],
  standard: [
    ['needs upper and lower case letters', (c) => !c.lower || !c.upper],
    ['needs a digit or a symbol', (c) => !c.digit && !c.symbol],
  ],
  strict: [
    ['needs upper and lower case letters', (c) => !c.lower || !c.upper],
    ['needs a digit', (c) => !c.digit],
    ['needs a symbol', (c) => !c.symbol],
  ],
};

// Upper bounds of the strength bands (exclusive); anything above is 'very strong'.
const STRENGTHS = [
  [40, 'weak'],
  [60, 'fair'],
  [80, 'strong'],
];

function characterClasses(password) {
  const classes = {
    lower: /[a-z]/.test(password),
    upper: /[A-Z]/.test(password),
    digit: /[0-9]/.test(password),
    symbol: /[^A-Za-z0-9\s]/.test(password),
  };
  classes.count = [classes.lower, classes.upper, classes.digit, classes.symbol].filter(Boolean).length;
  return classes;
}

/** Longest run of one repeated character and longest ascending sequence (abcd, 1234). */
function patterns(password, lowered) {
  const found = { run: 1, sequence: 1 };
  let run = 1;
  let sequence = 1;
  for (let i = 1; i < password.length; i++) {
    run = password.charAt(i) === password.charAt(i - 1) ? run + 1 : 1;
    sequence = lowered.charCodeAt(i) === lowered.charCodeAt(i - 1) + 1 ? sequence + 1 : 1;
    found.run = Math.max(found.run, run);
    found.sequence = Math.max(found.sequence, sequence);
  }
  return found;
}

function lengthProblem(password, minLength) {
  if (password.length < minLength) {
    return 'too short';
  }
  return password.length > MAX_LENGTH ? 'too long' : null;
}

function containsUsername(lowered, username) {
  return Boolean(username) && username.length >= 3 && lowered.includes(username.toLowerCase());
}

function problemsOf(password, facts, policy, opts) {
  const minLength = opts.minLength || (policy === 'strict' ? STRICT_MIN_LENGTH : MIN_LENGTH);
  const checks = [
    [lengthProblem(password, minLength), true],
    ['leading or trailing spaces', password !== password.trim()],
    ...CLASS_RULES[policy].map(([problem, fails]) => [problem, fails(facts.classes)]),
    ['too common', facts.common],
    ['contains the user name', containsUsername(facts.lowered, opts.username)],
    ['repeats a character', policy !== 'basic' && facts.patterns.run >= 3],
    ['contains a sequence', policy === 'strict' && facts.patterns.sequence >= 4],
  ];
  return checks.filter(([problem, applies]) => problem && applies).map(([problem]) => problem);
}

function scoreOf(password, facts) {
  if (facts.common) {
    return 0;
  }
  let score = Math.min(password.length, 25) * 3 + facts.classes.count * 10;
  if (facts.patterns.run >= 3) {
    score -= 15;
  }
  if (facts.patterns.sequence >= 4) {
    score -= 15;
  }
  return Math.min(Math.max(score, 0), 100);
}

function strengthOf(score) {
  const band = STRENGTHS.find(([below]) => score < below);
  return band ? band[1] : 'very strong';
}

function checkPassword(password, options) {
  const opts = options || {};
  const policy = opts.policy || 'standard';
  if (!Object.hasOwn(CLASS_RULES, policy)) {
    throw new Error('unknown policy: ' + policy);
  }
  if (typeof password !== 'string') {
    throw new TypeError('password must be a string');
  }
  const lowered = password.toLowerCase();
  const facts = {
    lowered,
    classes: characterClasses(password),
    patterns: patterns(password, lowered),
    common: COMMON_PASSWORDS.includes(lowered),
  };
  const score = scoreOf(password, facts);
  if (opts.scoreOnly) {
    return score;
  }
  const problems = problemsOf(password, facts, policy, opts);
  return { valid: problems.length === 0, problems, score, strength: strengthOf(score) };
}

module.exports = {
  checkPassword,
  MIN_LENGTH,
  MAX_LENGTH,
};
