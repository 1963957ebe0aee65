/**
 * Phone numbers as one comparison key (E.164), so that an erasure or access request finds a
 * number whichever way it was written ("0171 2345678", "+49 171 2345678", "0049-171-2345678").
 * Loaded only by `vault forget` / `vault export` with values (libphonenumber's metadata is large).
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';

/** '' when `value` cannot be a phone number (letters, an @, fewer than 6 digits). */
export function phoneKey(value: string, region = 'DE'): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 6 || /[\p{L}@]/u.test(value)) return '';
  const cc: CountryCode = isSupportedCountry(region as CountryCode, metadata) ? (region as CountryCode) : 'DE';
  try {
    const n = parsePhoneNumberFromString(value, cc, metadata);
    if (n?.number) return n.number;
  } catch {
    // not parseable: compare the digits
  }
  return (value.trim().startsWith('+') ? '+' : '') + digits;
}
