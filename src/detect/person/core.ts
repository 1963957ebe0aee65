/**
 * Rule engine of the person detector. One cheap pass tokenises the text and finds name candidates
 * from cues (titles, salutations, signatures, form/header fields, "Name <email>") and from the
 * given-name/surname lists; expensive analysis (compromise, English only) runs only on the few
 * windows the cheap pass could not decide. See ../person.ts for the Detector wrapper.
 */
import {
  CLOSINGS,
  DE_NOUN_SUFFIX,
  GREETING_NON_NAMES,
  WORD_GIVEN_NAMES,
  GREETINGS,
  LOWER_TITLE_PARTS,
  NAME_LABELS,
  NAME_LABELS_2,
  ROLE_LABEL_TAILS,
  ADDRESS_LABELS,
  LEGAL_FORMS,
  NEVER_NAMES,
  ORG_PREFIX,
  ORG_WORDS,
  TRADES,
  PARTICLES,
  PERSON_VERBS_BEFORE,
  ROLE_NOUNS,
  ROLE_TAIL,
  STREET_SUFFIX,
  STREET_WORDS,
  TITLES,
} from './lexicon.js';
import { compromisePeople } from './english.js';
import { asciiFold, blanksBefore, charAtOr, codeAt, isDigit, itemAt, lineEndOf, lineStartOf } from '../../util/chars.js';
import { wordNameAsPerson } from './wordnames.js';
import { letterIsNoPerson } from './court.js';
import { isEnglishWord, nameLikeClass, wordClass } from './words.js';
import { CompiledModel, FeatureCache, FOREIGN_LETTER, type Model } from './features.js';
import { remember } from '../../util/memo.js';
import { endsWithAny } from '../../util/suffix.js';
import { lowerBound } from '../../util/sorted.js';
import modelJson from './model.json' with { type: 'json' };
import { scorerLabel } from './lineups.js';
import { ambiguousName, englishGluedWords, nameLists, type NameLists } from './names.js';
import { keyValueFields, tableFields, type TableSpan } from './tables.js';
import { colonLineStarts } from './lines.js';
import { isPlaceWord } from './places.js';
import { handleOf } from './aliases.js';

const F_CAP = 1;
const F_UPPER = 2;
const F_INITIAL = 4;
const F_SENT_START = 8;
const F_LOWER = 16;
const F_ID_SHIFT = 5;

/**
 * A word token. Compact on purpose (a detect call holds one per word for its whole run, so they
 * outlive the young generation and are copied by the scavenger): four small fields, the shape
 * flags and the word's id packed into one integer, and the word string shared between tokens
 * (see intern()).
 */
export class Tok {
  s: number;
  e: number;
  w: string;
  /**
   * F_* flags; above them (<< F_ID_SHIFT) the word's id: its intern slot, or INTERN_SLOTS + an
   * index into this call's tables of the other words. The id keys what the rule passes ask
   * about the word many times (see hasX(), nameBitsT()), so the token itself stays small.
   */
  f: number;
  constructor(s: number, e: number, w: string, f: number) {
    this.s = s;
    this.e = e;
    this.w = w;
    this.f = f;
  }
  /** Capitalised with lower-case letters: "Anna", "McDonald", "Müller-Lüdenscheidt". */
  get cap(): boolean {
    return (this.f & F_CAP) !== 0;
  }
  /** All capitals, two letters or more: "MÜLLER", "GMBH". */
  get upper(): boolean {
    return (this.f & F_UPPER) !== 0;
  }
  /** One capital letter followed by a dot: "J.". */
  get initial(): boolean {
    return (this.f & F_INITIAL) !== 0;
  }
  /** First word of a line or sentence. */
  get sentStart(): boolean {
    return (this.f & F_SENT_START) !== 0;
  }
  get lower(): boolean {
    return (this.f & F_LOWER) !== 0;
  }
}

export interface Span {
  start: number;
  end: number;
  score: number;
  /** Which rule found it (debugging). */
  rule: string;
}

export type Lang = 'de' | 'en' | 'mixed';

const NAME_START_PARTICLES = new Set(['von', 'van', 'de', 'di', 'da', 'al', 'el', 'ten', 'ter', 'zu', 'dos', 'del', 'della', 'bin', 'ibn']);
const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|the)$/i;
/** Irish and Scottish particles inside a name, in either case: "Siobhán Ó Briain", "BRÍD NÍ CHONAILL". */
const GAELIC_PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Mac', 'Mc', 'Ua', 'Uí', 'Bean', 'NÍ', 'NIC', 'MAC', 'UÍ']);
/** Before a word that is a name and a common noun, the noun: "im Mai", "bis Winter", "zum Koch", "in May". */
const BEFORE_COMMON_NOUN = /^(?:im|am|zum|zur|vom|beim|ins|ab|bis|seit|anfang|ende|mitte|diesen|letzten|nächsten|kommenden|in|this|last|next|early|late)$/i;
// The token grammar; tokenize() implements it with a table-driven scanner (no regex per token).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’](?=\p{Lu})[\p{L}\p{M}]+|-[\p{L}\p{M}\p{N}]+)*/gu;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER_FIRST = /^\p{Lu}/u;

function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Letters of a word: bit 1 any lower-case letter, bit 2 any digit (ASCII fast path; no allocation). */
function scanWord(w: string): number {
  let lower = false;
  let digit = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 48 && c <= 57) digit = true;
    else if (c >= 128 && !lower && HAS_LOWER.test(w[k]!)) lower = true;
    if (lower && digit) break;
  }
  return (lower ? 1 : 0) | (digit ? 2 : 0);
}

// Character classes for the word scanner (what WORD matches, without running the regex):
// bit 1 letter/mark/number, 2 letter/mark, 4 upper-case letter; the code unit length << 3.
const C_LMN = 1;
const C_LM = 2;
const C_LU = 4;
const RE_LMN = /[\p{L}\p{M}\p{N}]/u;
const RE_LM = /[\p{L}\p{M}]/u;
const RE_LU = /\p{Lu}/u;
// BMP code units, filled lazily: class bits + 1 (0 = not computed yet).
const UNIT_CLASS = new Uint8Array(65536);

function classOf(ch: string): number {
  if (!RE_LMN.test(ch)) return 0;
  return C_LMN | (RE_LM.test(ch) ? C_LM : 0) | (RE_LU.test(ch) ? C_LU : 0);
}

/** Class bits of the code point at i, with its length in code units (bits | len << 3). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2)) | (2 << 3);
    return 1 << 3;
  }
  let k = UNIT_CLASS[c]!;
  if (k === 0) UNIT_CLASS[c] = k = (c >= 0xdc00 && c <= 0xdfff ? 0 : classOf(String.fromCharCode(c))) + 1;
  return (k - 1) | (1 << 3);
}

/** End of the WORD match that starts at s (a letter/mark/number): greedy, as the regex. */
function wordEnd(text: string, s: number, n: number): number {
  let i = s;
  let c: number;
  while (i < n && ((c = classAt(text, i)) & C_LMN) !== 0) i += c >> 3;
  for (;;) {
    if (i + 1 >= n) return i;
    const ch = text.charCodeAt(i);
    if (ch === 39 || ch === 0x2019) {
      // ['’](?=\p{Lu})[\p{L}\p{M}]+
      if ((classAt(text, i + 1) & C_LU) === 0) return i;
      i++;
      while (i < n && ((c = classAt(text, i)) & C_LM) !== 0) i += c >> 3;
    } else if (ch === 45) {
      // -[\p{L}\p{M}\p{N}]+
      if ((classAt(text, i + 1) & C_LMN) === 0) return i;
      i++;
      while (i < n && ((c = classAt(text, i)) & C_LMN) !== 0) i += c >> 3;
    } else return i;
  }
}

// Word strings are interned across calls: business text repeats a small vocabulary, so most
// tokens reuse a string instead of allocating a slice (and its hash is computed once, not per
// token per call). Open addressing on the word's code units; cleared before a call once three
// quarters full (never during one: the tokens' ids are slots), a call past that slices its new words.
// Only short words: V8 copies slices shorter than 13 code units, longer slices would point into
// (and keep alive) the caller's text.
const INTERN_MAX_LEN = 12;
const INTERN_SLOTS = 1 << 16;
const INTERN_MASK = INTERN_SLOTS - 1;
const internWords: Array<string | undefined> = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);
const internHash = new Int32Array(INTERN_SLOTS);
/** Shape of the interned word, 0 = not computed: 1 | first letter upper-case << 1 | scanWord() << 2. */
const internShape = new Uint8Array(INTERN_SLOTS);
/** wordBits() of the interned word (valid when its shape is). */
const internBits = new Int32Array(INTERN_SLOTS);
/** nameBits() of the interned word | 16, 0 = not asked yet (the name lists never change). */
const internNames = new Uint8Array(INTERN_SLOTS);
let internCount = 0;
let internSlot = 0;
/** Words in the table when it is cleared, before a call (slots stay valid during a call). */
const INTERN_FULL = (INTERN_SLOTS >> 2) * 3;

/** The interned word text.slice(s, e) (its slot in internSlot), or undefined when the table is full. */
function intern(text: string, s: number, e: number): string | undefined {
  let h = 0;
  for (let k = s; k < e; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  const len = e - s;
  let slot = (h ^ (h >>> 16)) & INTERN_MASK;
  for (;;) {
    const w = internWords[slot];
    if (w === undefined) break;
    if (internHash[slot] === h && w.length === len) {
      let k = 0;
      while (k < len && w.charCodeAt(k) === text.charCodeAt(s + k)) k++;
      if (k === len) {
        internSlot = slot;
        return w;
      }
    }
    slot = (slot + 1) & INTERN_MASK;
  }
  if (internCount >= INTERN_FULL) return undefined;
  const w = text.slice(s, e);
  internWords[slot] = w;
  internHash[slot] = h;
  internCount++;
  internSlot = slot;
  return w;
}

/** 1 | first letter upper-case << 1 | scanWord() << 2 */
function shapeOf(w: string): number {
  return isUpperChar(w[0]!) ? 3 | (scanWord(w) << 2) : 1;
}

// Lexicon sets a word belongs to (exact surface unless _LC: its lower-case form).
const X_NEVER_NAMES = 1;
const X_ORG_WORDS = 2;
const X_STREET_WORDS = 4;
const X_ROLE_NOUNS = 8;
const X_ROLE_CUES = 16;
const X_DE_HINTS = 32;
const X_EN_HINTS = 64;
const X_TITLES = 128;
const X_GREETINGS = 256;
const X_GREETINGS_LC = 512;
const X_VERB_LC = 1024;
// Word-shape tests the passes repeat per token, kept with the word as well.
const X_DETERMINER = 2048;
const X_NOUN_SUFFIX = 4096;
const X_STREET_SUFFIX = 8192;
const X_CAPS_PART = 16384;
/** A person noun, also as a compound's tail ("US-Präsident", "Fußball-Experte"): see ROLE_TAIL. */
const X_ROLE_TAIL = 32768;
/** A verb of saying, lower-case ("sagte", "erklärt"): a bare capitalised word after it is its subject. */
const X_SPEECH_LC = 65536;
/** A job before a name, lower-case: see EN_ROLES. */
const X_EN_ROLE_LC = 1 << 17;
/** A word before an introduced name, lower-case: see INTRO_WORDS. */
const X_INTRO_LC = 1 << 18;
/** A part of two capitals or more: medical/lab abbreviations and compounds ("AV-Block", "QT-Dauer"). */
const CAPS_PART = /(?:^|-)\p{Lu}{2,}(?:-|$)/u;

/** Jobs English writes right before a name, without a possessive: "Contractor Lee Carpenter". */
const EN_ROLES = new Set(
  `contractor driver engineer technician consultant supervisor coordinator inspector surveyor electrician plumber
  courier installer adjuster caseworker nurse doctor dr officer adviser advisor agent assistant director manager
  trainee intern candidate applicant tenant landlord claimant witness`.split(/\s+/),
);
/** The words before an introduced name, lower-case: "my name is", "called", "named", "I'm" ("m"). */
const INTRO_WORDS = new Set(['is', 'named', 'called', 'am', "i'm", 'i’m', 'm']);

/**
 * Verbs of saying after which a bare capitalised word is the speaker ("sagte Eymer der Zeitung",
 * "erläutert Marschall ."): only verbs whose object is a clause or a quote, not a noun
 * ("forderte Neuwahlen", "kritisierte Pläne" are left out). Lower-case surface.
 */
const SPEECH_VERBS = new Set(
  'sagte sagt sagten erklärte erklärt erläuterte erläutert ergänzte ergänzt betonte betont meinte meint berichtete berichtet räumte fügte antwortete antwortet resümierte bilanzierte schimpfte klagte klagt erzählte erzählt warnte warnt'.split(' '),
);
/**
 * Words a speech verb takes as its object at a clause's end ("sagte Nein.", "sagt Danke,"): not
 * a speaker even in the inverted slot (see slotNames).
 */
const SPOKEN_WORDS = new Set('Ja Nein Danke Bitte Hallo Tschüss Tschüs Servus Adieu Bescheid Amen Okay Sorry Hi Moin'.split(' '));
/** Titles that are only a title: what follows them is a name even when it looks like a genitive. */
const TITLE_CUES_STRONG = new Set(['Herr', 'Herrn', 'Frau', 'Hr', 'Hrn', 'Fr', 'Dr', 'Prof', 'Professor', 'Professorin', 'Doktor']);
/** Nobles' titles: "von" after them opens the family's name ("Graf von Galen", "Freiherr vom Stein"). */
const NOBLE_TITLES = new Set(['Graf', 'Gräfin', 'Freiherr', 'Freifrau', 'Freiin', 'Baron', 'Baronin', 'Fürst', 'Fürstin', 'Prinz', 'Prinzessin', 'Ritter', 'Edler', 'Edle', 'Reichsritter', 'Reichsgraf', 'Reichsfreiherr', 'Landgraf', 'Markgraf', 'Burggraf', 'Pfalzgraf']);

/** An inflected adjective: "unbedachter", "neue", "ersten". */
const ADJ_END = /^\p{Ll}{3,}(?:e|er|es|en|em)$/u;
const NOT_ADJ = new Set('ohne gegen unter über oder aber wieder immer hinter neben zwischen sehr eben wegen beiden allen denen deren dessen haben werden worden sein sehen geben gehen nehmen seine ihre keine eine diese jene welche solche viele einige andere'.split(' '));

const SLOT_BLOCK = new Set(['w', 'c']);

const AGE = /^\d{1,3}-[Jj]ährige[nr]?$/;

/** Words that may follow the speaker: "sagte Eymer der Zeitung", "erklärte Müller gegenüber …". */
const AFTER_SPEAKER = new Set('der dem den die gegenüber im in am auf bei zu zur zum nach vor noch auch dazu jedoch aber weiter später damals heute zuvor nun ebenfalls zufolge am mit und'.split(' '));

/** The word's X_* bits: the rule passes test the same sets for the same words over and over. */
function wordBits(w: string): number {
  const lw = w.toLowerCase();
  return (
    (NEVER_NAMES.has(w) ? X_NEVER_NAMES : 0) |
    (ORG_WORDS.has(w) ? X_ORG_WORDS : 0) |
    (STREET_WORDS.has(w) ? X_STREET_WORDS : 0) |
    (ROLE_NOUNS.has(w) ? X_ROLE_NOUNS : 0) |
    (ROLE_CUES.has(w) ? X_ROLE_CUES : 0) |
    (DE_HINTS.has(w) ? X_DE_HINTS : 0) |
    (EN_HINTS.has(w) ? X_EN_HINTS : 0) |
    (TITLES.has(w) ? X_TITLES : 0) |
    (GREETINGS.has(w) ? X_GREETINGS : 0) |
    (GREETINGS.has(lw) ? X_GREETINGS_LC : 0) |
    (PERSON_VERBS_BEFORE.has(lw) ? X_VERB_LC : 0) |
    (DETERMINER.test(w) ? X_DETERMINER : 0) |
    (DE_NOUN_SUFFIX.test(w) ? X_NOUN_SUFFIX : 0) |
    (STREET_SUFFIX.test(w) ? X_STREET_SUFFIX : 0) |
    (CAPS_PART.test(w) ? X_CAPS_PART : 0) |
    (w.length >= 4 && ROLE_TAIL.test(w) ? X_ROLE_TAIL : 0) |
    (SPEECH_VERBS.has(w) ? X_SPEECH_LC : 0) |
    (EN_ROLES.has(lw) ? X_EN_ROLE_LC : 0) |
    (INTRO_WORDS.has(lw) ? X_INTRO_LC : 0)
  );
}

let lexiconHasNumbers: boolean | undefined;
/** Whether a lexicon set holds a word starting with a digit (else wordBits() of digits only is 0). */
function numbersInLexicon(): boolean {
  if (lexiconHasNumbers === undefined) {
    lexiconHasNumbers = false;
    for (const set of [NEVER_NAMES, ORG_WORDS, STREET_WORDS, ROLE_NOUNS, ROLE_CUES, DE_HINTS, EN_HINTS, TITLES, GREETINGS, PERSON_VERBS_BEFORE, EN_ROLES, INTRO_WORDS]) {
      for (const w of set) {
        const c = w.charCodeAt(0);
        if (c >= 48 && c <= 57) lexiconHasNumbers = true;
      }
    }
  }
  return lexiconHasNumbers;
}

// The words of the last tokenize() call that are not interned (numbers, long words, words past
// a full table), by token id - INTERN_SLOTS: wordBits() and nameBits(), -1 until asked. The rule
// passes ask only about the tokens of the runRules() call they run in, right after its tokenize().
let localX: number[] = [];
let localNames: number[] = [];
// wordBits() and nameBits() of long words (not interned: see INTERN_MAX_LEN), across calls.
const LONG_MEMO_MAX = 50_000;
const longBits = new Map<string, number>();
const longNames = new Map<string, number>();
let longNamesLists: NameLists | null = null;

function hasX(t: Tok, bit: number): boolean {
  const id = t.f >>> F_ID_SHIFT;
  if (id < INTERN_SLOTS) return (internBits[id]! & bit) !== 0;
  let x = localX[id - INTERN_SLOTS]!;
  if (x < 0) localX[id - INTERN_SLOTS] = x = wordBits(t.w);
  return (x & bit) !== 0;
}

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  const numberBits = numbersInLexicon() ? -1 : 0;
  if (internCount >= INTERN_FULL) {
    internWords.fill(undefined);
    internShape.fill(0);
    internNames.fill(0);
    internCount = 0;
  }
  localX = [];
  localNames = [];
  let prevEnd = 0;
  let pos = 0;
  while (pos < n) {
    // Same tokens as WORD (see above), found by the table-driven scanner.
    const k = classAt(text, pos);
    if ((k & C_LMN) === 0) {
      pos += k >> 3;
      continue;
    }
    const s = pos;
    const e = wordEnd(text, s, n);
    pos = e;
    let w: string;
    let shape: number;
    let x = -1;
    let id: number;
    let iw: string | undefined;
    const c0 = text.charCodeAt(s);
    if (c0 >= 48 && c0 <= 57) {
      // Numbers (dates, amounts, house and phone numbers) are mostly unique: not worth interning.
      w = text.slice(s, e);
      shape = 1;
      // Digits only: no lexicon word (unless one starts with a digit) and no suffix test matches.
      let k = s + 1;
      while (k < e && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
      x = k === e ? numberBits : -1;
      id = INTERN_SLOTS + localX.length;
      localX.push(x);
      localNames.push(-1);
    } else if (e - s <= INTERN_MAX_LEN && (iw = intern(text, s, e)) !== undefined) {
      w = iw;
      shape = internShape[internSlot]!;
      if (shape === 0) {
        internShape[internSlot] = shape = shapeOf(w);
        internBits[internSlot] = wordBits(w);
      }
      id = internSlot;
    } else {
      w = text.slice(s, e);
      shape = shapeOf(w);
      const lb = longBits.get(w);
      if (lb === undefined) {
        x = remember(longBits, LONG_MEMO_MAX, w, wordBits(w));
      } else x = lb;
      id = INTERN_SLOTS + localX.length;
      localX.push(x);
      localNames.push(-1);
    }
    let f: number;
    if ((shape & 2) !== 0) {
      const hasLower = (shape & 4) !== 0;
      const digit = (shape & 8) !== 0;
      f = 0;
      if (hasLower && !digit) f |= F_CAP;
      if (!hasLower && w.length >= 2 && !digit) f |= F_UPPER;
      if (w.length === 1 && codeAt(text, e) === 46 /* . */) f |= F_INITIAL;
    } else f = F_LOWER;
    let sentStart = toks.length === 0;
    if (!sentStart) {
      // The previous token's trailing gap decides: a newline or sentence punctuation.
      for (let i = s - 1; i >= prevEnd; i--) {
        const c = text.charCodeAt(i);
        // \n . ! ? : • " „ “
        if (c === 10 || c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2022 || c === 34 || c === 0x201e || c === 0x201c) {
          sentStart = true;
          break;
        }
        // space, tab, \r, ( - * >
        if (c !== 32 && c !== 9 && c !== 13 && c !== 40 && c !== 45 && c !== 42 && c !== 62) break;
      }
    }
    if (sentStart) f |= F_SENT_START;
    toks.push(new Tok(s, e, w, f | (id << F_ID_SHIFT)));
    prevEnd = e;
  }
  return toks;
}

const DE_HINTS = new Set('der die das und ist nicht mit sie ich wir ein eine den dem zu auf für von bitte ihre ihnen sehr wird werden haben hat wurde auch sich noch bei'.split(' '));
const EN_HINTS = new Set('the and is of to in you for with this that are we please your on be was will have has it not from at by'.split(' '));

export function guessLang(toks: readonly Tok[]): Lang {
  let de = 0;
  let en = 0;
  for (let i_t = 0; i_t < toks.length; i_t++) {
    const t = toks[i_t]!;
    if (!t.lower || t.w.length > 6) continue;
    if (hasX(t, X_DE_HINTS)) de++;
    else if (hasX(t, X_EN_HINTS)) en++;
  }
  if (de >= 2 && en >= 2 && Math.min(de, en) * 3 >= Math.max(de, en)) return 'mixed';
  if (de === 0 && en === 0) return 'mixed';
  return de >= en ? 'de' : 'en';
}

// ---------------------------------------------------------------------------------------------

interface Ctx {
  text: string;
  toks: Tok[];
  /** toks[i].s */
  starts: Int32Array;
  lang: Lang;
  L: NameLists;
  out: Span[];
  /** Index of token by start offset, for cue passes that work on offsets. */
  byStart: { get(start: number): number | undefined };
  /** Per-call memo of list lookups: bit 1 given, 2 surname. */
  memo: Map<string, number>;
  /** colonLines(), once computed. */
  colonLines?: Int32Array | null;
  /** labelWord(): how many lines open with a label (counted up to 3), once computed. */
  labelLines?: number;
  /** Labels of name fields ("Line manager", "Kontoinhaber"): no name is found inside them. */
  labels: TableSpan[];
}

function isAmbig(c: Ctx, w: string): boolean {
  if (c.lang === 'de') return c.L.deAmbig.has(w);
  if (c.lang === 'en') return c.L.enAmbig.has(w);
  return ambiguousName(c.L, w);
}

/**
 * List lookup; a hyphenated token counts when its last part is in the list and the others are
 * capitalised: "Anna-Lena", "Brinkmann-Rohde" — but not "Yoga-Unterricht" or "Marlene-Dietrich-Bildnis".
 */
function inList(set: ReadonlySet<string>, w: string): boolean {
  if (set.has(w)) return true;
  const dash = w.lastIndexOf('-');
  if (dash < 0) return false;
  if (!set.has(w.slice(dash + 1))) return false;
  for (const p of w.slice(0, dash).split('-')) if (!(p.length >= 2 && HAS_UPPER_FIRST.test(p))) return false;
  return true;
}

function lookup(c: Ctx, w: string): number {
  let v = c.memo.get(w);
  if (v === undefined) {
    v = (inList(c.L.given, w) ? 1 : 0) | (inList(c.L.surname, w) || (w.charCodeAt(2) === 45 /* - */ && /^(?:Al|El)-\p{Lu}/u.test(w)) ? 2 : 0);
    c.memo.set(w, v);
  }
  return v;
}
/** lookup() bits of a word, and 4 when it is in deAmbig, 8 when in enAmbig. */
function nameBits(c: Ctx, w: string): number {
  return lookup(c, w) | (c.L.deAmbig.has(w) ? 4 : 0) | (c.L.enAmbig.has(w) ? 8 : 0);
}
/** nameBits() of a token's word, remembered by its id (for an interned word, across calls: the lists never change). */
function nameBitsT(c: Ctx, t: Tok): number {
  const id = t.f >>> F_ID_SHIFT;
  if (id < INTERN_SLOTS) {
    const nb = internNames[id]!;
    if (nb !== 0) return nb & 15;
    const v = nameBits(c, t.w);
    internNames[id] = 16 | v;
    return v;
  }
  let v = localNames[id - INTERN_SLOTS]!;
  if (v < 0) {
    const w = t.w;
    if (w.length > INTERN_MAX_LEN) {
      // Long words repeat across texts (German compounds): remembered for these lists.
      if (longNamesLists !== c.L) {
        longNamesLists = c.L;
        longNames.clear();
      }
      const lv = longNames.get(w);
      if (lv === undefined) {
        v = remember(longNames, LONG_MEMO_MAX, w, nameBits(c, w));
      } else v = lv;
    } else v = nameBits(c, w);
    localNames[id - INTERN_SLOTS] = v;
  }
  return v;
}
/** lookup() of a token's word. */
function lookupT(c: Ctx, t: Tok): number {
  return nameBitsT(c, t) & 3;
}
/** isAmbig() of a token's word. */
function isAmbigT(c: Ctx, t: Tok): boolean {
  const v = nameBitsT(c, t);
  return (v & (c.lang === 'de' ? 4 : c.lang === 'en' ? 8 : 12)) !== 0;
}
function isGivenT(c: Ctx, t: Tok): boolean {
  return (lookupT(c, t) & 1) !== 0;
}
function isSurnameT(c: Ctx, t: Tok): boolean {
  return (lookupT(c, t) & 2) !== 0;
}
function isGiven(c: Ctx, w: string): boolean {
  return (lookup(c, w) & 1) !== 0;
}
function isSurname(c: Ctx, w: string): boolean {
  return (lookup(c, w) & 2) !== 0;
}
function isTitleTok(text: string, t: Tok): boolean {
  return hasX(t, X_TITLES) && (t.w.length > 3 || codeAt(text, t.e) === 46 || t.w === 'Herr' || t.w === 'Frau' || BRITISH_TITLES.has(t.w));
}
/** Titles that only ever stand before a person's name (lexicon.ts's HONORIFICS are other languages'). */
const PERSONAL_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Herr', 'Herrn', 'Frau']);
/** Weekdays that are given names (Nigerian "Sunday", "Monday") and surnames ("Friday"). */
const WEEKDAY_NAMES = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** Short titles that British English writes without a dot ("Mr Harrington", "Dr Patel"); other short ones need it ("Fr." — "Fr" is Friday). */
const BRITISH_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Sir', 'Rev']);
/** Unknown capitalised word that may still be a (rare) surname. */
function maybeNamePart(c: Ctx, t: Tok, cue = false): boolean {
  if (!t.cap) return false;
  // Medical/lab abbreviations and compounds with an all-caps part: "AV-Block", "QT-Dauer".
  if (hasX(t, X_CAPS_PART)) return false;
  if (hasX(t, X_NEVER_NAMES) || hasX(t, X_ORG_WORDS) || hasX(t, X_STREET_WORDS) || hasX(t, X_ROLE_NOUNS)) return false;
  if (TRADES.has(t.w)) return false;
  if (hasX(t, X_STREET_SUFFIX) && !isSurnameT(c, t) && !isGivenT(c, t)) {
    // "Goethestraße", "Schillerplatz": a place. Short surnames like "Berg" are in the lists.
    if (/(?:straße|strasse|gasse|weg|allee|platz|ring|damm|ufer|chaussee)$/i.test(t.w)) return false;
  }
  if (!cue && c.lang !== 'en' && !isSurnameT(c, t) && !isGivenT(c, t) && hasX(t, X_NOUN_SUFFIX)) return false;
  return true;
}

const DETERMINER = /^(?:zum|zur|im|am|beim|vom|ins|der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|mein|meine|meinen|meinem|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem|unser|unsere|unseren|dieser|diese|diesen|diesem|dieses|jeder|jede|jeden|jedem|alle|allen|viele|vielen|einige|the|a|an|this|that|these|those|my|your|our|their|its|every|no)$/i;

/** "die neue Fritz", "einen guten Grund", "the Jensen novel"? — a determiner right before, or with one lower-case word between. */
function nounContext(c: Ctx, i: number): boolean {
  const p1 = itemAt(c.toks, i - 1);
  if (!p1) return false;
  if (hasX(p1, X_DETERMINER) && (c.lang !== 'en' || p1.lower || p1.sentStart)) return c.lang !== 'en' || !/^(?:a|an)$/i.test(p1.w) || true;
  const p2 = itemAt(c.toks, i - 2);
  return !!p2 && p1.lower && !PARTICLES.has(p1.w) && hasX(p2, X_DETERMINER) && c.lang !== 'en';
}

function push(c: Ctx, start: number, end: number, score: number, rule: string): void {
  if (end <= start) return;
  // Parts of handles, hashtags, identifiers, addresses and paths: "@Maike_84", "#Anna", "anna.schmidt@".
  const b = charAtOr(c.text, start - 1);
  const a = charAtOr(c.text, end);
  if (b === '@' || b === '#' || b === '_' || b === '/' || b === '\\') return;
  if (a === '_' || a === '@' || a === '/' || (a === '.' && /[\p{L}\d]/u.test(c.text[end + 1] ?? ''))) return;
  c.out.push({ start, end, score, rule });
}

/** text.slice(s, e) === str, without the slice. */
function gapEq(text: string, s: number, e: number, str: string): boolean {
  if (e - s !== str.length) return false;
  for (let k = 0; k < str.length; k++) if (text.charCodeAt(s + k) !== str.charCodeAt(k)) return false;
  return true;
}

/** text.slice(s, e): 0 when it matches /^[ \t]*$/, 1 when /^[ \t]*&[ \t]*$/, else -1. */
function ampGap(text: string, s: number, e: number): number {
  let amp = 0;
  for (let k = s; k < e; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 32 || ch === 9) continue;
    if (ch === 38 /* & */ && amp === 0) amp = 1;
    else return -1;
  }
  return amp;
}

