'use strict';
// Hidden behaviour tests for checkShift. The implementation is loaded from the folder in
// LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'shiftRules.js'));
const { checkShift } = impl;

function problems(shift, options) {
  return checkShift(shift, options).problems;
}

const NIGHT_OK = { type: 'night', start: '22:00', end: '06:00', staffCount: 2 };
const SATURDAY = '2024-06-01';

// --- module surface -----------------------------------------------------------------------
test('exports', () => {
  assert.deepEqual(impl.SHIFT_TYPES, ['day', 'night', 'weekend', 'oncall', 'training']);
  assert.equal(typeof checkShift, 'function');
});

// --- input checks -------------------------------------------------------------------------
for (const bad of [null, undefined, 'day', 5, true]) {
  test(`rejects a shift that is not an object: ${String(bad)}`, () => {
    assert.throws(() => checkShift(bad), { name: 'TypeError', message: 'shift must be an object' });
  });
}

for (const [start, end] of [
  ['8:00', '16:00'],
  ['08:00', '24:00'],
  ['23:60', '08:00'],
  [' 08:00', '16:00'],
  ['08:00', undefined],
  [undefined, '08:00'],
  ['0800', '1600'],
  ['08:00:00', '16:00'],
]) {
  test(`rejects the times ${start}-${end}`, () => {
    assert.throws(() => checkShift({ type: 'day', start, end }), {
      name: 'Error',
      message: 'invalid shift times: ' + start + '-' + end,
    });
  });
}

test('times are checked before the shift type', () => {
  assert.throws(() => checkShift({ type: 'split', start: '25:00', end: '08:00' }), { message: 'invalid shift times: 25:00-08:00' });
  assert.throws(() => checkShift([]), { message: 'invalid shift times: undefined-undefined' });
});

for (const type of ['split', 'Day', 'toString', undefined, '']) {
  test(`rejects the shift type ${JSON.stringify(type)}`, () => {
    assert.throws(() => checkShift({ type, start: '08:00', end: '12:00' }), {
      name: 'Error',
      message: 'unknown shift type: ' + type,
    });
  });
}

// --- length -------------------------------------------------------------------------------
test('the length runs past midnight, and equal times are a full day', () => {
  assert.equal(checkShift({ type: 'oncall', start: '00:00', end: '00:00', role: 'lead' }).hours, 24);
  assert.equal(checkShift({ type: 'oncall', start: '23:59', end: '23:58', role: 'lead' }).hours, 1439 / 60);
  assert.equal(checkShift({ type: 'day', start: '08:00', end: '08:20' }).hours, 20 / 60);
  assert.equal(checkShift({ type: 'day', start: '08:00', end: '23:59', breakMinutes: 30 }).hours, 959 / 60);
  assert.equal(checkShift(NIGHT_OK).hours, 8);
});

// --- day shifts ---------------------------------------------------------------------------
test('day shifts start between 06:00 and 10:00', () => {
  assert.deepEqual(problems({ type: 'day', start: '05:59', end: '11:59' }), ['day shifts start between 06:00 and 10:00']);
  assert.deepEqual(problems({ type: 'day', start: '06:00', end: '12:00' }), []);
  assert.deepEqual(problems({ type: 'day', start: '10:00', end: '16:00' }), []);
  assert.deepEqual(problems({ type: 'day', start: '10:01', end: '16:01' }), ['day shifts start between 06:00 and 10:00']);
  assert.deepEqual(problems({ type: 'day', start: '23:00', end: '05:00' }), ['day shifts start between 06:00 and 10:00']);
});

test('day shifts last 4 to 10 hours', () => {
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '11:59' }), ['shorter than 4 hours']);
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '12:00' }), []);
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '18:00', breakMinutes: 30 }), []);
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '18:01', breakMinutes: 30 }), ['longer than 10 hours']);
});

test('day shifts over 6 hours need a 30 minute break', () => {
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '14:00' }), []);
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '14:01' }), ['needs a break of at least 30 minutes']);
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '14:01', breakMinutes: 29 }), ['needs a break of at least 30 minutes']);
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '14:01', breakMinutes: 30 }), []);
});

test('day shift problems come in order', () => {
  assert.deepEqual(problems({ type: 'day', start: '05:00', end: '16:00', breakMinutes: 10 }), [
    'day shifts start between 06:00 and 10:00',
    'longer than 10 hours',
    'needs a break of at least 30 minutes',
  ]);
});

// --- night shifts -------------------------------------------------------------------------
test('night shifts start between 20:00 and 02:00', () => {
  const start = (time) => problems({ type: 'night', start: time, end: '07:00', staffCount: 2, breakMinutes: 45 });
  assert.deepEqual(start('19:59'), ['night shifts start between 20:00 and 02:00']);
  assert.deepEqual(start('20:00'), []);
  assert.deepEqual(start('23:59'), []);
  assert.deepEqual(start('00:00'), []);
  assert.deepEqual(start('01:00'), []);
  assert.deepEqual(start('01:59'), ['shorter than 6 hours']);
  assert.deepEqual(start('02:00'), ['night shifts start between 20:00 and 02:00', 'shorter than 6 hours']);
  assert.deepEqual(start('12:00'), ['night shifts start between 20:00 and 02:00', 'longer than 12 hours']);
});

