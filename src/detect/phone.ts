import {
  Metadata,
  isSupportedCountry as isSupportedCountryCore,
  parsePhoneNumberFromString as parseCore,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/core';
// 'max' metadata: its validity patterns reject far more non-numbers than 'min'. Measured on the
// dev corpus: plain findNumbers(text, 'DE') flags 2062 court-text digit runs with 'min' and 502
// with 'max'; inside this detector 'min' still adds false hits on court text, IBAN digits and
// street addresses, and its extra recall is foreign numbers that it happens to call German.
import metadata from 'libphonenumber-js/metadata.max.json';
import type { Finding } from '../types.js';
import { IBAN_LENGTHS } from './iban-countries.js';
import { matchIbanAt } from './iban.js';
import { columnContext } from './phone-columns.js';
import { Ctx, contextAfter, contextBefore } from './phone-context.js';
import type { Detector } from './types.js';
import { blanksBefore, codeAt, isDigit } from '../util/chars.js';

/** A North American number as it is written there, "(617) 555-0143": a telephone's shape, never a file's. */
const NANP_WRITTEN = /^\(\d{3}\)[ \t]?\d{3}[-.][ \t]?\d{4}$/;

/** Fewer digits than this are never a phone number on their own (postcodes, years, page numbers). */
const MIN_DIGITS = 6;
/** E.164 allows 15 digits; a little slack for national trunk prefixes and "(0)". */
const MAX_DIGITS = 17;
/** Runs longer than this (digits) are tables or identifiers, not phone numbers. */
const MAX_RUN_DIGITS = 40;
/** At most this many space-separated pieces of one run are tried separately. */
const MAX_GROUPS = 12;

const NANP_REGIONS = new Set(['US', 'CA', 'AG', 'AI', 'AS', 'BB', 'BM', 'BS', 'DM', 'DO', 'GD', 'GU', 'JM', 'KN', 'KY', 'LC', 'MP', 'MS', 'PR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI']);

/**
 * A parsed number whose answers are computed once: the same candidate is often judged again
 * (sameNumberElsewhere re-reads every international finding, a signature recurs in a thread),
 * and parse + isValid + formatNational are most of the detector's time.
 */
class Parsed {
  private valid?: boolean;
  private possible?: boolean;
  private national?: string;
  constructor(private readonly p: PhoneNumber) {}
  get nationalNumber(): string {
    return this.p.nationalNumber;
  }
  get country(): CountryCode | undefined {
    return this.p.country;
  }
  get countryCallingCode(): string {
    return this.p.countryCallingCode;
  }
  isValid(): boolean {
    return (this.valid ??= this.p.isValid());
  }
  isPossible(): boolean {
    return (this.possible ??= this.p.isPossible());
  }
  formatNational(): string {
    return (this.national ??= this.p.formatNational());
  }
  isMobile(): boolean {
    const t = this.isValid() ? this.p.getType() : undefined;
    return t === 'MOBILE' || t === 'FIXED_LINE_OR_MOBILE';
  }
}

/**
 * Parse results by region + candidate within one detect() call (cleared at its start, and when
 * full, to bound memory on huge inputs).
 */
const parsed = new Map<string, Map<string, Parsed | null>>();
const MAX_PARSED = 20_000;

function parsePhone(text: string, region: CountryCode): Parsed | undefined {
  let byText = parsed.get(region);
  if (byText === undefined) parsed.set(region, (byText = new Map()));
  let r = byText.get(text);
  if (r === undefined) {
    const p = parseCore(text, { defaultCountry: region }, metadata);
    r = p === undefined ? null : new Parsed(p);
    if (byText.size >= MAX_PARSED) byText.clear();
    byText.set(text, r);
  }
  return r ?? undefined;
}

interface TrunkInfo {
  /** The region's national (trunk) prefix, "" when it has none (NANP's optional "1" counts as none). */
  prefix: string;
  /** Whether some national format of the region omits the prefix (Chinese mobiles, AU 1800). */
  optional: boolean;
}

interface FormatLike {
  nationalPrefixFormattingRule(): unknown;
  nationalPrefixIsOptionalWhenFormattingInNationalFormat(): unknown;
}

const trunkInfos = new Map<string, TrunkInfo>();
function trunkInfo(region: CountryCode): TrunkInfo {
  let t = trunkInfos.get(region);
  if (t === undefined) {
    const md = new Metadata(metadata) as unknown as {
      selectNumberingPlan(c: string): void;
      numberingPlan: { nationalPrefix(): unknown; formats(): FormatLike[] };
    };
    md.selectNumberingPlan(region);
    const np = md.numberingPlan.nationalPrefix();
    const prefix = typeof np === 'string' && !NANP_REGIONS.has(region) ? np : '';
    let optional = true;
    try {
      optional = md.numberingPlan.formats().some((f) => {
        const rule = f.nationalPrefixFormattingRule();
        return (
          typeof rule !== 'string' ||
          !(rule.includes('$NP') || rule.includes(prefix)) ||
          f.nationalPrefixIsOptionalWhenFormattingInNationalFormat() === true
        );
      });
    } catch {
      optional = true; // metadata API changed: fall back to always asking the parser
    }
    t = { prefix, optional };
    trunkInfos.set(region, t);
  }
  return t;
}

/** Spaces allowed inside a number: space, no-break, narrow no-break, thin, figure space. */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}
/** Group marks allowed inside a number: - / . and the Unicode hyphens/dashes. */
function isMark(c: number): boolean {
  return c === 45 || c === 47 || c === 46 || (c >= 0x2010 && c <= 0x2013);
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
// Made on first use: creating a regex with \p{…} classes costs ~0.3 ms, and ASCII never needs it.
let unicodeWord: RegExp | undefined;
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isDigit(c) || isAsciiLetter(c) || c === 95;
  return (unicodeWord ??= /[\p{L}\p{M}\p{N}]/u).test(text[i]!);
}

interface Run {
  start: number;
  end: number;
  digits: number;
}

/** A CSV row's next field that is an amount of its own: ",118.00". */
const NEXT_FIELD_AMOUNT = /^,\d{1,7}\.\d{2}(?!\d)/;
/** A CSV row's next field that is a North-American number: ",917-555-0144", ",(917) 555-0144". */
const NEXT_FIELD_NUMBER = /^,\d{3}[-.]\d{3}[-.]\d{4}(?!\d)/;

