import type { Finding } from '../types.js';
import { IBAN_BBAN_FORMATS, IBAN_LENGTHS, bbanFormatRegex } from './iban-countries.js';
import type { Detector } from './types.js';
import { isDigit } from '../util/chars.js';

const BBAN_REGEX: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(IBAN_BBAN_FORMATS).map(([cc, f]) => [cc, bbanFormatRegex(f)]),
);

/**
 * Per country, the character class of every IBAN position ('n' digit, 'a' letter, 'c' either;
 * positions 0-3 are the country code and check digits), so the text walk can stop at the first
 * character that cannot belong to that country's IBAN instead of collecting the full length.
 */
const POSITION_CLASSES: ReadonlyMap<string, string> = new Map(
  Object.entries(IBAN_BBAN_FORMATS).map(([cc, f]) => {
    let classes = 'aann';
    for (const m of f.matchAll(/(\d+)!?([nac])/g)) classes += m[2]!.repeat(Number(m[1]));
    return [cc, classes];
  }),
);

/**
 * ISO 7064 mod 97-10 over the rearranged IBAN (BBAN + country code + check digits), letters
 * expanded to 10..35. The remainder is carried digit by digit, so intermediate values stay below
 * 97 * 100 and no BigInt or chunked string arithmetic is needed.
 */
function mod97(iban: string): number {
  let r = 0;
  const n = iban.length;
  for (let k = 4; k < n + 4; k++) {
    const c = iban.charCodeAt(k < n ? k : k - n);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else r = (r * 100 + (c - 55)) % 97; // 'A' (65) -> 10
  }
  return r;
}

const CCC_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];

/** Spanish CCC control digit over 10 digits. */
function cccDigit(s: string): number {
  let sum = 0;
  for (let k = 0; k < 10; k++) sum += (s.charCodeAt(k) - 48) * CCC_WEIGHTS[k]!;
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

/**
 * National check digits inside the BBAN, for the countries where python-stdnum (our reference
 * corpus) rejects an otherwise mod-97-valid IBAN. Both are mandatory in their banking systems, so
 * a real account never fails them.
 */
function nationalCheck(cc: string, bban: string): boolean {
  if (cc === 'ES') {
    // bank(4) branch(4) control(2) account(10)
    return (
      cccDigit('00' + bban.slice(0, 8)) === bban.charCodeAt(8) - 48 &&
      cccDigit(bban.slice(10, 20)) === bban.charCodeAt(9) - 48
    );
  }
  if (cc === 'BE') {
    // 10 digits, then their remainder mod 97 (0 written as 97)
    const rem = Number(bban.slice(0, 10)) % 97 || 97;
    return rem === Number(bban.slice(10, 12));
  }
  return true;
}

/** Validates a compact, upper-case IBAN candidate: registry length and format, mod 97, national checks. */
function validCompact(s: string): boolean {
  const cc = s.slice(0, 2);
  const len = IBAN_LENGTHS[cc];
  if (len === undefined || s.length !== len) return false;
  const c2 = s.charCodeAt(2);
  const c3 = s.charCodeAt(3);
  if (c2 < 48 || c2 > 57 || c3 < 48 || c3 > 57) return false;
  const bban = s.slice(4);
  if (!BBAN_REGEX.get(cc)!.test(bban)) return false;
  if (mod97(s) !== 1) return false;
  return nationalCheck(cc, bban);
}

/**
 * True when `s` is a valid IBAN: a registry country with the right length and BBAN format, correct
 * mod-97 check digits and (ES, BE) national check digits. Spaces, dashes and dots between the
 * characters are ignored, as is letter case.
 */
export function isValidIban(s: string): boolean {
  const compact = s.replace(/[\s.\-\u2011]/g, '').toUpperCase();
  return validCompact(compact);
}

const SPACE = 32;
const DASH = 45;
const DOT = 46;

/** Single separators allowed between IBAN characters: spaces (incl. no-break/thin), dash, dot. */
function isSep(c: number): boolean {
  return c === SPACE || c === DASH || c === DOT || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2011;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || isAsciiLetter(c);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** Whether the character at `i` continues a word (so an IBAN cannot start or end next to it). */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c) || c === 95;
  return WORD_CHAR.test(text[i]!);
}