test('night shifts last 6 to 12 hours', () => {
  const until = (end) => problems({ type: 'night', start: '22:00', end, staffCount: 2, breakMinutes: 45 });
  assert.deepEqual(until('03:59'), ['shorter than 6 hours']);
  assert.deepEqual(until('04:00'), []);
  assert.deepEqual(until('10:00'), []);
  assert.deepEqual(until('10:01'), ['longer than 12 hours']);
});

test('night shifts over 8 hours need a 45 minute break', () => {
  const pause = (end, breakMinutes) => problems({ type: 'night', start: '22:00', end, staffCount: 2, breakMinutes });
  assert.deepEqual(pause('06:00', 0), []);
  assert.deepEqual(pause('06:01', 44), ['needs a break of at least 45 minutes']);
  assert.deepEqual(pause('06:01', 45), []);
  assert.deepEqual(pause('06:01', 30), ['needs a break of at least 45 minutes']);
});

test('no trainees on nights, and at least two staff unless allowed', () => {
  assert.deepEqual(problems(Object.assign({}, NIGHT_OK, { role: 'trainee' })), ['trainees do not work nights']);
  assert.deepEqual(problems(Object.assign({}, NIGHT_OK, { role: 'nurse' })), []);
  assert.deepEqual(problems(Object.assign({}, NIGHT_OK, { staffCount: undefined })), ['night shifts need at least 2 staff']);
  assert.deepEqual(problems(Object.assign({}, NIGHT_OK, { staffCount: 1 })), ['night shifts need at least 2 staff']);
  assert.deepEqual(problems(Object.assign({}, NIGHT_OK, { staffCount: 0 })), ['night shifts need at least 2 staff']);
  assert.deepEqual(problems(Object.assign({}, NIGHT_OK, { staffCount: 3 })), []);
  assert.deepEqual(problems(Object.assign({}, NIGHT_OK, { staffCount: 1 }), { allowSoloNight: true }), []);
  assert.deepEqual(problems(Object.assign({}, NIGHT_OK, { staffCount: 1 }), { allowSoloNight: false }), [
    'night shifts need at least 2 staff',
  ]);
});

test('night shift problems come in order', () => {
  assert.deepEqual(problems({ type: 'night', start: '12:00', end: '01:00', role: 'trainee' }), [
    'night shifts start between 20:00 and 02:00',
    'longer than 12 hours',
    'needs a break of at least 45 minutes',
    'trainees do not work nights',
    'night shifts need at least 2 staff',
  ]);
});

// --- weekend shifts -------------------------------------------------------------------------
test('weekend shifts are on Saturday or Sunday', () => {
  const on = (date) => problems({ type: 'weekend', date, start: '10:00', end: '14:00' });
  assert.deepEqual(on(SATURDAY), []);
  assert.deepEqual(on('2024-06-02'), []);
  assert.deepEqual(on('2024-05-31'), ['weekend shifts are on Saturday or Sunday']);
  assert.deepEqual(on('2024-06-03'), ['weekend shifts are on Saturday or Sunday']);
});

test('weekend shifts need a valid date, checked before anything else', () => {
  assert.throws(() => checkShift({ type: 'weekend', date: 'soon', start: '10:00', end: '11:00' }), {
    name: 'Error',
    message: 'invalid date: soon',
  });
  assert.throws(() => checkShift({ type: 'weekend', start: '10:00', end: '11:00' }), { message: 'invalid date: undefined' });
  assert.throws(() => checkShift({ type: 'weekend', date: '2024-13-01', start: '10:00', end: '11:00' }), {
    message: 'invalid date: 2024-13-01',
  });
});

test('weekend shifts last 4 to 10 hours with a break after 6', () => {
  const shift = (end, breakMinutes) => problems({ type: 'weekend', date: SATURDAY, start: '08:00', end, breakMinutes });
  assert.deepEqual(shift('11:59'), ['shorter than 4 hours']);
  assert.deepEqual(shift('12:00'), []);
  assert.deepEqual(shift('14:00'), []);
  assert.deepEqual(shift('14:01'), ['needs a break of at least 30 minutes']);
  assert.deepEqual(shift('14:01', 30), []);
  assert.deepEqual(shift('18:00', 30), []);
  assert.deepEqual(shift('18:01', 30), ['longer than 10 hours']);
  assert.deepEqual(problems({ type: 'weekend', date: '2024-06-04', start: '08:00', end: '19:00' }), [
    'weekend shifts are on Saturday or Sunday',
    'longer than 10 hours',
    'needs a break of at least 30 minutes',
  ]);
});

test('weekend shifts have no start window', () => {
  assert.deepEqual(problems({ type: 'weekend', date: SATURDAY, start: '22:00', end: '02:00' }), []);
});