/** The run without its last digit group, when a separator with a blank sets that group off; else null. */
function beforeLastGroup(text: string, run: Run): Run | null {
  let k = run.end;
  while (k > run.start && isDigit(text.charCodeAt(k - 1))) k--;
  const groupStart = k;
  let blank = false;
  while (k > run.start && !isDigit(text.charCodeAt(k - 1))) {
    if (isSpace(text.charCodeAt(k - 1))) blank = true;
    k--;
  }
  if (!blank || k <= run.start) return null;
  let digits = run.digits;
  for (let j = groupStart; j < run.end; j++) if (isDigit(text.charCodeAt(j))) digits--;
  return { start: run.start, end: k, digits };
}

/**
 * The run from its second group on, where a dash or slash between blanks, or a comma and a blank, sets that group off
 * and it starts like a number of its own ("0…", "+…", "(…"); else null.
 */
function afterGluedGroup(text: string, run: Run): Run | null {
  let k = run.start;
  while (k < run.end && isDigit(text.charCodeAt(k))) k++;
  const sep = k;
  while (k < run.end && !isDigit(text.charCodeAt(k))) k++;
  if (k >= run.end || !/^(?:[ \t]+[–—\/-][ \t]+|,[ \t]+)[+(]?$/.test(text.slice(sep, k))) return null;
  let s = k;
  const c0 = text.charCodeAt(s - 1);
  if (c0 === 43 || c0 === 40) s--;
  if (!(text.charCodeAt(k) === 48 || s < k)) return null;
  let digits = 0;
  for (let j = s; j < run.end; j++) if (isDigit(text.charCodeAt(j))) digits++;
  return { start: s, end: run.end, digits };
}

/**
 * From the digit at `i`, the maximal phone-shaped run: digit groups joined by short separators
 * (at most two spaces, one of - / . –, one bracket), e.g. "+49 (0) 151 2345", "0221 / 123 45 67",
 * "(089) 1234-5678". A leading "+", "(" or "(+" is included. Newlines end a run.
 */
function scanRun(text: string, i: number): Run {
  const n = text.length;
  let start = i;
  let depth = 0;
  if (i > 0 && text.charCodeAt(i - 1) === 43) {
    start = i - 1;
    if (start > 0 && text.charCodeAt(start - 1) === 40) {
      start--;
      depth = 1;
    }
  } else if (i > 0 && text.charCodeAt(i - 1) === 40) {
    start = i - 1;
    depth = 1;
  }
  let p = i;
  let digits = 0;
  let end = i;
  for (;;) {
    while (p < n && isDigit(text.charCodeAt(p))) {
      p++;
      digits++;
    }
    end = p;
    if (digits > MAX_RUN_DIGITS) break;
    let q = p;
    let spaces = 0;
    let marks = 0;
    let d = depth;
    let prevSpace = false;
    let ok = true;
    while (q < n && q - p < 5) {
      const c = text.charCodeAt(q);
      if (isSpace(c)) {
        if (prevSpace || ++spaces > 2) {
          ok = false;
          break;
        }
        prevSpace = true;
      } else if (isMark(c)) {
        if (++marks > 1) {
          ok = false;
          break;
        }
        prevSpace = false;
      } else if (c === 40) {
        if (d !== 0) {
          ok = false;
          break;
        }
        d = 1;
        prevSpace = false;
      } else if (c === 41) {
        if (d !== 1) {
          ok = false;
          break;
        }
        d = 0;
        prevSpace = false;
      } else break;
      q++;
    }
    if (!ok || q === p || q >= n || !isDigit(text.charCodeAt(q))) break;
    depth = d;
    p = q;
  }
  // An unclosed leading bracket is punctuation around the number: "(0171 2345678)".
  if (depth === 1 && text.charCodeAt(start) === 40) start++;
  return { start, end, digits };
}

/** A mobile money statement's words before the other party's number: "Customer Transfer to", "Funds received from". */
const MONEY_TO = /\b(?:transfer(?:red)?|payment|paid|sent|send|received|deposit|withdrawal|airtime|top-?up)[ \t]+(?:to|from|for)[ \t]+$/i;
/** A mobile operator's key for an international number written without "+": "msisdn=", '"msisdn": "'. */
const MSISDN_KEY = /msisdn["']?[ \t]*[=:][ \t]*["']?$/i;
/** A key=value key that names a phone number: "phone", "recipient_phone", "mobileNumber", "tel_nr". */
const PHONE_KEY = /(?:^|[^A-Za-z])(?:phone|telephone|tel|mobile|mobil|cell|fax|handy|telefon|msisdn|callback)(?:[_.-]?(?:no|nr|num|number|nummer))?$/i;

/** The character before a run must not glue it to a word, a decimal or an identifier. */
function startBoundaryOk(text: string, start: number): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  // An escaped line break of a calendar file's DESCRIPTION: "Bron\n01970 628 441".
  if ((c === 110 || c === 116) && text.charCodeAt(start - 2) === 92) return true;
  if (isWordAt(text, start - 1)) return false;
  if (c === 45 || c === 47 || c === 0x2013) return !isWordAt(text, start - 2); // "A-123456", "B/123456"
  // "3,1234567" is a decimal; "…,020 7946 0430,07700 900 512" a CSV row (a run starting "0" or "+"
  // after a comma and a digit group of 4 or more).
  // "…,01463 224 915,07834 552 016": after a comma, a grouped run starting "0" is no decimal's fraction either.
  if (c === 44 && isDigit(text.charCodeAt(start - 2)) && (text.charCodeAt(start) === 48 || text.charCodeAt(start) === 43)) {
    let g = start - 2;
    while (g >= 0 && isDigit(text.charCodeAt(g))) g--;
    if (start - 2 - g >= 4) return true;
    let d = start + 1;
    while (d < text.length && isDigit(text.charCodeAt(d))) d++;
    return d - start >= 3 && d - start <= 5 && (isSpace(text.charCodeAt(d)) || text.charCodeAt(d) === 45) && isDigit(text.charCodeAt(d + 1));
  }
  // "(617) 482-3390,(617) 905-2281": a bracketed area code after a comma.
  if (c === 44 && text.charCodeAt(start) === 40) return true;
  // "212-555-0107,917-555-0144": a North-American number after a comma is the next field.
  if (c === 44 && NEXT_FIELD_NUMBER.test(text.slice(start - 1, start + 15))) return true;
  if (c === 46 || c === 44) return !isDigit(text.charCodeAt(start - 2));
  // "to=+44 7700 900115" in a log line: an international number after "=" is still one; so is
  // any number after a phone key ("recipient_phone=0491 570 006", "tel=030 1234567").
  if (c === 61 && (text.charCodeAt(start) === 43 || PHONE_KEY.test(text.slice(Math.max(0, start - 24), start - 1)))) return true;
  // "#123456", "§ 123", "€123456", "x=123456", "user@0171…", "\\123"
  return !(c === 35 || c === 167 || c === 36 || c === 0x20ac || c === 163 || c === 37 || c === 38 || c === 61 || c === 64 || c === 92 || c === 42);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Letters and digits from `p` on, single separators between them allowed (at most 40). */
function alnumRunLength(text: string, p: number): number {
  let n = 0;
  while (p < text.length && n < 40) {
    const c = text.charCodeAt(p);
    if (isDigit(c) || isAsciiLetter(c)) {
      n++;
      p++;
    } else if ((isSpace(c) || isMark(c)) && n > 0 && p + 1 < text.length && (isDigit(text.charCodeAt(p + 1)) || isAsciiLetter(text.charCodeAt(p + 1)))) {
      p++;
    } else break;
  }
  return n;
}

/**
 * True when the run continues an IBAN-like string: "DE89 3704 …" (the run starts after the
 * four-character head) or "NO 05 1503 …" / "BE 099790 8568 …" (the run follows a registry country
 * code and a space). Such digits are account numbers whether or not the check digits are right,
 * never a phone number. Upper-case heads count as IBAN-like on sight; lower-case ones ("at 0494
 * …", "de 12 …" are ordinary words) only when a valid IBAN really starts there.
 */
function continuesIban(text: string, start: number): boolean {
  // Walk back over up to eight groups of upper-case letters/digits joined by single separators
  // ("MT84 MALT 0110 …"), looking for a country code + check digits head at a word boundary.
  let k = start;
  for (let groups = 0; groups < 8; groups++) {
    if (k === 0) return false;
    const sep = text.charCodeAt(k - 1);
    if (isSpace(sep) || isMark(sep)) k--;
    else if (groups > 0) return false;
    let g = k;
    while (g > 0 && g > k - 12) {
      const c = text.charCodeAt(g - 1);
      if (isDigit(c) || isAsciiLetter(c)) g--;
      else break;
    }
    if (g === k) return false;
    // Country code and check digits, optionally "CC dd" with one space.
    if (k - g >= 4 && isAsciiLetter(text.charCodeAt(g)) && isAsciiLetter(text.charCodeAt(g + 1)) && isDigit(text.charCodeAt(g + 2)) && isDigit(text.charCodeAt(g + 3))) {
      if (!isWordAt(text, g - 1) && IBAN_LENGTHS[text.slice(g, g + 2).toUpperCase()] !== undefined) {
        if (isUpper(text.charCodeAt(g)) && isUpper(text.charCodeAt(g + 1))) return true;
        return matchIbanAt(text, g) >= 0;
      }
    }
    if (k - g === 2 && groups === 0 && isAsciiLetter(text.charCodeAt(g)) && isAsciiLetter(text.charCodeAt(g + 1)) && isSpace(sep)) {
      // "NO 05 1503 …", "BE 099790 8568 …": the run follows a bare country code and is as long
      // as that country's IBAN ("Tel DE 0171 2345678" is not).
      const len = IBAN_LENGTHS[text.slice(g, g + 2).toUpperCase()];
      if (len !== undefined && !isWordAt(text, g - 1)) {
        if (isUpper(text.charCodeAt(g)) && isUpper(text.charCodeAt(g + 1))) return alnumRunLength(text, start) >= len - 2;
        return matchIbanAt(text, g) >= 0;
      }
    }
    // Only all-caps/digit groups can be inside an IBAN.
    for (let q = g; q < k; q++) if (!isDigit(text.charCodeAt(q)) && !isUpper(text.charCodeAt(q))) return false;
    k = g;
  }
  return false;
}

// Dates, times, IP addresses, social security numbers, year ranges: shapes no phone number takes.
const NOT_PHONE_SHAPES = [
  /^\d{3}-\d{2}-\d{4}$/, // US social security number 078-05-1120
  /^\d{1,2}\. ?\d{1,2}\. ?(?:\d{2}|\d{4})$/, // 12.03.2024, 1. 3. 24
  /^\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})$/, // 03/12/2024
  /^\d{1,2}-\d{1,2}-(?:\d{2}|\d{4})$/, // 12-03-2024
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/, // 2024-03-12
  /^\d{1,3}(?:\.\d{1,3}){3}$/, // 192.168.100.200
  /^(?:19|20)\d\d ?[-–/] ?(?:19|20)\d\d$/, // 2019-2024
  /^\d{2}-\d{4}-\d{7}-\d{2,3}$/, // New Zealand bank account 06-0801-0456789-00
  /^0[.,]\d/, // a fraction and what follows it: "ABPI 0.92 (29/04)" (no trunk "0" stands alone)
];
/** A shift in a rota, "0600-1430": two times of day, unless a phone word names it one. */
const SHIFT = /^(?:[01]\d|2[0-3])[0-5]\d ?[-–] ?(?:[01]\d|2[0-3])[0-5]\d$/;
/** With the next list item's number run on: "047 2188415501 2. CULLINANE". */
const TICKET = /^\d{3}[ -]?\d{10}(?: \d{1,2})?$/;
/** "0441–0443", "sheets 112–118": a range of numbers of one length, with a dash (not a hyphen). */
function isRange(raw: string): boolean {
  const m = /^(\d{3,5}) ?[–—] ?(\d{3,5})$/.exec(raw);
  return m !== null && m[1]!.length === m[2]!.length && Number(m[2]) > Number(m[1]);
}
// Thousands-grouped quantities "1.234.567", "12 345 678": rejected unless a phone word is near.
// Space-grouped with a three-digit lead ("512 345 678") is how Poland, Portugal, Spain or the
// Czech Republic write phone numbers, so only a one- or two-digit lead counts as a quantity.
const AMOUNT_SHAPE = /^[1-9]\d{0,2}(?:\.\d{3})+$|^[1-9]\d?(?:[ \u00a0\u202f]\d{3})+$/;

