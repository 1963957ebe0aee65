/**
 * Masked renderings of vault values for listings and logs: enough for an operator to tell
 * entries apart and recognise the one asked about, not enough to read the value off a screen
 * share or a terminal scrollback.
 *
 *   PERSON  "Anna Demir"              → "A*** D****"        (initial of each part, length kept)
 *   EMAIL   "anna.demir@beispiel.de"  → "a***@b***.de"      (fixed-length stars, TLD kept)
 *   PHONE   "+49 171 2345678"         → "+49 *** ****678"   (country code and last 3 digits)
 *   IBAN    "DE44 5001 0517 …"        → "DE44 **** **** …"  (country and check digits only)
 */
import type { EntityType } from '../types.js';

function maskWord(w: string): string {
  const chars = Array.from(w);
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(chars.length - 1);
}

export function maskPerson(value: string): string {
  // Keep separators (space, hyphen, comma, apostrophe, dot) so the shape stays recognisable.
  return value.replace(/[^\s\-,.'’]+/gu, maskWord);
}

export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskPerson(value);
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  const tld = labels.length > 1 ? labels.pop()! : '';
  const first = (s: string) => (Array.from(s)[0] ?? '') + '***';
  return `${first(local)}@${labels.map(first).join('.')}${tld ? `.${tld}` : ''}`;
}

export function maskPhone(value: string): string {
  const total = (value.match(/\d/g) ?? []).length;
  const keepTail = total > 6 ? 3 : 0;
  // A leading "+CC" (or "00CC") stays: the country is not what identifies a person.
  const cc = /^\s*(\+|00)(\d{1,3})(?=\D)/.exec(value);
  const head = cc ? cc[0].length : 0;
  let seen = (cc?.[2]?.length ?? 0) + (cc?.[1] === '00' ? 2 : 0);
  let out = value.slice(0, head);
  for (const ch of value.slice(head)) {
    if (/\d/.test(ch)) {
      seen++;
      out += seen > total - keepTail ? ch : '*';
    } else out += ch;
  }
  return out;
}

export function maskIban(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  const rest = compact.slice(4).replace(/./g, '*');
  const groups = rest.match(/.{1,4}/g) ?? [];
  return [compact.slice(0, 4), ...groups].join(' ');
}

export function maskValue(type: EntityType, value: string): string {
  switch (type) {
    case 'PERSON':
      return maskPerson(value);
    case 'EMAIL':
      return maskEmail(value);
    case 'PHONE':
      return maskPhone(value);
    case 'IBAN':
      return maskIban(value);
    default:
      return '*'.repeat(Math.min(Array.from(value).length, 8));
  }
}
