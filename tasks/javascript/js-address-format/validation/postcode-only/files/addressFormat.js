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
  if (!rule.pattern.test(compact)) {
    throw new Error('invalid ' + (rule.label || country + ' postcode') + ': ' + code);
  }
  return rule.write(compact);
}

function formatAddress(address, options) {
  var opts = options || {};
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
  var country = String(address.country || '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    throw new Error('invalid country: ' + address.country);
  }
  var lines = [];
  if (address.company) {
    if (address.name && opts.attention) {
      lines.push(address.company);
      lines.push('ATTN: ' + address.name);
    } else {
      if (address.name) {
        lines.push(address.name);
      }
      lines.push(address.company);
    }
  } else {
    lines.push(address.name);
  }
  var streets = Array.isArray(address.street) ? address.street : [address.street];
  for (var i = 0; i < streets.length; i++) {
    var street = streets[i];
    if (i === 0 && address.unit) {
      if (country === 'US' || country === 'CA') {
        street = street + ' ' + address.unit;
      } else {
        lines.push(street);
        street = address.unit;
      }
    }
    lines.push(street);
  }
  var postcode = '';
  if (address.postcode !== undefined && address.postcode !== null && address.postcode !== '') {
    postcode = normalizePostcode(address.postcode, country);
  } else if (country === 'US' || country === 'CA' || country === 'GB' || country === 'DE' || country === 'FR' || country === 'NL') {
    throw new Error('address needs a postcode');
  }
  if (country === 'US' || country === 'CA') {
    if (!address.region) {
      throw new Error(country + ' addresses need a state or province');
    }
    lines.push(address.city + ', ' + String(address.region).toUpperCase() + ' ' + postcode);
  } else if (country === 'GB') {
    lines.push(address.city.toUpperCase());
    lines.push(postcode);
  } else if (country === 'DE' || country === 'FR' || country === 'NL') {
    lines.push(postcode + ' ' + address.city);
  } else {
    if (address.region) {
      lines.push(address.city + ' ' + address.region);
    } else {
      lines.push(address.city);
    }
    if (postcode) {
      lines.push(postcode);
    }
  }
  if (opts.domestic !== country) {
    if (COUNTRY_NAMES[country]) {
      lines.push(COUNTRY_NAMES[country]);
    } else {
      lines.push(country);
    }
  }
  var max = opts.maxLineLength || DEFAULT_MAX_LINE;
  for (var j = 0; j < lines.length; j++) {
    if (opts.uppercase) {
      lines[j] = lines[j].toUpperCase();
    }
    if (lines[j].length > max) {
      if (opts.strict) {
        throw new Error('line too long: ' + lines[j]);
      }
      lines[j] = lines[j].slice(0, max - 1) + '~';
    }
  }
  return lines.join('\n');
}

function isSameAddress(a, b) {
  var one = formatAddress(a, { uppercase: true, maxLineLength: 1000 });
  var two = formatAddress(b, { uppercase: true, maxLineLength: 1000 });
  return one.replace(/[\s.,]+/g, ' ') === two.replace(/[\s.,]+/g, ' ');
}

module.exports = {
  formatAddress,
  normalizePostcode,
  isSameAddress,
  COUNTRY_NAMES,
};