// A date or time *inside* a candidate: "05/2023 - 05/2019", "06-07.11.2024", "07/63-12/63",
// "3.30 - 5.30". Month/year needs a 1-2 digit month before the slash, so "0171/2345678" and
// "08991/23354" are not affected; a dotted date must not continue with another dotted pair
// (French "02.12.34.56.78" is a phone number).
const DATE_INSIDE = [
  /(?:^|[^\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})(?![\d]|\.\d)/,
  /(?:^|\D)(?:0?[1-9]|1[0-2])\/(?:(?:19|20)\d\d|\d\d)(?![\d/])/,
  /(?:^|\D)(?:[01]?\d|2[0-3])[.:][0-5]\d ?[-–] ?(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)/,
];

/** An Indian mobile as India writes it, without the trunk "0", five and five: "98500 55127". */
const IN_MOBILE = /^[6-9]\d{4}[ -]\d{5}$/;

/** A shape the region writes without the trunk prefix its national format otherwise has. */
function trunkless(region: CountryCode, raw: string): boolean {
  return region === 'IN' && IN_MOBILE.test(raw);
}

// North-American shape, used when the text's region is elsewhere: (415) 555-2671, 415-555-2671.
const NANP_SHAPE = /^(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;

// An extension written after the number: "x4587", "ext. 12", ", Durchwahl -12", " App. 345".
const EXTENSION =
  /^(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6}|,?[ ]?(?:durchwahl|durchw\.|dw\.?|app\.?|apparat|nebenstelle|nst\.?)[ ]?[:.]?[ ]?[-–]?[ ]?\d{1,6})(?![\d\p{L}])/iu;

