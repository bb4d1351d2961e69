'use strict';
// Hidden behaviour tests for the address formatter. The implementation is loaded from the
// folder in LIFTBENCH_IMPL (the candidate's workspace), never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const impl = require(path.join(process.env.LIFTBENCH_IMPL, 'addressFormat.js'));
const { formatAddress, normalizePostcode, isSameAddress } = impl;

function address(fields) {
  return Object.assign({ name: 'Ann Lee', street: 'Main 1', city: 'Town', postcode: '10115', country: 'DE' }, fields);
}

function lines(fields, options) {
  return formatAddress(address(fields), options).split('\n');
}

// --- module surface -----------------------------------------------------------------------
test('exports', () => {
  assert.deepEqual(impl.COUNTRY_NAMES, {
    US: 'UNITED STATES',
    CA: 'CANADA',
    GB: 'UNITED KINGDOM',
    DE: 'GERMANY',
    FR: 'FRANCE',
    NL: 'NETHERLANDS',
  });
  assert.equal(typeof isSameAddress, 'function');
});

// --- normalizePostcode --------------------------------------------------------------------
test('a missing postcode is an error', () => {
  for (const code of [undefined, null, '', '   ']) {
    assert.throws(() => normalizePostcode(code, 'DE'), { name: 'Error', message: 'missing postcode' });
    assert.throws(() => normalizePostcode(code, 'XX'), { message: 'missing postcode' });
  }
});

test('US ZIP codes', () => {
  assert.equal(normalizePostcode('62701', 'US'), '62701');
  assert.equal(normalizePostcode(' 6270 1 ', 'US'), '62701');
  assert.equal(normalizePostcode('62701-1234', 'US'), '62701-1234');
  assert.equal(normalizePostcode('62701 1234', 'US'), '62701-1234');
  assert.equal(normalizePostcode(62701, 'US'), '62701');
  for (const bad of ['6270', '627011', '62701-123', 'ABCDE', '62701-12345']) {
    assert.throws(() => normalizePostcode(bad, 'US'), { name: 'Error', message: 'invalid US ZIP code: ' + bad });
  }
});

test('Canadian postcodes', () => {
  assert.equal(normalizePostcode('k1a0b1', 'CA'), 'K1A 0B1');
  assert.equal(normalizePostcode('K1A 0B1', 'CA'), 'K1A 0B1');
  assert.equal(normalizePostcode(' K 1 A 0 B 1 ', 'CA'), 'K1A 0B1');
  for (const bad of ['K1A0B', '11A0B1', 'K1A-0B1', 'K1A0B1X']) {
    assert.throws(() => normalizePostcode(bad, 'CA'), { message: 'invalid CA postcode: ' + bad });
  }
});

test('UK postcodes', () => {
  assert.equal(normalizePostcode('sw1a1aa', 'GB'), 'SW1A 1AA');
  assert.equal(normalizePostcode('M1 1AE', 'GB'), 'M1 1AE');
  assert.equal(normalizePostcode('b338th', 'GB'), 'B33 8TH');
  assert.equal(normalizePostcode('CR2 6XH', 'GB'), 'CR2 6XH');
  assert.equal(normalizePostcode('DN55 1PT', 'GB'), 'DN55 1PT');
  assert.equal(normalizePostcode('W1A 0AX', 'GB'), 'W1A 0AX');
  for (const bad of ['SW1A', '1AA 1AA', 'SW1A 1A1', 'ABC1 1AA', 'SW1A-1AA']) {
    assert.throws(() => normalizePostcode(bad, 'GB'), { message: 'invalid GB postcode: ' + bad });
  }
});

test('German and French postcodes are five digits, spaces not removed', () => {
  assert.equal(normalizePostcode('10115', 'DE'), '10115');
  assert.equal(normalizePostcode(' 75001 ', 'FR'), '75001');
  assert.equal(normalizePostcode(75001, 'FR'), '75001');
  for (const bad of ['1011', '101155', '10 115', 'D-10115']) {
    assert.throws(() => normalizePostcode(bad, 'DE'), { message: 'invalid DE postcode: ' + bad });
  }
  assert.throws(() => normalizePostcode('7500', 'FR'), { message: 'invalid FR postcode: 7500' });
});

