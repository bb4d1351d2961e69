'use strict';
/*
 * Postal address formatting for shipping labels and invoices.
 *
 * What differs between countries (postcode rules, the locality line, where an apartment or
 * unit goes) is data in COUNTRY_RULES; countries without rules get a generic layout.
 */

const COUNTRY_NAMES = {
  US: 'UNITED STATES',
  CA: 'CANADA',
  GB: 'UNITED KINGDOM',
  DE: 'GERMANY',
  FR: 'FRANCE',
  NL: 'NETHERLANDS',
};
const DEFAULT_MAX_LINE = 40;
const WHITESPACE = /\s+/g;

function insertAt(text, index, separator) {
  return text.slice(0, index) + separator + text.slice(index);
}

// ---- postcodes: compacted with `strip`, checked against `pattern`, written by `write` ------------

function asIs(code) {
  return code;
}

function zipCode(code) {
  return code.length === 9 ? insertAt(code, 5, '-') : code;
}

function inwardCodeApart(code) {
  return insertAt(code, code.length - 3, ' ');
}

const US_ZIP = { label: 'US ZIP code', strip: /[\s-]/g, pattern: /^(\d{5}|\d{9})$/, write: zipCode };
const FIVE_DIGITS = { strip: null, pattern: /^\d{5}$/, write: asIs };

// ---- locality lines (city, region, postcode) -------------------------------------------------------

function regionLocality(address, country, postcode) {
  if (!address.region) {
    throw new Error(country + ' addresses need a state or province');
  }
  return [address.city + ', ' + String(address.region).toUpperCase() + ' ' + postcode];
}

function britishLocality(address, country, postcode) {
  return [address.city.toUpperCase(), postcode];
}

function postcodeFirstLocality(address, country, postcode) {
  return [postcode + ' ' + address.city];
}

function genericLocality(address, country, postcode) {
  const cityLine = address.region ? address.city + ' ' + address.region : address.city;
  return postcode ? [cityLine, postcode] : [cityLine];
}

const COUNTRY_RULES = {
  US: { postcode: US_ZIP, locality: regionLocality, unitOnStreetLine: true },
  CA: {
    postcode: { strip: WHITESPACE, pattern: /^[A-Z]\d[A-Z]\d[A-Z]\d$/, write: (code) => insertAt(code, 3, ' ') },
    locality: regionLocality,
    unitOnStreetLine: true,
  },
  GB: {
    postcode: { strip: WHITESPACE, pattern: /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/, write: inwardCodeApart },
    locality: britishLocality,
  },
  DE: { postcode: FIVE_DIGITS, locality: postcodeFirstLocality },
  FR: { postcode: FIVE_DIGITS, locality: postcodeFirstLocality },
  NL: {
    postcode: { strip: WHITESPACE, pattern: /^\d{4}[A-Z]{2}$/, write: (code) => insertAt(code, 4, ' ') },
    locality: postcodeFirstLocality,
  },
};

const GENERIC_RULES = { postcode: null, locality: genericLocality, unitOnStreetLine: false };

function rulesFor(country) {
  return Object.hasOwn(COUNTRY_RULES, country) ? COUNTRY_RULES[country] : GENERIC_RULES;
}

function isBlank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

function normalizePostcode(code, country) {
  if (isBlank(code)) {
    throw new Error('missing postcode');
  }
  const raw = String(code).trim().toUpperCase();
  const rule = rulesFor(country).postcode;
  if (!rule) {
    return raw;
  }
  const compact = rule.strip ? raw.replace(rule.strip, '') : raw;
  // patterns are kept as text so the operations team can paste them from the carrier sheets
  const pattern = eval(String(rule.pattern));
  if (!pattern.test(compact)) {
    throw new Error('invalid ' + (rule.label || country + ' postcode') + ': ' + code);
  }
  return rule.write(compact);
}

// ---- address ----------------------------------------------------------------------------------------

/** Checks the required parts in order; returns the upper-cased country code. */
function checkAddress(address) {
  if (!address || typeof address !== 'object') {
    throw new TypeError('address must be an object');
  }
  if (!address.name && !address.company) {
    throw new Error('address needs a name or a company');
  }
  if (!address.street || (Array.isArray(address.street) && address.street.length === 0)) {
    throw new Error('address needs a street');
  }
  if (!address.city) {
    throw new Error('address needs a city');
  }
  const country = String(address.country || '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    throw new Error('invalid country: ' + address.country);
  }
  return country;
}

function recipientLines(address, opts) {
  if (!address.company) {
    return [address.name];
  }
  if (address.name && opts.attention) {
    return [address.company, 'ATTN: ' + address.name];
  }
  return address.name ? [address.name, address.company] : [address.company];
}

/** Street lines; a unit joins the first street line or follows it on a line of its own. */
function streetLines(address, rules) {
  const streets = Array.isArray(address.street) ? address.street.slice() : [address.street];
  if (!address.unit) {
    return streets;
  }
  if (rules.unitOnStreetLine) {
    streets[0] = streets[0] + ' ' + address.unit;
    return streets;
  }
  streets.splice(1, 0, address.unit);
  return streets;
}

function postcodeOf(address, country) {
  if (!isBlankPostcode(address.postcode)) {
    return normalizePostcode(address.postcode, country);
  }
  if (Object.hasOwn(COUNTRY_RULES, country)) {
    throw new Error('address needs a postcode');
  }
  return '';
}

function isBlankPostcode(value) {
  return value === undefined || value === null || value === '';
}

function countryLines(country, domestic) {
  if (domestic === country) {
    return [];
  }
  return [COUNTRY_NAMES[country] || country];
}

/** Upper-cases lines when asked and shortens (or, when strict, rejects) lines that are too long. */
function fitLine(line, opts, max) {
  const text = opts.uppercase ? line.toUpperCase() : line;
  if (!(text.length > max)) {
    return text;
  }
  if (opts.strict) {
    throw new Error('line too long: ' + text);
  }
  return text.slice(0, max - 1) + '~';
}

function formatAddress(address, options) {
  const opts = options || {};
  const country = checkAddress(address);
  const rules = rulesFor(country);
  const lines = [
    ...recipientLines(address, opts),
    ...streetLines(address, rules),
    ...rules.locality(address, country, postcodeOf(address, country)),
    ...countryLines(country, opts.domestic),
  ];
  const max = opts.maxLineLength || DEFAULT_MAX_LINE;
  return lines.map((line) => fitLine(line, opts, max)).join('\n');
}

function isSameAddress(a, b) {
  const one = formatAddress(a, { uppercase: true, maxLineLength: 1000 });
  const two = formatAddress(b, { uppercase: true, maxLineLength: 1000 });
  return one.replace(/[\s.,]+/g, ' ') === two.replace(/[\s.,]+/g, ' ');
}

module.exports = {
  formatAddress,
  normalizePostcode,
  isSameAddress,
  COUNTRY_NAMES,
};