/** A listed given name, no word, right before the token: the firm's owner, named in full. */
function ownerBefore(c: Ctx, lastTokIdx: number): boolean {
  const p = itemAt(c.toks, lastTokIdx - 1);
  return !!p && p.cap && gapEq(c.text, p.e, c.toks[lastTokIdx]!.s, ' ') && isGivenT(c, p) && !isAmbigT(c, p);
}

/** True when the run of tokens is followed by an organisation word or a house number. */
function followedByOrgOrStreet(c: Ctx, lastTokIdx: number): boolean {
  const t = c.toks[lastTokIdx]!;
  const next = c.toks[lastTokIdx + 1];
  // "Cook's Kitchen & Bar Ltd", "Reilly's Pharmacy": a possessive that names a firm.
  if (next && next.w === 's' && (c.text.charCodeAt(t.e) === 39 || c.text.charCodeAt(t.e) === 0x2019) && next.s === t.e + 1) {
    const after = c.toks[lastTokIdx + 2];
    if (after && after.cap && ampGap(c.text, next.e, after.s) === 0 && (hasX(after, X_ORG_WORDS) || firmAhead(c, lastTokIdx + 2))) return true;
  }
  if (next) {
    // The gap: blanks only (0), blanks around one "&" (1), anything else (-1). A column break
    // (a tab, or more than three blanks) joins nothing: "Frauke Janßen      Dr. Hendrik Osterloh".
    const kind = next.s - t.e > 3 || c.text.charCodeAt(t.e) === 9 ? -1 : ampGap(c.text, t.e, next.s);
    // (A street word only after blanks: "Baird & Dr Mei Ling Baird" is a title after "&", not "Drive".)
    if (kind >= 0 && (hasX(next, X_ORG_WORDS) || (kind === 0 && hasX(next, X_STREET_WORDS)))) return true;
    // "Hunter Plumbing": a trade after a surname alone (not after "Dylan Price", its owner).
    if (kind === 0 && TRADES.has(next.w) && !ownerBefore(c, lastTokIdx)) return true;
    // "Hope Park", "Victoria Island", "Miles Business Park", "Kent Station": a place.
    if (kind === 0 && PLACE_AFTER.has(next.w)) return true;
    if (kind === 0 && firmAhead(c, lastTokIdx + 1)) return true;
    // "Müller & Söhne" — but not "Anna & I", "Anna & Tom", "Anna & end", nor "Anna &lt; 3" (HTML).
    if (kind === 1 && !ampJoinsPeople(c, lastTokIdx + 1)) return true;
  }
  // "Am Markt 3", "Goethe 12": a capitalised word followed by a house number.
  const after = codeAt(c.text, t.e);
  if ((after === 32 || after === 9) && houseNumberAt(c.text, t.e)) {
    if (!isGivenT(c, t) || hasX(t, X_STREET_SUFFIX)) return true;
  }
  return false;
}

// Within eight characters, as it was read from a slice of eight, whose end then passed for the
// text's: "Frau Amara Diallo      0162 88 14 703" ended in "01" after eight characters.
// A year is no house number: "Thilo Ulbert 1986, S. 117" cites an author.
const HOUSE_NUMBER = /[ \t]+(?!(?:18|19|20)\d\d(?![\da-z]))\d{1,4}[a-z]?(?:[ \t]*[,\n]|$)/y;

/** Blanks, then a house number that ends its line, its text or a comma: "Am Markt 3", "Goethe 12,". */
function houseNumberAt(text: string, at: number): boolean {
  HOUSE_NUMBER.lastIndex = at;
  const m = HOUSE_NUMBER.exec(text);
  return m !== null && m[0].length <= 8;
}

/** A department's or team's word: "Kundenservice", "Buchhaltung", "Support", "Team". */
const DEPARTMENT_TAIL = endsWithAny(
  'service|support|team|abteilung|buchhaltung|verwaltung|vertrieb|einkauf|personal|kundendienst|zentrale|sekretariat|desk|department|accounts|payroll|helpdesk',
  true,
);

/** A job or a team named where a name could stand: "Mark Bouchard, Audio Engineer", "Nadja Wyss, Crew Planning". */
const JOB_TAIL = endsWithAny(
  'clerk|engineer|producer|manager|officer|sheriff|surveyor|director|coordinator|assistant|trainee|secretary|treasurer|administrator|supervisor|technician|consultant|adviser|advisor|accountant|scheduling|planning|committee|operations|sachbearbeiter|sachbearbeiterin|referent|referentin|assistenz|disposition|planung',
  true,
);
/** The trade in a firm's name, as the end of a capitalised word: "Maschinenservice", "Bürotechnik", "Immobilienverwaltung", "Lettings". */
const FIRM_TRADE = endsWithAny(
  `service|services|bank|kasse|versicherung|fabrication|manufacturing|adjusters|builders|merchants|hire|supplies|mining|transport|foods|couriers|logistics|freight|hotels|trading|joinery|textiles|packaging|security|electrical|interiors|insurance|homes|care|technik|verwaltung|handel|werke|bau|logistik|beratung|consulting|engineering|maritime|lettings|translation|translations|druck|reinigung|transporte|versand|montage|systeme|medien|dienste|dienstleistungen|office|elektro|sanitär|immobilien|architekten|architects|accountants|solicitors|recruitment|catering|haustechnik|gebäudetechnik`,
  true,
);

/**
 * A firm's name continues at token k: a trade word right there ("Weiß Maschinenservice", "Grant
 * Lettings"), or a legal form within three capitalised words ("Bergmann IT-Services GmbH",
 * "Sommerfeld Bürotechnik e.K.").
 */
const DOTTED_LEGAL_FORM = /^(?:B\.V|N\.V|S\.A|S\.p\.A|S\.r\.l|S\.L)\.?(?![\p{L}])/u;

function firmAhead(c: Ctx, k: number): boolean {
  const { toks, text } = c;
  const first = toks[k];
  // Dotted forms: "B.V.", "N.V.", "S.A.", "S.p.A.", "S.r.l.".
  if (first && first.w.length === 1 && DOTTED_LEGAL_FORM.test(text.slice(first.s, first.s + 8))) return true;
  if (!first || !(first.cap || first.upper)) return false;
  if (first.cap && FIRM_TRADE.test(first.w) && !isGivenT(c, first) && !isSurnameT(c, first)) return true;
  for (let j = k; j < toks.length && j < k + 4; j++) {
    const t = toks[j]!;
    if (j > k && !/^(?:[ \t]+|[ \t]*[&+-][ \t]*|\.[ \t]*)$/.test(text.slice(toks[j - 1]!.e, t.s))) return false;
    if (LEGAL_FORMS.has(t.w) || (t.w === 'e' && /^\.[ \t]?K\b/.test(text.slice(t.e, t.e + 4)))) return true;
    // "Alton Capital Partners", "Smith Family Trust": an organisation word a little further on.
    if (j > k && hasX(t, X_ORG_WORDS)) return true;
    if (t.lower && t.w !== 'e') return false;
  }
  return false;
}

/**
 * After "name &": whether the "&" joins people rather than a firm's parts. Posts escape it as
 * "&amp;" (and "&lt;"/"&gt;" are no "&" at all). It joins people when a lower-case word, "I", a
 * title or an unambiguous given name follows: "Shane &amp; Jonah", "Sandra & I", "… & Mrs Steyn".
 */
function ampJoinsPeople(c: Ctx, k: number): boolean {
  let n = c.toks[k];
  if (n && (n.w === 'lt' || n.w === 'gt' || n.w === 'quot') && c.text.charCodeAt(n.e) === 59) return true;
  if (n && n.w === 'amp' && c.text.charCodeAt(n.e) === 59) n = c.toks[++k];
  if (!n) return false;
  // "Alder & Reed Translation Services": a firm, though "Reed" is a given name.
  if (n.cap && firmAhead(c, k + 1)) return false;
  // "Mr Pieter-Jan Steyn & Mrs Lindiwe Steyn", "Herr Vogel & Frau Vogel-Schütz": a title opens a person.
  if (isTitleTok(c.text, n)) return true;
  if (n.lower || n.w === 'I' || (n.cap && isGivenT(c, n) && !isAmbigT(c, n) && !hasX(n, X_NEVER_NAMES))) return true;
  // Two full names: "Isabella Moretti & Jack O'Sullivan" (a firm's "&" has one name before it,
  // "Smith & Wesson"); then a given name that is also a word ("Jack", "Will") opens the second.
  return n.cap && isGivenT(c, n) && fullNameBefore(c, k - 1) && capAfter(c, k);
}

/** Whether tokens i-1, i are a listed given name (no word) and a capitalised word, one blank apart. */
function fullNameBefore(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  const g = c.toks[i - 1];
  return !!t && !!g && t.cap && g.cap && gapEq(c.text, g.e, t.s, ' ') && isGivenT(c, g) && !isAmbigT(c, g) && !hasX(t, X_ORG_WORDS);
}

/** Whether a capitalised word follows token k after one blank: the surname after "& Jack". */
function capAfter(c: Ctx, k: number): boolean {
  const t = c.toks[k]!;
  const n = c.toks[k + 1];
  return !!n && n.cap && gapEq(c.text, t.e, n.s, ' ') && !hasX(n, X_ORG_WORDS) && !hasX(n, X_NEVER_NAMES);
}

function precededByOrg(c: Ctx, firstTokIdx: number): boolean {
  const p = itemAt(c.toks, firstTokIdx - 1);
  if (!p) return false;
  // "Ingenieurbüro Morozova", "Zahnarztpraxis Dr. …", "Stadtbäckerei Sommer": a business before the name.
  return (ORG_PREFIX.has(p.w) || (p.cap && BUSINESS_TAIL.test(p.w))) && /^[ \t.]*$/.test(c.text.slice(p.e, c.toks[firstTokIdx]!.s));
}

const PARTNERS_AFTER = /^[ \t]*(?:&|und|and)[ \t]+(?:Kollegen|Kolleginnen|Partner|Partnerin|Partnerinnen|Partners|Associates|Colleagues)\b/;

/** Words after a capitalised word that make both a place ("Hope Park"); never read as part of a name. */
const PLACE_AFTER = new Set('Park Island Islands Station Airport Estate Centre Center Harbour Harbor Bridge Valley Gardens Heights Business Retail Industrial Room'.split(' '));
const GROUP_TAIL = /.(?:mitglieder|kollegen|kolleginnen|freunde|freundinnen|kunden|kundinnen|partner|partnerinnen|eltern|nachbarn|team|leute|innen)$/;
// (The trades in the second group name a firm alone too: "Brauerei Kellermann", "Hausverwaltung
// Lindner", "Fa. Fassadenbau Engelhardt", "Baumpflege Lindemann".)
const BUSINESS_TAIL =
  /^(?:.{3,}(?:büro|praxis|kanzlei|werkstatt|atelier|agentur|studio)|.*(?:apotheke|bäckerei|metzgerei|gärtnerei|schreinerei|tischlerei|druckerei|brauerei|kellerei|autohaus|zimmerei|dachdeckerei|schlosserei|glaserei|hausverwaltung|immobilienverwaltung|baumpflege|gartenpflege|gebäudereinigung|bau|getränkemarkt|spedition|bestattungen))$/i;

/** The second part of a firm's name: "Smith & Wesson", "Müller & Söhne" (not "Sandra & Tom"). */
function afterFirmAmp(c: Ctx, firstTokIdx: number): boolean {
  const p = itemAt(c.toks, firstTokIdx - 1);
  return !!p && p.cap && ampGap(c.text, p.e, c.toks[firstTokIdx]!.s) === 1 && !ampJoinsPeople(c, firstTokIdx);
}

/** Weekdays as rotas and plans label their lines: "Mo:", "Mi:", "Thu:". */
const DAY_LABELS = new Set('Mo Di Mi Do Fr Sa So Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun'.split(' '));

/**
 * Reads a name starting at token i (after a cue): up to `max` tokens that look like name parts
 * (given/surname/unknown capitalised, initials, particles between them). Returns the index after
 * the last token taken, or i when nothing was taken.
 */
function readName(c: Ctx, i: number, max: number, allowUpper: boolean, lineEnd = Infinity, cue = false): number {
  const { toks, text } = c;
  let j = i;
  let taken = 0;
  while (j < toks.length && taken < max) {
    const t = toks[j]!;
    if (t.s >= lineEnd) break;
    if (j > i) {
      // A rota's next day label: "Di: Schellhorn, Vu Thi Huong Mi: …" ends the name before "Mi".
      if (text.charCodeAt(t.e) === 58 /* : */ && DAY_LABELS.has(t.w)) break;
      const gap = text.slice(toks[j - 1]!.e, t.s);
      // Three blanks or more part columns ("Mohammed Khan        Created: …"), not name parts.
      // A tab parts a table's cells ("Mirjam\tA. Leutgeb"): one name is never typed across one.
      if (!/^(?:\.? {1,2}|\.? *- *|\.)$/.test(gap)) break;
      if (gap.startsWith('.') && !toks[j - 1]!.initial && !isTitleTok(text, toks[j - 1]!) && toks[j - 1]!.w.length > 2) break;
      // A hyphen after a dot only joins two initials: "H.-J. Bäcker" (not "Kd.-Nr.").
      if (gap.length > 1 && gap.charCodeAt(0) === 46 && gap.includes('-') && !(toks[j - 1]!.w.length === 1 && t.w.length === 1)) break;
      // "Frau Vogels Katze": a listed surname's genitive ends the name; a plain noun after it is
      // what the person owns, not a second name.
      const p = toks[j - 1]!;
      if (t.cap && p.w.length >= 4 && p.w.charCodeAt(p.w.length - 1) === 115 && lookupT(c, p) === 0 && lookup(c, p.w.slice(0, -1)) !== 0 && lookupT(c, t) === 0 && wordClass(t.w) === 'w') break;
    }
    // "Alexander Van der Bellen", "Carla Del Ponte": a particle written with a capital, and more after it.
    if (t.lower && j > i + 1 && PARTICLES.has(t.w) && toks[j - 1]!.cap && NAME_START_PARTICLES.has(toks[j - 1]!.w.toLowerCase())) {
      const n = toks[j + 1];
      if (n && n.cap && text.slice(t.e, n.s) === ' ') {
        j++;
        continue;
      }
      break;
    }
    if (t.lower && NAME_START_PARTICLES.has(t.w) && j > i) {
      // A particle counts only when a name part follows: "von der Leyen".
      let k = j;
      while (k < toks.length && toks[k]!.lower && PARTICLES.has(toks[k]!.w) && k - j < 3) k++;
      const n = toks[k];
      if (n && n.cap && text.slice(toks[k - 1]!.e, n.s) === ' ') {
        j = k;
        continue;
      }
      break;
    }
    if (t.lower && (NAME_START_PARTICLES.has(t.w) || (t.w === 'v' && text.charCodeAt(t.e) === 46)) && j === i) {
      // A name may start with its particle after a title: "Frau von der Leyen", "Frau v. Alvensleben".
      let k = j;
      if (t.w === 'v') k++;
      while (k < toks.length && toks[k]!.lower && PARTICLES.has(toks[k]!.w) && k - j < 3) k++;
      const n = toks[k];
      if (n && n.cap && (isSurnameT(c, n) || maybeNamePart(c, n))) {
        j = k;
        continue;
      }
      break;
    }
    // Irish and Scottish particles inside a name: "Siobhán Ó Briain", "Caoimhe Nic Giolla Phádraig".
    if (j > i && GAELIC_PARTICLES.has(t.w)) {
      const n = toks[j + 1];
      if (n && (n.cap || n.upper) && text.slice(t.e, n.s) === ' ') {
        j++;
        continue;
      }
      break;
    }
    const ok =
      t.initial ||
      (t.cap && t.w.length <= 2 && text.charCodeAt(t.e) === 46 && j + 1 < toks.length) ||
      // After a given name, a word with a noun's ending that is no frequent word: "Lea-Sophie Hartung".
      (t.cap && j > i && toks[j - 1]!.cap && isGivenT(c, toks[j - 1]!) && !isAmbigT(c, toks[j - 1]!) && hasX(t, X_NOUN_SUFFIX) && !hasX(t, X_NEVER_NAMES) && nameLikeClass(wordClass(t.w))) ||
      // Initials without dots in a field: "O G Adeyemi".
      (allowUpper && t.w.length === 1 && isUpperChar(t.w) && j + 1 < toks.length && text.charCodeAt(t.e) === 32) ||
      (t.cap && (isGivenT(c, t) || isSurnameT(c, t) || maybeNamePart(c, t, cue))) ||
      (allowUpper && t.upper && !hasX(t, X_ORG_WORDS) && t.w.length <= 30);
    if (!ok) break;
    if (j > i && (hasX(t, X_ORG_WORDS) || hasX(t, X_STREET_WORDS))) break;
    j++;
    taken++;
  }
  // Do not end on an initial's dot-less particle: trim trailing particles.
  while (j > i && toks[j - 1]!.lower) j--;
  return j;
}