test('Dutch postcodes', () => {
  assert.equal(normalizePostcode('1011ab', 'NL'), '1011 AB');
  assert.equal(normalizePostcode('1011 AB', 'NL'), '1011 AB');
  for (const bad of ['1011', '101AB', '1011ABC', 'AB1011']) {
    assert.throws(() => normalizePostcode(bad, 'NL'), { message: 'invalid NL postcode: ' + bad });
  }
});

test('other countries keep the postcode as given, trimmed and upper-cased', () => {
  assert.equal(normalizePostcode(' 100-0001 ', 'JP'), '100-0001');
  assert.equal(normalizePostcode('d02 x285', 'IE'), 'D02 X285');
  assert.equal(normalizePostcode('sw1a1aa', 'gb'), 'SW1A1AA');
  assert.equal(normalizePostcode('abc', undefined), 'ABC');
  assert.equal(normalizePostcode('abc', 'constructor'), 'ABC');
});

// --- formatAddress: checks ------------------------------------------------------------------
test('the address must be an object', () => {
  for (const bad of [null, undefined, 'Main 1', 42]) {
    assert.throws(() => formatAddress(bad), { name: 'TypeError', message: 'address must be an object' });
  }
});

test('required parts are checked in order', () => {
  assert.throws(() => formatAddress({ street: '', city: '', country: '' }), { message: 'address needs a name or a company' });
  assert.throws(() => formatAddress({ name: 'A', street: '', city: '', country: '' }), { message: 'address needs a street' });
  assert.throws(() => formatAddress({ name: 'A', street: [], city: 'C', country: 'DE' }), { message: 'address needs a street' });
  assert.throws(() => formatAddress({ company: 'Co', street: 'S', city: '', country: '' }), { message: 'address needs a city' });
  assert.throws(() => formatAddress({ name: 'A', street: 'S', city: 'C' }), { message: 'invalid country: undefined' });
  for (const country of ['D', 'DEU', 'D1', '', 'de ']) {
    assert.throws(() => formatAddress(address({ country })), { message: 'invalid country: ' + country });
  }
});

test('the postcode is checked after the country and before the region', () => {
  assert.throws(() => formatAddress(address({ postcode: 'x', country: 'ZZZ' })), { message: 'invalid country: ZZZ' });
  assert.throws(() => formatAddress(address({ country: 'US', postcode: '123' })), { message: 'invalid US ZIP code: 123' });
  assert.throws(() => formatAddress(address({ country: 'US', postcode: undefined })), { message: 'address needs a postcode' });
  assert.throws(() => formatAddress(address({ country: 'US', postcode: '62701' })), {
    message: 'US addresses need a state or province',
  });
  assert.throws(() => formatAddress(address({ country: 'CA', postcode: 'K1A0B1', region: '' })), {
    message: 'CA addresses need a state or province',
  });
});

test('the six known countries need a postcode, others do not', () => {
  for (const country of ['US', 'CA', 'GB', 'DE', 'FR', 'NL']) {
    for (const postcode of [undefined, null, '']) {
      assert.throws(() => formatAddress(address({ country, postcode, region: 'X' })), { message: 'address needs a postcode' });
    }
  }
  assert.deepEqual(lines({ country: 'IE', postcode: undefined }), ['Ann Lee', 'Main 1', 'Town', 'IE']);
  assert.throws(() => formatAddress(address({ postcode: '  ' })), { message: 'missing postcode' });
});

