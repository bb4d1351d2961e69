'use strict';
/*
 * Password policy for the sign-up and change-password forms.
 *
 * Legacy module: the three policies (basic for the shop, standard for customer accounts,
 * strict for staff) were merged into one function with flags. The result lists every problem
 * found, in a fixed order, and a strength score from 0 to 100.
 */

var MIN_LENGTH = 8;
var MAX_LENGTH = 128;
var COMMON_PASSWORDS = ['password', '12345678', 'qwertyui', 'letmein1', 'iloveyou', 'sunshine', 'princess', 'football'];

function collectProblems(password, policy, opts) {
  var problems = [];
  var minLength = opts.minLength || (policy === 'strict' ? 12 : MIN_LENGTH);
  if (password.length < minLength) {
    problems.push('too short');
  } else if (password.length > MAX_LENGTH) {
    problems.push('too long');
  }
  if (password !== password.trim()) {
    problems.push('leading or trailing spaces');
  }
  var lower = /[a-z]/.test(password);
  var upper = /[A-Z]/.test(password);
  var digit = /[0-9]/.test(password);
  var symbol = /[^A-Za-z0-9\s]/.test(password);
  var classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
  if (policy === 'basic') {
    if (classes < 2) {
      problems.push('needs two kinds of characters');
    }
  } else if (policy === 'standard') {
    if (!lower || !upper) {
      problems.push('needs upper and lower case letters');
    }
    if (!digit && !symbol) {
      problems.push('needs a digit or a symbol');
    }
  } else {
    if (!lower || !upper) {
      problems.push('needs upper and lower case letters');
    }
    if (!digit) {
      problems.push('needs a digit');
    }
    if (!symbol) {
      problems.push('needs a symbol');
    }
  }
  var lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.indexOf(lowered) !== -1) {
    problems.push('too common');
  }
  if (opts.username && opts.username.length >= 3) {
    if (lowered.indexOf(opts.username.toLowerCase()) !== -1) {
      problems.push('contains the user name');
    }
  }
  var longestRun = 1;
  var run = 1;
  var longestSequence = 1;
  var sequence = 1;
  for (var i = 1; i < password.length; i++) {
    if (password.charAt(i) === password.charAt(i - 1)) {
      run += 1;
      if (run > longestRun) {
        longestRun = run;
      }
    } else {
      run = 1;
    }
    if (lowered.charCodeAt(i) === lowered.charCodeAt(i - 1) + 1) {
      sequence += 1;
      if (sequence > longestSequence) {
        longestSequence = sequence;
      }
    } else {
      sequence = 1;
    }
  }
  if (policy !== 'basic' && longestRun >= 3) {
    problems.push('repeats a character');
  }
  if (policy === 'strict' && longestSequence >= 4) {
    problems.push('contains a sequence');
  }
  return { problems: problems, classes: classes, lowered: lowered, longestRun: longestRun, longestSequence: longestSequence };
}

function checkPassword(password, options) {
  var opts = options || {};
  var policy = opts.policy || 'standard';
  if (policy !== 'basic' && policy !== 'standard' && policy !== 'strict') {
    throw new Error('unknown policy: ' + policy);
  }
  if (typeof password !== 'string') {
    throw new TypeError('password must be a string');
  }
  var found = collectProblems(password, policy, opts);
  var problems = found.problems;
  var classes = found.classes;
  var lowered = found.lowered;
  var longestRun = found.longestRun;
  var longestSequence = found.longestSequence;
  var score = Math.min(password.length, 25) * 3 + classes * 10;
  if (longestRun >= 3) {
    score -= 15;
  }
  if (longestSequence >= 4) {
    score -= 15;
  }
  if (COMMON_PASSWORDS.indexOf(lowered) !== -1) {
    score = 0;
  }
  if (score > 100) {
    score = 100;
  } else if (score < 0) {
    score = 0;
  }
  var strength;
  if (score < 40) {
    strength = 'weak';
  } else if (score < 60) {
    strength = 'fair';
  } else if (score < 80) {
    strength = 'strong';
  } else {
    strength = 'very strong';
  }
  if (opts.scoreOnly) {
    return score;
  }
  return { valid: problems.length === 0, problems: problems, score: score, strength: strength };
}

module.exports = {
  checkPassword: checkPassword,
  MIN_LENGTH: MIN_LENGTH,
  MAX_LENGTH: MAX_LENGTH,
};
