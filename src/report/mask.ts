import type { EntityType } from '../types.js';

/**
 * Masked forms of detected values, for reports that must not repeat what they found. A mask
 * keeps just enough to let a person recognise the finding in the file (first letters, the
 * last three digits of a phone number, an IBAN's country and check digits) and hides the rest.
 * Stars are not proportional to the hidden length where that would tell more than needed
 * (names, e-mail parts): "M*** D***" for "Maximilian Demir" as for "Mia Do".
 */
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
  }
}

const STARS = '***';

/** First letter of every word, the rest of each word as "***"; punctuation and spaces stay. */
export function maskPerson(value: string): string {
  // A word is a run of letters (and combining marks, apostrophes inside names: O'Brien → O***).
  return value.replace(/[\p{L}\p{M}][\p{L}\p{M}'’]*/gu, (w) => {
    const first = String.fromCodePoint(w.codePointAt(0)!);
    return w.length > first.length ? first + STARS : first;
  });
}

/** a***@b***.de: first character of the local part and of each domain label but the last. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskOpaque(value);
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  const tld = labels.length > 1 ? labels.pop()! : '';
  const head = (s: string) => (s ? String.fromCodePoint(s.codePointAt(0)!) + STARS : STARS);
  return `${head(local)}@${labels.map(head).join('.')}${tld ? `.${tld}` : ''}`;
}

/**
 * +49 *** ****678: every digit but the last three becomes "*", the layout stays; a leading
 * international prefix ("+49", "0049") stays readable when a separator follows it.
 */
export function maskPhone(value: string): string {
  const prefix = /^(?:\+|00)\d{1,3}(?=[\s.\/()-])/.exec(value)?.[0] ?? (value.startsWith('+') ? '+' : '');
  const rest = value.slice(prefix.length);
  const digits = rest.replace(/\D/g, '').length;
  let seen = 0;
  const keepFrom = Math.max(digits - 3, 0);
  const masked = rest.replace(/\d/g, (d) => (seen++ >= keepFrom ? d : '*'));
  return prefix + masked;
}

/** DE89 **** …: country code and check digits, every other letter or digit as "*". */
export function maskIban(value: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    out += alnum && kept++ >= 4 ? '*' : value[i];
  }
  return out;
}

function maskOpaque(value: string): string {
  return value.length <= 1 ? STARS : String.fromCodePoint(value.codePointAt(0)!) + STARS;
}