const SAINT = /^(?:St|Sankt|San|Santa|Santo|São|Saint|Sainte|Ste)$/;
/** SAINT's words that open a place before a given name ("San Francisco", "Santa Monica"); not "Ste", also Steven's ("Ste Walsh"). */
const SAINT_PLACE = new Set(['San', 'Santa', 'Santo', 'São', 'Sankt']);

/** "Pat. somnolent", "Bek. Hyperplasie", "St. Peter": an abbreviation, or a saint's/place name. */
function abbreviationOrSaint(c: Ctx, i: number, j: number, afterTitle = false): boolean {
  const { toks, text } = c;
  const p = itemAt(toks, i - 1);
  if (p && SAINT.test(p.w) && /^\.?[ \t]$/.test(text.slice(p.e, toks[i]!.s))) return true;
  // The second of a church's two saints: "St. Peter und Paul", "St. Ulrich und Afra".
  const s = itemAt(toks, i - 3);
  if (p && s && (p.w === 'und' || p.w === 'and') && SAINT.test(s.w) && /^\.?[ \t]\S+ (?:und|and) $/.test(text.slice(s.e, toks[i]!.s))) return true;
  if (j - i === 1) {
    const t = toks[i]!;
    if (codeAt(text, t.e) === 46 /* . */) {
      const after = text.slice(t.e + 1, t.e + 4);
      // A short word with a dot is mostly an abbreviation ("Abs.", "Nr."), but after a title or
      // greeting it ends the sentence ("Mrs Fox.", "Herr Klein. der kommt erst um 8:30").
      if (afterTitle) return false;
      // (A closing quote after the dot ends a quoted sentence: 'Shout out to Sanjay."'. Not a
      // bracket: "(6 Pers.)".)
      if (/^[ \t]*[\p{Ll},;:(\d-]/u.test(after) || /^[^\s"'”’»«]/.test(after) || t.w.length <= 3) return true;
    }
  }
  return false;
}

function emitName(c: Ctx, i: number, j: number, score: number, rule: string): void {
  if (j <= i) return;
  // "Victoria Island", "Hope Park", "Kent Station": a place ("Hye-jin Park" is a name).
  if (j - i >= 2 && PLACE_AFTER.has(c.toks[j - 1]!.w) && (c.toks[j - 1]!.w !== 'Park' || isAmbigT(c, c.toks[i]!))) return;
  // "Grant Lettings", "Otto Office": a name and a trade is a firm.
  if (j - i >= 2) {
    const last = c.toks[j - 1]!;
    if (last.cap && FIRM_TRADE.test(last.w) && !isSurnameT(c, last) && !isGivenT(c, last)) return;
  }
  if (abbreviationOrSaint(c, i, j, rule === 'title' || rule === 'greeting')) return;
  // "Kanzlei Dr. Reiter & Kollegen", "Praxis Dr. Henning & Partner": the firm is named after the
  // person its title names.
  const partners = rule === 'title' && PARTNERS_AFTER.test(c.text.slice(c.toks[j - 1]!.e, c.toks[j - 1]!.e + 24));
  // "Ingenieurbüro Stanislav Horvat", "Bäckerei Jens Müller": a given name and a surname after the
  // business word are its owner ("Stadtbäckerei Sommer" stays the firm).
  const owner = j - i >= 2 && isGivenT(c, c.toks[i]!) && !isAmbigT(c, c.toks[i]!);
  if ((followedByOrgOrStreet(c, j - 1) && !partners) || (precededByOrg(c, i) && !owner)) return;
  // "Stone & Mason", "Price & Long": the second name of a firm (not "Anna & Tom").
  if (j - i === 1 && rule !== 'title' && afterFirmAmp(c, i) && !(c.L.given.has(c.toks[i - 1]!.w) && !isAmbigT(c, c.toks[i - 1]!))) return;
  push(c, c.toks[i]!.s, c.toks[j - 1]!.e, score, rule);
}

// --- cue: titles and salutations -----------------------------------------------------------

function titlesAndGreetings(c: Ctx): void {
  const { toks, text } = c;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!(t.cap || t.upper) && !(t.lower && hasX(t, X_GREETINGS))) continue;
    // Titles: "Herr", "Frau Dr.", "Prof. Dr. Dipl.-Ing.", "Mr.", "Dr. med."
    if (isTitleTok(text, t)) {
      let j = i + 1;
      while (j < toks.length) {
        const n = toks[j]!;
        const gap = text.slice(toks[j - 1]!.e, n.s);
        if (gap.includes('\n') || gap.length > 3) break;
        if (isTitleTok(text, n) || (n.lower && LOWER_TITLE_PARTS.has(n.w)) || (n.w === 'Ing' && gap.includes('-')) || (hasX(n, X_ROLE_NOUNS) && j === i + 1)) {
          j++;
          continue;
        }
        break;
      }
      if (j >= toks.length) continue;
      const first = toks[j]!;
      const gap = text.slice(toks[j - 1]!.e, first.s);
      if (gap.includes('\n') || !/^\.?[ \t]{1,2}$/.test(gap)) continue;
      // Pseudonymised initials after a title: "Herrn D", "Frau C.", "Herr K …" (not "Dr. W. Fleischmann").
      if (first.w.length === 1 && /\p{Lu}/u.test(first.w)) {
        const nx = toks[j + 1];
        const nameFollows = nx && /^\.[ \t]?$/.test(text.slice(first.e, nx.s)) && (nx.cap || nx.upper) && !hasX(nx, X_NEVER_NAMES);
        if (!nameFollows) {
          push(c, first.s, first.e, 0.9, 'title-initial');
          i = j;
          continue;
        }
      }
      // "Mr. Sunday Okon", "Mr Friday": after an honorific a weekday is a given name or a surname.
      if (PERSONAL_TITLES.has(t.w) && WEEKDAY_NAMES.has(first.w)) {
        const n = toks[j + 1];
        const end = n && n.cap && gapEq(text, first.e, n.s, ' ') && !hasX(n, X_NEVER_NAMES) ? readName(c, j + 1, 3, true, Infinity, true) : j + 1;
        emitName(c, j, end, 0.9, 'title');
        i = end - 1;
        continue;
      }
      // A never-name word after a title is a word ("Herr Gott", "Doktor Mama"), unless a list has
      // it as a name; after an honorific the census list counts too: "Mr Page", "Mrs Page's".
      const censusWord = PERSONAL_TITLES.has(t.w) && first.cap && hasX(first, X_NEVER_NAMES) && c.L.census.has(first.w);
      if (hasX(first, X_ROLE_NOUNS) || (hasX(first, X_NEVER_NAMES) && !isGivenT(c, first) && !isSurnameT(c, first) && !censusWord)) continue;
      // "Präsident Frankreichs", "Minister Bayerns": a genitive after an office is a place, unless a list knows it.
      if (c.lang !== 'en' && !TITLE_CUES_STRONG.has(t.w) && first.cap && first.w.length > 4 && first.w.endsWith('s') && lookupT(c, first) === 0 && lookup(c, first.w.slice(0, -1)) === 0) {
        const nx = toks[j + 1];
        if (!nx || !(nx.cap && gapEq(text, first.e, nx.s, ' '))) continue;
      }
      // "Frau" and "Herr" are also nouns ("die Frau", "Herr über"): need a name-looking word after.
      const weakTitle = (t.w === 'Frau' || t.w === 'Herr' || t.w === 'Herrn') && j === i + 1;
      let end = readName(c, j, 4, !weakTitle, Infinity, true);
      if (end === j && censusWord) end = j + 1;
      // "Mr Callum Street", "Dear Mrs Lane": after an honorific a street word the census lists is
      // the surname; nobody writes an address as "Mr Smith Street".
      if (PERSONAL_TITLES.has(t.w)) {
        const s = toks[end];
        if (s && hasX(s, X_STREET_WORDS) && s.cap && s.w.length > 3 && c.L.census.has(s.w) && (end === j || gapEq(text, toks[end - 1]!.e, s.s, ' '))) end++;
      }
      if (end === j) continue;
      // "Bürgermeister von Würzburg", "Bischof von Münster": an office's "von" and one word name
      // its place, unless a list has the word as a surname ("Bürgermeister von Heesen"); nobles'
      // titles and honorifics keep it ("Graf von Galen", "Herr von Weizsäcker").
      if (c.lang !== 'en' && end === j + 2 && (first.w === 'von' || first.w === 'vom') && !TITLE_CUES_STRONG.has(t.w) && !NOBLE_TITLES.has(t.w) && lookupT(c, toks[j + 1]!) === 0) continue;
      if (weakTitle && c.lang !== 'en') {
        // German "Frau X": X must not be an obvious noun, verb or adjective; the article before
        // "Frau" ("die Frau", "eine Frau") makes it the common noun.
        const prev = toks[i - 1];
        if (prev && prev.lower && /^(die|der|den|dem|des|eine|einer|einem|ein|jede|jeder|keine|diese|dieser|meine|seine|ihre|junge|alte)$/.test(prev.w)) continue;
      }
      emitName(c, j, end, 0.95, 'title');
      i = end - 1;
      continue;
    }
    // Salutations: "Liebe Anna", "Hallo Herr ..." (title handled on the next token), "Hi Tom,"
    if (hasX(t, X_GREETINGS_LC)) {
      let j = i + 1;
      // "Guten Tag", "Sehr geehrte", "Good morning" — skip the second greeting word.
      while (j < toks.length && hasX(toks[j]!, X_GREETINGS_LC) && j - i < 3) j++;
      const n = toks[j];
      if (!n || !n.cap) continue;
      const gap = text.slice(toks[j - 1]!.e, n.s);
      if (!/^[ \t,]{1,3}$/.test(gap)) continue;
      if (isTitleTok(text, n)) continue; // the title rule takes it
      if (GREETING_NON_NAMES.has(n.w.toLowerCase()) || hasX(n, X_ROLE_NOUNS)) continue;
      if (hasX(n, X_NEVER_NAMES) && !(WORD_GIVEN_NAMES.has(n.w) && greetingEndsOn(c, j))) continue;
      // "Liebe Vereinsmitglieder", "Hallo Vertriebsteam": a group is greeted.
      if (GROUP_TAIL.test(n.w)) continue;
      // "Hi Payroll team": a group is greeted.
      const n2 = toks[j + 1];
      if (n2 && gapEq(text, n.e, n2.s, ' ') && /^(?:team|department|desk|crew|folks|abteilung)$/.test(n2.w.toLowerCase())) continue;
      const known = isGivenT(c, n) || isSurnameT(c, n);
      if (!known && !maybeNamePart(c, n)) continue;
      if (!known && c.lang === 'de') {
        // German unknown word after "Liebe": only when the greeting line ends right after it.
        const after = text.slice(n.e, n.e + 3);
        if (!/^[ \t]*(?:[,!\n]|$)/.test(after)) continue;
      }
      const end = readName(c, j, 3, false, lineEndOf(text, n.s));
      emitName(c, j, end, known ? 0.9 : 0.8, 'greeting');
      i = end - 1;
    }
  }
}

/** "Hi Will," / "Hallo Jan!" / "Dear May\n" / "Hallo Jan Kowalski": the greeted word is the address itself. */
function greetingEndsOn(c: Ctx, j: number): boolean {
  const n = c.toks[j]!;
  if (/^[ \t]*(?:[,!:\n]|$)/.test(c.text.slice(n.e, n.e + 3))) return true;
  const s = c.toks[j + 1];
  return !!s && s.cap && gapEq(c.text, n.e, s.s, ' ') && isSurnameT(c, s) && !hasX(s, X_NEVER_NAMES);
}

// --- cue: form fields, e-mail headers, signatures, "Name <email>" -------------------------------

// A numbered line ("2. Name:") or a logged one ("14:05  FOR: Mark Fenwick") holds labels too.
// (A numbered label's number is no part of it: "Emergency contact #1:", "Kind 2:".)
const LABEL_LINE = /^[ \t>*•\-]*(?:\d{1,3}[.)][ \t]+|\d{1,2}:\d{2}[ \t]+)?([\p{L}][\p{L}\p{M} .,()\/\-]{0,40}?)(?:[ \t]+#?\d{1,2})?[ \t]*:[ \t]*(\S[^\n]*)$/gmu;

const CAPITALS_NOTE = /\((?:[^()]*[ \t])?(?:block capitals|capitals|caps|druckbuchstaben|blockschrift)\)/i;

function normLabel(raw: string): string[] {
  const l = raw
    .toLowerCase()
    .replace(/\((?:in|r|e|n|innen|s)\)/g, '')
    // "Kontoinhaber (Vorname, Name)": the label without its explanation.
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\/(?:in|innen|r)\b/g, '')
    .replace(/[*.]/g, '')
    .trim();
  const out = [l, l.replace(/\s+/g, '_')];
  for (const part of l.split(/[\/,&]|\bund\b|\band\b|\bor\b|\boder\b/)) out.push(part.trim(), part.trim().replace(/\s+/g, '_'));
  // "MODEL NAME (BLOCK CAPITALS)", "Name des Kindes (Druckbuchstaben)": the explanation says the
  // value is a name in capitals.
  if (CAPITALS_NOTE.test(raw) && /\bname\b/.test(l)) out.unshift('name in block capitals', 'name');
  return out;
}

// The same pattern, tried only at line starts that have a colon before the line ends.
const LABEL_LINE_AT = new RegExp(LABEL_LINE.source, 'ymu');
// Labels repeat ("Von", "Tel", "Betreff"): their verdict is remembered (bounded).
const labelVerdicts = new Map<string, boolean>();

/** A label of who did something, a participle and "by" with up to three words between. */
const DONE_BY_LABEL =
  /^(?:received|collected|signed|checked|approved|prepared|verified|witnessed|completed|captured|entered|processed|reviewed|authori[sz]ed|inspected|packed|picked|counted|taken|handed over|accepted|recorded|submitted|requested|reported|assessed|seen|examined|logged|booked|countersigned)(?: [a-z]+){0,3} by$/;

function labelIsName(raw: string): boolean {
  let v = labelVerdicts.get(raw);
  if (v !== undefined) return v;
  v = false;
  const labels = normLabel(raw);
  // "Ort, Datum, Unterschrift: Karlsruhe, 18.08.2024, gez. …": the value opens with the place.
  if (labels.includes('ort') || labels.includes('place')) return remember(labelVerdicts, 4096, raw, false);
  for (const l of labels) {
    if (NAME_LABELS.has(l) || NAME_LABELS_2.has(l)) {
      v = true;
      break;
    }
  }
  // "Line manager", "Solution architect", "Technischer Projektleiter": a role; its holder follows
  // (ROLE_LABEL_TAILS, or any word ending in -leiter/-manager).
  if (!v) {
    const words = labels[0]!.split(/[\s-]+/);
    const last = words[words.length - 1]!;
    // "Freigabe Vorgesetzter", "Technischer Ansprechpartner": a name label as the last word too.
    // (Not the short ones: "Aufgenommen von:" is followed by a department as often as by a person.)
    v = words.length <= 4 && (ROLE_LABEL_TAILS.has(last) || (last.length >= 5 && NAME_LABELS.has(last)) || /(?:leiter|leiterin|manager|managerin)$/.test(last));
  }
  // "Received in good order by:", "Checked and approved by:": who did it signs there.
  if (!v) v = DONE_BY_LABEL.test(labels[0]!);
  return remember(labelVerdicts, 4096, raw, v);
}

/** JavaScript line terminators: where a multiline ^ may match after. */
function isLineTerminator(ch: number): boolean {
  return ch === 10 || ch === 13 || ch === 0x2028 || ch === 0x2029;
}

/**
 * colonLineStarts() of the text, once per text, when "\n" is its only line terminator (else
 * null): the label and speaker lines are such lines, and their patterns stay within one line.
 */
function colonLines(c: Ctx): Int32Array | null {
  if (c.colonLines !== undefined) return c.colonLines;
  const { text } = c;
  if (text.indexOf('\r') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) return (c.colonLines = null);
  return (c.colonLines = colonLineStarts(text));
}

/**
 * An addressee or agent inside a line: "…, Attn: Will Carpenter, Unit 4", "Dublin, attn. Niall
 * Fitzpatrick – …", "z. Hd. Frau Anna Berg", "Logged by Orla (reception)", "geprüft von J. Brandt".
 * After "by"/"von" a department or firm is as likely ("approved by Finance"): there every word
 * must be a listed name or no ordinary word.
 */
const INLINE_CUE =
  /(?:^|[\s,;(])(?:(?:[Aa]ttn|ATTN|FAO|[Zz]\. ?Hd|[Zz]u Händen|[Ff]or the attention of|Inh\.|Inhaber(?:in)?)[.:]?|((?:[Ll]ogged|[Ll]ed|[Cc]haired|[Hh]osted|[Pp]resented|[Pp]repared|[Aa]pproved|[Ss]igned|[Rr]eported|[Cc]reated|[Rr]equested|[Rr]eviewed|[Cc]hecked|[Cc]ompiled|[Rr]aised|[Aa]uthori[sz]ed|[Tt]aken|[Ee]rstellt|[Gg]eprüft|[Ff]reigegeben|[Gg]enehmigt|[Bb]earbeitet|[Uu]nterschrieben|[Gg]ezeichnet)[ \t]+(?:by|von|durch):?))[ \t]+(?=\p{Lu})/gu;

function inlineCues(c: Ctx): void {
  const { text } = c;
  INLINE_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_CUE.exec(text))) {
    const s = m.index + m[0].length;
    // The name runs to the next comma, semicolon, bracket, dash, middle dot or line end.
    const rest = /^[^,;(\n–—|·]*/.exec(text.slice(s, s + 80))![0];
    let e = s + rest.replace(/\s+-\s.*$/, '').trimEnd().length;
    if (e <= s) continue;
    // An address may follow without a comma: "Inh. Stavros Georgiou Hahnenstraße 5".
    const i = c.byStart.get(s);
    if (i !== undefined) {
      const j = readName(c, i, 4, true, e);
      const nx = c.toks[j];
      if (j > i && nx && nx.s < e && (hasX(nx, X_STREET_SUFFIX) || hasX(nx, X_STREET_WORDS) || /^\d/.test(nx.w))) e = c.toks[j - 1]!.e;
    }
    if (m[1] !== undefined && !namelikeWords(c, s, e)) continue;
    nameList(c, s, e, 0.9, 'field');
  }
}

/**
 * The name before "Esq.", the title of a lawyer's name: "A. O. Fashola Esq.", "Victor
 * Ramos-Quintero, Esq.". Up to four initials and capitalised words, the last no initial.
 */
function esquires(c: Ctx): void {
  const { text, toks } = c;
  for (let k = text.indexOf('Esq'); k >= 0; k = text.indexOf('Esq', k + 3)) {
    const q = c.byStart.get(k);
    if (q === undefined || q === 0 || toks[q]!.w !== 'Esq') continue;
    let i = q - 1;
    const last = toks[i]!;
    const gap = text.slice(last.e, toks[q]!.s);
    if (!(gap === ' ' || gap === ', ') || !last.cap || last.initial || hasX(last, X_NEVER_NAMES) || hasX(last, X_ORG_WORDS)) continue;
    while (i > 0 && q - i < 4) {
      const p = toks[i - 1]!;
      const g = text.slice(p.e, toks[i]!.s);
      if (!(g === ' ' || (p.initial && (g === '. ' || g === '.')))) break;
      if (!p.initial && !(p.cap && !hasX(p, X_NEVER_NAMES) && !hasX(p, X_ORG_WORDS) && !isTitleTok(text, p))) break;
      i--;
    }
    push(c, toks[i]!.s, last.e, 0.9, 'esquire');
  }
}

/**
 * Every capitalised word in [s, e) is a listed name or no ordinary word (titles and initials
 * aside); after a listed given name, one ordinary word may be its surname ("Will Carpenter").
 * Credentials in capitals after a name ("MRICS") do not count.
 */
function namelikeWords(c: Ctx, s: number, e: number): boolean {
  let i = c.byStart.get(s);
  if (i === undefined) return false;
  let afterGiven = false;
  for (; i < c.toks.length && c.toks[i]!.s < e; i++) {
    const t = c.toks[i]!;
    if (t.initial || isTitleTok(c.text, t) || (t.lower && PARTICLES.has(t.w)) || (t.upper && i > 0)) continue;
    if (!t.cap) return false;
    if (!(inAnyList(c.L, t.w) || nameLikeClass(wordClass(t.w)) || afterGiven)) return false;
    afterGiven = c.L.given.has(t.w) && !afterGiven;
  }
  return true;
}

/** In a name list, as a name or as a name that is also a word ("Will", "Koch"). */
function inAnyList(L: NameLists, w: string): boolean {
  return L.given.has(w) || L.surname.has(w) || ambiguousName(L, w);
}

function formFields(c: Ctx): void {
  const { text } = c;
  const lines = colonLines(c);
  if (lines !== null) {
    // One line terminator only: a match starts at a line start and ends at that line's end.
    for (let k = 0; k < lines.length; k++) {
      LABEL_LINE_AT.lastIndex = lines[k]!;
      const m = LABEL_LINE_AT.exec(text);
      if (m) labelled(c, m);
      else addressLabelAlone(c, lines[k]!);
    }
    return;
  }
  const n = text.length;
  // Equivalent to a global LABEL_LINE scan: a match starts at a line start, and the label and
  // the text before it hold no colon nor line break, so a line without a colon cannot match.
  // After a match the scan resumes behind it, as a global exec would.
  let colon = text.indexOf(':');
  let p = 0;
  while (p < n && colon >= 0) {
    let q = p;
    while (q < n && !isLineTerminator(text.charCodeAt(q))) q++;
    if (colon < p) colon = text.indexOf(':', p);
    if (colon < 0) break;
    if (colon < q) {
      LABEL_LINE_AT.lastIndex = p;
      const m = LABEL_LINE_AT.exec(text);
      if (m) {
        const end = m.index + m[0].length;
        labelled(c, m);
        q = end;
        while (q < n && !isLineTerminator(text.charCodeAt(q))) q++;
      } else addressLabelAlone(c, p);
    }
    p = q + 1;
  }
}

/** "Bill to:" on a line of its own, the address below it: a label, not the given name "Bill". */
const ADDRESS_LABEL_ALONE = /[ \t>*]*(\p{L}+[ \t]+to)[ \t]*:[ \t]*(?:\r?\n|$)/iuy;

