'use strict';
// Hidden behaviour tests for calculateLateFee. The implementation is loaded from the folder in
// LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'lateFee.js'));
const { calculateLateFee } = impl;

const DUE = '2024-03-01';

// asOf dates by whole days after DUE
function daysAfterDue(days) {
  return new Date(Date.parse(DUE) + days * 86400000).toISOString().slice(0, 10);
}

function invoice(fields) {
  return Object.assign({ amount: 1000, dueDate: DUE, customerType: 'retail' }, fields);
}

function fee(fields, days, options) {
  return calculateLateFee(invoice(fields), daysAfterDue(days), options);
}

// --- module surface -----------------------------------------------------------------------
test('exports the constants', () => {
  assert.equal(impl.GRACE_DAYS, 5);
  assert.equal(impl.MAX_FEE_RATIO, 0.25);
  assert.equal(typeof calculateLateFee, 'function');
});

// --- validation ---------------------------------------------------------------------------
for (const [label, bad] of [
  ['null', null],
  ['undefined', undefined],
  ['no amount', { dueDate: DUE, customerType: 'retail' }],
  ['string amount', { amount: '100', dueDate: DUE, customerType: 'retail' }],
  ['negative amount', { amount: -0.01, dueDate: DUE, customerType: 'retail' }],
]) {
  test(`rejects an invalid invoice: ${label}`, () => {
    assert.throws(() => calculateLateFee(bad, '2024-04-01'), { name: 'Error', message: 'invalid invoice' });
  });
}

test('a zero amount is valid and costs nothing', () => {
  assert.equal(fee({ amount: 0 }, 90), 0);
});

test('rejects an unparsable due date, naming both dates', () => {
  assert.throws(() => calculateLateFee(invoice({ dueDate: 'soon' }), '2024-04-01'), {
    message: 'invalid date: soon / 2024-04-01',
  });
});

test('rejects a missing as-of date', () => {
  assert.throws(() => calculateLateFee(invoice({}), undefined), { message: 'invalid date: 2024-03-01 / undefined' });
});

test('the invoice is checked before the dates', () => {
  assert.throws(() => calculateLateFee({ amount: -1, dueDate: 'soon' }, 'never'), { message: 'invalid invoice' });
});

test('the dates are checked even for a disputed invoice', () => {
  assert.throws(() => calculateLateFee(invoice({ disputed: true }), 'never'), /invalid date/);
});

// --- nothing to charge --------------------------------------------------------------------
test('disputed invoices are never charged, whatever the type', () => {
  for (const customerType of ['retail', 'business', 'nonprofit', 'government']) {
    assert.equal(fee({ disputed: true, customerType }, 200), 0);
  }
});

test('a disputed invoice reports no band but its days late', () => {
  assert.deepEqual(fee({ disputed: true }, 40, { detailed: true }), { fee: 0, daysLate: 40, band: 'none' });
});

test('paid and overpaid invoices are not charged', () => {
  assert.equal(fee({ paidAmount: 1000 }, 90), 0);
  assert.equal(fee({ paidAmount: 1200, customerType: 'business' }, 90), 0);
  assert.deepEqual(fee({ paidAmount: 1000 }, 90, { detailed: true }), { fee: 0, daysLate: 90, band: 'none' });
});

test('only the outstanding amount is charged', () => {
  assert.equal(fee({ paidAmount: 400 }, 45), 27);
  assert.equal(fee({ paidAmount: 400, customerType: 'business' }, 75), 36);
});

test('an invoice not yet due costs nothing and is 0 days late', () => {
  assert.equal(fee({}, -10), 0);
  assert.deepEqual(fee({}, -10, { detailed: true }), { fee: 0, daysLate: 0, band: 'none' });
  assert.deepEqual(fee({}, 0, { detailed: true }), { fee: 0, daysLate: 0, band: 'none' });
});