// --- on-call shifts -------------------------------------------------------------------------
test('on-call shifts last at least 8 hours, with no upper limit', () => {
  const shift = (end) => problems({ type: 'oncall', start: '08:00', end, role: 'senior' });
  assert.deepEqual(shift('15:59'), ['shorter than 8 hours']);
  assert.deepEqual(shift('16:00'), []);
  assert.deepEqual(shift('07:59'), []);
  assert.deepEqual(shift('08:00'), []);
});

test('on-call needs a senior or a lead and no planned break', () => {
  const shift = (role, breakMinutes) => problems({ type: 'oncall', start: '18:00', end: '08:00', role, breakMinutes });
  assert.deepEqual(shift('senior'), []);
  assert.deepEqual(shift('lead'), []);
  assert.deepEqual(shift('Lead'), ['on-call needs a senior or a lead']);
  assert.deepEqual(shift(undefined), ['on-call needs a senior or a lead']);
  assert.deepEqual(shift('lead', 1), ['on-call shifts have no planned break']);
  assert.deepEqual(shift('lead', 0), []);
  assert.deepEqual(problems({ type: 'oncall', start: '06:00', end: '08:00', role: 'nurse', breakMinutes: 15 }), [
    'shorter than 8 hours',
    'on-call needs a senior or a lead',
    'on-call shifts have no planned break',
  ]);
});

test('on-call shifts have no start window and no break requirement', () => {
  assert.deepEqual(problems({ type: 'oncall', start: '13:00', end: '13:00', role: 'lead' }), []);
});

// --- training shifts ------------------------------------------------------------------------
test('training lasts 1 to 8 hours with a break after 6', () => {
  const shift = (end, breakMinutes) => problems({ type: 'training', start: '09:00', end, role: 'trainee', breakMinutes });
  assert.deepEqual(shift('09:59'), ['shorter than 1 hours']);
  assert.deepEqual(shift('10:00'), []);
  assert.deepEqual(shift('15:00'), []);
  assert.deepEqual(shift('15:01'), ['needs a break of at least 30 minutes']);
  assert.deepEqual(shift('17:00', 30), []);
  assert.deepEqual(shift('17:01', 30), ['longer than 8 hours']);
  assert.deepEqual(shift('17:01'), ['longer than 8 hours', 'needs a break of at least 30 minutes']);
});

test('training is for trainees unless trainers may attend', () => {
  const shift = { type: 'training', start: '09:00', end: '10:00', role: 'lead' };
  assert.deepEqual(problems(shift), ['training is for trainees']);
  assert.deepEqual(problems(shift, { trainersMayAttend: true }), []);
  assert.deepEqual(problems(Object.assign({}, shift, { role: undefined }), { trainersMayAttend: false }), ['training is for trainees']);
  assert.deepEqual(problems({ type: 'training', start: '09:00', end: '09:30', role: 'nurse' }), [
    'shorter than 1 hours',
    'training is for trainees',
  ]);
});

test('training has no start window', () => {
  assert.deepEqual(problems({ type: 'training', start: '23:00', end: '01:00', role: 'trainee' }), []);
});

// --- options shared by every type -------------------------------------------------------------
test('maxHours adds a limit after the type rules', () => {
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '12:00' }, { maxHours: 4 }), []);
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '12:01' }, { maxHours: 4 }), ['longer than the limit of 4 hours']);
  assert.deepEqual(problems({ type: 'oncall', start: '08:00', end: '08:00', role: 'lead' }, { maxHours: 12 }), [
    'longer than the limit of 12 hours',
  ]);
  assert.deepEqual(problems({ type: 'day', start: '05:00', end: '16:00', breakMinutes: 30 }, { maxHours: 0 }), [
    'day shifts start between 06:00 and 10:00',
    'longer than 10 hours',
    'longer than the limit of 0 hours',
  ]);
  assert.deepEqual(problems({ type: 'day', start: '08:00', end: '12:01' }, { maxHours: undefined }), []);
});

test('strict mode throws with every problem, or returns a clean result', () => {
  assert.throws(() => checkShift({ type: 'night', start: '22:00', end: '06:00', role: 'trainee' }, { strict: true }), {
    name: 'Error',
    message: 'invalid night shift: trainees do not work nights; night shifts need at least 2 staff',
  });
  assert.deepEqual(checkShift(NIGHT_OK, { strict: true }), { ok: true, hours: 8, problems: [] });
  assert.deepEqual(checkShift({ type: 'night', start: '22:00', end: '06:00' }, { strict: false }), {
    ok: false,
    hours: 8,
    problems: ['night shifts need at least 2 staff'],
  });
});

test('results are fresh objects', () => {
  const first = checkShift({ type: 'training', start: '09:00', end: '10:00', role: 'lead' });
  first.problems.push('x');
  assert.deepEqual(checkShift({ type: 'training', start: '09:00', end: '10:00', role: 'lead' }).problems, ['training is for trainees']);
});