function addressLabelAlone(c: Ctx, at: number): void {
  ADDRESS_LABEL_ALONE.lastIndex = at;
  const m = ADDRESS_LABEL_ALONE.exec(c.text);
  if (m === null || !ADDRESS_LABELS.has(m[1]!.toLowerCase().replace(/\s+/g, '_'))) return;
  const start = at + m[0].indexOf(m[1]!);
  c.labels.push({ start, end: start + m[1]!.length });
}

/**
 * A LABEL_LINE match. A label that asks for a name: the names in its value. The label itself is
 * no name, nor is an address label ("Bill to:", "Ship to:"; its value is an address, which the
 * name rules would split into "Riverside Park, Leeds").
 */
function labelled(c: Ctx, m: RegExpExecArray): void {
  const end0 = m.index + m[0].length;
  // The first field's value ends where a further field starts: "Account manager: Ciarán Doyle   Service technician: …".
  const valueEnd = m[2]!.indexOf(':') >= 0 ? moreFields(c, end0 - m[2]!.length, end0) : end0;
  const name = labelIsName(m[1]!);
  if (!name && !blockedLabel(c, m[1]!)) return;
  let labelStart = m.index + m[0].indexOf(m[1]!);
  // "Frau Lang ist im Urlaub, Vertretung: …": a sentence before the label is no part of it.
  const comma = m[1]!.lastIndexOf(', ');
  const skip = comma > 0 && m[1]!.slice(0, comma).split(' ').length >= 3 ? comma + 2 : 0;
  labelStart += skip;
  c.labels.push({ start: labelStart, end: labelStart + m[1]!.length - skip });
  if (!name) return;
  const vs = end0 - m[2]!.length;
  // "Von: Kalender <kalender@…>": a shared mailbox's display name, as mailNames() reads it.
  const value = c.text.slice(vs, valueEnd);
  const lt = value.indexOf('<');
  if (lt > 0 && value.indexOf('@', lt) > 0 && sharedMailbox(c, value.slice(0, lt), c.text, vs + lt)) return;
  nameList(c, vs, valueEnd, 0.95, 'field', PART_LABELS.has(normLabel(m[1]!)[0]!));
}