// --- formatAddress: recipient ---------------------------------------------------------------
test('recipient lines: name, company, or both', () => {
  assert.deepEqual(lines({}).slice(0, 2), ['Ann Lee', 'Main 1']);
  assert.deepEqual(lines({ name: undefined, company: 'Acme' }).slice(0, 2), ['Acme', 'Main 1']);
  assert.deepEqual(lines({ company: 'Acme' }).slice(0, 3), ['Ann Lee', 'Acme', 'Main 1']);
  assert.deepEqual(lines({ company: 'Acme' }, { attention: true }).slice(0, 3), ['Acme', 'ATTN: Ann Lee', 'Main 1']);
  assert.deepEqual(lines({ name: '', company: 'Acme' }, { attention: true }).slice(0, 2), ['Acme', 'Main 1']);
  assert.deepEqual(lines({}, { attention: true }).slice(0, 2), ['Ann Lee', 'Main 1']);
});

// --- formatAddress: streets and units ---------------------------------------------------------
test('several street lines are kept in order', () => {
  assert.deepEqual(lines({ street: ['Main 1', 'Rear building'] }), ['Ann Lee', 'Main 1', 'Rear building', '10115 Town', 'GERMANY']);
});

test('a unit follows the first street line, or joins it in North America', () => {
  assert.deepEqual(lines({ street: ['Main 1', 'Rear'], unit: 'Apt 2' }), ['Ann Lee', 'Main 1', 'Apt 2', 'Rear', '10115 Town', 'GERMANY']);
  const us = address({ street: ['1 Main St', 'Bldg C'], unit: '#4', country: 'US', region: 'ny', postcode: '10001' });
  assert.equal(formatAddress(us), 'Ann Lee\n1 Main St #4\nBldg C\nTown, NY 10001\nUNITED STATES');
  const ca = address({ street: '1 Rue', unit: 'Suite 9', country: 'ca', region: 'qc', postcode: 'h2x1y4' });
  assert.equal(formatAddress(ca), 'Ann Lee\n1 Rue Suite 9\nTown, QC H2X 1Y4\nCANADA');
  assert.deepEqual(lines({ unit: '' }), ['Ann Lee', 'Main 1', '10115 Town', 'GERMANY']);
});

// --- formatAddress: locality per country ------------------------------------------------------
test('locality lines per country', () => {
  assert.deepEqual(lines({ country: 'GB', city: 'London', postcode: 'sw1a1aa' }), ['Ann Lee', 'Main 1', 'LONDON', 'SW1A 1AA', 'UNITED KINGDOM']);
  assert.deepEqual(lines({ country: 'FR', city: 'Paris', postcode: '75001' }), ['Ann Lee', 'Main 1', '75001 Paris', 'FRANCE']);
  assert.deepEqual(lines({ country: 'NL', city: 'Amsterdam', postcode: '1011ab' }), ['Ann Lee', 'Main 1', '1011 AB Amsterdam', 'NETHERLANDS']);
  assert.deepEqual(lines({ country: 'US', city: 'Austin', region: 'tx', postcode: '787011234' }), [
    'Ann Lee',
    'Main 1',
    'Austin, TX 78701-1234',
    'UNITED STATES',
  ]);
  assert.deepEqual(lines({ country: 'DE', region: 'Berlin' }), ['Ann Lee', 'Main 1', '10115 Town', 'GERMANY']);
});

test('other countries: city and region, then the postcode on its own line', () => {
  assert.deepEqual(lines({ country: 'jp', city: 'Tokyo', region: 'Chiyoda', postcode: '100-0001' }), [
    'Ann Lee',
    'Main 1',
    'Tokyo Chiyoda',
    '100-0001',
    'JP',
  ]);
  assert.deepEqual(lines({ country: 'IE', city: 'Dublin', postcode: 'd02 x285' }), ['Ann Lee', 'Main 1', 'Dublin', 'D02 X285', 'IE']);
  assert.deepEqual(lines({ country: 'IE', city: 'Cork', postcode: null, region: '' }), ['Ann Lee', 'Main 1', 'Cork', 'IE']);
});

