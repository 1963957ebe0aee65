// Only the one validator: the package's index loads all ~100 of them (≈35 ms at start-up).
import isEmailModule from 'validator/lib/isEmail.js';

// validator's lib files are CommonJS with `module.exports = fn`; the typings describe an ES default.
const isEmail = isEmailModule as unknown as (s: string, o: object) => boolean;
import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { codeAt } from '../util/chars.js';

/** RFC 5321 limits. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

const ISEMAIL_OPTIONS = {
  allow_utf8_local_part: true,
  require_tld: true,
  allow_ip_domain: false,
  allow_display_name: false,
  domain_specific_validation: false,
} as const;

// Local-part characters we expand over to the left of '@'. Deliberately narrower than RFC 5322
// (which also allows ! # $ & * / = ? ^ ` { | } ~): in running text those characters are far more
// often punctuation or URL syntax ("https://a/b/user@x", "key=user@x") than part of an address.
// Unicode letters/marks/digits are allowed (müller@…).
const LOCAL_ASCII = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-\'') {
  LOCAL_ASCII[ch.charCodeAt(0)] = 1;
}
// The Unicode regexes are made on first use: even creating one with \p{…} classes costs
// 0.1–0.7 ms (the classes are built when the pattern is parsed), and ASCII text never needs them.
let unicodeWord: RegExp | undefined;
const UNICODE_WORD = () => (unicodeWord ??= /[\p{L}\p{M}\p{N}]/u);

function isLocalChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return LOCAL_ASCII[c] === 1;
  return UNICODE_WORD().test(text[i]!);
}

// Domain: labels of letters (incl. umlauts / IDN), digits, marks and hyphens, separated by dots.
// The caller trims trailing dots and hyphens (sentence punctuation).
let domainRunRe: RegExp | undefined;
const DOMAIN_RUN = () => (domainRunRe ??= /[\p{L}\p{M}\p{N}.-]{1,300}/uy);
const DOMAIN_RUN_MAX = 300;
// Top-level domain: two or more letters, or an A-label (punycode, "xn--p1ai").
let tldRe: RegExp | undefined;
const TLD = () => (tldRe ??= /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/iu);
let labelRe: RegExp | undefined;
const LABEL = () => (labelRe ??= /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u);
// The same for ASCII-only text, where \p{L} is [A-Za-z], \p{N} is [0-9] and \p{M} is empty.
// Compiling the Unicode property classes above costs ~5 ms on first use, most of the e-mail
// detector's share of a one-line run (issue #3); most addresses are ASCII and never need them.
const TLD_ASCII = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;
const LABEL_ASCII = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function isAsciiDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** DOMAIN_RUN at `from`: the domain characters there (up to 300), or null if none. */
function domainRun(text: string, from: number): string | null {
  // ASCII first; the Unicode regex only where the run meets a non-ASCII character, which it
  // may take in (ü, IDN letters) and that needs its rules (marks, astral letters).
  let i = from;
  const max = Math.min(text.length, from + DOMAIN_RUN_MAX);
  while (i < max && isAsciiDomainChar(text.charCodeAt(i))) i++;
  if (i < max && text.charCodeAt(i) > 127) {
    const re = DOMAIN_RUN();
    re.lastIndex = from;
    const m = re.exec(text);
    return m === null ? null : m[0];
  }
  return i === from ? null : text.slice(from, i);
}

// File extensions that are not top-level domains: "name@x.png" is never an address.
const FILE_EXT_NOT_TLD = new Set(
  (
    'png jpg jpeg jpe gif svg svgz webp bmp tif tiff ico icns heic heif avif psd eps raw ' +
    'pdf doc docx xls xlsx ppt pptx odt ods odp rtf txt csv tsv json jsonl xml yml yaml toml ini cfg ' +
    'htm html xhtml css scss sass less js mjs cjs jsx tsx vue svelte php asp aspx jsp ' +
    'java kt kts scala swift c h cpp hpp cs go lua pyc ' +
    'lock log tmp bak gz tgz bz2 xz rar 7z tar mp3 m4a aac flac wav ogg oga opus mp4 m4v webm ' +
    'avi mkv wmv flv woff woff2 ttf otf eot exe dll dylib bin iso dmg apk ipa jar war msi deb rpm'
  ).split(' '),
);
// Extensions that are also real TLDs (.zip, .mov, .md Moldova, .rs Serbia, …): rejected only when
// the rest looks like an asset name, e.g. the retina suffix in "logo@2x.zip" / "icon@1.5x.ai".
const FILE_EXT_AND_TLD = new Set('zip mov md sh pl py rs ts ps ai so gz map dev'.split(' '));
// "2x", "1.5x", "3x-dark": the density suffix of image assets (logo@2x.png).
const ASSET_DOMAIN = /^\d+(?:[.,]\d+)?x(?:$|[-_.])/i;