/**
 * Whether EXTENSION can match at a character: it starts with a space, a comma or one of
 * x e d a n (any case; under /iu no other character folds to these).
 */
function mayStartExtension(c: number): boolean {
  const l = c | 0x20; // ASCII lower case
  return c === 32 || c === 44 || l === 120 || l === 101 || l === 100 || l === 97 || l === 110;
}

function digitsOf(s: string): string {
  let d = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) d += s[k];
  }
  return d;
}

const NON_ASCII = /[^\x00-\x7f]/;
function normalize(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw;
  return raw.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ').replace(/[\u2010-\u2013]/g, '-');
}

/**
 * Digit groups of length one, not counting a bracketed trunk "(0)" or the group right after "+"
 * ("+1 415 …"). Phone numbers have at most one ("0900 1 234567"); "0 1 2 3 4 5" is a list.
 */
function singleDigitGroups(raw: string): number {
  let n = 0;
  let k = 0;
  while (k < raw.length) {
    if (!isDigit(raw.charCodeAt(k))) {
      k++;
      continue;
    }
    const s = k;
    while (k < raw.length && isDigit(raw.charCodeAt(k))) k++;
    // Not counted either: a one-digit extension at the end ("0211 9 38 47-0", "0431 / 5 30 28 - 0", a switchboard).
    const extension = k === raw.length && (codeAt(raw, s - 1) === 45 || (codeAt(raw, s - 1) === 32 && codeAt(raw, s - 2) === 45));
    if (k - s === 1 && !(codeAt(raw, s - 1) === 40 && codeAt(raw, k) === 41) && codeAt(raw, s - 1) !== 43 && !extension) n++;
  }
  return n;
}

/** The old DIN 5008 grouping: trunk "0" alone, then pairs, a slash, the subscriber in pairs from the right. */
const DIN_PAIRS = /^0 \d{2}(?: \d{2})+ ?\/ ?\d{1,2}(?: \d{2})+$/;

interface Verdict {
  score: number;
  /** End of the span, including a written extension. */
  end: number;
}

const NO: Verdict = { score: 0, end: 0 };

/**
 * Decides one candidate span and returns its score (0 = not a phone number) and end.
 *
 * Evidence, strongest first: an international prefix (+, 00) and a number libphonenumber ('max'
 * metadata) calls valid; a phone context word (Tel, Fax, Mobil, ☎ …) before or after; a valid
 * national number written with its trunk prefix ("030 …", not "30 …") and phone-like grouping.
 * A bare digit run with none of these needs validity *and* the trunk prefix, and scores low.
 */