/** A further field on a label's line, after a separator: "HR: Amira Hassan · Buddy: Kai Engel". */
const NEXT_FIELD = /(?:[·|;•,]|[ \t]{2,})[ \t]*(\p{L}[\p{L}\p{M} .()\/-]{0,30}?)(?:[ \t]+#?\d{1,2})?[ \t]*:[ \t]+(?=\S)/gu;

const INVERTED_NAME = /^[ \t]*\p{Lu}[\p{L}\p{M}'’-]+,[ \t]*\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*)?[ \t]*$/u;
/**
 * The fields after the first on one line ("Datum: 12.03. · Bearbeiter: Anna Schmidt"), each a name
 * label or not. Returns where the first field's value ends: before the next field's separator.
 */
function moreFields(c: Ctx, from: number, to: number): number {
  const value = c.text.slice(from, to);
  NEXT_FIELD.lastIndex = 0;
  const found: Array<[number, number, string]> = [];
  let f: RegExpExecArray | null;
  let firstEnd = to;
  while ((f = NEXT_FIELD.exec(value))) {
    if (found.length === 0) firstEnd = from + f.index;
    found.push([f.index + f[0].indexOf(f[1]!), f.index + f[0].length, f[1]!]);
  }
  for (let i = 0; i < found.length; i++) {
    const [ls, vs, label] = found[i]!;
    if (!labelIsName(label)) continue;
    // The value runs to the next field's separator, or to the line's end.
    const ve = i + 1 < found.length ? found[i + 1]![0] : value.length;
    const sep = i + 1 < found.length ? /[ \t]*(?:[·|;•,]|[ \t]{2,})[ \t]*$/.exec(value.slice(vs, ve)) : null;
    let end = sep ? vs + sep.index : ve;
    // A hard separator ends the field whatever follows: "Adeyemi · Sort code …", "Hartung · Raum 1.08".
    const hard = value.slice(vs, end).search(/[ \t]*[·|•;]/);
    if (hard >= 0) end = vs + hard;
    // So does a comma, unless it inverts one name ("Vertretung: Sommer, Lea"): "Attn: Will
    // Carpenter, Unit 4, Riverside Park", "Peter Langford (plangford), Manager, Graduate Studies".
    const comma = value.slice(vs, end).indexOf(',');
    if (comma >= 0 && !INVERTED_NAME.test(value.slice(vs, end))) end = vs + comma;
    if (end <= vs) continue;
    c.labels.push({ start: from + ls, end: from + ls + label.length });
    nameList(c, from + vs, from + end, 0.95, 'field', PART_LABELS.has(normLabel(label)[0]!));
  }
  return firstEnd;
}

// Labels repeat ("Rechnungsdatum", "Invoice Date"): whether one is blocked is remembered (bounded).
const blockedVerdicts = new Map<string, boolean>();

/** An address label ("Bill to") or one of ordinary words: no name in it, and its value is no name list. */
function blockedLabel(c: Ctx, raw: string): boolean {
  let v = blockedVerdicts.get(raw);
  if (v === undefined) {
    v = ADDRESS_LABELS.has(raw.toLowerCase().replace(/\s+/g, '_')) || ordinaryWords(c, raw);
    remember(blockedVerdicts, 4096, raw, v);
  }
  return v;
}

/**
 * A label of ordinary words, no name in it: three or more ("Unique Mandate Reference"), or two
 * that no name list has ("Invoice Date"; "Mark Cook:" is a speaker).
 */
function ordinaryWords(c: Ctx, label: string): boolean {
  const words = label.trim().split(/[ \t]+/);
  if (words.length < 2 || !words.every((w) => SLOT_BLOCK.has(wordClass(w)))) return false;
  // "07:20 Herr Braun stellt fest:": a sentence about someone, no label of ordinary words.
  if (words.some((w) => TITLE_CUES_STRONG.has(w.replace(/\.$/, '')))) return false;
  return words.length >= 3 || !words.some((w) => inAnyList(c.L, w));
}

/** Labels whose value is a name part and nothing else: there even "ADEYEMI" in block capitals is one. */
const PART_LABELS = new Set([
  'surname', 'surnames', 'last name', 'family name', 'first name', 'first names', 'forename', 'forenames', 'given name',
  'given names', 'preferred name', 'nachname', 'vorname', 'vornamen', 'familienname', 'geburtsname', 'rufname',
  // Written in capitals on purpose: "Name in Druckbuchstaben: BEHRENS".
  'name in druckbuchstaben', 'druckbuchstaben', 'name in block capitals', 'block capitals', 'print name', 'name in print',
]);

const FIELD_TAIL = /\s(?:IBAN|BIC|Tel|Phone|Fax|E-?[Mm]ail|Mobil|Mobile|Cell|Handy|Mob)\b|\s\p{Lu}[\p{L}\p{M}]+(?:\s\p{Ll}+)?:\s/u;

/**
 * Parses a field value holding one or more names: "Anna Schmidt", "Schmidt, Anna",
 * "Dr. Anna Schmidt <a.schmidt@firma.de>; Meier, Jörg", "Anna Schmidt, Jörg Meier und Ayşe Demir".
 */
function nameList(c: Ctx, start: number, end: number, score: number, rule: string, anyCase = false): void {
  const { text } = c;
  // A payment line goes on after the name: "BRENNAN, CIARA IBAN IE33 …", "Anna Berg Tel. 030 …".
  const more = FIELD_TAIL.exec(text.slice(start, end));
  if (more) end = start + more.index;
  const value = text.slice(start, end);
  // Cut off trailing e-mail addresses, phone numbers and role descriptions.
  const parts: Array<[number, number]> = [];
  // A comma before one last word (a given name, also in capitals: "BRENNAN, CIARA") is inverted order, no separator.
  const SEP = /\s*(?:;|\||[·•]|\s\/\s|,(?!\s*\p{Lu}(?:[\p{Ll}\p{M}]+|[\p{Lu}\p{M}]+)(?:-\p{Lu}[\p{Ll}\p{M}]+)?\s*(?:[;<|(–—]|\s-\s|$))|\s+und\s+|\s+and\s+|\s+&\s+|\t|\s{3,})\s*/gu;
  let last = 0;
  let sm: RegExpExecArray | null;
  SEP.lastIndex = 0;
  while ((sm = SEP.exec(value))) {
    if (sm[0].length === 0) {
      SEP.lastIndex++;
      continue;
    }
    parts.push([last, sm.index]);
    last = sm.index + sm[0].length;
  }
  parts.push([last, value.length]);
  for (const [a, b] of parts) {
    let s = start + a;
    let e = start + b;
    // Strip "<mail>", "(…)", quotes.
    const seg = text.slice(s, e);
    const cut = seg.search(/\s*(?:<|\(|\[|\d|@|\s[-–]\s)/);
    // "Lot 3 Grace Tan", "Ward 7", "Zimmer 12": the word before the number labels it.
    if (cut >= 0 && NUMBERED_PLACE.test(seg.slice(0, cut).trim()) && PLACE_NUMBER.test(seg.slice(cut))) continue;
    if (cut >= 0) e = s + cut;
    while (s < e && /["'\s]/.test(text[s]!)) s++;
    while (e > s && /["'\s,.]/.test(text[e - 1]!)) e--;
    if (e <= s) continue;
    // A shared mailbox before its address: "Cc: Sales <sales@…>".
    if (cut >= 0 && /^\s*</.test(seg.slice(cut)) && sharedMailbox(c, text.slice(s, e), seg, seg.indexOf('<', cut))) continue;
    nameSegment(c, s, e, score, rule, anyCase);
  }
}

/** Places and lots that carry a number: "Lot 3", "Ward 7", "Stellplatz 12". */
const NUMBERED_PLACE = /^(?:Lot|Ward|Unit|Room|Flat|Apt|Suite|Plot|Stand|Table|Court|Bay|Gate|Block|Level|Box|Booth|Bed|Seat|Pitch|Berth|Haus|Zimmer|Platz|Stellplatz|Parzelle|Wohnung|Whg|Tisch)$/;
/** The number after such a word: short, not a date or a time. */
const PLACE_NUMBER = /^[ \t]\d{1,4}[A-Za-z]?(?![\d.:/])/;

function numberedPlace(text: string, t: Tok): boolean {
  return NUMBERED_PLACE.test(t.w) && PLACE_NUMBER.test(text.slice(t.e, t.e + 8));
}

/** A segment that should be exactly one name (with optional titles): emits it when it looks like one. */
function nameSegment(c: Ctx, s: number, e: number, score: number, rule: string, anyCase = false): boolean {
  const { toks } = c;
  let i = c.byStart.get(s);
  if (i === undefined) return false;
  // Skip titles and "i.A."/"Ihr"/"Your".
  while (i < toks.length && toks[i]!.s < e) {
    const t = toks[i]!;
    if (isTitleTok(c.text, t) || (t.lower && LOWER_TITLE_PARTS.has(t.w)) || /^(?:i|A|V|ppa|pp|Ihr|Ihre|Euer|Eure|Dein|Deine|Your|Yours)$/.test(t.w) || (t.w === 'Ing' && i > 0)) {
      i++;
      continue;
    }
    break;
  }
  if (i >= toks.length || toks[i]!.s >= e) return false;
  // Inverted order "Schmidt, Anna" (also "MÜLLER, Anna").
  const comma = c.text.slice(toks[i]!.s, e).match(/^([\p{L}\p{M}'’\- ]+?)\s*,\s*([\p{L}\p{M}'’\-. ]+)$/u);
  // "Aoife Brennan, Purchasing": after the comma a department, not a given name.
  if (comma && !/\s/.test(comma[2]!.trim()) && !c.L.given.has(comma[2]!.trim()) && SLOT_BLOCK.has(wordClass(comma[2]!.trim()))) {
    return nameSegment(c, toks[i]!.s, toks[i]!.s + comma[1]!.length, score, rule, anyCase);
  }
  if (comma) {
    const endIdx = readName(c, i, 3, true, e);
    const after = c.byStart.get(c.text.indexOf(comma[2]!, toks[i]!.s + comma[1]!.length));
    if (endIdx > i && after !== undefined) {
      const end2 = readName(c, after, 3, true, e);
      if (end2 > after && toks[end2 - 1]!.e === e && toks[endIdx - 1]!.e === toks[i]!.s + comma[1]!.length) {
        push(c, toks[i]!.s, e, score, `${rule}-inverted`);
        return true;
      }
    }
  }
  const j = readName(c, i, 4, true, e);
  if (j === i || toks[j - 1]!.e !== e) return false;
  // All capitals only with a name-list word, and not a lone organisation-looking word.
  const ts = toks.slice(i, j);
  const words = ts.filter((t) => !t.lower && !t.initial);
  if (words.length === 0) return false;
  const known = words.some((t) => isGivenT(c, t) || isSurnameT(c, t) || isGiven(c, titleCase(t.w)) || isSurname(c, titleCase(t.w)));
  if (words.every((t) => t.upper) && !known && !anyCase) return false;
  // A word that is also a name alone, not in a name field: "Schmied" is a trade; "J. Schmied" is someone.
  if (!known && words.length === 1 && ((isAmbigT(c, words[0]!) && !ts[0]!.initial) || hasX(words[0]!, X_NEVER_NAMES))) return false;
  // "Kundennr. 100-3392", "Tel. 0171 …": an abbreviation that labels a number.
  if (!known && words.length === 1 && /^\.[ \t]*[\d+(]/.test(c.text.slice(words[0]!.e, words[0]!.e + 4))) return false;
  // "Ihr Kundenservice", "Your Accounts Team": a department or firm signs, not a person.
  if (!known && words.some((t) => FIRM_TRADE.test(t.w) || DEPARTMENT_TAIL.test(t.w) || JOB_TAIL.test(t.w))) return false;
  if (precededByOrg(c, i) || followedByOrgOrStreet(c, j - 1)) return false;
  push(c, toks[i]!.s, e, score, rule);
  return true;
}

function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

const CLOSING_RE = new RegExp(
  `^[ \\t>]*(?:${CLOSINGS.map((x) => x.replace(/ /g, '[ \\t]+')).join('|')})[ \\t]*[,.!]?[ \\t]*(?:\\r?\\n|$)`,
  'gimu',
);
const CLOSING_INLINE_RE = new RegExp(
  `(?:^|\\n)[ \\t>]*(?:${CLOSINGS.filter((x) => x.length > 2 || x === 'lg' || x === 'vg').map((x) => x.replace(/ /g, '[ \\t]+')).join('|')})[ \\t]*[,!]?[ \\t]+(?=\\p{Lu})`,
  'giu',
);

/** The same closings after a sentence inside a line, with the name ending the line: ". Danke, Schellhorn." (flattened tickets and notes). */
const CLOSING_AFTER_SENTENCE_RE = new RegExp(
  `[.!?][ \\t]+(?:${[...CLOSINGS.filter((x) => x.length > 3), 'danke', 'vielen dank', 'thanks', 'thank you', 'cheers']
    .map((x) => x.replace(/ /g, '[ \\t]+'))
    .join('|')})[ \\t]*,[ \\t]*(?=\\p{Lu})`,
  'giu',
);

/** German signing on someone's behalf at a line's start: "i. A.", "i.V.", "ppa.", "gez." */
const ON_BEHALF_RE = /(?:^|\n)[ \t>]*(?:i\.[ \t]?[AV]\.|ppa\.|gez\.)[ \t]+(?:(?:Dr|Prof)\.[ \t]+)*(?=\p{Lu})/giu;

/** Where a signer's name on a line ends: before "| Vertrieb", ", Teamleiterin", "(Support)", " - ", a column break. */
function signerEnd(text: string, s: number, lineEnd: number): number {
  const cut = text.slice(s, lineEnd).search(/\s*(?:[|,(–]|\s-\s|\t|\s{3,})/);
  return trimmedEnd(text, s, cut > 0 ? s + cut : lineEnd);
}

/** `e` moved back over trailing blanks and dots, not before `s`. */
function trimmedEnd(text: string, s: number, e: number): number {
  while (e > s && /[\s.]/.test(text[e - 1]!)) e--;
  return e;
}

/** Where a name after a closing ends: its line's end, before trailing blanks, dots and "!". */
function signedLineEnd(text: string, s: number): number {
  let e = lineEndOf(text, s);
  while (e > s && /[\s.!]/.test(text[e - 1]!)) e--;
  return e;
}

function signatures(c: Ctx): void {
  const { text } = c;
  CLOSING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLOSING_RE.exec(text))) {
    // The next non-empty line (at most one blank line between).
    let p = m.index + m[0].length;
    for (let k = 0; k < 2; k++) {
      const le = lineEndOf(text, p);
      const line = text.slice(p, le);
      if (line.trim() === '') {
        p = le + 1;
        continue;
      }
      let s = p + (line.length - line.trimStart().length);
      const e = signerEnd(text, s, le);
      const r = c.out.length;
      nameSegment(c, s, e, 0.9, 'signature');
      // Signers side by side: "Prof. Dr. W. Lindemann     Dr. Milan Ilić     Jasmin Fröhlich".
      for (let at = e, k2 = text.slice(e, le).search(/\t|[ ]{3,}/); k2 >= 0 && at < le; ) {
        let ss = at + k2;
        while (ss < le && (text.charCodeAt(ss) === 32 || text.charCodeAt(ss) === 9)) ss++;
        const next = text.slice(ss, le).search(/\t|[ ]{3,}/);
        const ee = next < 0 ? le : ss + next;
        const te = trimmedEnd(text, ss, ee);
        if (te > ss) nameSegment(c, ss, te, 0.9, 'signature');
        at = ee;
        k2 = next < 0 ? -1 : 0;
      }
      if (c.out.length === r) {
        // "Ihr Thomas", "Your Tom" ("i. A. Anna Schmidt" is ON_BEHALF_RE's, closing or not)
        const sm = text.slice(s, e).match(/^(?:Ihr(?:e)?|Dein(?:e)?|Euer|Eure|Your)\s+/u);
        if (sm) {
          s += sm[0].length;
          nameSegment(c, s, e, 0.9, 'signature');
        }
      }
      break;
    }
  }
  // "i. A. Jan Winter", "ppa. Dr. Kerstin Vogt", "gez. Meier" on a line of their own, closing or not.
  if (text.indexOf('i.') >= 0 || text.indexOf('pa.') >= 0 || text.indexOf('ez.') >= 0) {
    ON_BEHALF_RE.lastIndex = 0;
    while ((m = ON_BEHALF_RE.exec(text))) {
      const s = m.index + m[0].length;
      nameSegment(c, s, signerEnd(text, s, lineEndOf(text, s)), 0.9, 'signature'); // resolve() drops a second find after a closing
    }
  }
  // "Gruß, Thomas", "VG Anna", "Cheers, Tom"
  CLOSING_INLINE_RE.lastIndex = 0;
  while ((m = CLOSING_INLINE_RE.exec(text))) {
    const s = m.index + m[0].length;
    nameSegment(c, s, signedLineEnd(text, s), 0.85, 'signature-inline');
  }
  // ". Danke, Schellhorn.", ". Grüße, Henrieke": one or two words that end the line, each a listed
  // name or no ordinary word ("Danke, Kollegen." is no one).
  if (text.indexOf(',') >= 0) {
    CLOSING_AFTER_SENTENCE_RE.lastIndex = 0;
    while ((m = CLOSING_AFTER_SENTENCE_RE.exec(text))) {
      const s = m.index + m[0].length;
      const e = signedLineEnd(text, s);
      const words = text.slice(s, e).split(' ');
      if (words.length > 2 || !words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w) && (isGiven(c, w) || isSurname(c, w) || nameLikeClass(wordClass(w))))) continue;
      nameSegment(c, s, e, 0.8, 'signature-inline');
    }
  }
}

const MAIL_IN_ANGLES = /^<[^<>\s@]+@[^<>\s]+>/;
const NAME_BEFORE_MAIL = /(?:"([^"\n]{2,60})"|([\p{Lu}][\p{L}\p{M}'’.\- ,]{1,60}?))[ \t]*$/u;

/** "Anna Schmidt <a.schmidt@firma.de>", "\"Schmidt, Anna\" <…>": anchored on each "<…@…>". */
function mailNames(c: Ctx): void {
  const { text } = c;
  for (let k = text.indexOf('<'); k >= 0; k = text.indexOf('<', k + 1)) {
    if (!MAIL_IN_ANGLES.test(text.slice(k, k + 120))) continue;
    const from = Math.max(0, k - 64, text.lastIndexOf('\n', k - 1) + 1);
    const m = NAME_BEFORE_MAIL.exec(text.slice(from, k));
    if (!m) continue;
    const raw = m[1] ?? m[2]!;
    const s = from + m.index + (m[1] ? 1 : 0);
    let st = s;
    // The unquoted form may have swallowed a label ("Von: Anna Schmidt"): take the part after the
    // last colon or semicolon; the label pass handles the rest.
    const lastSep = Math.max(raw.lastIndexOf(':'), raw.lastIndexOf(';'));
    if (lastSep >= 0) st = s + lastSep + 1;
    let e = s + raw.length;
    while (st < e && /[\s,]/.test(text[st]!)) st++;
    while (e > st && /[\s,]/.test(text[e - 1]!)) e--;
    if (sharedMailbox(c, text.slice(st, e), text, k)) continue;
    if (!nameSegment(c, st, e, 0.95, 'mail')) nameInOwnAddress(c, st, e, k);
  }
  namedAddresses(c);
}

/**
 * "Graham Street <graham.street@…>", "Dominic Lane <d.lane@…>": a given name and a word the rules
 * refuse as a name part (a street word), which the address's local part repeats: the address
 * confirms it is the surname.
 */
function nameInOwnAddress(c: Ctx, s: number, e: number, open: number): void {
  const { toks, text } = c;
  const i = c.byStart.get(s);
  if (i === undefined || i + 1 >= toks.length) return;
  const a = toks[i]!;
  const b = toks[i + 1]!;
  if (b.e !== e || !a.cap || !b.cap || !gapEq(text, a.e, b.s, ' ') || !isGivenT(c, a)) return;
  const at = text.indexOf('@', open);
  const local = text.slice(open + 1, at).toLowerCase();
  if (b.w.length >= 4 && local.includes(b.w.toLowerCase())) push(c, s, e, 0.95, 'mail');
}

/**
 * A shared mailbox's or a firm's display name before its address (the "<" at `open` in `s`):
 * told by its words (mailboxWords) or by its address (roleAddress).
 */
function sharedMailbox(c: Ctx, name: string, s: string, open: number): boolean {
  const words = name.match(/\p{L}[\p{L}\p{M}'’-]*/gu);
  if (!words) return false;
  const close = s.indexOf('>', open);
  const address = s.slice(open + 1, close < 0 ? s.length - 1 : close);
  return mailboxWords(c, words) || roleAddress(c, words, address) || wordMailbox(c, words, address);
}

/** "Kalender <kalender@…>": one ordinary word, no surname, that the local part repeats (a given name by the lists only). */
function wordMailbox(c: Ctx, words: readonly string[], address: string): boolean {
  if (words.length !== 1) return false;
  const w = words[0]!;
  return address.toLowerCase().startsWith(w.toLowerCase() + '@') && wordClass(w) === 'w' && !c.L.surname.has(titleCase(w)) && !c.L.census.has(titleCase(w));
}

/**
 * Ordinary words only, none of them in the German or English name lists ("Sales <sales@…>",
 * "Operations <ops@…>", "Hedgehogs Room <…>", "Student Support & Wellbeing <…>"). A person's
 * display name has a listed name or a word no dictionary has.
 */
function mailboxWords(c: Ctx, words: readonly string[]): boolean {
  for (const w of words) {
    // A code in capitals says where or which desk: "HKG Crew Scheduling", "Crew Planning ZRH".
    if (w.length < 2 || w.toLowerCase() === w || (w.length <= 4 && w.toUpperCase() === w)) continue;
    const t = titleCase(w);
    if (c.L.given.has(t) || c.L.surname.has(t) || c.L.given.has(w) || c.L.surname.has(w) || wordClass(w) !== 'w') return false;
  }
  return true;
}

/** Local parts of shared mailboxes: a desk, not a person ("careers@", "orders@", "auftrag@"). */
const ROLE_LOCALS = new Set(
  `info office kontakt contact mail post hello hallo service support sales vertrieb orders order bestellung bestellungen
  auftrag auftraege einkauf purchasing procurement accounts accounting buchhaltung billing rechnung rechnungen invoices
  invoice hr personal jobs careers karriere bewerbung recruiting talent shifts dispo disposition care customercare
  kundenservice help helpdesk admin team noreply newsletter marketing press presse events booking bookings reservations
  reservierung rx lab labor werkstatt empfang reception frontdesk enquiries anfragen`.split(/\s+/),
);

/**
 * A desk's or a firm's display name, told by its address: a shared mailbox's local part
 * ("Careers <careers@…>", "Lab Orders – Precision Lens Lab <rx@…>") or the firm's name in the
 * domain ("StudentStaff Manchester <shifts@studentstaff.example>"). Not where the name opens
 * with a listed given name and goes on: "Anna Schmidt <info@schmidt-bau.de>" is the owner.
 */
function roleAddress(c: Ctx, words: readonly string[], address: string): boolean {
  const at = address.indexOf('@');
  if (at <= 0 || (words.length >= 2 && c.L.given.has(titleCase(words[0]!)))) return false;
  const local = address.slice(0, at).toLowerCase().split(/[._+-]/)[0]!;
  if (ROLE_LOCALS.has(local)) return true;
  const head = asciiFold(words[0]!.toLowerCase()).replace(/[^a-z]/g, '');
  return head.length >= 5 && address.slice(at + 1).toLowerCase().replace(/[^a-z]/g, '').includes(head);
}

/** Words before an address: capitalised, or a name's particle ("Jan van Leeuwen"). */
const WORDS_BEFORE_MAIL = /((?:\p{Lu}[\p{L}\p{M}'’-]*|van|von|de|der|den|da|di|du|le|la|bin|al)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*|van|von|de|der|den|da|di|du|le|la|bin|al)){1,4})[ \t]*(?:[–—|:,/(-][ \t]*)?(?:mailto:)?$/u;
const LOCAL_PART_CHAR = /[A-Za-z0-9._%+-]/;

/**
 * "Aditi Rao — aditi.rao@…", "Anna Schmidt, a.schmidt@firma.de", "Tom Hale (tom.hale@…)": the
 * words right before an address that is made of them (handleOf) are a name. Two words at least,
 * both in the address: "Support, support@firma.de", "Kontakt Elternbeirat: elternbeirat@…" are no one.
 */
function namedAddresses(c: Ctx): void {
  const { text } = c;
  for (let k = text.indexOf('@'); k >= 0; k = text.indexOf('@', k + 1)) {
    let ls = k;
    while (ls > 0 && LOCAL_PART_CHAR.test(text.charAt(ls - 1))) ls--;
    if (ls === k || text.charAt(ls - 1) === '<') continue; // "<…@…>": mailNames' own
    const from = Math.max(0, ls - 80, text.lastIndexOf('\n', ls - 1) + 1);
    const m = WORDS_BEFORE_MAIL.exec(text.slice(from, ls));
    if (!m) continue;
    const local = text.slice(ls, k);
    const words = m[1]!.split(/[ \t]+/);
    const at = from + m.index;
    // The longest run of last words the address is made of: not "Contact Aditi Rao".
    for (let n = words.length; n >= 2; n--) {
      const name = words.slice(words.length - n).join(' ');
      // Made of the name, not of one word of it ("Kontakt Elternbeirat: elternbeirat@…").
      if (!/^\p{Lu}/u.test(name) || !handleOf(local, name) || handleOf(local, words[words.length - 1]!) || handleOf(local, words[words.length - n]!)) continue;
      const s = at + m[1]!.lastIndexOf(name);
      nameSegment(c, s, s + name.length, 0.9, 'mail-named');
      break;
    }
  }
}

// --- names from the lists, without a cue ------------------------------------------------------

/** What English "per" governs: "Per our convo", "Per the contract", "Per your request". */
const PER_OBJECT = /^[ \t]+(?:our|your|my|his|her|their|its|the|this|that|these|those|a|an|usual|previous|last|attached|above|below|today's|yesterday's|policy|section|clause|request|email|e-mail|instructions|agreement|contract|schedule|terms)\b/;

/** "Junior Consultant", "Senior Backend Developer": a job's grade before its title (not "Junior Silva"). */
function jobGrade(c: Ctx, i: number): boolean {
  const t = c.toks[i]!;
  const n = c.toks[i + 1];
  return (t.w === 'Junior' || t.w === 'Senior') && n !== undefined && n.cap && gapEq(c.text, t.e, n.s, ' ') && !isSurnameT(c, n);
}

/** English "Per our call", "Per the contract": the preposition, not Scandinavian "Per". */
function perPreposition(text: string, t: Tok): boolean {
  return t.w === 'Per' && PER_OBJECT.test(text.slice(t.e, t.e + 16));
}

function listNames(c: Ctx): void {
  const { toks, text } = c;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap) continue;
    if (hasX(t, X_NEVER_NAMES)) {
      // Irish "Des" (Desmond) is the German article only in German text: "induction with Des Flanagan".
      const n = toks[i + 1];
      if (t.w === 'Des' && c.lang === 'en' && n && n.cap && gapEq(text, t.e, n.s, ' ') && (isSurnameT(c, n) || c.L.census.has(n.w)) && !isGivenT(c, n)) {
        const end = readName(c, i + 1, 2, false, lineEndOf(text, t.s));
        emitName(c, i, end, 0.7, 'list-full');
        i = end - 1;
      }
      continue;
    }
    const given = isGivenT(c, t);
    const sur = isSurnameT(c, t);
    if (!given && !sur) {
      // Unknown capitalised word followed by a known, unambiguous surname: "Wojciech Kowalczyk".
      const n = toks[i + 1];
      if (
        n &&
        n.cap &&
        text.slice(t.e, n.s) === ' ' &&
        isSurnameT(c, n) &&
        !isGivenT(c, n) &&
        !isAmbigT(c, n) &&
        !hasX(n, X_NEVER_NAMES) &&
        maybeNamePart(c, t) &&
        // In German a capitalised word before a surname is mostly a noun ("Bäcker Schmidt"),
        // unless it is no German word at all ("Volkbert Keßler", "Teemu Tainio").
        (c.lang !== 'de' || nameLikeClass(wordClass(t.w))) &&
        !t.sentStart &&
        !precededByOrg(c, i)
      ) {
        const end = readName(c, i + 1, 2, false);
        emitName(c, i, end, 0.7, 'list-unknown-first');
        i = end - 1;
      }
      continue;
    }
    if (!given) continue;
    // Given name first: read the rest.
    const end = readName(c, i, 4, false, lineEndOf(text, t.s));
    const ambiguous = isAmbigT(c, t);
    // A saint's place: "San Francisco", "Santa Monica", "São Paulo" (not "San Lwin"); a job's
    // grade: "Bewerbung als Junior Consultant", "Junior Backend Developer" (not "Junior Silva").
    if (end - i >= 2 && ((SAINT_PLACE.has(t.w) && isGivenT(c, toks[i + 1]!)) || jobGrade(c, i))) {
      i = end - 1;
      continue;
    }
    if (end - i >= 2) {
      // Require the last word to be a surname, or an unknown word that is not a plain noun.
      const lastTok = toks[end - 1]!;
      const lastKnown = isSurnameT(c, lastTok) || isGivenT(c, lastTok);
      // An ambiguous given name ("Erika", "Frank") opens a name when the word after it is no
      // German word at all ("Erika Ziltener"), in German text.
      // In English, mid-sentence: "for Tom Kavanagh –", "with Pat Gallagher" (an English word is capitalised there only as a name).
      const unknownLast = end - i === 2 && !lastTok.sentStart && nameLikeClass(wordClass(lastTok.w));
      if (ambiguous && !lastKnown && !(unknownLast && (c.lang !== 'en' || !t.sentStart))) {
        i = end - 1;
        continue;
      }
      if (ambiguous && c.lang !== 'en' && isAmbigT(c, lastTok) && t.sentStart) {
        i = end - 1;
        continue;
      }
      emitName(c, i, end, lastKnown ? 0.85 : 0.75, 'list-full');
      i = end - 1;
      continue;
    }
    // "Treasurer: Graham Pike steps down": an unambiguous given name and a capitalised English
    // word after it, mid-sentence, before a lower-case word or punctuation, is a surname that is
    // also a word ("Pike", "Stone").
    const n = toks[i + 1];
    if (!ambiguous && c.lang !== 'de' && n && n.cap && gapEq(text, t.e, n.s, ' ') && !n.sentStart && (!hasX(n, X_NEVER_NAMES) || c.L.enAmbig.has(n.w))) {
      const nn = toks[i + 2];
      const closes = !nn || nn.lower || !/^[ \t]+$/.test(text.slice(n.e, nn.s));
      if (closes && !followedByOrgOrStreet(c, i + 1) && !precededByOrg(c, i) && !hasX(n, X_ORG_WORDS) && !hasX(n, X_STREET_WORDS)) {
        emitName(c, i, i + 2, 0.7, 'list-given-word');
        continue;
      }
    }
    // A lone given name. In English, capitalisation inside a sentence is evidence enough (a word
    // alone in a tab-separated cell is in none: "Freq\tPrice\tNotes").
    if (ambiguous && !(c.lang === 'en' && !t.sentStart && !aloneInTabCell(text, t))) continue;
    // "18 Mill Lane": a street word after a capitalised word is the street's.
    if (hasX(t, X_STREET_WORDS) && i > 0 && toks[i - 1]!.cap && gapEq(text, toks[i - 1]!.e, t.s, ' ')) continue;
    if (sur && !isGivenT(c, t)) continue;
    // Articles before a capitalised word make it a noun ("die Rose", "einen guten Grund").
    if (nounContext(c, i)) continue;
    // "resident in Vienna", "based in Geneva": a proper name after "in" is a place, though
    // faker lists it as a given name too (not "in Charlotte's office").
    if (i > 0 && toks[i - 1]!.w === 'in' && wordClass(t.w) === 'p' && text.charCodeAt(t.e) !== 39 && text.charCodeAt(t.e) !== 0x2019) continue;
    if (numberedPlace(text, t)) continue;
    if (perPreposition(text, t)) continue;
    emitName(c, i, i + 1, 0.6, 'list-given');
  }
}

/** A word alone in a tab-separated cell: a tab before it, a tab or the line's or text's end after it. */
function aloneInTabCell(text: string, t: Tok): boolean {
  if (text.charCodeAt(t.s - 1) !== 9) return false;
  if (t.e >= text.length) return true;
  const n = text.charCodeAt(t.e);
  return n === 9 || n === 10 || n === 13;
}

/** A lone surname after a speech verb or "laut": "sagte Müller", "laut Schmidt", "said Jensen". */
function contextSurnames(c: Ctx): void {
  const { toks, text } = c;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || hasX(t, X_NEVER_NAMES)) continue;
    const p = toks[i - 1]!;
    if (!hasX(p, X_VERB_LC) || text.slice(p.e, t.s) !== ' ') continue;
    if (!(isSurnameT(c, t) || isGivenT(c, t)) || isAmbigT(c, t)) continue;
    const end = readName(c, i, 3, false);
    emitName(c, i, end, 0.7, 'verb-context');
  }
}

const ROLE_CUES = new Set(`Zeuge Zeugen Zeugin Angeklagte Angeklagten Angeklagter Kläger Klägerin Klägers Beklagte
Beklagten Beklagter Antragsteller Antragstellerin Antragstellers Betroffene Betroffenen Beschuldigte Beschuldigten
Beschuldigter Verurteilte Verurteilten Geschädigte Geschädigten Ehemann Ehemannes Ehefrau Sohn Sohnes Tochter
Patientin Patienten Versicherte Versicherten Mandant Mandantin Mandanten Schuldner Erblasser Erblasserin Vorsitzende
Vorsitzender Vorsitzenden Patientin Patient Assistenzarzt Assistenzärztin Oberarzt Oberärztin Chefarzt Chefärztin Facharzt Fachärztin Trainer Trainerin Schulleiter Schulleiterin Kollege Kollegin Kollegen Nachbar Nachbarin
Sachverständige Sachverständigen Gutachter Gutachterin Betreuer Betreuerin Vater Mutter Bruder Schwester`.split(/\s+/));

/** "der Zeuge K.", "des Angeklagten M. B.", "Trainer Karsten Baumann", "der K." */
function roleAndInitials(c: Ctx): void {
  const { toks, text } = c;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!(t.w.length === 1 && /\p{Lu}/u.test(t.w)) || /^[IVX]$/.test(t.w)) continue;
    const p = toks[i - 1]!;
    if (text.slice(p.e, t.s) !== ' ') continue;
    const dot = text.charCodeAt(t.e) === 46;
    // "der K." / "von B." — determiner or preposition before an initial with a dot, not "Anlage K".
    const role = hasX(p, X_ROLE_CUES);
    const det = dot && p.lower && /^(?:der|die|des|dem|den|von|vom|für|dass|ob|da|wie|mit|an|gegen|durch)$/.test(p.w);
    if (!role && !det) continue;
    let j = i + 1;
    while (j < toks.length && toks[j]!.w.length === 1 && /\p{Lu}/u.test(toks[j]!.w) && /^\.? $/.test(text.slice(toks[j - 1]!.e, toks[j]!.s))) j++;
    // "der B. GmbH", "der M. -Klinik", "den S. 244": a company, a compound or a page, not a person.
    const after = toks[j - 1]!.e + (text.charCodeAt(toks[j - 1]!.e) === 46 ? 1 : 0);
    if (letterIsNoPerson(text, after) || /^[ \t]*\d/.test(text.slice(after, after + 4))) {
      i = j - 1;
      continue;
    }
    push(c, t.s, toks[j - 1]!.e, role ? 0.85 : 0.6, 'initial');
    i = j - 1;
  }
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!hasX(t, X_ROLE_CUES)) continue;
    const n = toks[i + 1]!;
    if (!n.cap || text.slice(t.e, n.s) !== ' ') continue;
    if (hasX(n, X_NEVER_NAMES)) continue;
    const end = readName(c, i + 1, 3, false, lineEndOf(text, n.s));
    const known = isGivenT(c, n) || isSurnameT(c, n);
    // One known, unambiguous name word; or two name-looking words ("Patientin Huberta Hotzenplotz").
    if (end - (i + 1) === 1 && (!known || isAmbigT(c, n))) continue;
    if (end - (i + 1) === 0) continue;
    emitName(c, i + 1, end, 0.8, 'role');
  }
}

/**
 * "Surname, Given" in running text: "Patientin Fuss, Flora, geb. …", "Frau DAMARIS, Dyonisia",
 * "Haefner, Heinz, * 21.3.1979". The given name must be a known, unambiguous one, and a birth
 * date, a title/role before, or the end of the line must confirm the pattern.
 */
const INVERTED_END = /^(?:[ \t]*,[ \t]*(?:geb|\*|\d)|[ \t]+(?:geb|\*)|[ \t]*\(\*)/;
const INVERTED_WEAK_END = /^(?:[ \t]*(?:\r?\n|$|;|,|\(|\)|\/|–|—|\|)|[ \t]+-[ \t])/;
/**
 * Whether text[s, e) fills a cell (the gap before it starts at `from`): a field separator or the
 * line's bounds on both sides ("…;Weißhaupt, Anneliese;14:30", "| Doreen |"), or the same quote
 * ("'Haslach, Rüdiger',"; not "Barrett, Scott's brother").
 */
function inCell(text: string, from: number, s: number, e: number): boolean {
  let i = s;
  while (i > from && text.charCodeAt(i - 1) === 32) i--;
  let k = e;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  const open = i === 0 ? 10 : text.charCodeAt(i - 1);
  const close = k >= text.length ? 10 : text.charCodeAt(k);
  if (open === 34 || open === 39) return close === open && !/\p{L}/u.test(text.charAt(k + 1));
  const sep = (ch: number) => ch === 59 || ch === 124 || ch === 9 || ch === 10 || ch === 13;
  return sep(open) && sep(close);
}
/** What may stand right before an inverted name besides a line start: a label's colon, a dash, a slash, a bracket, a chat's time stamp ("[14:02] Yıldız, Hakan (IT):"). */
const INVERTED_OPEN = /[:–—\/(|;\]][ \t]*$/;

/**
 * "TAN, Wei Ling", "KIM, DA-EUN", "LIM-TAN, PEI SHAN", "SANTOS, Maria Clara": a surname in
 * capitals that the lists know, a comma, and up to three given names of which one is listed
 * (not a word like "April" alone, nor a place: "TOWERS, NORTH SYDNEY", "LOUP, France"). Passenger
 * lists, clinic lists, bank rows and forms write names so; invertedNames() reads two words only,
 * and invertedCaps() (caps.ts, after the rules) given names in capitals that the lists know. This
 * one also takes mixed-case given names, a middle initial, and unlisted ones beside a listed one.
 */
function capsInverted(c: Ctx): void {
  const { text, toks, L } = c;
  const english = englishGluedWords();
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    if (!a.upper || a.w.length < 2 || text.charCodeAt(a.e) !== 44 /* , */) continue;
    const b = toks[i + 1]!;
    if (!/^,[ \t]+$/.test(text.slice(a.e, b.s))) continue;
    if (hasX(a, X_ORG_WORDS) || isPlaceWord(a.w)) continue;
    if (!a.w.split('-').every((part) => part !== '' && (L.surname.has(titleCase(part)) || L.census.has(titleCase(part))))) continue;
    let j = i + 1;
    let known = 0;
    let place = false;
    while (j < toks.length && j - i <= 3) {
      const t = toks[j]!;
      if (j > i + 1 && !gapEq(text, toks[j - 1]!.e, t.s, ' ')) break;
      // A middle initial: "BONDARENKO, Oleksandr V.", "YOUNG, MARCUS D."
      if (j > i + 1 && t.initial && text.charCodeAt(t.e) === 46) {
        j++;
        continue;
      }
      if (!t.cap && !t.upper) break;
      // The given names are all in capitals or none: "HERNANDEZ-NGUYEN, SOPHIA Instruction permit".
      if (j > i + 1 && !toks[j - 1]!.initial && t.upper !== toks[j - 1]!.upper) break;
      const w = t.upper ? titleCase(t.w) : t.w;
      const given = L.given.has(w);
      // No English word ("NORTH SYDNEY"), nor a country code after the names ("KIM, DA-EUN KOR").
      if (NEVER_NAMES.has(w) && !given) break;
      if (!given && english.has(t.w.toLowerCase())) break;
      if (j > i + 1 && t.upper && t.w.length <= 3 && !given) break;
      if (isPlaceWord(w)) place = true;
      if (given && !NEVER_NAMES.has(w)) known++;
      j++;
    }
    if (j === i + 1 || known === 0 || place) continue;
    const last = toks[j - 1]!;
    push(c, a.s, last.initial ? last.e + 1 : last.e, 0.9, 'inverted-caps');
    i = j - 1;
  }
}

/** A capitalised word that may be a surname the lists lack: no frequent word, no noun's ending. */
function surnameShaped(w: string): boolean {
  const wc = wordClass(w);
  return (nameLikeClass(wc) || wc === 'c') && !DE_NOUN_SUFFIX.test(w) && !DEPARTMENT_TAIL.test(w) && !FIRM_TRADE.test(w) && !ORG_WORDS.has(w) && !NEVER_NAMES.has(w);
}

function invertedNames(c: Ctx): void {
  const { text, toks } = c;
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    if (!(a.cap || a.upper) || !b.cap) continue;
    if (text.charCodeAt(a.e) !== 44 /* , */ || !/^,[ \t]+$/.test(text.slice(a.e, b.s))) continue;
    const sur = a.w;
    const given = b.w;
    if (NEVER_NAMES.has(given) || NEVER_NAMES.has(sur) || ORG_WORDS.has(sur) || STREET_SUFFIX.test(sur)) continue;
    const after = text.slice(b.e, b.e + 12);
    const strongEnd = INVERTED_END.test(after);
    const p = toks[i - 1];
    // A whole cell of a CSV row, a table or an SQL tuple: "…;Weißhaupt, Anneliese;14:30", "'Haslach, Rüdiger',".
    const cell = inCell(text, p ? p.e : 0, a.s, b.e);
    const weak = INVERTED_WEAK_END.exec(after) ?? (cell ? /^[ \t]*["']/.exec(after) : null);
    if (!strongEnd && !weak) continue;
    const cue = !!p && (isTitleTok(text, p) || hasX(p, X_ROLE_CUES) || /^(?:Patient|Patientin|Patienten|über|von)$/.test(p.w));
    if (!isGiven(c, given) && !(cue && !DE_NOUN_SUFFIX.test(given))) continue;
    if (!cue && !strongEnd && weak && /,$/.test(weak[0])) continue;
    const lineStart = cell || !p || text.slice(p.e, a.s).includes('\n') || INVERTED_OPEN.test(text.slice(p.e, a.s));
    if (!cue && !strongEnd && !lineStart) continue;
    // A surname the lists lack, in a cell of its own before a listed given name: no word, no place.
    // (Many surnames are compounds of words to the word lists: "Weißhaupt", "Haslach"; not a noun's: "Buchhaltung, Anna".)
    // (Not a given name: "Doreen, Kwabena" in a rota's cell is two people.)
    const cellSurname = cell && a.cap && isGiven(c, given) && !isGiven(c, sur) && !isPlaceWord(sur) && surnameShaped(sur);
    if (!cue && !strongEnd && !isSurname(c, sur) && !a.upper && !cellSurname) continue;
    push(c, a.s, b.e, cue ? 0.96 : 0.9, 'inverted');
  }
}


/** English: an unknown capitalised word after "my name is", "called", "named" … */
const KIN = new Set(
  `wife husband partner son daughter brother sister mother father mum mom dad friend colleague colleagues manager boss
  neighbour neighbor assistant fiancé fiancée designer accountant engineer developer consultant director supervisor
  technician installer driver contact lawyer solicitor adviser advisor agent representative coordinator officer
  nurse doctor teacher landlord tenant caseworker buyer`.split(/\s+/),
);
const POSSESSIVE = new Set('my our his her their your'.split(' '));

/**
 * The name at token i after a person word ("my wife", "Contractor"): name-like words, or a
 * listed given name with one more word, an English word as its surname ("Rose Carpenter").
 */
function nameAfterPerson(c: Ctx, i: number, score: number, rule: string): void {
  const t = c.toks[i]!;
  const end = readName(c, i, 3, false, lineEndOf(c.text, t.s));
  if (end > i && (namelikeWords(c, t.s, c.toks[end - 1]!.e) || (end - i === 2 && c.L.given.has(t.w)))) emitName(c, i, end, score, rule);
}

/** Relatives a biography names: "his elder brother Heigo", "son Dhani". */
const RELATIVES = new Set(
  'wife husband son daughter brother sister mother father widow widower cousin nephew niece uncle aunt grandson granddaughter stepson stepdaughter stepfather stepmother twin children sons daughters brothers sisters siblings parents grandchildren twins'.split(' '),
);
const RELATIVE_ADJ = new Set('elder older younger eldest oldest youngest late twin little big baby half second first third only'.split(' '));

/**
 * Whether token i follows a relative whose relation is given: "her (older) sister", "Harrison's
 * widow", "a second daughter," (in apposition), or "married".
 */
function relativeBefore(c: Ctx, i: number): boolean {
  const { toks, text } = c;
  const p = toks[i - 1]!;
  if (p.w === 'married') return true;
  if (!RELATIVES.has(p.w)) return false;
  let k = i - 2;
  if (k >= 0 && RELATIVE_ADJ.has(toks[k]!.w) && gapEq(text, toks[k]!.e, p.s, ' ')) k--;
  const q = toks[k];
  if (!q || !gapEq(text, q.e, toks[k + 1]!.s, ' ')) return false;
  if (POSSESSIVE.has(q.w.toLowerCase())) return true;
  // "a second daughter, Adira, followed": a relative introduced in apposition.
  if ((q.w === 'a' || q.w === 'an') && gapEq(text, p.e, toks[i]!.s, ', ')) return true;
  // "Harrison's widow": the possessive ending is its own token or part of the word.
  const qe = text.charCodeAt(q.e - 2);
  return q.w === 's' || ((qe === 39 || qe === 0x2019) && q.w.endsWith('s'));
}

/** The words of a relative's name: no never-name, no known non-name; German compounds do not count in English. */
function kinNameWords(c: Ctx, i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    const t = c.toks[k]!;
    if (t.initial || (t.lower && PARTICLES.has(t.w))) continue;
    if (!t.cap || hasX(t, X_NEVER_NAMES)) return false;
    if (inAnyList(c.L, t.w)) continue;
    const cls = wordClass(t.w);
    if (!(nameLikeClass(cls) || cls === 'c' || cls === 'h')) return false;
  }
  return true;
}

function englishCues(c: Ctx): void {
  if (c.lang === 'de') return;
  const { toks, text } = c;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || hasX(t, X_NEVER_NAMES)) continue;
    const p = toks[i - 1]!;
    const pw = p.w;
    // "her older sister Venus", "Harrison's widow Olivia", "he married Janakiammal": a relative
    // whose relation the text gives, then the name; a biography's way to introduce family.
    if (!t.sentStart && (gapEq(text, p.e, t.s, ' ') || (gapEq(text, p.e, t.s, ', ') && p.w !== 'married')) && relativeBefore(c, i)) {
      let end = readName(c, i, 3, false, lineEndOf(text, t.s));
      // One relative: a list's next item is the enumeration pass's ("children Isha, Akash and Anant").
      for (let k = i + 1; k < end; k++) {
        if (text.slice(toks[k - 1]!.e, toks[k]!.s).includes(',')) {
          end = k;
          break;
        }
      }
      if (end > i && kinNameWords(c, i, end)) {
        emitName(c, i, end, 0.8, 'en-kin');
        continue;
      }
    }
    // "my wife Carys", "our colleague Tom": a relative or colleague, then the name.
    if (i >= 2 && KIN.has(pw) && POSSESSIVE.has(toks[i - 2]!.w.toLowerCase()) && gapEq(text, toks[i - 1]!.e, t.s, ' ') && !t.sentStart) {
      nameAfterPerson(c, i, 0.8, 'en-kin');
      continue;
    }
    // "Contractor Lee Carpenter", "Driver Murugan", "our project engineer, Cathal Dunne": a job
    // before a listed given name, or before a word that is no English or German word.
    // (The lower-case look-ups are the word's bits: a toLowerCase() per capitalised word cost ~1 %.)
    if (hasX(p, X_EN_ROLE_LC) && /^,?[ \t]$/.test(text.slice(p.e, t.s))) {
      if (c.L.given.has(t.w) || (wordClass(t.w) === 'o' && !c.L.enAmbig.has(t.w))) {
        nameAfterPerson(c, i, 0.75, 'en-role');
        continue;
      }
    }
    if (!hasX(p, X_INTRO_LC)) continue;
    const before = text.slice(Math.max(0, t.s - 14), t.s).toLowerCase();
    if (!/(?:my name is|name is|named|called|i am|i'm|i’m)\s+$/.test(before)) continue;
    const end = readName(c, i, 3, false, lineEndOf(text, t.s));
    emitName(c, i, end, 0.85, 'en-cue');
  }
}

const SPEAKER = /^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+|>[ \t]*)?([\p{Lu}][\p{L}\p{M}'’.\- ]{0,40}?):[ \t]+\S/gmu;

/** Chat and dialogue lines: "[10:02] Thomas: …", "Anna Schmidt: ok". */
const SPEAKER_AT = new RegExp(SPEAKER.source, 'myu');

/** The next SPEAKER match, as the global exec finds it: tried only on the lines with a colon. */
function nextSpeaker(c: Ctx, state: { k: number }): RegExpExecArray | null {
  const lines = colonLines(c);
  if (lines === null) return SPEAKER.exec(c.text);
  // A match lies within its line (no "\n" in the pattern), so each line is tried once, in order.
  while (state.k < lines.length) {
    SPEAKER_AT.lastIndex = lines[state.k++]!;
    const m = SPEAKER_AT.exec(c.text);
    if (m) return m;
  }
  return null;
}

function speakers(c: Ctx): void {
  const { text } = c;
  SPEAKER.lastIndex = 0;
  const state = { k: 0 };
  let unlisted: Array<[number, number]> | undefined;
  let spoken = 0;
  let m: RegExpExecArray | null;
  while ((m = nextSpeaker(c, state))) {
    const label = m[1]!;
    const s = m.index + m[0].lastIndexOf(label + ':');
    if (labelIsName(label)) continue;
    const i = c.byStart.get(s);
    if (i === undefined) continue;
    const words = label.trim().split(/\s+/);
    if (words.length > 3) continue;
    const j = readName(c, i, 3, false, s + label.length);
    if (j === i || c.toks[j - 1]!.e !== s + label.trimEnd().length) continue;
    const ts = c.toks.slice(i, j).filter((t) => !t.lower && !t.initial);
    if (!ts.some((t) => (isGivenT(c, t) || isSurnameT(c, t)) && !hasX(t, X_NEVER_NAMES))) {
      // Two or three words no dictionary holds, in a chat whose other speakers the lists know:
      // "Mehreen Akhtar:" beside "Olumide Bankole:" (decided after the loop).
      if (unlistedFullName(ts)) (unlisted ??= []).push([i, j]);
      continue;
    }
    // "Unique Mandate Reference: LFC-…": three ordinary words are a form's label ("Mark Cook:" still speaks).
    if (ts.length >= 3 && ordinaryWords(c, label)) continue;
    // "Lot: KIR-AA-1187" / "Quantity: 60 bags" / "Price: USD 4.85": a word that is a name and a
    // word, among a form's labels on the lines around it, is one of them.
    if (ts.length === 1 && isAmbigT(c, ts[0]!) && formLabelNearby(c, s)) continue;
    // "Tore: 1:0 Yilmaz (8.)": a scorer line's label (here, before propagate() would look for the word elsewhere).
    if (ts.length === 1 && scorerLabel(label, text.slice(s + label.length + 1, s + label.length + 40))) continue;
    push(c, c.toks[i]!.s, c.toks[j - 1]!.e, 0.85, 'speaker');
    spoken++;
  }
  if (unlisted !== undefined && spoken >= 1 && spoken + unlisted.length >= 3) for (const [i, j] of unlisted) push(c, c.toks[i]!.s, c.toks[j - 1]!.e, 0.75, 'speaker');
}

/** Two or three capitalised words, each no firm's word, no non-name and no word the dictionary has. */
function unlistedFullName(ts: readonly Tok[]): boolean {
  if (ts.length < 2 || ts.length > 3) return false;
  for (const t of ts) if (!t.cap || t.w.length < 3 || hasX(t, X_ORG_WORDS) || hasX(t, X_NEVER_NAMES) || wordClass(t.w) !== 'o') return false;
  return true;
}

/** A line's leading "Label:" whose words are no names ("Quantity:", "Shipment date:"). */
const LINE_LABEL = /^[ \t]*(\p{Lu}[\p{L}\p{M} ]{1,30}?):[ \t]/u;

/** The line before or after the one at `s` opens with a form's label that names no one. */
function formLabelNearby(c: Ctx, s: number): boolean {
  const { text } = c;
  const ls = lineStartOf(text, s);
  const le = lineEndOf(text, s);
  const prev = ls > 0 ? text.slice(lineStartOf(text, ls - 1), ls - 1) : '';
  const next = le < text.length ? text.slice(le + 1, lineEndOf(text, le + 1)) : '';
  for (const line of [prev, next]) {
    const m = LINE_LABEL.exec(line);
    if (m && m[1]!.split(/\s+/).every((w) => !isGiven(c, w) && !isSurname(c, w))) return true;
  }
  return false;
}

/** The gap before a verb of saying holds a comma or a closing quote: ", sagte", "“ , meinte". */
function invertedSpeech(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 44 /* , */ || ch === 34 || ch === 0x201c || ch === 0x201d || ch === 0xbb || ch === 0xab || ch === 39) return true;
  }
  return false;
}

/** The word ending at `e` ends its clause: optional spaces, then . , ; : ! ? or a quote. */
function clauseEndAt(text: string, e: number): boolean {
  let k = e;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  return k < text.length && '.,;:!?"“”»«'.includes(text[k]!);
}

/**
 * A lone capitalised word that is no known name, in a slot where German puts a person:
 * - the speaker after a verb of saying: "sagte Eymer der Zeitung", "erläutert Marschall .";
 * - an apposition after a person noun: "CSU-Politiker Straubinger", "Fußball-Experte Sammer",
 *   "Popstar Lady Gaga", "US-Präsident Barack Obama".
 * The word must pass maybeNamePart() (no plain noun by its suffix, no known non-name) and be
 * followed by punctuation or a lower-case word, not by another capitalised noun.
 */
function slotNames(c: Ctx): void {
  if (c.lang === 'en') return;
  const { toks, text } = c;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || t.sentStart || hasX(t, X_NEVER_NAMES) || hasX(t, X_ROLE_TAIL)) continue;
    const p = toks[i - 1]!;
    // ", so Amsel ." — "so" names the speaker only after a comma, at the clause's end.
    const so = p.lower && p.w === 'so' && i >= 2 && text.lastIndexOf(',', p.s) >= toks[i - 2]!.e;
    const speech = p.lower && (hasX(p, X_SPEECH_LC) || so);
    const role = !speech && p.cap && hasX(p, X_ROLE_TAIL);
    // "Der 32-jährige Holland", "die 17-jährige Caroline": an age before a word that is no common noun.
    const age = !speech && !role && p.w.charCodeAt(0) <= 57 && AGE.test(p.w) && (lookupT(c, t) !== 0 ? wordClass(t.w) !== 'w' : nameLikeClass(wordClass(t.w)));
    if (!speech && !role && !age) continue;
    if (!gapEq(text, p.e, t.s, ' ')) continue;
    // "die behauptete Aussage", "der erklärte Wille": a participle before a noun, not a verb.
    if (speech && i >= 2 && hasX(toks[i - 2]!, X_DETERMINER)) continue;
    if (!maybeNamePart(c, t)) continue;
    // The inverted speaker: a verb of saying right after a comma or a quote, and one word that
    // ends the clause ("… teuer “ , so Amsel .", "…, sagte Alt .", "…“, meinte Specht,"). A
    // speech verb takes no bare noun there, so even a dictionary word is the speaker.
    const inverted = speech && i >= 2 && invertedSpeech(text, toks[i - 2]!.e, p.s) && clauseEndAt(text, t.e) && !SPOKEN_WORDS.has(t.w);
    if (so && !inverted) continue;
    if (!inverted) {
      if (isAmbigT(c, t) && !(isGivenT(c, t) || isSurnameT(c, t))) continue;
      // A word no list knows must be no frequent German word: business text puts departments in
      // these slots ("Manager Marketing", "Chef Einkauf", "sagte Vertrieb zu").
      if (lookupT(c, t) === 0 && (SLOT_BLOCK.has(wordClass(t.w)) || (t.w.indexOf('-') > 0 && SLOT_BLOCK.has(wordClass(t.w.slice(t.w.lastIndexOf('-') + 1)))))) continue;
    }
    const end = inverted ? i + 1 : readName(c, i, 3, false, lineEndOf(text, t.s));
    if (end === i) continue;
    const last = toks[end - 1]!;
    // A genitive -s ("Präsident Frankreichs") is a place or an organisation, unless the lists know the stem.
    if (end - i === 1 && last.w.length > 3 && last.w.endsWith('s') && !(lookupT(c, last) !== 0 || lookup(c, last.w.slice(0, -1)) !== 0)) continue;
    const nx = toks[end];
    // Another capitalised word after it: part of a longer noun phrase, unless a listed given name
    // opens a name of two words or more ("seinen Nachfolger Harry Nippert Platz machen").
    if (nx && (nx.cap || nx.upper) && gapEq(text, last.e, nx.s, ' ') && !(end - i >= 2 && isGivenT(c, t) && !isAmbigT(c, t))) continue;
    // After a verb of saying, the speaker ends the clause or a short phrase follows.
    if (speech && nx && gapEq(text, last.e, nx.s, ' ') && !(nx.lower && AFTER_SPEAKER.has(nx.w))) continue;
    emitName(c, i, end, speech ? 0.65 : 0.7, speech ? 'speech' : age ? 'age' : 'apposition');
    i = end - 1;
  }
}

