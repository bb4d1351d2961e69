'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { checkShift, SHIFT_TYPES } = require('../shiftRules');

test('a regular day shift is fine', () => {
  assert.deepEqual(checkShift({ type: 'day', start: '08:00', end: '16:30', breakMinutes: 30 }), {
    ok: true,
    hours: 8.5,
    problems: [],
  });
});

test('a long day shift without a break is reported', () => {
  assert.deepEqual(checkShift({ type: 'day', start: '06:00', end: '17:00' }).problems, [
    'longer than 10 hours',
    'needs a break of at least 30 minutes',
  ]);
});

test('night shifts run past midnight', () => {
  const result = checkShift({ type: 'night', start: '22:00', end: '06:00', breakMinutes: 0, staffCount: 2 });
  assert.equal(result.hours, 8);
  assert.equal(result.ok, true);
});

test('on-call needs a senior', () => {
  assert.deepEqual(checkShift({ type: 'oncall', start: '18:00', end: '08:00', role: 'nurse' }).problems, [
    'on-call needs a senior or a lead',
  ]);
});

test('strict mode throws', () => {
  assert.throws(
    () => checkShift({ type: 'training', start: '09:00', end: '10:00', role: 'lead' }, { strict: true }),
    /invalid training shift: training is for trainees/,
  );
});

test('unknown shift types are rejected', () => {
  assert.throws(() => checkShift({ type: 'split', start: '09:00', end: '10:00' }), /unknown shift type: split/);
});

test('the shift types are listed', () => {
  assert.ok(SHIFT_TYPES.length > 0);
});