function judge(text: string, start: number, end: number, region: CountryCode): Verdict {
  // Count first, copy later: most pieces of long digit rows have too many digits.
  let digitCount = 0;
  let marks = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) digitCount++;
    else if (isMark(c)) marks = true;
  }
  if (digitCount < MIN_DIGITS || digitCount > MAX_DIGITS) return NO;
  // A conference PIN that a dial string ends with "#": "+44 20 3855 4108,,519 442 087#".
  if (text.charCodeAt(end) === 35) return NO;
  const raw = normalize(text.slice(start, end));
  const digits = digitCount === raw.length ? raw : digitsOf(raw);
  const plus = raw.charCodeAt(0) === 43 || raw.startsWith('(+');
  // A mobile operator's MSISDN: the international number without its "+" ("msisdn=254711555208").
  if (!plus && raw === digits && MSISDN_KEY.test(text.slice(Math.max(0, start - 12), start))) {
    const p = parsePhone('+' + digits, region);
    return p !== undefined && p.isValid() ? { score: 0.95, end } : NO;
  }
  // A mobile money statement's counterparty, the same without "+": "Customer Transfer to
  // 254712884208 - JOHN OTIENO", "Funds received from 2547…" (M-Pesa). Only a valid mobile.
  if (!plus && raw === digits && digits.length >= 11 && digits.length <= 13 && MONEY_TO.test(text.slice(Math.max(0, start - 40), start))) {
    const p = parsePhone('+' + digits, region);
    if (p !== undefined && p.isValid() && p.isMobile()) return { score: 0.9, end };
  }
  // Two one-digit groups: a list ("0 1 2 3 4 5"), unless written in the old DIN pairs ("0 23 27 / 8 45 12")
  // or labelled a phone number and starting with its trunk or "+" ("Tel. 0671 8 96 54 3"; decided below,
  // once the context is read).
  const singles = singleDigitGroups(raw) > 1 && !DIN_PAIRS.test(raw);
  // An airline ticket's number: the carrier's three digits, then ten ("047 2188415501").
  if (!plus && digitCount >= 13 && digitCount <= 15 && TICKET.test(raw)) return NO;
  // Every date, time, IP or range shape has a - / . (or –) in it; bare and space-grouped runs skip them.
  if (!plus && marks) {
    // Dates never start with "+": "+687 20.12.34" is a New Caledonian number.
    for (const re of NOT_PHONE_SHAPES) if (re.test(raw)) return NO;
    if (isRange(text.slice(start, end))) return NO;
    for (const re of DATE_INSIDE) if (re.test(raw)) return NO;
  }

  // Amount or decimal continuing: "1.234.567,89", "12 345,00"; a time: "04.03 12:31". A comma or
  // dot before a longer digit group is a field separator instead ("…,020 7946 0430,07700 900 512").
  const next = text.charCodeAt(end);
  // (Not before an amount with its own decimal point: ",118.00" is the next field of a CSV row.)
  // (Nor before a number in its own right: ",917-555-0144" is the next field.)
  if (
    (next === 44 || next === 46 || next === 58) &&
    isDigit(text.charCodeAt(end + 1)) &&
    (next === 58 || !isDigit(text.charCodeAt(end + 4))) &&
    !(next === 44 && (NEXT_FIELD_AMOUNT.test(text.slice(end, end + 12)) || NEXT_FIELD_NUMBER.test(text.slice(end, end + 16)))) &&
    // (Nor after a grouped run with a trunk "0", a "+" or a bracket, which no amount has: the next
    // field of a CSV row, "0491 570 156,12 George Street".)
    !(next === 44 && raw !== digits && (plus || raw.charCodeAt(0) === 40 || (raw.charCodeAt(0) === 48 && isDigit(raw.charCodeAt(1)))))
  )
    return NO;

  const ext = mayStartExtension(next) ? EXTENSION.exec(text.slice(end, end + 24)) : null;
  const fullEnd = ext === null ? end : end + ext[0].length;

  let before = contextBefore(text, Math.max(0, start - 40), start);
  const after = contextAfter(text.slice(fullEnd, fullEnd + 24));
  if (after === Ctx.Negative) return NO;
  // In a table, the column's header speaks for the number: "Reg.-Nr. Imkerei" vs "Telefon".
  if (before !== Ctx.Strong && after !== Ctx.Strong) {
    const column = columnContext(text, start, end);
    if (column === Ctx.Negative && !plus) return NO;
    if (column === Ctx.Strong) before = Ctx.Strong;
  }
  // "Nummer 0176 23 09 71 48": after a bare "number" a file's number, unless it is written as a
  // German mobile's (trunk, mobile prefix, grouped); then someone's.
  // (Another region's mobile too, by its metadata: "Supplier is Hassan Abdi, number 0733 204 871" in a Kenyan chat.)
  const mobileAfterDesignator =
    before === Ctx.Designator &&
    (plus || NANP_WRITTEN.test(raw) || (raw.length > digits.length && (MOBILE_PREFIX.test(digits) || AT_CH_MOBILE.test(raw) || (region !== 'DE' && parsePhone(raw, region)?.isMobile() === true) || GB_DRAMA_MOBILE.test(digits))));
  // "(landline on account) / 07831 649 205 (mobile, preferred)": the label after names this number.
  if ((before === Ctx.Negative || (before === Ctx.Designator && !mobileAfterDesignator)) && !plus && after !== Ctx.Strong) return NO;
  const strong = before === Ctx.Strong || after === Ctx.Strong;
  if (singles && !(strong && (raw.charCodeAt(0) === 48 || plus))) return NO;
  const weak = before === Ctx.Weak || mobileAfterDesignator;
  if (!strong && (AMOUNT_SHAPE.test(raw) || (!plus && SHIFT.test(raw)))) return NO;
  // Cheap verdicts that spare the parser (the expensive part) on tables and identifiers:
  if (!plus && !strong) {
    const idd = /^\(?00[1-9]/.test(raw) || (NANP_REGIONS.has(region) && digits.startsWith('011'));
    if (!idd) {
      // a bare run needs full length (see scoreNumber)
      if (raw.length === digits.length && digits.length < (weak ? 8 : 10)) return NO;
      // no trunk prefix where every national format of the region writes one ("30 1234567")
      const t = trunkInfo(region);
      if (t.prefix !== '' && !t.optional && !digits.startsWith(t.prefix) && !NANP_SHAPE.test(raw) && !trunkless(region, raw)) return NO;
    }
  }
  // After a separator of a contact line ("Mrs Khoza – 072 918 6602", "Bosveld Brokers, 012 991 0442").
  const listed = /[,;:–—-][ \t]*$/.test(text.slice(Math.max(0, start - 3), start));
  const score = scoreNumber(raw, digits, region, plus, strong, weak, listed);
  return score > 0 ? { score, end: fullEnd } : NO;
}