/**
 * Dutch particles before a capitalised word: "erklärt van der Vaart", "soll sich van Gaal …".
 * German has no word "van": the particle and the name after it are one surname.
 */
function vanNames(c: Ctx): void {
  if (c.lang === 'en') return;
  const { toks, text } = c;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!t.lower || t.w !== 'van') continue;
    let j = i + 1;
    while (j < toks.length && j - i <= 2 && toks[j]!.lower && (toks[j]!.w === 'der' || toks[j]!.w === 'den' || toks[j]!.w === 'de')) j++;
    const n = toks[j];
    if (!n || !n.cap || hasX(n, X_NEVER_NAMES) || !gapEq(text, toks[j - 1]!.e, n.s, ' ')) continue;
    // "die van-den-Berg-Studie": a compound noun named after someone, not the person.
    const dash = n.w.lastIndexOf('-');
    if (dash > 0 && wordClass(n.w.slice(dash + 1)) === 'w') continue;
    const p = toks[i - 1];
    // Inside a longer name ("Ludwig van Beethoven") the list rules take the whole.
    if (p && p.cap && gapEq(text, p.e, t.s, ' ') && !p.sentStart && !hasX(p, X_NEVER_NAMES) && !hasX(p, X_ROLE_TAIL)) continue;
    emitName(c, i, j + 1, 0.7, 'van');
    i = j;
  }
}

/**
 * Index of the noun a Saxon genitive at token i stands before ("Zabels Entscheidung", "Bushs
 * unbedachter Vorschlag"), or -1: a capitalised word, no known non-name, that is not itself
 * followed by a house number or a company word ("Beckers Kämpchen 34", "Manns UG").
 */
function genitiveNoun(c: Ctx, i: number): number {
  const { toks, text } = c;
  const t = toks[i]!;
  const n1 = toks[i + 1];
  if (!n1 || !gapEq(text, t.e, n1.s, ' ')) return -1;
  let k = i + 1;
  if (n1.lower && ADJ_END.test(n1.w) && !hasX(n1, X_DETERMINER) && !NOT_ADJ.has(n1.w)) {
    const n2 = toks[i + 2];
    if (!n2 || !gapEq(text, n1.e, n2.s, ' ')) return -1;
    k = i + 2;
  }
  const n = toks[k]!;
  // The noun owned is often a never-name of business text: "Müllers Angebot", "Zabels Rechnung".
  if (!n.cap || hasX(n, X_ORG_WORDS) || hasX(n, X_STREET_WORDS) || followedByOrgOrStreet(c, k)) return -1;
  return k;
}

/**
 * Whether the word at i (a given name's genitive) follows a German noun ("Krönung", "Dienst",
 * "Taten"; no name and no word of the lists of non-names) and ends the capitalised run.
 */
function givenAfterNoun(c: Ctx, i: number): boolean {
  const { toks, text } = c;
  const t = toks[i]!;
  const p = toks[i - 1]!;
  if (!p.cap || !gapEq(text, p.e, t.s, ' ') || lookupT(c, p) !== 0 || hasX(p, X_NEVER_NAMES) || hasX(p, X_ORG_WORDS) || hasX(p, X_STREET_WORDS)) return false;
  const cls = wordClass(p.w);
  if ((cls !== 'w' && cls !== 'c') || t.w.includes('-')) return false;
  // A quoted title or band ("Happy Dinos", „Three Lions“, "live from Las Vegas").
  if (/^[ \t]?["“”„»«‘’']/.test(text.slice(t.e, t.e + 2)) || /["“”„»«‘’'][ \t]?$/.test(text.slice(Math.max(0, p.s - 2), p.s))) return false;
  const n = toks[i + 1];
  return !(n && (n.cap || n.upper) && gapEq(text, t.e, n.s, ' '));
}

/**
 * Saxon genitive of a known name: "Zabels Entscheidung", "Bushs Parteikollegen", "die Aussagen
 * Rudolphs ,". The stem must be a listed, unambiguous name or a proper name of the dictionary, and
 * the word itself no listed word.
 */
function genitives(c: Ctx): void {
  if (c.lang === 'en') return;
  const { toks } = c;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const w = t.w;
    if (!t.cap || w.length < 5 || w.charCodeAt(w.length - 1) !== 115 /* s */) continue;
    if (hasX(t, X_NEVER_NAMES) || lookupT(c, t) !== 0 || isAmbigT(c, t)) continue;
    const stem = w.slice(0, -1);
    if (NEVER_NAMES.has(stem) || isAmbig(c, stem)) continue;
    // A stem the name lists lack counts when the dictionary has it as a proper name that is no
    // place ("Bismarcks konservative Wende", "Picassos Vertraute"); a stem that is no word at all
    // does not: plurals and nouns end in -s too ("Stornos Mai", "Zahlungsavis Nr."). Stems in -e, -u
    // and -s: the dictionary's proper names hold nouns there ("Großes Haus", "Caritas Essen").
    if (lookup(c, stem) === 0 && (stem.length < 4 || wordClass(stem) !== 'p' || isPlaceWord(stem) || /[sue]$/.test(stem))) continue;
    if (nounContext(c, i)) continue;
    const p = toks[i - 1];
    // After its noun, a given name's genitive: "die Krönung Joséphines", "auf Druck Napoleons",
    // "im Dienst Friedrichs des Großen" (widenNames() adds the epithet).
    if (p && (lookup(c, stem) & 1) !== 0 && givenAfterNoun(c, i)) {
      emitName(c, i, i + 1, 0.7, 'genitive-after');
      continue;
    }
    // Before its noun, not inside a capitalised run ("Los Angeles Kings").
    if (genitiveNoun(c, i) < 0) continue;
    // (After a sentence's first word it is no part of a longer name: "Unter Karls Herrschaft", "Zu Claires Gefolge".)
    if (p && !t.sentStart && (p.cap || p.upper) && !(p.sentStart && !isGivenT(c, p) && !isSurnameT(c, p)) && gapEq(c.text, p.e, t.s, ' ')) continue;
    emitName(c, i, i + 1, 0.6, 'genitive');
  }
}

/**
 * An encyclopedia article's first words: the name, dates or a birth name in brackets, then the
 * verb ("Srinivasa Ramanujan (22 December 1887 – 26 April 1920) was", "Lise Meitner (* 7. November
 * 1878 in Wien; † …) war"). A line that opens this way names its subject, whatever the words are;
 * found here, the later mentions ("Ramanujan grew up in …") follow by propagation.
 */
const BIO_VERB = String.raw`\)[ \t]*(?:was|is|war|ist|were|waren|sind|are)\b`;
const BIO_LEAD = new RegExp(String.raw`(?:^|\n)[ \t]*([\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.-]*){0,5})[ \t]+\(([^()\n]{4,300})${BIO_VERB}`, 'gu');
/** The cheap test: a closing bracket before the verb, somewhere in the text. */
const BIO_HINT = new RegExp(BIO_VERB);
const BIO_DATE = /(?<![\d-])(?:1[0-9]|20)\d\d(?![\d-])|\bborn\b|\bgeb\.|\bgeboren\b|(?:^|[ ;])\*[ \t]*\d/;

/** A word of an article's opening name: a particle, a capitalised word or initial, a regnal number; no never-name or noun. */
function bioNamePart(t: Tok): boolean {
  if (t.lower) return PARTICLES.has(t.w);
  return (t.cap || t.initial || /^[IVX]+$/.test(t.w)) && !hasX(t, X_NEVER_NAMES) && !hasX(t, X_NOUN_SUFFIX);
}

function biographyLeads(c: Ctx): void {
  const { text, toks } = c;
  if (!BIO_HINT.test(text)) return;
  BIO_LEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BIO_LEAD.exec(text))) {
    if (!BIO_DATE.test(m[2]!)) continue;
    const s = m.index + m[0].indexOf(m[1]!);
    let i = c.byStart.get(s);
    if (i === undefined) continue;
    const endAt = s + m[1]!.length;
    // Honorifics before the name are not part of it: "Sir Donald Bradman (27 August 1908 – …) was".
    while (i < toks.length && toks[i]!.e < endAt && isTitleTok(text, toks[i]!)) i++;
    let j = i;
    while (j < toks.length && toks[j]!.s < endAt && bioNamePart(toks[j]!)) j++;
    if (j > i && (j === toks.length || toks[j]!.s >= endAt)) emitName(c, i, j, 0.85, 'bio-lead');
  }
}

/**
 * Life dates in brackets: "(1871–1956)", "(um 1460–1531)", "(* 1899)", "(† 4. März 1531)",
 * "(geb. 1950)", "(c. 1460 – 1531)"; a span's years in groups 1 and 2. Opens with its bracket (a
 * pattern opening with a class is tried at every position).
 */
const LIFE_DATES = /\((?=[ \t]?(?:(?:(?:um|ca\.|etwa|c\.|circa)[ \t]*)?(\d{3,4})[ \t]*[–—-][ \t]*(?:(?:um|ca\.|etwa|c\.|circa|nach)[ \t]*)?(\d{4})[ \t]*\)|[*†][ \t]*(?:\d{1,2}\.[ \t]*(?:\p{L}+|\d{1,2}\.)[ \t]*)?\d{3,4}\b|(?:geb\.|gest\.|born|died|b\.|d\.)[ \t]*(?:\d{1,2}\.?[ \t]*\p{L}+\.?[ \t]*)?\d{3,4}\b))/gu;

