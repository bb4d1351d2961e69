'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');

const { formatAddress, normalizePostcode, isSameAddress } = require('../addressFormat');

test('a US address puts city, state and ZIP on one line', () => {
  assert.equal(
    formatAddress({ name: 'Jane Roe', street: '1 Main St', unit: 'Apt 4', city: 'Springfield', region: 'il', postcode: '62701', country: 'US' }, { domestic: 'US' }),
    'Jane Roe\n1 Main St Apt 4\nSpringfield, IL 62701',
  );
});

test('a German address puts the postcode before the city and names the country', () => {
  assert.equal(
    formatAddress({ company: 'Muster GmbH', street: 'Hauptstr. 5', city: 'Berlin', postcode: '10115', country: 'de' }),
    'Muster GmbH\nHauptstr. 5\n10115 Berlin\nGERMANY',
  );
});

test('UK postcodes get their space back', () => {
  assert.equal(normalizePostcode('sw1a1aa', 'GB'), 'SW1A 1AA');
});

test('nine-digit ZIP codes get a dash', () => {
  assert.ok(normalizePostcode('627011234', 'US').startsWith('62701'));
});

test('an address without a street is rejected', () => {
  assert.throws(() => formatAddress({ name: 'X', city: 'Y', country: 'FR', postcode: '75001' }), /needs a street/);
});

test('addresses that only differ in punctuation are the same', () => {
  const a = { name: 'Jane Roe', street: '1 Main St.', city: 'Springfield', region: 'IL', postcode: '62701', country: 'US' };
  const b = { name: 'JANE ROE', street: '1 Main St', city: 'Springfield', region: 'il', postcode: '62701', country: 'us' };
  assert.equal(isSameAddress(a, b), true);
});