function scoreNumber(raw: string, digits: string, region: CountryCode, plus: boolean, strong: boolean, weak: boolean, listed = false): number {
  const idd = !plus && (NANP_REGIONS.has(region) ? digits.startsWith('011') : /^\(?00[1-9]/.test(raw));
  const intl = plus || idd;
  const p = parsePhone(raw, region);
  if (p !== undefined && p.isValid()) {
    if (intl) return strong ? 0.99 : 0.95;
    // National: the trunk prefix must be written where the region uses one ("030 …" in DE;
    // "30 1234567", "2024000123" or "3875/12" is an identifier, not a German number), and the
    // written digits must be exactly trunk + national number (libphonenumber also strips a
    // leading country code, which turns card numbers starting "49…" into German numbers).
    // Some number types are written without the trunk prefix in the region's own national format
    // (Australian 1800 numbers, Chinese mobiles): accepted when libphonenumber's national format,
    // with its grouping applied, has exactly the written digits.
    const trunk = trunkInfo(region).prefix;
    const nn = p.nationalNumber;
    let ok = digits === trunk + nn || (NANP_REGIONS.has(region) && digits === '1' + nn) || (digits === nn && trunkless(region, raw));
    if (!ok && trunk !== '') {
      const fmt = p.formatNational();
      ok = fmt.length > digits.length && digitsOf(fmt) === digits;
    }
    if (ok) {
      if (strong) return 0.97;
      const grouped = raw.length !== digits.length;
      if (grouped) return weak ? 0.9 : 0.85;
      // A bare digit run with no phone word: zero-padded IDs ("04012345") are often valid
      // numbers too, so only full-length numbers (area code + subscriber, >= 10 digits) count.
      if (digits.length >= 10) return weak ? 0.75 : 0.65;
      return weak && digits.length >= 8 ? 0.6 : 0;
    }
  }
  // North-American numbers in English text, outside NANP regions: only in their distinctive shape.
  if (!NANP_REGIONS.has(region) && !idd && NANP_SHAPE.test(raw)) {
    const us = parsePhone(raw, 'US');
    if (us !== undefined && us.isValid()) return strong ? 0.95 : weak ? 0.8 : 0.75;
  }
  // British national numbers, grouped, where the region is elsewhere: "0161 496 0752",
  // "01327 496022" in an English letter or signature. Only what is valid in the UK as written.
  if (region !== 'GB' && !intl && raw.length > digits.length && (digits.length === 10 || digits.length === 11) && digits.charCodeAt(0) === 48 && digits.charCodeAt(1) !== 48) {
    const gb = parsePhone(raw, 'GB');
    if (gb !== undefined && (gb.isValid() || GB_DRAMA.test(gb.nationalNumber)) && digits === '0' + gb.nationalNumber) return strong ? 0.95 : weak ? 0.8 : 0.7;
  }
  // Ofcom's "496 0xxx" drama numbers carried over to a five-digit area code, as made-up documents
  // write them ("01482 496 0630"): one digit too long for the UK, and a phone number to every reader.
  if (!intl && MADE_UP_GB.test(raw)) return strong ? 0.9 : weak ? 0.75 : 0.7;
  // Other English-speaking countries' national numbers, grouped as written there, with their trunk
  // "0": Ireland "01 666 5600", South Africa "072 918 6602", Nigeria "0818 300 4471", India "020
  // 2612 4408", the Philippines "0917 622 4815", the Emirates "04 338 2294", Australia, New
  // Zealand, Kenya. Only what is valid there exactly as written, grouped with blanks, and with a
  // phone word or after a contact line's separator: "Code 0999 496 0752" and "Lieferschein
  // 012/345-6789" are valid in the Philippines and South Africa too.
  const spaced = /^\(?0\d+\)?(?:[ \u00a0]\d+)+$/.test(raw);
  if (!intl && (strong || weak || (listed && spaced)) && raw.length > digits.length && digits.length >= 9 && digits.length <= 11 && digits.charCodeAt(0) === 48 && digits.charCodeAt(1) !== 48) {
    for (const other of TRUNK_ZERO_REGIONS) {
      if (other === region) continue;
      const q = parsePhone(raw, other);
      if (q !== undefined && q.isValid() && digits === '0' + q.nationalNumber) return strong ? 0.9 : weak ? 0.75 : 0.65;
    }
  }
  // Ofcom's drama ranges with "+44" ("+44 7700 900115"): see GB_DRAMA.
  if (intl && p !== undefined && p.countryCallingCode === '44' && GB_DRAMA.test(p.nationalNumber)) return strong ? 0.95 : 0.8;
  // Written internationally with "+" and of a possible length for the country, but not valid by
  // the current metadata (renumbered countries such as Benin, reserved ranges): still a phone.
  if (plus && p !== undefined && p.isPossible()) return strong ? 0.9 : 0.75;
  // "+", a country's calling code and digits grouped like a phone number, of a length the metadata
  // does not allow there ("+234 1 270 4418": documents copy numbers loosely, plans change): a
  // phone to any reader, context or not. Not a figure with blanks for thousands ("+12 345 678").
  if (plus && !strong && p !== undefined && digits.length >= 9 && digits.length <= 15 && PLUS_GROUPED.test(raw) && !THOUSANDS.test(raw)) return 0.7;
  // A phone context word carries numbers libphonenumber cannot place (foreign national formats,
  // fictitious numbers): accept phone-sized runs.
  if (strong && digits.length >= 7 && digits.length <= 15) return intl ? 0.85 : 0.8;
  // A weaker hint ("unter der Nummer", "erreichbar unter") with a grouped number that starts with
  // the trunk prefix and has a possible length: numbers from unassigned ranges, as in letters
  // with made-up numbers. Register numbers ("unter der Nummer 30 2014 034 614.1") lack the "0".
  if (weak && !intl && p !== undefined && p.isPossible() && raw.length > digits.length && digits.length >= 7) {
    const trunk = trunkInfo(region).prefix;
    if (trunk !== '' && digits.startsWith(trunk)) return 0.7;
  }
  return 0;
}

/**
 * Ofcom's ranges reserved for drama and examples (national numbers): "07700 900123", "020 7946
 * 0123", "0161 496 0123". libphonenumber calls the mobile ones invalid, but they are how British
 * documents, fixtures and sample data write phone numbers, and they look like a real one to
 * every reader: found like one.
 */
const TRUNK_ZERO_REGIONS: readonly CountryCode[] = ['IE', 'AU', 'NZ', 'ZA', 'NG', 'IN', 'PH', 'AE', 'KE'];

const MADE_UP_GB = /^01\d{3} 496 0\d{3}$/;
/** Ofcom's drama mobiles with their trunk "0": "07700 900456" (libphonenumber calls them invalid). */
const GB_DRAMA_MOBILE = /^07700900\d{3}$/;
const GB_DRAMA = /^(?:7700900|1632960|2079460|11[3-8]4960|1[2-6]14960|1914980|2896496|2920180|8081570|9098790|3069990)\d{3}$/;
/** A German mobile's digits: trunk "0", 015x/016x/017x, then 8 or 9 more (not 07…: Stuttgart is 0711). */
const MOBILE_PREFIX = /^01[5-7]\d{8,9}$/;
/** Austrian (0650–0699) and Swiss (075–079) mobiles as German-speaking texts write them: "0699 1024 7783", "078 661 03 27". */
const AT_CH_MOBILE = /^(?:06[5-9]\d[ /-]?\d{3,4}[ /-]?\d{3,5}|07[5-9] \d{3} \d{2} \d{2})$/;
/** "+234 1 270 4418": a calling code and at least two groups of digits, blanks between. */
const PLUS_GROUPED = /^\+\d{1,3}(?:[ \u00a0]\d+){2,}$/;
/** "+12 345 678": thousands, not a phone number. */
const THOUSANDS = /^\+\d{1,3}(?:[ \u00a0]\d{3})+$/;

// A group that is a date or time on its own: "12.03.2024", "2024-03-12", "03/2024", "14.30".
// Also "24/7" before a hotline's number ("Notdienst 24/7 0800 …").
const DATE_GROUP = /^(?:\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})|\d{1,2}\/(?:\d{1,2}|\d{4})|\d{1,2}[.:]\d{2})$/;

function startsNewPiece(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  const b = text.charCodeAt(s - 1);
  return c === 48 || b === 43 || b === 40 || DATE_GROUP.test(text.slice(s, e));
}

/**
 * Assesses a run; when the whole run is not a phone number, tries its pieces split at spaces,
 * longest accepted piece first. A piece may only start at the run's start, right after an
 * accepted piece, or after a date/time group ("12.03.2024 030 123456", "0221 123456 0221
 * 654321"): a phone number is not pulled out of the middle of a register or file number
 * ("30 2014 034 614.1", "EU / 1 / 07 / 436 / 005").
 */