/** A proper name of the dictionary, or a word no list has at all (not a frequent unknown token: "Bildhauer"). */
function noWordAtAll(w: string): boolean {
  const cls = wordClass(w);
  return cls === 'o' || cls === 'p';
}

/**
 * Two to four words before life dates in brackets: "Der Bildhauer Tilman Riemenschneider (um
 * 1460–1531)", "Lyonel Feininger (1871–1956)". Encyclopedias and obituaries date people so. The
 * last word is the surname whatever else it is (a compound, "Riemen|schneider"); the words before
 * it are given names, particles or words no dictionary has ("Lyonel"). No place, and no firm's,
 * street's or office's word.
 */
function datedNames(c: Ctx): void {
  const { text, toks } = c;
  if (text.indexOf('(') < 0) return;
  LIFE_DATES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LIFE_DATES.exec(text))) {
    // A life's span, not a job's or a firm's ("Previous employer: Clydeside Fabrications (2016–2025)").
    if (m[1] !== undefined && (Number(m[2]) - Number(m[1]) < 15 || Number(m[2]) - Number(m[1]) > 110)) continue;
    const k = lowerBound(c.starts, m.index) - 1;
    if (k < 0 || !/^[ \t]?$/.test(text.slice(toks[k]!.e, m.index))) continue;
    const last = toks[k]!;
    if (!last.cap || !maybeNamePart(c, last, true) || isPlaceWord(last.w)) continue;
    // Back over up to three words before it, each a given name, a name-like word (listed, or no
    // word of the dictionary) or a particle, joined by single spaces.
    let i = k;
    while (i > 0 && k - i < 3 && gapEq(text, toks[i - 1]!.e, toks[i]!.s, ' ')) {
      const t = toks[i - 1]!;
      const part = t.lower ? PARTICLES.has(t.w) : t.cap && maybeNamePart(c, t, true) && !isPlaceWord(t.w) && (isGivenT(c, t) || isSurnameT(c, t) || c.L.census.has(t.w) || noWordAtAll(t.w));
      if (!part) break;
      i--;
    }
    while (i < k && toks[i]!.lower) i++;
    if (i < k) emitName(c, i, k + 1, 0.8, 'dated');
  }
}

/** A famous person's surname (names.ts `famous`), also in the genitive: "Vettel", "Giggs", "Musharrafs". */
function famousWord(c: Ctx, w: string): boolean {
  const F = c.L.famous;
  if (F.has(w)) return true;
  const n = w.length;
  // German's genitive only (English has its apostrophe). (build-names.ts left out the names whose
  // "s" form is a word: "Gros" → "Gross".)
  return c.lang === 'de' && n >= 5 && w.charCodeAt(n - 1) === 115 /* s */ && F.has(w.slice(0, -1));
}

/** A slash or semicolon right before or a slash right after [s, e), or " in :" after it: a citation's shape. */
function citedName(text: string, s: number, e: number): boolean {
  let b = s - 1;
  while (b >= 0 && text.charCodeAt(b) === 32) b--;
  const cb = text.charCodeAt(b);
  if (cb === 47 /* / */ || cb === 59 /* ; */) return true;
  let a = e;
  while (a < text.length && text.charCodeAt(a) === 32) a++;
  return text.charCodeAt(a) === 47 || /^in[ \t]*:/.test(text.slice(a, a + 5));
}

/** A German common noun the name lists do not know ("Begriff", "Sieg", "Kabinett"). */
function commonNounDe(c: Ctx, t: Tok): boolean {
  if (c.lang !== 'de' || lookupT(c, t) !== 0) return false;
  const cls = wordClass(t.w);
  return cls === 'w' || cls === 'c';
}

/** A lone surname from the lists (or the famous list), outside a noun context: "Kolb war seit 1986 …", "nachdem Vettel …". */
function loneSurnames(c: Ctx): void {
  const { toks } = c;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || hasX(t, X_NEVER_NAMES)) continue;
    const famous = famousWord(c, t.w);
    if (!famous && (!isSurnameT(c, t) || isGivenT(c, t) || isAmbigT(c, t))) continue;
    const n = toks[i + 1];
    // Part of a longer capitalised run; but a famous name's genitive stands before the noun it
    // governs ("Goethes Begriff", "Merkels Nachfolger").
    const famousGenitive = famous && !c.L.famous.has(t.w);
    if (n && n.cap && c.text.slice(t.e, n.s) === ' ' && !(famousGenitive && commonNounDe(c, n))) continue;
    const p = toks[i - 1];
    let from = i;
    if (p && p.cap && c.text.slice(p.e, t.s) === ' ' && !p.sentStart) {
      if (!famous) continue;
      // A famous surname after given names is the full name ("August Hartmann", "Gotthold Ephraim
      // Lessing"); in the genitive after a German noun, the person ("Sieg Roddicks"; but "Raum
      // Brahms" is a room). After anything else it is part of some other name.
      // Also a word no list and no dictionary knows: "Yehudi Menuhin", "Teemu Pukki".
      for (let q = toks[from - 1]; q && q.cap && (isGivenT(c, q) || (lookupT(c, q) === 0 && nameLikeClass(wordClass(q.w)) && !isPlaceWord(q.w))) && !NAME_LABELS.has(q.w.toLowerCase()) && gapEq(c.text, q.e, toks[from]!.s, ' '); q = toks[from - 1]) from--;
      if (from === i && !(famousGenitive && commonNounDe(c, p))) continue;
    }
    if (nounContext(c, i)) continue;
    // "Hoek & Visser B.V.", "Visser Logistics": a firm's name.
    if (followedByOrgOrStreet(c, i) || afterFirmAmp(c, i)) continue;
    // A listed surname that is an inflected German word, which the ambiguity flags (made from
    // the dictionary's base forms) miss: "folgende Termine".
    // A famous name is none (build-names.ts checked it against both dictionaries); the word list's
    // Wikipedia tokens hold many of them ("muentefering").
    if (!famous && c.lang !== 'en' && wordClass(t.w) === 'w') continue;
    // A famous name that only the famous list knows, in a citation's author list or case name
    // ("Staudinger / Oetker", "; Cremer , Allgemeine Regeln", "Laue in : MünchKomm", "Sandoz /
    // Searle"): courts and papers cite authors, not the people the text is about.
    if (famous && !isSurnameT(c, t) && citedName(c.text, t.s, t.e)) continue;
    emitName(c, from, i + 1, from < i ? 0.7 : 0.5, 'lone-surname');
  }
}

/** "Kónya, Becker and Vasquez": a capitalised word listed together with found names. */
function enumerations(c: Ctx, spans: Span[]): Span[] {
  const { toks, text } = c;
  const found = new Set<number>();
  // First words of found full names: "Ciarán and Aoife Kelly" lists Ciarán with a person.
  const fullStart = new Set<number>();
  for (let i_sp = 0; i_sp < spans.length; i_sp++) {
    const sp = spans[i_sp]!;
    const i = c.byStart.get(sp.start);
    if (i === undefined) continue;
    if (toks[i]!.e === sp.end) found.add(i);
    else if (sp.score >= 0.7 && toks[i]!.cap) fullStart.add(i);
  }
  const extra: Span[] = [];
  if (found.size < 1 && fullStart.size < 1) return extra;
  const inSpan = (i: number) => overlapsSorted(spans, toks[i]!.s, toks[i]!.e);
  // Walk chains of single capitalised words joined by ", " or " and/und/or/oder ".
  let i = 0;
  while (i < toks.length) {
    if (!toks[i]!.cap) {
      i++;
      continue;
    }
    // Most chains are one word: the array is made when a second one joins.
    let chain: number[] | null = null;
    let k = i;
    for (;;) {
      const a = toks[k]!;
      const b = toks[k + 1];
      if (!b) break;
      // ", " or " / " (a rota's pair: "Bauer / Kowalczyk").
      if (b.cap && (gapEq(text, a.e, b.s, ', ') || gapEq(text, a.e, b.s, ' / '))) {
        (chain ??= [i]).push(k + 1);
        k++;
        continue;
      }
      const cc = toks[k + 2];
      if (b.lower && gapEq(text, a.e, b.s, ' ') && /^(?:and|und|or|oder|&)$/.test(b.w) && cc && cc.cap && gapEq(text, b.e, cc.s, ' ')) {
        (chain ??= [i]).push(k + 2);
        k += 2;
        continue;
      }
      break;
    }
    if (chain === null) {
      i = k + 1;
      continue;
    }
    // Two words, the second opening a found full name, the first no ordinary word: "Ciarán and Aoife Kelly".
    if (chain.length === 2 && fullStart.has(chain[1]!) && !found.has(chain[0]!) && !inSpan(chain[0]!)) {
      const t = toks[chain[0]!]!;
      if (!hasX(t, X_NEVER_NAMES) && maybeNamePart(c, t) && nameLikeClass(wordClass(t.w)) && text.slice(t.e, toks[chain[0]! + 1]!.s) === ' ') {
        extra.push({ start: t.s, end: t.e, score: 0.6, rule: 'enumeration' });
      }
    }
    // Two words, one a person found alone, the other no word of the language: "Steffi und Basti", "Gaz and Becks".
    // Not a place ("Rogers, Barbados": a proper name of the word lists) nor a street ("Ivan and Českého odboje 1735").
    const pairWithFound =
      chain.length === 2 &&
      / (?:und|and|&) $/.test(text.slice(toks[chain[0]!]!.e, toks[chain[1]!]!.s)) &&
      chain.some((x) => found.has(x)) &&
      chain.every((x) => found.has(x) || (wordClass(toks[x]!.w) === 'o' && !/^[ \t]*[\p{L}]*[ \t]*\d/u.test(text.slice(toks[x]!.e, toks[x]!.e + 24))));
    if (chain.length >= 3 || (chain.length === 2 && (pairWithFound || chain.every((x) => found.has(x) || isSurnameT(c, toks[x]!) || isGivenT(c, toks[x]!))))) {
      const hits = chain.filter((x) => found.has(x)).length;
      if (hits >= Math.max(1, Math.ceil(chain.length / 2) - (chain.length >= 4 ? 1 : 0))) {
        for (const x of chain) {
          const t = toks[x]!;
          if (found.has(x) || inSpan(x) || hasX(t, X_NEVER_NAMES) || !maybeNamePart(c, t)) continue;
          const nx = toks[x + 1];
          if (nx && nx.cap && text.slice(t.e, nx.s) === ' ') continue;
          extra.push({ start: t.s, end: t.e, score: 0.6, rule: 'enumeration' });
        }
      }
    }
    i = k + 1;
  }
  return extra;
}

/** Chat shorthand that no word list has: "mike pls", "sarah thx", "anna ty". */
const CHAT_SHORTHAND = new Set('pls plz thx thnx tnx ty tysm btw asap lol lmao omg idk imo imho tbh fyi brb ttyl gtg np nvm ok okay kk yep yup nope cya tmrw tmr tmw rn smh ikr hbu wbu'.split(' '));

/**
 * The lower-case word after a lower-case given name is its surname: a listed one that is no
 * English word ("anna schmidt"), or one that no list and no English or German word list knows
 * ("roberto yamamura", "angela krapež"); not "anna points out", "tammy as guardian", "mike pls".
 */
function lowerSurnameAfterGiven(c: Ctx, n: Tok): boolean {
  const cap = n.w.charAt(0).toUpperCase() + n.w.slice(1);
  if (c.L.surname.has(cap)) return !c.L.enAmbig.has(cap);
  if (n.w.length < 4 || !LOWER_NAME_WORD.test(n.w) || CHAT_SHORTHAND.has(n.w) || PARTICLES.has(n.w) || hasX(n, X_EN_HINTS)) return false;
  if (isEnglishWord(n.w) || c.L.given.has(cap) || c.L.enAmbig.has(cap)) return false;
  return nameLikeClass(wordClass(cap));
}
const LOWER_NAME_WORD = /^[\p{Ll}\p{M}]+$/u;

/** English lower-case given names ("see you tomorrow mike"): only names that are no English word. */
function lowercaseGiven(c: Ctx): void {
  if (c.lang !== 'en') return;
  const { toks } = c;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.lower || t.w.length < 3 || t.w.indexOf('-') >= 0) continue;
    const cap = t.w.charAt(0).toUpperCase() + t.w.slice(1);
    if (!c.L.given.has(cap) || ambiguousName(c.L, cap) || NEVER_NAMES.has(cap)) continue;
    if (PARTICLES.has(t.w) || hasX(t, X_EN_HINTS)) continue;
    let j = i + 1;
    const n = toks[j];
    if (n && n.lower && gapEq(c.text, t.e, n.s, ' ') && lowerSurnameAfterGiven(c, n)) j++;
    push(c, t.s, toks[j - 1]!.e, 0.5, 'en-lower');
  }
}

function isSentenceEnd(ch: number): boolean {
  return ch === 46 || ch === 33 || ch === 63 || ch === 10; // . ! ? \n
}

function englishWindow(c: Ctx, s: number, e: number): boolean {
  // The first token inside the window.
  let i = lowerBound(c.starts, s);
  let de = 0;
  let en = 0;
  for (; i < c.toks.length && c.toks[i]!.s < e; i++) {
    const t = c.toks[i]!;
    if (!t.lower) continue;
    if (hasX(t, X_DE_HINTS)) de++;
    else if (hasX(t, X_EN_HINTS)) en++;
  }
  return en > 0 && de === 0;
}

const peopleCache = new Map<string, Array<[number, number]>>();

/** compromise results per sentence text, cached (templates and quoted replies repeat sentences). */
function cachedPeople(text: string, s: number, e: number): Array<[number, number]> {
  const key = text.slice(s, e);
  const rel = peopleCache.get(key) ?? remember(peopleCache, 2000, key, compromisePeople(key, 0, key.length));
  return rel.map(([a, b]) => [a + s, b + s] as [number, number]);
}

/**
 * English second opinion from compromise, on the sentences that still hold capitalised words
 * the rules could not decide (not sentence-initial, not known non-names, not already found).
 */
function englishModel(c: Ctx, spans: Span[]): Span[] {
  if (c.lang === 'de' || !USE_COMPROMISE) return [];
  const { toks, text } = c;
  const windows: Array<[number, number]> = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || t.sentStart || hasX(t, X_NEVER_NAMES) || hasX(t, X_ORG_WORDS) || hasX(t, X_STREET_WORDS)) continue;
    // Mid-sentence after a lower-case word ("said Rihanna", "with Dermot"); capitalised runs in
    // headings, signatures and company lines ("Accounts Receivable") are left alone.
    const pt = toks[i - 1]!;
    if (!pt.lower || /^\d/.test(pt.w)) continue;
    if (isGivenT(c, t) || isSurnameT(c, t)) continue; // the rules already decided those
    const b = text[t.s - 1];
    if (b === '@' || b === '#' || b === '_') continue;
    if (overlapsSorted(spans, t.s, t.e)) continue;
    const last = windows[windows.length - 1];
    if (last && t.e <= last[1]) continue; // already inside the previous sentence window
    // The sentence around it (bounded, so one long line cannot blow the budget).
    let s = t.s;
    while (s > 0 && t.s - s < 200 && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
    let e = t.e;
    while (e < text.length && e - t.e < 200 && !isSentenceEnd(text.charCodeAt(e))) e++;
    if (last && last[1] >= s) last[1] = Math.max(last[1], e);
    else windows.push([s, e]);
  }
  const out: Span[] = [];
  // Budget: compromise runs at ~0.2 M chars/s; at most ~2 % of the text (and 600 chars at least)
  // goes through it, so the detector as a whole keeps its speed on text full of proper nouns.
  let budget = Math.max(250, text.length * 0.02);
  for (const [s, e] of windows) {
    // Only English sentences: German capitalises every noun, compromise would guess wildly.
    if (c.lang === 'mixed' && !englishWindow(c, s, e)) continue;
    if (budget <= 0) break;
    budget -= e - s;
    for (const [ps, pe] of cachedPeople(text, s, e)) {
      if (overlapsSorted(spans, ps, pe)) continue;
      const i = c.byStart.get(ps);
      if (i === undefined) continue;
      let j = i;
      while (j < toks.length && toks[j]!.e <= pe) j++;
      const ts = toks.slice(i, j);
      // Keep only capitalised, non-stop-word spans that are not all sentence-initial guesses.
      if (!ts.length || ts.some((t) => !(t.cap || t.initial || (t.lower && PARTICLES.has(t.w))))) continue;
      if (ts.every((t) => hasX(t, X_NEVER_NAMES))) continue;
      // An office alone: compromise takes "President" of "Vice President Al Gore" for a person.
      if (ts.every((t) => hasX(t, X_ROLE_NOUNS) || TITLES.has(t.w))) continue;
      if (ts.length === 1 && ts[0]!.sentStart) continue;
      if (followedByOrgOrStreet(c, j - 1) || abbreviationOrSaint(c, i, j)) continue;
      out.push({ start: toks[i]!.s, end: toks[j - 1]!.e, score: 0.65, rule: 'compromise' });
    }
  }
  return out;
}

const MODEL = modelJson as Model;
let compiled: CompiledModel | null = null;
const USE_MODEL = process.env.PERSON_MODEL !== '0';
const GATE_ALL_UNKNOWN_DE = process.env.PERSON_GATE === '1';
/**
 * The model's thresholds, read on first use: the weights (~400 kB of JSON) are parsed only when
 * a text first has a token for the model to judge, which a one-line run often has not.
 * German text has its own threshold (model.json thresholdDe): German capitalises every noun, so
 * the calibration differs.
 */
let thresholds: { en: number; de: number } | undefined;
function modelThresholds(): { en: number; de: number } {
  if (thresholds) return thresholds;
  const en = Number(process.env.PERSON_MODEL_THRESHOLD ?? MODEL.threshold);
  return (thresholds = { en, de: Number(process.env.PERSON_MODEL_THRESHOLD_DE ?? MODEL.thresholdDe ?? en) });
}

/** Whether [s, e) fills a table cell or CSV field on its own: "| PFK |", ";QS;". */
function aloneInCell(text: string, s: number, e: number): boolean {
  let i = s - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  let j = e;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  const b = i < 0 ? 10 : text.charCodeAt(i);
  const a = j >= text.length ? 10 : text.charCodeAt(j);
  const sep = (c: number) => c === 124 || c === 59 || c === 9;
  return (sep(b) || b === 10) && (sep(a) || a === 10 || a === 13) && (sep(b) || sep(a));
}

/**
 * A form's label, one word opening its line before a colon or its label's next word, in a text
 * of such lines: "Pronouns: he/him", "Valid until: 13 June". Not a name the lists hold: "Kerry: …"
 * speaks.
 */
function labelWord(c: Ctx, i: number, j: number): boolean {
  if (i !== j) return false;
  const t = c.toks[i]!;
  const k = blanksBefore(c.text, t.s);
  if (k > 0 && c.text.charCodeAt(k - 1) !== 10) return false;
  if (!/^(?:[ \t]+\p{Ll}+)?[ \t]*:/u.test(c.text.slice(t.e, t.e + 16))) return false;
  // A party's role, though a surname too: "Seller: Henrik Madsen", "Buyer: …".
  if (PARTY_LABELS.has(t.w)) return true;
  if (c.L.given.has(t.w) || c.L.surname.has(t.w) || c.L.census.has(t.w)) return false;
  // A letter no German or English label has is a dialogue's speaker: "Halldór: What a wife."
  if (FOREIGN_LETTER.test(t.w)) return false;
  // In a form: three lines or more open with a label (counted once per text).
  if (c.labelLines === undefined) {
    let n = 0;
    for (const at of colonLines(c) ?? colonLineStarts(c.text)) if (LABEL_AT.test(c.text.slice(at, at + 40)) && ++n >= 3) break;
    c.labelLines = n;
  }
  return c.labelLines >= 3;
}
const LABEL_AT = /^[ \t]*\p{Lu}[\p{L}\p{M}() /-]{1,30}:[ \t]/u;
/** Parties to a deal or a case, as labels: never the name of the one they label. */
const PARTY_LABELS = new Set(
  'Seller Buyer Vendor Purchaser Landlord Tenant Lessor Lessee Guarantor Claimant Respondent Applicant Defendant Plaintiff Employer Employee Contractor Subcontractor Witness Executor Trustee Beneficiary Borrower Lender Verkäufer Käufer Vermieter Mieter Bürge Arbeitgeber Arbeitnehmer Auftraggeber Auftragnehmer Zeuge Erblasser Darlehensnehmer Darlehensgeber'.split(' '),
);

/**
 * The small learned model (features.ts, weights in model.json) on capitalised tokens the rules
 * left undecided. Adjacent positive tokens join into one span.
 */
function learned(c: Ctx, spans: Span[]): Span[] {
  if (!USE_MODEL) return [];
  const { toks, text } = c;
  const gaps = (i: number) => (i >= 0 && i + 1 < toks.length ? text.slice(toks[i]!.e, toks[i + 1]!.s) : '');
  let cache: FeatureCache | undefined;
  const out: Span[] = [];
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart < 0) return;
    if (!abbreviationOrSaint(c, runStart, runEnd + 1) && !followedByOrgOrStreet(c, runEnd) && !precededByOrg(c, runStart) && !afterFirmAmp(c, runStart) && !labelWord(c, runStart, runEnd) && !(runStart === runEnd && (perPreposition(c.text, toks[runStart]!) || jobGrade(c, runStart)))) {
      out.push({ start: toks[runStart]!.s, end: toks[runEnd]!.e, score: 0.55, rule: 'model' });
    }
    runStart = -1;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let pos = false;
    if ((t.cap || t.upper || t.initial) && !hasX(t, X_NEVER_NAMES) && !overlapsSorted(spans, t.s, t.e)) {
      const b = charAtOr(text, t.s - 1);
      const a = charAtOr(text, t.e);
      // Cheap gate: an unknown word right after a determiner, or with a German noun suffix, is a
      // noun far more often than a name ("die Rechnung"): the model is not asked.
      const unknown = lookupT(c, t) === 0;
      // After a person noun, a frequent German word is a department, not the person's name
      // ("Produktmanager Cloud", "Leiter Einkauf"): as in slotNames().
      const gated =
        unknown &&
        (GATE_ALL_UNKNOWN_DE
          ? c.lang !== 'en'
          : nounContext(c, i) || (c.lang === 'de' && hasX(t, X_NOUN_SUFFIX)) || (c.lang !== 'en' && i > 0 && hasX(toks[i - 1]!, X_ROLE_TAIL) && SLOT_BLOCK.has(wordClass(t.w))));
      // "Assignee:", "Reporter:" inside a line: a field's label.
      const label = a === ':' && (NAME_LABELS.has(t.w.toLowerCase()) || ROLE_LABEL_TAILS.has(t.w.toLowerCase()));
      // Two or three capitals the lists do not know, alone in a table cell, are a code ("PFK" in a
      // "Qual." column): a person's initials there are the alias rules' to find, from a definition.
      const code = t.upper && unknown && t.e - t.s <= 3 && aloneInCell(text, t.s, t.e);
      if (!gated && !label && !code && b !== '@' && b !== '#' && b !== '_' && a !== '_' && a !== '@') {
        const M = (compiled ??= new CompiledModel(MODEL));
        const th = modelThresholds();
        // German's lower threshold is for words no dictionary has ("Trenholm"); a frequent German
        // word ("Kalender", "Zwinger", "Wahlen") keeps the general one.
        const p = M.prob(toks, i, gaps, c.lang, (cache ??= new FeatureCache(toks, c.L)));
        pos = c.lang === 'de' ? p >= th.de && (p >= th.en || wordClass(t.w) !== 'w') : p >= th.en;
      }
    }
    if (pos && runStart >= 0 && /^(?:[ \t]|[ \t]*-[ \t]*)$/.test(text.slice(toks[runEnd]!.e, t.s)) && i === runEnd + 1) {
      runEnd = i;
    } else {
      flush();
      if (pos) runStart = runEnd = i;
    }
  }
  flush();
  return out;
}