// --- grace period -------------------------------------------------------------------------
test('the default grace period is five days', () => {
  assert.equal(fee({}, 5), 0);
  assert.equal(fee({}, 6), 15);
  assert.deepEqual(fee({}, 5, { detailed: true }), { fee: 0, daysLate: 5, band: 'none' });
});

test('a custom grace period', () => {
  assert.equal(fee({}, 10, { graceDays: 10 }), 0);
  assert.equal(fee({}, 11, { graceDays: 10 }), 15);
  assert.equal(fee({}, 1, { graceDays: 0 }), 15);
  assert.equal(fee({}, 0, { graceDays: 0 }), 0);
});

test('a null grace period counts as zero days', () => {
  assert.equal(fee({}, 1, { graceDays: null }), 15);
  assert.equal(fee({}, 0, { graceDays: null }), 0);
});

test('an unknown customer type only fails once a fee is due', () => {
  assert.equal(fee({ customerType: 'government' }, 3), 0);
  assert.throws(() => fee({ customerType: 'government' }, 6), {
    name: 'Error',
    message: 'unknown customer type: government',
  });
  assert.throws(() => fee({ customerType: undefined }, 40), { message: 'unknown customer type: undefined' });
});

test('inherited object keys are not customer types', () => {
  for (const customerType of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    assert.throws(() => fee({ customerType }, 40), { message: `unknown customer type: ${customerType}` });
  }
});

test('customer types are case-sensitive', () => {
  assert.throws(() => fee({ customerType: 'Retail' }, 40), /unknown customer type: Retail/);
});

// --- retail -------------------------------------------------------------------------------
for (const [days, expected, band] of [
  [6, 15, 'early'],
  [30, 15, 'early'],
  [31, 35, 'late'],
  [60, 35, 'late'],
  [61, 65, 'severe'],
  [400, 65, 'severe'],
]) {
  test(`retail, ${days} days late`, () => {
    assert.equal(fee({}, days), expected);
    assert.deepEqual(fee({}, days, { detailed: true }), { fee: expected, daysLate: days, band });
  });
}

test('retail first offence is waived when asked', () => {
  assert.equal(fee({}, 45, { waiveFirstOffence: true }), 0);
  assert.equal(fee({}, 45, { waiveFirstOffence: true, previousLateCount: 0 }), 0);
  assert.deepEqual(fee({}, 45, { waiveFirstOffence: true, detailed: true }), { fee: 0, daysLate: 45, band: 'late' });
});

test('retail waiver does not apply to repeat offenders or when not asked', () => {
  assert.equal(fee({}, 45, { waiveFirstOffence: true, previousLateCount: 1 }), 35);
  assert.equal(fee({}, 45, { waiveFirstOffence: false }), 35);
  assert.equal(fee({}, 45, { previousLateCount: 5 }), 35);
});

// --- business -----------------------------------------------------------------------------
for (const [amount, days, expected, band] of [
  [1000, 6, 25, 'early'],
  [1000, 30, 25, 'early'],
  [1000, 31, 30, 'late'],
  [1000, 60, 30, 'late'],
  [1000, 61, 60, 'severe'],
  [400, 61, 25, 'severe'],
  [800, 45, 25, 'late'],
  [10000, 10, 150, 'early'],
  [10000, 50, 300, 'late'],
  [10000, 70, 600, 'severe'],
  [1234.56, 90, 74.07, 'severe'],
]) {
  test(`business, ${amount} ${days} days late`, () => {
    assert.equal(fee({ customerType: 'business', amount }, days), expected);
    assert.deepEqual(fee({ customerType: 'business', amount }, days, { detailed: true }), {
      fee: expected,
      daysLate: days,
      band,
    });
  });
}

test('business repeat offenders pay half as much again, after the minimum', () => {
  assert.equal(fee({ customerType: 'business' }, 10, { previousLateCount: 3 }), 37.5);
  assert.equal(fee({ customerType: 'business' }, 45, { previousLateCount: 4 }), 45);
  assert.equal(fee({ customerType: 'business', amount: 1234.56 }, 90, { previousLateCount: 3 }), 111.11);
  assert.equal(fee({ customerType: 'business' }, 45, { previousLateCount: 2 }), 30);
});