function assessRun(text: string, run: Run, region: CountryCode, out: Finding[]): void {
  const whole = judge(text, run.start, run.end, region);
  if (whole.score > 0) {
    push(run.start, whole, out);
    return;
  }
  // Piece boundaries: separators containing a space between digit groups.
  const cuts: [number, number][] = []; // [end of left group, start of right group]
  let k = run.start;
  while (k < run.end && cuts.length < MAX_GROUPS) {
    if (isDigit(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const sepStart = k;
    let hasSpace = false;
    while (k < run.end && !isDigit(text.charCodeAt(k))) {
      if (isSpace(text.charCodeAt(k))) hasSpace = true;
      k++;
    }
    if (hasSpace && sepStart > run.start) cuts.push([sepStart, k]);
  }
  if (cuts.length === 0) return;
  const starts = [run.start, ...cuts.map((c) => c[1])];
  const ends = [...cuts.map((c) => c[0]), run.end];
  let si = 0;
  while (si < starts.length) {
    let accepted = -1;
    let s = starts[si]!;
    // A piece may start with "(" or "+" that the separator scan put before it.
    if (si > 0) {
      const c0 = text.charCodeAt(s - 1);
      if (c0 === 43 || c0 === 40) s--;
    }
    for (let ei = ends.length - 1; ei >= si; ei--) {
      if (si === 0 && ei === ends.length - 1) continue; // the whole run, already judged
      // A piece must not cut a number short: it ends at the run's end or before a group that
      // starts a new number ("0…", "+…", "(…") or a date/time.
      if (ei < ends.length - 1 && !startsNewPiece(text, starts[ei + 1]!, ends[ei + 1]!)) continue;
      // An unclosed "(" is punctuation here too: "till 3 (905-555-0148 ext. 22)".
      const ps = text.charCodeAt(s) === 40 && text.lastIndexOf(')', ends[ei]! - 1) < s ? s + 1 : s;
      const v = judge(text, ps, ends[ei]!, region);
      if (v.score > 0) {
        push(ps, v, out);
        accepted = ei;
        break;
      }
    }
    if (accepted >= 0) si = accepted + 1;
    // Past a date or time, or to a group that opens a bracket: "till 3 (905-555-0148)".
    else if (DATE_GROUP.test(text.slice(starts[si]!, ends[si]!)) || (si + 1 < starts.length && text.charCodeAt(starts[si + 1]! - 1) === 40)) si++;
    else break;
  }
}

function push(start: number, v: Verdict, out: Finding[]): void {
  out.push({ type: 'PHONE', start, end: v.end, score: v.score, detector: 'phone' });
}

const EXTENSION_BEFORE = /(?:^|[^A-Za-z])(?:ext|extension)\.?:?[ \t]*$/i;
/** EXTENSION_BEFORE at `at`, read only where its last character can stand (every digit run asks). */
function extensionBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(blanksBefore(text, at) - 1) | 0x20;
  return (c === 0x2e || c === 0x3a || c === 0x74 || c === 0x6e) && EXTENSION_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

function detectPhones(text: string, region: CountryCode): Finding[] {
  parsed.clear();
  const out: Finding[] = [];
  const rejected: Run[] = [];
  // From digit to digit with test(): exec() allocated a match for each run (and a loop over every
  // character is slower than the expression's scan).
  const re = /[0-9]/g;
  while (re.test(text)) {
    let run = scanRun(text, re.lastIndex - 1);
    re.lastIndex = run.end;
    if (run.digits < MIN_SAME_DIGITS) continue;
    // An extension before the main number ("Service Desk – ext. 2200 / 01632 960 220") is no part
    // of it. (A whole number after its label stays whole: "Durchwahl 0711 25 39 88-214".)
    if (run.start >= 4 && extensionBefore(text, run.start)) run = afterGluedGroup(text, run) ?? run;
    if (!startBoundaryOk(text, run.start)) {
      // A code glued to the run's first group ("Glasgow G4 – 0141 496 0512", "BT8, 028 9049
      // 6012"): the number after the field separator is judged on its own.
      const rest = afterGluedGroup(text, run);
      if (rest === null) continue;
      run = rest;
    }
    if (continuesIban(text, run.start)) continue;
    // The run must not end glued to a word ("12345678kg", "0301234567abc"); "x123" is an extension.
    // A last group set off by a blank is a time or a unit of its own ("+353 1 555 0390 (9am–5pm)"):
    // the number before it is judged without it.
    if (isWordAt(text, run.end) && !/^x\d/i.test(text.slice(run.end, run.end + 2))) {
      const cut = beforeLastGroup(text, run);
      if (cut === null) continue;
      run = cut;
    }
    // A range of days after the number: "07700 900 550 12–13 Mar" (a rota's next column). Read
    // only where a dash stands near the run's end (the regex on every run cost a slice each).
    const tail = Math.max(run.start, run.end - 7);
    const range = dashIn(text, tail, run.end) ? DAY_RANGE_AFTER.exec(text.slice(tail, run.end + 12)) : null;
    if (range !== null && tail + range.index + range[0].length === run.end) {
      let k = tail + range.index;
      while (k > run.start && isSpace(text.charCodeAt(k - 1))) k--;
      let digits = 0;
      for (let j = run.start; j < k; j++) if (isDigit(text.charCodeAt(j))) digits++;
      if (k > run.start) run = { start: run.start, end: k, digits };
    }
    const found = out.length;
    if (run.digits >= MIN_DIGITS) assessRun(text, run, region, out);
    if (out.length === found) rejected.push(run);
  }
  if (rejected.length > 0) {
    const written = out.some((f) => f.score >= 0.75) ? internationalNumbers(text, out) : [];
    if (written.length > 0) sameNumberElsewhere(text, out, rejected, written);
    regionsElsewhere(text, out, rejected, region, written);
  }
  return out;
}

/** An en or em dash in text[from, to). */
function dashIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/**
 * A blank, a range of days with a dash ("12–13"; not a hyphen: "089 123 45-67" is an extension)
 * and a month after it.
 */
const DAY_RANGE_AFTER = /[ \t]\d{1,2}[–—]\d{1,2}(?=[ \t]+(?:Jan|Feb|Mar|Mär|Apr|May|Mai|Jun|Jul|Aug|Sep|Oct|Okt|Nov|Dec|Dez)\p{Ll}*\b)/u;

/** At most this many other countries' national formats are tried on a text's leftover runs. */
const MAX_OTHER_REGIONS = 3;

/**
 * National numbers of the countries the text writes other numbers of internationally: a
 * Singapore clinic "at +65 9127 4408 or the clinic at 6271 3390", an Indian CV with "+91 80 4117
 * 2093 (office) / 99001 52846". A run no rule took is judged again as those countries write
 * numbers (context words, identifiers' labels and grouping count as for the text's region), at a
 * lower score: the evidence is the country, not the number.
 */
function regionsElsewhere(text: string, out: Finding[], rejected: readonly Run[], region: CountryCode, written: readonly WrittenNumber[]): void {
  const regions: CountryCode[] = [];
  for (const { raw, parsed: p } of written) {
    // With "+" only: "00…" is an international prefix of some countries only.
    if (!(raw.startsWith('+') || raw.startsWith('(+'))) continue;
    const country = p?.country;
    if (country === undefined || country === region || regions.includes(country)) continue;
    regions.push(country);
    if (regions.length === MAX_OTHER_REGIONS) break;
  }
  if (regions.length < MAX_OTHER_REGIONS) domainRegions(text, region, regions);
  if (regions.length === 0) return;
  const before = out.length;
  for (const run of rejected) {
    // Blanks, hyphens and brackets only: a dot or comma is an amount's or a date's here ("7 430.00").
    if (run.digits < MIN_DIGITS || /[.,]/.test(text.slice(run.start, run.end)) || out.some((f) => f.start < run.end && f.end > run.start)) continue;
    for (const other of regions) {
      const n = out.length;
      assessRun(text, run, other, out);
      if (out.length === n) continue;
      for (let k = n; k < out.length; k++) out[k] = { ...out[k]!, score: Math.min(out[k]!.score, 0.75) };
      break;
    }
  }
  if (out.length > before) out.sort((a, b) => a.start - b.start);
}

/** Country of a mail or web address's top-level domain (".ie", ".co.uk", ".com.au"). */
const DOMAIN_COUNTRY: Record<string, CountryCode> = {
  ie: 'IE', uk: 'GB', au: 'AU', nz: 'NZ', in: 'IN', at: 'AT', ch: 'CH', nl: 'NL', be: 'BE', pl: 'PL', fr: 'FR', it: 'IT',
  es: 'ES', dk: 'DK', se: 'SE', no: 'NO', fi: 'FI', za: 'ZA', sg: 'SG', us: 'US', ca: 'CA', lu: 'LU', pt: 'PT', cz: 'CZ',
  hk: 'HK', ph: 'PH', my: 'MY', ng: 'NG', ke: 'KE', gh: 'GH', ae: 'AE', jp: 'JP', kr: 'KR', tw: 'TW', th: 'TH', mx: 'MX',
};
const ADDRESS_TLD = /(?:@|\bwww\.|:\/\/)[a-z0-9-]+(?:\.[a-z0-9-]+)*?\.(?:(?:co|com|org|net|gov|ac|edu)\.)?([a-z]{2})(?![a-z0-9.-]*[a-z0-9])/gi;

/**
 * Countries of the text's own mail and web addresses ("reception@liffeyphysio.ie",
 * "www.bluegum.com.au"), after those of its international numbers: an Irish practice's letter
 * writes "087 990 2316" without +353 and gives its address instead.
 */
function domainRegions(text: string, region: CountryCode, regions: CountryCode[]): void {
  if (text.indexOf('@') < 0 && text.indexOf('www.') < 0 && text.indexOf('://') < 0) return;
  ADDRESS_TLD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ADDRESS_TLD.exec(text))) {
    const country = DOMAIN_COUNTRY[m[1]!.toLowerCase()];
    if (country === undefined || country === region || regions.includes(country)) continue;
    regions.push(country);
    if (regions.length === MAX_OTHER_REGIONS) return;
  }
}