function looksLikeAsset(domainLower: string, tld: string): boolean {
  if (FILE_EXT_NOT_TLD.has(tld)) return true;
  const rest = domainLower.slice(0, domainLower.length - tld.length - 1);
  return ASSET_DOMAIN.test(rest) && (FILE_EXT_AND_TLD.has(tld) || rest.indexOf('.') === -1);
}

/** "message-id=<", "Message-ID: <", "In-Reply-To: <" right before an id that has an address's shape. */
const MESSAGE_ID_BEFORE = /(?:message-id|in-reply-to)[ \t]*[=:][ \t]*<$/i;

/** An iCalendar UID property at its line's start, right before the id. */
const ICS_UID_BEFORE = /(?:^|[\r\n])UID:$/;

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return UNICODE_WORD().test(text[i]!);
}

/**
 * Finds e-mail addresses. One `indexOf('@')` scan finds candidates (prose rarely contains '@');
 * around each '@' the local part is expanded to the left and the domain to the right, trailing
 * sentence punctuation is trimmed, and only then `validator.isEmail` decides.
 *
 * Never matched: @handles (no local part), "user@localhost" (no dot / TLD), numeric or one-letter
 * TLDs, and asset names such as "logo@2x.png". A "mailto:" prefix is outside the span because ':'
 * is not a local-part character.
 */
function detectEmails(text: string): Finding[] {
  const out: Finding[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    const next = findAt(text, at, out);
    at = text.indexOf('@', next);
  }
  return out;
}

/** Examines the '@' at `at`; pushes a finding if valid. Returns where the next '@' search starts. */
function findAt(text: string, at: number, out: Finding[]): number {
  // Local part, leftwards.
  let s = at;
  const limit = Math.max(0, at - MAX_LOCAL - 1);
  while (s > limit && isLocalChar(text, s - 1)) s--;
  if (s === limit && limit > 0 && isLocalChar(text, s - 1)) return at + 1; // longer than RFC allows
  // Leading dots, quotes and hyphens are punctuation around the address, not part of it.
  while (s < at) {
    const c = text.charCodeAt(s);
    if (c === 46 || c === 39 || c === 45) s++;
    else break;
  }
  if (s === at) return at + 1; // "@handle", " @ "
  if (s > 0 && text.charCodeAt(s - 1) === 64) return at + 1; // "x@y.de@z.de": no clean boundary
  const local = text.slice(s, at);
  if (local.includes('..') || local.endsWith('.')) return at + 1;
  // A URL's user part ("https://a1b2c3@sentry.io/4", a DSN's key) and a mail's Message-ID are no mailboxes.
  if (s >= 3 && text.startsWith('://', s - 3)) return at + 1;
  if (text.charCodeAt(s - 1) === 60 && MESSAGE_ID_BEFORE.test(text.slice(Math.max(0, s - 20), s))) return at + 1;
  // A calendar event's UID ("UID:24017-baustelle@firma.de" in an .ics invite): an id, no mailbox.
  if (text.charCodeAt(s - 1) === 58 && ICS_UID_BEFORE.test(text.slice(Math.max(0, s - 6), s))) return at + 1;

  // Domain, rightwards.
  const run = domainRun(text, at + 1);
  if (run === null) return at + 1;
  let domain = run;
  // Trailing dots/hyphens are sentence punctuation ("schreiben Sie an a@b.de.").
  let cut = domain.length;
  while (cut > 0 && (domain.charCodeAt(cut - 1) === 46 || domain.charCodeAt(cut - 1) === 45)) cut--;
  domain = domain.slice(0, cut);
  const end = at + 1 + domain.length;
  if (domain.length === 0 || domain.length > MAX_DOMAIN) return at + 1;
  // Glued to a following '@' or word: "a@b.de@c" is not an address we can delimit.
  if (codeAt(text, end) === 64) return end;

  const labels = domain.split('.');
  if (labels.length < 2) return at + 1; // user@localhost
  const tld = labels[labels.length - 1]!;
  const ascii = isAscii(domain);
  if (!(ascii ? TLD_ASCII : TLD()).test(tld)) return at + 1;
  for (const l of labels) if (l.length > 63 || !(ascii ? LABEL_ASCII : LABEL()).test(l)) return at + 1;
  const lower = domain.toLowerCase();
  if (looksLikeAsset(lower, tld.toLowerCase())) return at + 1;
  // The domain run stopped early (length cap) or at an underscore: not a delimitable address.
  if (isWordChar(text, end)) return at + 1;

  const candidate = text.slice(s, end);
  if (!isEmail(candidate, ISEMAIL_OPTIONS)) return at + 1;
  out.push({ type: 'EMAIL', start: s, end, score: 0.99, detector: 'email' });
  return end;
}

export const emailDetector: Detector = {
  name: 'email',
  type: 'EMAIL',
  detect(text) {
    return detectEmails(text);
  },
};

/** For tests: the ASCII fast paths and the Unicode rules they stand in for. */
export const __emailInternals = { domainRun, DOMAIN_RUN, TLD, LABEL, TLD_ASCII, LABEL_ASCII };