// --- mention propagation -----------------------------------------------------------------------

/** Other surfaces of a found name: its surname (with particles), and its first given name. */
export function variantsOf(toks: readonly Tok[], textOf: (t: Tok) => string): { surname: string | null; given: string | null } {
  const words = toks.filter((t) => !t.initial);
  if (words.length < 2) return { surname: null, given: null };
  // Surname: the last word, with the particles right before it.
  let k = words.length - 1;
  while (k > 1 && words[k - 1]!.lower && PARTICLES.has(words[k - 1]!.w)) k--;
  const sur = words.slice(k).map(textOf).join(' ');
  return { surname: sur, given: words[0]!.lower ? null : textOf(words[0]!) };
}

/** German nobles' particles: "von Berlichingen", "zu Hohenlind". */
const NOBLE_PARTICLES = new Set(['von', 'zu', 'vom', 'zur']);

/** Rules whose one-word names propagate() takes as surnames: a titled name, a field's, a mail address's. */
const ONE_WORD_SOURCES = new Set(['title', 'field', 'mail']);

function propagate(c: Ctx, spans: Span[]): Span[] {
  const { toks, text } = c;
  const surnames = new Map<string, number>();
  // Given names of the people found: any of them alone is that person (or another of that name).
  const givenNames = new Set<string>();
  for (let i_sp = 0; i_sp < spans.length; i_sp++) {
    const sp = spans[i_sp]!;
    if (sp.score < 0.7) continue;
    const i = c.byStart.get(sp.start);
    if (i === undefined) continue;
    let j = i;
    while (j < toks.length && toks[j]!.e <= sp.end) j++;
    const ts = toks.slice(i, j);
    if (sp.rule.includes('inverted')) {
      // "Schmidt, Anna": the first word is the surname.
      if (ts[0]!.cap || ts[0]!.upper) surnames.set(ts[0]!.w, sp.score);
      const g = ts.find((t, k) => k > 0 && t.cap);
      if (g) givenNames.add(g.w);
      continue;
    }
    const words = ts.filter((t) => !t.initial && !t.lower);
    if (words.length === 1 && (ONE_WORD_SOURCES.has(sp.rule) || sp.rule === 'late')) {
      surnames.set(words[0]!.w, sp.score);
      continue;
    }
    const v = variantsOf(ts, (t) => t.w);
    if (v.surname) {
      surnames.set(v.surname, Math.max(surnames.get(v.surname) ?? 0, sp.score));
      // A noble's name without its particle: "Götz von Berlichingen" … "Berlichingens Memoiren",
      // "Friedrich Karl zu Hohenlind" … "Hohenlinds Witwe". Only a listed given name's, and a word
      // that is no place nor word of the dictionary: "von" is also "from" ("Lisa von Pixelkraft",
      // "Kees von Blauwal"), and a state names its prince ("Friedrich von Preußen").
      const parts = v.surname.split(' ');
      const last = parts[parts.length - 1]!;
      if (
        parts.length === 2 && NOBLE_PARTICLES.has(parts[0]!) && c.lang !== 'en' && last.length >= 4 && isGivenT(c, ts[0]!) &&
        !NEVER_NAMES.has(last) && !ORG_WORDS.has(last) && !STREET_WORDS.has(last) && !isPlaceWord(last) && nameLikeClass(wordClass(last)) && !surnames.has(last)
      ) {
        surnames.set(last, sp.score);
      }
    }
    if (v.given) givenNames.add(v.given);
  }
  const extra: Span[] = [];
  if (surnames.size === 0 && givenNames.size === 0) return extra;
  // Mentions already inside a found span are not re-found (a weaker copy could outrank a part):
  // overlapsSorted(spans, …), called directly (a closure per call made its optimised code
  // expect one call target and be compiled again for the next).
  // Surnames by their first word, each already split into its words.
  const first = new Map<string, string[][]>();
  for (const s of surnames.keys()) {
    const parts = s.split(' ');
    const w = parts[0]!;
    (first.get(w) ?? first.set(w, []).get(w)!).push(parts);
  }
  // Cheap exact pre-test for first.get() and givenNames.has(): a small hash of the word's
  // first and last code unit and length (bit 1: a surname's first word, bit 2: such a given name).
  // Sized to the keys (a short text has few): about 8 slots per key, 256 to 16K.
  let keyShift = 32 - 8;
  while (keyShift > 32 - 14 && 1 << (32 - keyShift) < 8 * (first.size + givenNames.size)) keyShift--;
  const keyBits = new Uint8Array(1 << (32 - keyShift));
  for (const w of first.keys()) {
    keyBits[wordKey(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length, keyShift)] |= 1;
    // Its genitive ("Zabel" → "Zabels Entscheidung"), for a one-word surname of German text.
    if (c.lang !== 'en' && w.length >= 3 && w.charCodeAt(w.length - 1) !== 115) keyBits[wordKey(w.charCodeAt(0), 115, w.length + 1, keyShift)] |= 4;
  }
  for (const w of givenNames) keyBits[wordKey(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length, keyShift)] |= 2;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Read from the text and the token (t.w is text.slice(t.s, t.e)), not from the string.
    const kb = keyBits[wordKey(text.charCodeAt(t.s), text.charCodeAt(t.e - 1), t.e - t.s, keyShift)]!;
    if (kb === 0) continue;
    if ((kb & 4) !== 0 && t.cap && t.w.charCodeAt(t.w.length - 1) === 115) {
      const stem = first.get(t.w.slice(0, -1));
      if (stem && stem.some((parts) => parts.length === 1) && !overlapsSorted(spans, t.s, t.e) && !nounContext(c, i) && genitiveNoun(c, i) >= 0) {
        extra.push({ start: t.s, end: t.e, score: 0.75, rule: 'propagated-genitive' });
        continue;
      }
    }
    const cands = (kb & 1) !== 0 ? first.get(t.w) : undefined;
    if (cands) {
      for (const parts of cands) {
        let ok = true;
        for (let k = 1; k < parts.length; k++) if (toks[i + k]?.w !== parts[k]) ok = false;
        if (!ok) continue;
        const last = i + parts.length - 1;
        const prev = itemAt(toks, i - 1);
        if (prev && isAmbig(c, parts[parts.length - 1]!) && (ARTICLE.test(prev.w) || BEFORE_COMMON_NOUN.test(prev.w))) continue;
        if (followedByOrgOrStreet(c, last) || precededByOrg(c, i) || overlapsSorted(spans, t.s, toks[last]!.e)) continue;
        extra.push({ start: t.s, end: toks[last]!.e, score: 0.8, rule: 'propagated' });
        break;
      }
      continue;
    }
    if ((kb & 2) !== 0 && t.cap && givenNames.has(t.w) && (!hasX(t, X_NEVER_NAMES) || wordNameAsPerson(text, toks, i))) {
      const prev = itemAt(toks, i - 1);
      if (prev && ARTICLE.test(prev.w)) continue;
      // The given name before a surname found: the whole name again, though the surname is a
      // street word ("Graham Street – 9 Jan", after "Graham Street <graham.street@…>").
      const n = toks[i + 1];
      if (n && gapEq(text, t.e, n.s, ' ') && first.get(n.w)?.some((parts) => parts.length === 1) && !overlapsSorted(spans, t.s, n.e) && !followedByOrgOrStreet(c, i + 1) && !precededByOrg(c, i)) {
        extra.push({ start: t.s, end: n.e, score: 0.8, rule: 'propagated' });
        i++;
        continue;
      }
      if (followedByOrgOrStreet(c, i) || overlapsSorted(spans, t.s, t.e)) continue;
      extra.push({ start: t.s, end: t.e, score: 0.7, rule: 'propagated-given' });
    }
  }
  return extra;
}

/** Slot of a word in propagate()'s pre-test (2 ** (32 - shift) slots): its first and last code unit and its length. */
function wordKey(first: number, last: number, len: number, shift: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(last, 0x85ebca6b) ^ Math.imul(len, 0xc2b2ae35)) >>> shift;
}

/** Overlap test against spans sorted by start and free of overlaps (resolve() output): O(log n). */
function overlapsSorted(spans: readonly Span[], s: number, e: number): boolean {
  const lo = firstEndingAfter(spans, s);
  return lo < spans.length && spans[lo]!.start < e;
}

/** In such spans, the index of the first one that ends after `s` (spans.length if none). */
function firstEndingAfter(spans: readonly Span[], s: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// --- driver ------------------------------------------------------------------------------------

export interface CoreResult {
  spans: Span[];
  toks: Tok[];
  lang: Lang;
  /** Where no name is: table fields of columns that hold none ("Firma", "Bank", "City"; see tables.ts), and the labels of name fields. */
  blocked: TableSpan[];
}

/** Rank of a span in resolve(): the higher score first, then the longer span, then the earlier one. */
function byRank(a: Span, b: Span): number {
  return b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

const MAX_EXACT = 2 ** 53;

/**
 * [...spans].sort(byRank) without a comparator call per comparison: each span becomes one
 * integer key (score rank, length, start, and its index, which stands in for the sort's
 * stability), sorted as a Float64Array. Null when the key would not fit in 53 bits or the
 * spans are not plain non-negative integer offsets with finite scores.
 */
function rankOrderFast(spans: readonly Span[]): Span[] | null {
  const n = spans.length;
  if (n < 2) return [...spans];
  const scores = new Map<number, number>();
  let maxLen = 0;
  let maxStart = 0;
  for (let i_s = 0; i_s < spans.length; i_s++) {
    const s = spans[i_s]!;
    if (!Number.isFinite(s.score) || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start) return null;
    if (!scores.has(s.score)) scores.set(s.score, 0);
    if (s.end - s.start > maxLen) maxLen = s.end - s.start;
    if (s.start > maxStart) maxStart = s.start;
  }
  const distinct = [...scores.keys()].sort((a, b) => b - a);
  for (let r = 0; r < distinct.length; r++) scores.set(distinct[r]!, r);
  const L = maxLen + 1;
  const S = maxStart + 1;
  if (distinct.length * L * S * n >= MAX_EXACT) return null;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = spans[i]!;
    keys[i] = ((scores.get(s.score)! * L + (maxLen - (s.end - s.start))) * S + s.start) * n + i;
  }
  keys.sort();
  return pickByKeys(spans, keys);
}

/**
 * spans in the order of their indices in `keys` (key % n). Pushed, not written into new
 * Array(n): a preallocated array has holes by type, and the rules that read the span lists
 * were compiled for both kinds of array, and again for each.
 */
function pickByKeys(spans: readonly Span[], keys: Float64Array): Span[] {
  const n = spans.length;
  const out: Span[] = [];
  for (let k = 0; k < n; k++) out.push(spans[keys[k]! % n]!);
  return out;
}

/** Spans with distinct starts, ordered by start (as out.sort(by start)); null when the keys would not be exact. */
function byStartFast(spans: readonly Span[]): Span[] | null {
  const n = spans.length;
  if (n < 2) return [...spans];
  let maxStart = 0;
  for (let i_s = 0; i_s < spans.length; i_s++) {
    const s = spans[i_s]!;
    if (s.start > maxStart) maxStart = s.start;
  }
  if ((maxStart + 1) * n >= MAX_EXACT) return null;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = spans[i]!.start * n + i;
  keys.sort();
  return pickByKeys(spans, keys);
}

/** Resolves overlaps among person spans: the higher score wins, then the longer span. */
export function resolve(spans: Span[]): Span[] {
  // Greedy in rank order; the taken positions live in a bitmap, which is O(span length) per test
  // where inserting into a sorted array is O(kept). Empty spans (which block differently) take
  // the general path below.
  let maxEnd = 0;
  let empty = false;
  for (let i_s = 0; i_s < spans.length; i_s++) {
    const s = spans[i_s]!;
    if (s.end > maxEnd) maxEnd = s.end;
    if (s.end <= s.start || s.start < 0) empty = true;
  }
  if (!empty) {
    const sorted = rankOrderFast(spans) ?? [...spans].sort(byRank);
    const taken = new Uint8Array(maxEnd);
    const out: Span[] = [];
    for (let i_s = 0; i_s < sorted.length; i_s++) {
      const s = sorted[i_s]!;
      let free = true;
      for (let k = s.start; k < s.end; k++) {
        if (taken[k] === 1) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, s.start, s.end);
      out.push(s);
    }
    // Kept spans do not overlap and are not empty: their starts are distinct.
    return byStartFast(out) ?? out.sort((a, b) => a.start - b.start);
  }
  const sorted = [...spans].sort(byRank);
  const kept: Span[] = [];
  for (let i_s = 0; i_s < sorted.length; i_s++) {
    const s = sorted[i_s]!;
    if (overlapsSorted(kept, s.start, s.end)) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, s);
  }
  return kept;
}

/** Beside PLACE_AFTER, words after a given name that make a place of it: "Carlton Rise", "Victoria Square". */
const PLACE_TAIL = new Set('Rise Square Place Field Fields Hill Green Row Mews Walk Water'.split(' '));

/**
 * A backstop for names the rules passed over: a listed, unambiguous given name and a listed
 * surname (the census list included), alone between non-capitalised words, "Judith Crane 48.61",
 * "Driver (van) Paul Lamb". Not after a number ("22 Marshall Street"), not before or after another
 * capitalised word ("Hermann Stein GmbH", "Santa Clara Field").
 */
function listedPairs(c: Ctx, spans: readonly Span[]): Span[] {
  const { toks, text, L } = c;
  const out: Span[] = [];
  const ambig = c.lang === 'de' ? L.deAmbig : L.enAmbig;
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    if (!a.cap || a.upper || !isGivenT(c, a)) continue;
    const b = toks[i + 1]!;
    if (!b.cap || b.upper || !gapEq(text, a.e, b.s, ' ')) continue;
    if (ambig.has(a.w) || hasX(a, X_NEVER_NAMES) || hasX(b, X_NEVER_NAMES) || (SAINT_PLACE.has(a.w) && isGivenT(c, b))) continue;
    if (!(L.surname.has(b.w) || L.census.has(b.w)) || hasX(b, X_STREET_WORDS) || hasX(b, X_ORG_WORDS) || PLACE_AFTER.has(b.w) || PLACE_TAIL.has(b.w)) continue;
    const n = toks[i + 2];
    if (n && (n.cap || n.upper) && /^[ \t]{1,2}$/.test(text.slice(b.e, n.s))) continue;
    const p = toks[i - 1];
    if (p && (((p.cap || p.upper) && /^[ \t]{1,2}$/.test(text.slice(p.e, a.s))) || isDigit(p.w.charCodeAt(0)))) continue;
    // (A part found alone, "Judith" by the model, gives way to the pair.)
    if (overlapsSorted(spans, a.s, b.e) && !onlyPartsInside(spans, a.s, b.e)) continue;
    out.push({ start: a.s, end: b.e, score: 0.7, rule: 'listed-pair' });
    i++;
  }
  return out;
}
/** Every span overlapping [s, e) lies inside it, is shorter and scores lower than 0.7. */
function onlyPartsInside(spans: readonly Span[], s: number, e: number): boolean {
  for (let k = firstEndingAfter(spans, s); k < spans.length && spans[k]!.start < e; k++) {
    const x = spans[k]!;
    if (x.start < s || x.end > e || x.end - x.start === e - s || x.score >= 0.7) return false;
  }
  return true;
}

/**
 * resolve([...kept, ...extra]) where kept is itself a resolve() output (sorted by start, free of
 * overlaps), without ranking all of kept again. Only the extra spans and the kept spans that
 * overlap one of them can change anything: a kept span that overlaps no extra span overlaps
 * nothing at all in the union, so the greedy keeps it whatever the order. resolve() of that
 * small group (kept members first, in input order, so ties rank as in the full call), merged
 * with the untouched kept spans, is the full result. Empty spans take the full call.
 */
export function resolveMore(kept: Span[], extra: Span[]): Span[] {
  for (let i_s = 0; i_s < extra.length; i_s++) {
    const s = extra[i_s]!;
    if (s.end <= s.start || s.start < 0) return resolve([...kept, ...extra]);
  }
  for (let i_s = 0; i_s < kept.length; i_s++) {
    const s = kept[i_s]!;
    if (s.end <= s.start || s.start < 0) return resolve([...kept, ...extra]);
  }
  const n = kept.length;
  const touched = new Uint8Array(n);
  for (let i_x = 0; i_x < extra.length; i_x++) {
    const x = extra[i_x]!;
    // kept spans overlapping [x.start, x.end): from the first one ending after x.start.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.end <= x.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < n && kept[k]!.start < x.end; k++) touched[k] = 1;
  }
  const group: Span[] = [];
  for (let k = 0; k < n; k++) if (touched[k] === 1) group.push(kept[k]!);
  for (let i_x = 0; i_x < extra.length; i_x++) {
    const x = extra[i_x]!;
    group.push(x);
  }
  const won = resolve(group);
  // Merge the untouched kept spans and the group's winners by start (starts are distinct: no overlaps).
  const out: Span[] = [];
  let g = 0;
  for (let k = 0; k < n; k++) {
    if (touched[k] === 1) continue;
    const s = kept[k]!;
    while (g < won.length && won[g]!.start < s.start) out.push(won[g++]!);
    out.push(s);
  }
  while (g < won.length) out.push(won[g++]!);
  return out;
}

const LONE_SURNAMES = process.env.PERSON_LONE !== '0';
const USE_COMPROMISE = process.env.PERSON_COMPROMISE !== '0';

/**
 * The tokens' start offsets. A function of its own: as a loop inside runRules it made V8
 * compile all of runRules on-stack (OSR) for every long text, and that code deoptimised right
 * after the loop (35 times in 6 MB), each time a recompile of runRules with its inlined rules.
 */
function tokenStarts(toks: readonly Tok[]): Int32Array {
  const starts = new Int32Array(toks.length);
  for (let i = 0; i < toks.length; i++) starts[i] = toks[i]!.s;
  return starts;
}

function newCtx(text: string, toks: Tok[], lang: Lang): Ctx {
  // Token index by start offset: binary search over the (sorted) token starts, kept in a typed
  // array (the tokens themselves are scattered over the heap).
  const starts = tokenStarts(toks);
  const byStart = {
    get(start: number): number | undefined {
      const lo = lowerBound(starts, start);
      return lo < starts.length && starts[lo] === start ? lo : undefined;
    },
  };
  return { text, toks, starts, lang, L: nameLists(), out: [], byStart, memo: new Map(), labels: [] };
}

/**
 * propagate() for the names the detector's later passes found (officials, initials, scorer lines,
 * social media, …): their other mentions in the text. `found` are all findings, sorted by start;
 * only those in `sources` give names (a one-word source its word, as a title's name does), the
 * others only block overlaps. Names runRules() propagated itself (`ruleSpans`, its result) are
 * not looked for again. A mention must be capitalised, three letters or more, and no place.
 */
export function laterMentions(
  text: string,
  toks: Tok[],
  lang: Lang,
  found: readonly { start: number; end: number; score: number }[],
  sources: readonly { start: number; end: number }[],
  ruleSpans: readonly Span[],
): Span[] {
  if (sources.length === 0) return [];
  const known = propagatedNames(text, ruleSpans);
  const isSource = new Set<number>();
  for (const f of sources) if (!known.has(text.slice(f.start, f.end))) isSource.add(f.start * 65536 + (f.end - f.start));
  if (isSource.size === 0) return [];
  const c = newCtx(text, toks, lang);
  const spans: Span[] = [];
  for (const f of found) {
    const prev = spans[spans.length - 1];
    if (prev && f.start < prev.end) continue;
    // Score 0: not a source (propagate() reads names from spans of 0.7 or more).
    const score = isSource.has(f.start * 65536 + (f.end - f.start)) ? Math.max(f.score, 0.7) : 0;
    spans.push({ start: f.start, end: f.end, score, rule: INVERTED_NAME.test(text.slice(f.start, f.end)) ? 'inverted' : 'late' });
  }
  return propagate(c, spans).filter((sp) => {
    const first = c.byStart.get(sp.start) ?? toks.length;
    for (let i = first; i < toks.length && toks[i]!.s < sp.end; i++) {
      const t = toks[i]!;
      if (t.initial || (t.lower && PARTICLES.has(t.w))) continue;
      if (!(t.cap || t.upper) || t.e - t.s < 3 || isPlaceWord(t.w)) return false;
      // "Will here." found, "Will you be in?" not: a word-name alone needs a person's context, as in propagate()'s given names.
      if (t.e >= sp.end && i === first && hasX(t, X_NEVER_NAMES) && !wordNameAsPerson(text, toks, i)) return false;
    }
    return true;
  });
}

/**
 * The names propagate() took from runRules()'s spans (0.7 or more; a lone word only from
 * ONE_WORD_SOURCES), as texts and words: "Anna Schmidt", "Anna", "Schmidt".
 */
function propagatedNames(text: string, spans: readonly Span[]): Set<string> {
  const words = new Set<string>();
  for (const sp of spans) {
    if (sp.score < 0.7) continue;
    const t = text.slice(sp.start, sp.end);
    if (t.indexOf(' ') > 0) {
      words.add(t);
      for (const w of t.split(' ')) words.add(w);
    } else if (ONE_WORD_SOURCES.has(sp.rule)) words.add(t);
  }
  return words;
}

export function runRules(text: string): CoreResult {
  const toks = tokenize(text);
  const c = newCtx(text, toks, guessLang(toks));
  formFields(c);
  inlineCues(c);
  if (c.text.indexOf('Esq') >= 0) esquires(c);
  mailNames(c);
  signatures(c);
  titlesAndGreetings(c);
  speakers(c);
  invertedNames(c);
  capsInverted(c);
  roleAndInitials(c);
  englishCues(c);
  listNames(c);
  contextSurnames(c);
  slotNames(c);
  genitives(c);
  vanNames(c);
  biographyLeads(c);
  datedNames(c);
  if (LONE_SURNAMES) loneSurnames(c);
  lowercaseGiven(c);
  const tables = tableFields(text, c.L);
  for (const s of tables.names) push(c, s.start, s.end, 0.9, 'table');
  const keyed = keyValueFields(text, c.L);
  for (const s of keyed.names) push(c, s.start, s.end, 0.9, 'table');
  let spans = resolve(c.out);
  const em = englishModel(c, spans);
  if (em.length) spans = resolveMore(spans, em);
  const lm = learned(c, spans);
  if (lm.length) spans = resolveMore(spans, lm);
  const en = enumerations(c, spans);
  if (en.length) spans = resolveMore(spans, en);
  const pairs = listedPairs(c, spans);
  if (pairs.length) spans = resolveMore(spans, pairs);
  const extra = propagate(c, spans);
  if (extra.length) spans = resolveMore(spans, extra);
  const blocked = c.labels.length || keyed.blocked.length ? [...tables.blocked, ...keyed.blocked, ...c.labels] : tables.blocked;
  return { spans, toks, lang: c.lang, blocked };
}