/**
 * Finds IBANs written compact, in groups of four, or with irregular single spaces, dashes or dots
 * between characters (as bank statements and the stdnum corpus spell them), in any letter case.
 *
 * Candidates are found by a scan for runs of two or more digits (cheap: prose has few digits); only
 * where two letters of a registry country precede them does the walk begin. The walk takes exactly
 * the country's registry length, so a following word or number group is never swallowed
 * ("DE89370400440532013000 2 days" yields the 22 characters), and a candidate whose last
 * character runs on into more letters or digits is rejected rather than cut.
 */
function detectIbans(text: string): Finding[] {
  const out: Finding[] = [];
  // Whole digit runs of two or more: check digits are always the start of one, and taking the
  // run at once skips its inner positions. Found as /[0-9]{2,}/g would match them, with test()
  // and the run read on by hand: exec() allocated a match for each of a text's many numbers (and
  // a loop over every character is slower than the expression's scan).
  const n = text.length;
  const re = /[0-9]{2}/g;
  while (re.test(text)) {
    const i = re.lastIndex - 2;
    let runEnd = re.lastIndex;
    while (runEnd < n && isDigit(text.charCodeAt(runEnd))) runEnd++;
    re.lastIndex = runEnd;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    let cc = i - 2;
    if (isSep(prev) && prev !== DASH && prev !== DOT) cc = i - 3; // "ME 25 5403 …"
    if (cc < 0) continue;
    const end = matchIbanAt(text, cc);
    if (end < 0) continue;
    out.push({ type: 'IBAN', start: cc, end, score: 1, detector: 'iban' });
    re.lastIndex = end;
  }
  return out;
}

/**
 * If a valid IBAN starts at `cc` (its country code; a word boundary before it), returns its end
 * offset, else -1. The country code may be followed by one space before the check digits.
 */
export function matchIbanAt(text: string, cc: number): number {
  if (cc < 0 || cc + 4 > text.length) return -1;
  const a = text.charCodeAt(cc);
  const b = text.charCodeAt(cc + 1);
  if (!isAsciiLetter(a) || !isAsciiLetter(b) || isWordAt(text, cc - 1)) return -1;
  const country = String.fromCharCode(a & ~32, b & ~32);
  const classes = POSITION_CLASSES.get(country);
  if (classes === undefined) return -1;
  const len = classes.length;
  let p = cc + 2;
  const sep = text.charCodeAt(p);
  if (isSep(sep) && sep !== DASH && sep !== DOT) p++;
  // Walk: collect exactly `len - 2` alphanumerics from the check digits on, allowing one
  // separator between any two of them, each of the class its position requires.
  let compact = country;
  let n = 2;
  while (n < len) {
    const c = p < text.length ? text.charCodeAt(p) : -1;
    if (isAsciiAlnum(c)) {
      const isNum = c <= 57;
      const k = classes.charCodeAt(n); // 'a' 97, 'c' 99, 'n' 110
      if ((k === 110 && !isNum) || (k === 97 && isNum)) return -1;
      n++;
      p++;
    } else if (n > 2 && isSep(c) && isAsciiAlnum(p + 1 < text.length ? text.charCodeAt(p + 1) : -1)) {
      p++;
    } else {
      return -1;
    }
  }
  if (isWordAt(text, p)) return -1;
  // Build the compact form only for a structurally complete candidate.
  for (let q = cc + 2; q < p; q++) {
    const c = text.charCodeAt(q);
    if (isAsciiAlnum(c)) compact += String.fromCharCode(c >= 97 ? c - 32 : c);
  }
  return validCompact(compact) ? p : -1;
}

export const ibanDetector: Detector = {
  name: 'iban',
  type: 'IBAN',
  detect(text) {
    return detectIbans(text);
  },
};
