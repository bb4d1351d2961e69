'use strict';
/*
 * Postal address formatting for shipping labels and invoices.
 *
 * Legacy module: one branch per country was added whenever the shop started shipping there.
 */

var COUNTRY_NAMES = {
  US: 'UNITED STATES',
  CA: 'CANADA',
  GB: 'UNITED KINGDOM',
  DE: 'GERMANY',
  FR: 'FRANCE',
  NL: 'NETHERLANDS',
};
var DEFAULT_MAX_LINE = 40;

function normalizePostcode(code, country) {
  if (code === undefined || code === null || String(code).trim() === '') {
    throw new Error('missing postcode');
  }
  var raw = String(code).trim().toUpperCase();
  if (country === 'US') {
    var digits = raw.replace(/[\s-]/g, '');
    if (/^\d{5}$/.test(digits)) {
      return digits;
    } else if (/^\d{9}$/.test(digits)) {
      return digits.slice(0, 5) + '-' + digits.slice(5);
    } else {
      throw new Error('invalid US ZIP code: ' + code);
    }
  } else if (country === 'CA') {
    var ca = raw.replace(/\s+/g, '');
    if (/^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(ca)) {
      return ca.slice(0, 3) + ' ' + ca.slice(3);
    } else {
      throw new Error('invalid CA postcode: ' + code);
    }
  } else if (country === 'GB') {
    var gb = raw.replace(/\s+/g, '');
    if (/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(gb)) {
      return gb.slice(0, -3) + ' ' + gb.slice(-3);
    } else {
      throw new Error('invalid GB postcode: ' + code);
    }
  } else if (country === 'DE' || country === 'FR') {
    if (/^\d{5}$/.test(raw)) {
      return raw;
    } else {
      throw new Error('invalid ' + country + ' postcode: ' + code);
    }
  } else if (country === 'NL') {
    var nl = raw.replace(/\s+/g, '');
    if (/^\d{4}[A-Z]{2}$/.test(nl)) {
      return nl.slice(0, 4) + ' ' + nl.slice(4);
    } else {
      throw new Error('invalid NL postcode: ' + code);
    }
  } else {
    return raw;
  }
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
  formatAddress: formatAddress,
  normalizePostcode: normalizePostcode,
  isSameAddress: isSameAddress,
  COUNTRY_NAMES: COUNTRY_NAMES,
};