// --- formatAddress: country line -----------------------------------------------------------------
test('the country line is left out for domestic addresses', () => {
  assert.deepEqual(lines({}, { domestic: 'DE' }), ['Ann Lee', 'Main 1', '10115 Town']);
  assert.deepEqual(lines({ country: 'de' }, { domestic: 'DE' }), ['Ann Lee', 'Main 1', '10115 Town']);
  assert.deepEqual(lines({}, { domestic: 'de' }), ['Ann Lee', 'Main 1', '10115 Town', 'GERMANY']);
  assert.deepEqual(lines({ country: 'IE', postcode: undefined }, { domestic: 'IE' }), ['Ann Lee', 'Main 1', 'Town']);
});

// --- formatAddress: case and length -----------------------------------------------------------------
test('upper-case labels', () => {
  assert.equal(
    formatAddress(address({ company: 'Acme gmbh', street: 'Hauptstr. 5' }), { uppercase: true, attention: true }),
    'ACME GMBH\nATTN: ANN LEE\nHAUPTSTR. 5\n10115 TOWN\nGERMANY',
  );
  assert.equal(formatAddress(address({}), { uppercase: false }), 'Ann Lee\nMain 1\n10115 Town\nGERMANY');
});

test('lines are cut to 40 characters by default, with a tilde', () => {
  const forty = 'x'.repeat(40);
  assert.deepEqual(lines({ street: forty }).slice(1, 2), [forty]);
  assert.deepEqual(lines({ street: forty + 'y' }).slice(1, 2), ['x'.repeat(39) + '~']);
  assert.deepEqual(lines({ street: 'abcdefghij' }, { maxLineLength: 10 }).slice(1, 2), ['abcdefghij']);
  assert.deepEqual(lines({ street: 'abcdefghijk' }, { maxLineLength: 10 }), ['Ann Lee', 'abcdefghi~', '10115 Town', 'GERMANY']);
  assert.deepEqual(lines({ street: forty + 'y' }, { maxLineLength: 0 }).slice(1, 2), ['x'.repeat(39) + '~']);
});

test('strict mode rejects the first line that is too long, after upper-casing', () => {
  assert.throws(() => formatAddress(address({ name: 'n'.repeat(12), street: 's'.repeat(12) }), { maxLineLength: 10, strict: true }), {
    name: 'Error',
    message: 'line too long: ' + 'n'.repeat(12),
  });
  assert.throws(() => formatAddress(address({ street: 'street name 12345' }), { maxLineLength: 12, strict: true, uppercase: true }), {
    message: 'line too long: STREET NAME 12345',
  });
  assert.equal(formatAddress(address({}), { strict: true, maxLineLength: 10 }), 'Ann Lee\nMain 1\n10115 Town\nGERMANY');
});

test('the country name line is cut like the others', () => {
  assert.deepEqual(lines({ country: 'GB', postcode: 'M11AE' }, { maxLineLength: 8 }), ['Ann Lee', 'Main 1', 'TOWN', 'M1 1AE', 'UNITED ~']);
});

// --- isSameAddress -------------------------------------------------------------------------------
test('addresses are compared as upper-case labels, ignoring punctuation and spacing', () => {
  const a = address({ street: 'Hauptstr. 5', city: 'Berlin' });
  assert.equal(isSameAddress(a, address({ street: 'HAUPTSTR 5', city: 'berlin', name: 'ann  lee' })), true);
  assert.equal(isSameAddress(a, address({ street: 'Hauptstr. 6', city: 'Berlin' })), false);
  assert.equal(isSameAddress(a, address({ street: 'Hauptstr. 5', city: 'Berlin', country: 'FR', postcode: '10115' })), false);
  const long = address({ street: 'x'.repeat(60) + '1' });
  assert.equal(isSameAddress(long, address({ street: 'x'.repeat(60) + '2' })), false);
  assert.throws(() => isSameAddress(a, address({ city: '' })), { message: 'address needs a city' });
});