/** A national number this short is still a phone number when the text also gives it with its country code. */
const MIN_SAME_DIGITS = 5;

/** A confident finding written internationally ("+44 …", "(+49) …", "0049 …"), and its parse. */
interface WrittenNumber {
  raw: string;
  parsed: Parsed | undefined;
}

/** The numbers a text writes internationally: what its leftover digit runs are judged against. */
function internationalNumbers(text: string, out: readonly Finding[]): WrittenNumber[] {
  const written: WrittenNumber[] = [];
  for (const f of out) {
    if (f.score < 0.75) continue;
    const raw = normalize(text.slice(f.start, f.end));
    if (raw.startsWith('+') || raw.startsWith('(+') || raw.startsWith('00')) written.push({ raw, parsed: parsePhone(raw, 'DE') });
  }
  return written;
}

/**
 * The same number written again in its national form: "+44 20 7946 0958 … (020 7946 0958)",
 * "+376 712 345 … 712 345". A foreign national number alone is indistinguishable from any other
 * digit group, but next to its international form in the same text it is the same number.
 * Accepted: a rejected run whose digits are exactly the national number, with or without the
 * country's trunk prefix, or the digits of libphonenumber's national format.
 */
function sameNumberElsewhere(text: string, out: Finding[], rejected: readonly Run[], written: readonly WrittenNumber[]): void {
  const national = new Set<string>();
  for (const { parsed: p } of written) {
    if (p === undefined || !p.isPossible()) continue;
    const nn = p.nationalNumber;
    if (nn.length < MIN_SAME_DIGITS) continue;
    national.add(nn);
    if (p.country) national.add(trunkInfo(p.country).prefix + nn);
    const fmt = digitsOf(p.formatNational());
    if (fmt.length >= MIN_SAME_DIGITS) national.add(fmt);
  }
  if (national.size === 0) return;
  // Most rejected runs cannot match on length alone (run.digits counts the digits after s).
  const lengths = new Set<number>();
  for (const d of national) lengths.add(d.length);
  const before = out.length;
  for (const run of rejected) {
    if (!lengths.has(run.digits)) continue;
    let s = run.start;
    const c = text.charCodeAt(s);
    if (c === 43 || c === 40) s++; // a "+" or "(" the run took along
    if (national.has(digitsOf(text.slice(s, run.end)))) out.push({ type: 'PHONE', start: run.start, end: run.end, score: 0.8, detector: 'phone' });
  }
  if (out.length > before) out.sort((a, b) => a.start - b.start);
}

export const phoneDetector: Detector = {
  name: 'phone',
  type: 'PHONE',
  detect(text, ctx) {
    const r = (ctx?.region ?? 'DE').toUpperCase();
    return detectPhones(text, isSupportedCountryCore(r as CountryCode, metadata) ? (r as CountryCode) : 'DE');
  },
};
