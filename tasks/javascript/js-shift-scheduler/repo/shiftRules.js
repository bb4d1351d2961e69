'use strict';
/*
 * Working-time rules for planned shifts (staff rota).
 *
 * Legacy module: times are "HH:MM" on a 24-hour clock; a shift whose end is not after its
 * start runs past midnight. Each shift type got its own branch as the rules were agreed.
 */

var MINUTES_PER_DAY = 24 * 60;
var SHIFT_TYPES = ['day', 'night', 'weekend', 'oncall', 'training'];

function toMinutes(time) {
  var match = /^(\d{2}):(\d{2})$/.exec(time || '');
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    return NaN;
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

function checkShift(shift, options) {
  var opts = options || {};
  if (!shift || typeof shift !== 'object') {
    throw new TypeError('shift must be an object');
  }
  var start = toMinutes(shift.start);
  var end = toMinutes(shift.end);
  if (isNaN(start) || isNaN(end)) {
    throw new Error('invalid shift times: ' + shift.start + '-' + shift.end);
  }
  var minutes = end - start;
  if (minutes <= 0) {
    minutes = minutes + MINUTES_PER_DAY;
  }
  var hours = minutes / 60;
  var pause = shift.breakMinutes || 0;
  var problems = [];
  if (shift.type === 'day') {
    if (start < 6 * 60 || start > 10 * 60) {
      problems.push('day shifts start between 06:00 and 10:00');
    }
    if (hours < 4) {
      problems.push('shorter than 4 hours');
    } else if (hours > 10) {
      problems.push('longer than 10 hours');
    }
    if (hours > 6 && pause < 30) {
      problems.push('needs a break of at least 30 minutes');
    }
  } else if (shift.type === 'night') {
    if (start < 20 * 60 && start >= 2 * 60) {
      problems.push('night shifts start between 20:00 and 02:00');
    }
    if (hours < 6) {
      problems.push('shorter than 6 hours');
    } else if (hours > 12) {
      problems.push('longer than 12 hours');
    }
    if (hours > 8 && pause < 45) {
      problems.push('needs a break of at least 45 minutes');
    }
    if (shift.role === 'trainee') {
      problems.push('trainees do not work nights');
    }
    if ((shift.staffCount || 1) < 2 && !opts.allowSoloNight) {
      problems.push('night shifts need at least 2 staff');
    }
  } else if (shift.type === 'weekend') {
    var day = new Date(shift.date + 'T00:00:00Z').getUTCDay();
    if (isNaN(day)) {
      throw new Error('invalid date: ' + shift.date);
    }
    if (day !== 0 && day !== 6) {
      problems.push('weekend shifts are on Saturday or Sunday');
    }
    if (hours < 4) {
      problems.push('shorter than 4 hours');
    } else if (hours > 10) {
      problems.push('longer than 10 hours');
    }
    if (hours > 6 && pause < 30) {
      problems.push('needs a break of at least 30 minutes');
    }
  } else if (shift.type === 'oncall') {
    if (hours < 8) {
      problems.push('shorter than 8 hours');
    }
    if (shift.role !== 'senior' && shift.role !== 'lead') {
      problems.push('on-call needs a senior or a lead');
    }
    if (pause > 0) {
      problems.push('on-call shifts have no planned break');
    }
  } else if (shift.type === 'training') {
    if (hours < 1) {
      problems.push('shorter than 1 hours');
    } else if (hours > 8) {
      problems.push('longer than 8 hours');
    }
    if (hours > 6 && pause < 30) {
      problems.push('needs a break of at least 30 minutes');
    }
    if (shift.role !== 'trainee' && !opts.trainersMayAttend) {
      problems.push('training is for trainees');
    }
  } else {
    throw new Error('unknown shift type: ' + shift.type);
  }
  if (opts.maxHours !== undefined && hours > opts.maxHours) {
    problems.push('longer than the limit of ' + opts.maxHours + ' hours');
  }
  if (opts.strict && problems.length > 0) {
    throw new Error('invalid ' + shift.type + ' shift: ' + problems.join('; '));
  }
  return { ok: problems.length === 0, hours: hours, problems: problems };
}

module.exports = {
  checkShift: checkShift,
  SHIFT_TYPES: SHIFT_TYPES,
};
