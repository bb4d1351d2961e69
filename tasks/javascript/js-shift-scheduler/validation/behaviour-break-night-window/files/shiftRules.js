'use strict';
/*
 * Working-time rules for planned shifts (staff rota).
 *
 * Times are "HH:MM" on a 24-hour clock; a shift whose end is not after its start runs past
 * midnight. The rules of each shift type are data in SHIFT_RULES.
 */

const MINUTES_PER_DAY = 24 * 60;
const SHIFT_TYPES = ['day', 'night', 'weekend', 'oncall', 'training'];

const SATURDAY = 6;
const SUNDAY = 0;
const STANDARD_BREAK = { afterHours: 6, minutes: 30 };
const LONG_BREAK = { afterHours: 8, minutes: 45 };

function toMinutes(time) {
  const match = /^(\d{2}):(\d{2})$/.exec(time || '');
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    return NaN;
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

function atHour(hour) {
  return hour * 60;
}

// ---- checks specific to a shift type: each returns a problem or null -------------------------

function dayStart({ start }) {
  const outside = start < atHour(6) || start > atHour(10);
  return outside ? 'day shifts start between 06:00 and 10:00' : null;
}

function nightStart({ start }) {
  const outside = start < atHour(20) && start > atHour(2);
  return outside ? 'night shifts start between 20:00 and 02:00' : null;
}

function noTrainees({ shift }) {
  return shift.role === 'trainee' ? 'trainees do not work nights' : null;
}

function nightStaffing({ shift, opts }) {
  const solo = (shift.staffCount || 1) < 2 && !opts.allowSoloNight;
  return solo ? 'night shifts need at least 2 staff' : null;
}

function weekendDay({ shift }) {
  const day = new Date(shift.date + 'T00:00:00Z').getUTCDay();
  if (isNaN(day)) {
    throw new Error('invalid date: ' + shift.date);
  }
  return day === SATURDAY || day === SUNDAY ? null : 'weekend shifts are on Saturday or Sunday';
}

function seniorOnCall({ shift }) {
  const senior = shift.role === 'senior' || shift.role === 'lead';
  return senior ? null : 'on-call needs a senior or a lead';
}

function noPlannedBreak({ pause }) {
  return pause > 0 ? 'on-call shifts have no planned break' : null;
}

function traineesOnly({ shift, opts }) {
  const allowed = shift.role === 'trainee' || opts.trainersMayAttend;
  return allowed ? null : 'training is for trainees';
}

/**
 * Per shift type: checks made first, the allowed length in hours, the break rule (a break of
 * `minutes` once the shift is longer than `afterHours`) and checks made last.
 */
const SHIFT_RULES = {
  day: { first: [dayStart], minHours: 4, maxHours: 10, breakRule: STANDARD_BREAK, last: [] },
  night: { first: [nightStart], minHours: 6, maxHours: 12, breakRule: LONG_BREAK, last: [noTrainees, nightStaffing] },
  weekend: { first: [weekendDay], minHours: 4, maxHours: 10, breakRule: STANDARD_BREAK, last: [] },
  oncall: { first: [], minHours: 8, maxHours: Infinity, breakRule: null, last: [seniorOnCall, noPlannedBreak] },
  training: { first: [], minHours: 1, maxHours: 8, breakRule: STANDARD_BREAK, last: [traineesOnly] },
};

// ---- rules shared by every shift type ------------------------------------------------------------

function lengthProblem(rules, hours) {
  if (hours < rules.minHours) {
    return 'shorter than ' + rules.minHours + ' hours';
  }
  if (hours > rules.maxHours) {
    return 'longer than ' + rules.maxHours + ' hours';
  }
  return null;
}

function breakProblem(breakRule, { hours, pause }) {
  if (breakRule && hours > breakRule.afterHours && pause < breakRule.minutes) {
    return 'needs a break of at least ' + breakRule.minutes + ' minutes';
  }
  return null;
}

function limitProblem({ hours, opts }) {
  if (opts.maxHours !== undefined && hours > opts.maxHours) {
    return 'longer than the limit of ' + opts.maxHours + ' hours';
  }
  return null;
}

function rulesFor(type) {
  if (!Object.hasOwn(SHIFT_RULES, type)) {
    throw new Error('unknown shift type: ' + type);
  }
  return SHIFT_RULES[type];
}

/** Start (minutes after midnight) and length in hours; a shift ending at or before its start wraps. */
function shiftTimes(shift) {
  const start = toMinutes(shift.start);
  const end = toMinutes(shift.end);
  if (isNaN(start) || isNaN(end)) {
    throw new Error('invalid shift times: ' + shift.start + '-' + shift.end);
  }
  const minutes = end > start ? end - start : end - start + MINUTES_PER_DAY;
  return { start, hours: minutes / 60 };
}

function checkShift(shift, options) {
  const opts = options || {};
  if (!shift || typeof shift !== 'object') {
    throw new TypeError('shift must be an object');
  }
  const { start, hours } = shiftTimes(shift);
  const rules = rulesFor(shift.type);
  const context = { shift, opts, start, hours, pause: shift.breakMinutes || 0 };
  const found = [
    ...rules.first.map((check) => check(context)),
    lengthProblem(rules, hours),
    breakProblem(rules.breakRule, context),
    ...rules.last.map((check) => check(context)),
    limitProblem(context),
  ];
  const problems = found.filter((problem) => problem !== null);
  if (opts.strict && problems.length > 0) {
    throw new Error('invalid ' + shift.type + ' shift: ' + problems.join('; '));
  }
  return { ok: problems.length === 0, hours, problems };
}

module.exports = {
  checkShift,
  SHIFT_TYPES,
};