test('the first-offence waiver is a retail rule only', () => {
  assert.equal(fee({ customerType: 'business' }, 45, { waiveFirstOffence: true }), 30);
  assert.equal(fee({ customerType: 'nonprofit' }, 90, { waiveFirstOffence: true }), 10);
});

// --- nonprofit ----------------------------------------------------------------------------
for (const [days, expected, band] of [
  [6, 0, 'early'],
  [30, 0, 'early'],
  [31, 0, 'late'],
  [60, 0, 'late'],
  [61, 10, 'severe'],
]) {
  test(`nonprofit, ${days} days late`, () => {
    assert.equal(fee({ customerType: 'nonprofit' }, days), expected);
    assert.deepEqual(fee({ customerType: 'nonprofit' }, days, { detailed: true }), {
      fee: expected,
      daysLate: days,
      band,
    });
  });
}

test('nonprofit repeat offenders pay the same', () => {
  assert.equal(fee({ customerType: 'nonprofit', amount: 5000 }, 90, { previousLateCount: 7 }), 50);
});

// --- cap and rounding ---------------------------------------------------------------------
test('the fee is capped at a quarter of the outstanding amount by default', () => {
  assert.equal(fee({ amount: 40 }, 45), 10);
  assert.equal(fee({ amount: 80, customerType: 'business' }, 10), 20);
  assert.equal(fee({ amount: 200, paidAmount: 160 }, 20), 10);
  assert.equal(fee({ amount: 60 }, 20), 15);
});

test('an explicit cap replaces the default one', () => {
  assert.equal(fee({}, 45, { cap: 12 }), 12);
  assert.equal(fee({ amount: 40 }, 45, { cap: 100 }), 15.8);
  assert.equal(fee({}, 45, { cap: 35 }), 35);
  assert.equal(fee({ customerType: 'business' }, 10, { cap: 0 }), 0);
  assert.deepEqual(fee({}, 45, { cap: 12.345, detailed: true }), { fee: 12.35, daysLate: 45, band: 'late' });
});

test('fees below one dollar are capped too', () => {
  assert.equal(fee({ customerType: 'nonprofit', amount: 50 }, 90, { cap: 0.2 }), 0.2);
  assert.equal(fee({ customerType: 'nonprofit', amount: 50 }, 90, { cap: 0.6 }), 0.5);
});

test('a tiny outstanding amount is still charged', () => {
  assert.equal(fee({ amount: 100, paidAmount: 99.5 }, 45), 0.13);
  assert.equal(fee({ amount: 100, paidAmount: 99 }, 45, { detailed: true }).band, 'late');
});

test('a waived fee stays zero under any cap', () => {
  assert.equal(fee({}, 45, { waiveFirstOffence: true, cap: -5 }), 0);
});

test('fees are rounded to cents', () => {
  assert.equal(fee({ amount: 123.45 }, 70), 21.17);
  assert.equal(fee({ amount: 123.45 }, 40), 17.47);
  assert.equal(fee({ customerType: 'nonprofit', amount: 1234.5 }, 70), 12.35);
});

test('no options object is the same as an empty one', () => {
  assert.equal(calculateLateFee(invoice({}), '2024-04-15'), calculateLateFee(invoice({}), '2024-04-15', {}));
  assert.equal(calculateLateFee(invoice({}), '2024-04-15', null), 35);
});

test('days are counted across a leap day', () => {
  assert.deepEqual(calculateLateFee(invoice({ dueDate: '2024-02-28' }), '2024-03-31', { detailed: true }), {
    fee: 35,
    daysLate: 32,
    band: 'late',
  });
});

test('the result is a plain number unless details are asked for', () => {
  assert.equal(typeof fee({}, 45), 'number');
  assert.deepEqual(Object.keys(fee({}, 45, { detailed: true })), ['fee', 'daysLate', 'band']);
});
