/**
 * English informal text (posts, chats, comments): a second look at the rules' spans after
 * runRules(). People type names in lower case ("saw kevin today"), in capitals ("GOOD LUCK
 * MEETING JAKE") and next to chat spellings that collide with the name lists ("ive", "ima").
 *
 * - Drops spans that are dates ("Dec . 31"), split contractions ("Don't" → "Don"), chat
 *   spellings, place names after a place word ("Lake Charles", "St . Louis") and lower-case
 *   list words in a noun or foreign-language context ("the bars", "mon ami").
 * - Adds: lower-case name pairs and surnames after a found given name ("taylor swift",
 *   "Donald trump"), a capitalised given name right before a found name ("Charlie Chaplin"),
 *   an initial after a given name ("Sara B ."), lower-case given names that are also rare English
 *   words when a verb or a person cue says so ("tell brad", "mike says"), and, in text that looks
 *   like social media, names written in capitals ("KRISTEN BELL").
 *
 * Works on the tokens runRules() made; per token only flag tests, name-list lookups only for the
 * few candidates. German text is left alone.
 */
import type { Lang, Span, Tok } from './core.js';
import { NEVER_NAMES, ORG_WORDS, PARTICLES, STREET_WORDS, TITLES, wordSet } from './lexicon.js';
import { nameLists, titled, type NameLists } from './names.js';

const set = wordSet;

/** Month abbreviations that are dates on their own ("in Dec ."); "Jan" and "Mar" only next to a number. */
const MONTHS = set(`Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec FEB APR JUN JUL AUG SEP SEPT OCT NOV DEC`);
const MONTHS_WITH_NUMBER = set(`Jan Mar JAN MAR May MAY`);

/**
 * Chat spellings of English words that collide with the given-name lists (lower-cased):
 * contractions without the apostrophe, eye-dialect, clipped words.
 */
const CHAT = set(`ive ima imma ina inna ino neva lotta gotta abou bout tomo tmrw urs thi vid vids uve til till
betta nuff aint cuz coz jus wat dat den dem wit luv hun bae fam bro sis lil tho thru ya yo da nite tonite cali easter
xmas kinda sorta outta wanna gonna ganna dunno lemme gimme`);

/** Words that mark chat and posts: the pronoun "i" in lower case, "lol", "omg", "u". */
const CHAT_SIGNS = set(`i ur lol lmao omg haha hahaha gonna wanna idk tbh smh`);

/** Words before a place name: "Lake Charles", "St . Louis", "Fort Mason", "North Carolina". */
const PLACE_BEFORE = set(`St Ste Saint Lake Fort Ft Mount Mt Port Cape North South East West New Upper Lower Lake Bay`);

/**
 * Lower-case words that never continue a name ("tom will", "anna and"): function words,
 * auxiliaries and frequent adverbs, some of which are surnames in the lists.
 */
const FUNCTION = set(`a an the and or but nor so yet if then than as at by for from in into of off on onto out over
to up upon with within without about above after against along among around before behind below beneath beside
between beyond down during except inside near past since through till toward under until via i me my mine myself you
your yours he him his she her hers it its we us our they them their this that these those who whom whose which what
when where why how is are was were be been being am do does did done have has had having will would shall should can
could may might must not no yes just still now then too very really also here there today tonight tomorrow yesterday
always never ever again already soon later all any some each every many much more most other such only even well
like love loves said says say got get gets go goes went going gone come comes came make made take took see saw know
knew want wants need needs else lol omg lmao haha rt ok okay im its dont cant wont didnt`);

/**
 * Verbs and auxiliaries after a subject in the third person: "mike says", "brad is", "tom lets".
 * A lower-case word that is both a given name and a rare English word ("mike", "brad", "tom") is
 * taken as a name before one of these.
 */
const SUBJECT_VERBS = set(`says said is was has had lets let wants wanted gave gives got gets kept keeps turns turned
told tells loves loved likes liked did does will would can could should never always sings sang plays played
looks looked knows knew thinks thought came comes went goes needs needed made makes asked asks called calls texted
texts tweeted posted replied won lost scored`);

/** Words after which a clause (and its subject) starts: "when mike lets me know". */
const CLAUSE_START = set(`and but when if because cuz cause coz so then while until that since though lol haha omg oh ok
yeah yes no like bc rt RT and`);

/** Words before a person: "tell brad", "with mike", "hey tom", "thanks john", "love you jay". */
const PERSON_BEFORE = set(`tell told ask asked with hey hi thanks thank thx meet met call called text texted dear
love loves hug hugs miss missed bye congrats congratulations`);

/** Abstract nouns and everyday words among the ambiguous given names: never taken in lower case. */
const EVERYDAY = set(`will may mark hope faith joy grace art love chase guy honor glory charity patience bliss
destiny harmony justice liberty unity trinity rich frank earnest sterling summer autumn june april august
ruby amber jade pearl crystal rose lily iris ivy holly daisy violet heather dawn eve sky storm rain river
brook ocean star sunny wolf fox bear buck jack bill sue pat rob drew don dean nick ray max bob gene hank
dick art page young long brown white black green gray grey hunter bishop cook baker miller smith carter
parker walker turner cooper king bell hill wood stone reed lane ward price cash bond grant case major
royal noble sage angel baby honey candy ginger cherry berry olive mercy hazel penny bunny kitty duke
earl prince king queen lord god son`);

/** Determiners and number words: a lower-case word after one is a noun ("the bars", "4 miles"). */
const NOUN_BEFORE = set(`the a an my your his her our their its this that these those no some any every each
another which what whose someone anyone everyone somebody anybody nobody one two three four five six seven eight nine ten more most few less many much several
mon ma mes ton ta tes son sa ses le la les un une des el los las una unos unas il lo gli`);

/** Common English words of informal text: one near a lower-case name says the sentence is English. */
const ENGLISH = set(`the and is are was were to of in it that this for with on at be have has had not just so but
what when i you me my he she we they his her him them your our can will do did dont im its get got go going love like
lol omg haha who how why no yes all if out up about too now today tonight tomorrow been want need know see u ur`);

/**
 * Function words of the other languages in informal posts (Indonesian, Tagalog, Spanish, French,
 * Portuguese, Dutch) whose words fill the given-name lists in lower case ("pero", "yan", "ami").
 */
const FOREIGN = set(`dan yang di ke ini itu dari untuk dengan tidak ada aku kamu sa ng na mga ko mo po ang ni kasi
lang naman pag ka si que el los las por con para pero muy es está una del al y o je tu il elle nous vous ils est sont
pas mon ma mes les des et ou avec dans pour sur qui ce cette um uma os do da em não com ele ela eu você het een van
niet ik je dat wat`);

// Months that are given names too: before a found surname they are the given name.
const MONTH_GIVEN = set(`Jan April June August`);

const LETTER = /\p{L}/u;
const DIGIT0 = 48;
const DIGIT9 = 57;

/** Index of the first token starting at or after pos. */
function firstTokenAt(toks: readonly Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks[mid]!.s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token's word in lower case when it may be a function word (at most 6 letters), else "". */
function lowerShort(t: Tok): string {
  return t.lower ? t.w : t.w.length <= 6 ? t.w.toLowerCase() : '';
}

function isDigitStart(t: Tok | undefined): boolean {
  if (!t) return false;
  const ch = t.w.charCodeAt(0);
  return ch >= DIGIT0 && ch <= DIGIT9;
}

class Pass {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly L: NameLists;
  #social: boolean | undefined;
  constructor(text: string, toks: readonly Tok[]) {
    this.text = text;
    this.toks = toks;
    this.L = nameLists();
  }

  /** The gap between two tokens is exactly one blank. */
  blank(a: Tok, b: Tok): boolean {
    return b.s === a.e + 1 && this.text.charCodeAt(a.e) === 32;
  }

  /** A short gap without a line break: " ", " . ", ". ", " , ". */
  near(a: Tok, b: Tok): boolean {
    if (b.s - a.e > 3) return false;
    for (let k = a.e; k < b.s; k++) {
      const ch = this.text.charCodeAt(k);
      if (ch !== 32 && ch !== 46 && ch !== 44) return false;
    }
    return true;
  }

  /** A word in capitals that may continue a name: a surname, or an unknown word that is no function word. */
  capsNamePart(t: Tok): boolean {
    const w = titled(t.w);
    if (NEVER_NAMES.has(w) || FUNCTION.has(t.w.toLowerCase()) || ENGLISH.has(t.w.toLowerCase())) return false;
    return this.L.surname.has(w) || !(this.L.given.has(w) || this.L.enAmbig.has(w));
  }

  /** A place or firm rather than a person: "67 Devon Street", "Port Washington", "Kent Ltd". */
  placeLike(i: number): boolean {
    const { toks } = this;
    const t = toks[i]!;
    const b = toks[i - 1];
    const n = toks[i + 1];
    if (b && this.near(b, t) && (PLACE_BEFORE.has(b.w) || isDigitStart(b))) return true;
    return !!n && this.near(t, n) && (STREET_WORDS.has(n.w) || ORG_WORDS.has(n.w) || STREET_WORDS.has(titled(n.w)));
  }

  given(w: string): boolean {
    return this.L.given.has(w);
  }

  /**
   * Whether the token at k, right after a given name, reads as the rest of the name: a word of
   * four letters or more that no name or word list here knows (no given name, no function,
   * chat or everyday word, no title, place, street or firm word), not a verb form ("-ing",
   * "-ed"), and last in its run: no capitalised or lower-case word of the same kind follows
   * ("Kid Cudi Opens Up", a title-case headline, is left alone).
   */
  unknownSurname(k: number): boolean {
    const { toks, L } = this;
    const t = toks[k]!;
    const w = t.w;
    const lw = t.lower ? w : w.toLowerCase();
    const tw = titled(w);
    if (t.upper || L.given.has(tw) || L.enAmbig.has(tw) || NEVER_NAMES.has(tw) || TITLES.has(tw)) return false;
    if (FUNCTION.has(lw) || ENGLISH.has(lw) || CHAT.has(lw) || EVERYDAY.has(lw) || PARTICLES.has(lw) || CHAT_SIGNS.has(lw)) return false;
    if (lw.endsWith('ing') || lw.endsWith('ed') || lw.endsWith('ly')) return false;
    if (STREET_WORDS.has(tw) || ORG_WORDS.has(tw) || PLACE_BEFORE.has(tw) || MONTHS.has(tw)) return false;
    const c = this.text.charCodeAt(t.e);
    if (c === 64 || c === 35 || c === 39 || c === 0x2019) return false; // glued to a handle, tag or clitic
    const n = toks[k + 1];
    if (n && this.blank(t, n) && (t.lower ? n.lower && !FUNCTION.has(n.w) && !ENGLISH.has(n.w) : n.cap || n.upper)) return false;
    return true;
  }

  /**
   * A month that is also a given name ("Jan", "August") right before the found name at i+1..j:
   * "Jan Koum", "August Alsina" — not a date ("Jan 5", "5 August Smith").
   */
  monthGiven(k: number, j: number): boolean {
    const { toks } = this;
    const b = toks[k]!;
    if (!MONTH_GIVEN.has(b.w)) return false;
    return !isDigitStart(toks[k - 1]) && !isDigitStart(toks[j + 1]);
  }

  /** An English function word within eight tokens on the same line (foreign posts have none). */
  english(i: number): boolean {
    const { toks } = this;
    let foreign = 0;
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      if (this.lineBreak(toks[k]!, toks[k + 1]!)) break;
      const w = lowerShort(toks[k]!);
      if (ENGLISH.has(w)) return true;
      if (FOREIGN.has(w)) foreign++;
    }
    for (let k = i + 1; k < toks.length && k <= i + 8; k++) {
      if (this.lineBreak(toks[k - 1]!, toks[k]!)) break;
      const w = lowerShort(toks[k]!);
      if (ENGLISH.has(w)) return true;
      if (FOREIGN.has(w)) foreign++;
    }
    return foreign === 0;
  }

  lineBreak(a: Tok, b: Tok): boolean {
    for (let k = a.e; k < b.s; k++) if (this.text.charCodeAt(k) === 10) return true;
    return false;
  }

  /**
   * Whether the text looks like social media or chat: @handles or #hashtags (not inside an e-mail
   * address), "RT", or the pronoun "i" in lower case.
   */
  social(): boolean {
    if (this.#social !== undefined) return this.#social;
    const { toks, text } = this;
    let n = 0;
    for (let i = 0; i < toks.length && n < 2; i++) {
      const t = toks[i]!;
      const b = text.charCodeAt(t.s - 1);
      if (b === 64 || b === 35) {
        // "@handle", "#tag" — not "anna@firma.de", "Ticket #123".
        const c0 = t.w.charCodeAt(0);
        if (!(c0 >= DIGIT0 && c0 <= DIGIT9) && !/[\p{L}\d]/u.test(text[t.s - 2] ?? ' ')) n++;
      } else if (t.lower ? t.w.length <= 6 && CHAT_SIGNS.has(t.w) && (t.w !== 'i' || text.charCodeAt(t.e) === 32) : t.w === 'RT') n++;
    }
    return (this.#social = n >= 2);
  }
}

/**
 * Rules that find a name by the word alone (a list, the model, propagation): their single words
 * may be dates, chat spellings or places. A name after a cue ("Hallo Til,", "Till: …", a
 * signature, "Herr Da") stays.
 */
const WEAK_RULES = new Set(['list-given', 'list-full', 'lone-surname', 'en-lower', 'model', 'compromise', 'propagated', 'propagated-given', 'enumeration']);

/** Whether a found span should go: see the file comment. */
function dropSpan(p: Pass, sp: Span, i: number, j: number): boolean {
  const { toks, text } = p;
  const t = toks[i]!;
  if (!WEAK_RULES.has(sp.rule)) return false;
  if (sp.rule === 'en-lower') {
    const b = toks[i - 1];
    // "the bars", "4 miles" — not "a david lange concert", "the angela krapež version".
    const n = toks[j + 1];
    const nounAfter = i === j && !!n && n.lower && !FUNCTION.has(n.w) && !ENGLISH.has(n.w) && p.blank(t, n);
    if (b && b.lower && NOUN_BEFORE.has(b.w) && p.blank(b, t) && i === j && !nounAfter) return true;
    if (isDigitStart(b) && b && p.near(b, t) && i === j) return true;
    if (!p.english(i)) return true;
  }
  if (i !== j) return false;
  const w = t.w;
  const short = w.length <= 6;
  if (short && MONTHS.has(w)) return true;
  if (short && MONTHS_WITH_NUMBER.has(w)) {
    const b = toks[i - 1];
    const n = toks[i + 1];
    if ((isDigitStart(b) && p.near(b!, t)) || (isDigitStart(n) && p.near(t, n!))) return true;
  }
  // "Don't", "aren't": the tokenizer splits before the apostrophe.
  const a = text.charCodeAt(t.e);
  if ((a === 39 || a === 0x2019) && (text[t.e + 1] === 't' || text[t.e + 1] === 'T') && !LETTER.test(text[t.e + 2] ?? ' ')) return true;
  if (short && CHAT.has(t.lower ? w : w.toLowerCase())) return true;
  const b = toks[i - 1];
  if (b && PLACE_BEFORE.has(b.w) && p.near(b, t)) return true;
  return false;
}

/** Refines the rules' spans for English informal text; returns the spans to report. */
export function refineInformal(text: string, toks: readonly Tok[], lang: Lang, spans: readonly Span[]): Span[] {
  if (lang === 'de' || toks.length === 0) return spans as Span[];
  const p = new Pass(text, toks);
  const L = p.L;
  const out: Span[] = [];
  // Token positions covered by a kept span (for the new-name passes).
  const covered = new Uint8Array(toks.length);
  let social: boolean | undefined;
  let i = 0;
  let prevStart = -1;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    // Spans come sorted by start: walk the tokens along (a binary search for any other order).
    if (sp.start < prevStart) i = firstTokenAt(toks, sp.start);
    prevStart = sp.start;
    while (i < toks.length && toks[i]!.s < sp.start) i++;
    let j = i;
    while (j + 1 < toks.length && toks[j + 1]!.e <= sp.end) j++;
    if (i >= toks.length || toks[i]!.s !== sp.start) {
      out.push(sp);
      continue;
    }
    if (dropSpan(p, sp, i, j)) continue;
    for (let k = i; k <= j; k++) covered[k] = 1;
    let start = sp.start;
    let end = sp.end;
    const first = toks[i]!;
    const last = toks[j]!;
    const n = toks[j + 1];
    if (n && i === j && p.blank(last, n)) {
      if (n.lower && n.w.length >= 3 && !FUNCTION.has(n.w) && !CHAT.has(n.w) && !PARTICLES.has(n.w) && (last.lower || (social ??= p.social())) && L.surname.has(titled(n.w)) && p.given(titled(last.w)) && (last.lower || !L.enAmbig.has(titled(n.w)))) {
        // "taylor swift", "Donald trump": a given name, then a lower-case surname.
        end = n.e;
        covered[j + 1] = 1;
      } else if (last.upper && n.upper && n.w.length >= 3 && p.capsNamePart(n) && p.given(titled(last.w)) && !L.enAmbig.has(titled(last.w))) {
        // "SCOTT WEILAND", "KRISTEN BELL": the word after a given name in capitals.
        end = n.e;
        covered[j + 1] = 1;
      } else if (
        n.w.length >= 4 &&
        last.cap &&
        n.cap &&
        !covered[j + 1] &&
        !L.enAmbig.has(titled(last.w)) &&
        !NEVER_NAMES.has(titled(last.w)) &&
        (social ??= p.social()) &&
        p.unknownSurname(j + 1)
      ) {
        // "justin bieber", "Kylie minogue", "Saido Berahino": a given name, then a word that no
        // list knows, in a post; the name's end (see unknownSurname).
        end = n.e;
        covered[j + 1] = 1;
      } else if (last.cap && n.w.length === 1 && n.w >= 'B' && n.w <= 'Z' && n.w !== 'I' && p.given(last.w)) {
        // "Sara B .", "Deborah L #Speech": an initial after a given name.
        const after = text.slice(n.e, n.e + 3);
        if (after === '' || /^(?:[ \t]*[.,!?;:#)\n]|[ \t]+\p{Ll})/u.test(after)) {
          end = n.e;
          covered[j + 1] = 1;
        }
      }
    }
    const b = toks[i - 1];
    if (b && first.upper && b.upper && p.blank(b, first) && !covered[i - 1] && b.w.length >= 3 && p.given(titled(b.w)) && !L.enAmbig.has(titled(b.w)) && !NEVER_NAMES.has(titled(b.w))) {
      // "JIM JONES": a given name in capitals before a found name in capitals.
      start = b.s;
      covered[i - 1] = 1;
    } else if (b && first.cap && b.cap && p.blank(b, first) && !covered[i - 1] && (!NEVER_NAMES.has(b.w) || p.monthGiven(i - 1, j)) && !TITLES.has(b.w) && !PLACE_BEFORE.has(b.w) && !PARTICLES.has(lowerShort(b)) && !STREET_WORDS.has(last.w) && !ORG_WORDS.has(last.w) && p.given(b.w)) {
      // "Charlie Chaplin", "Jan Koum": a given name right before a found name.
      const bb = text.charCodeAt(b.s - 1);
      const amb = L.enAmbig.has(b.w) || (L.deAmbig.has(b.w) && !p.english(i));
      if (!(b.sentStart && amb) && !CHAT.has(lowerShort(b)) && bb !== 64 && bb !== 35) {
        start = b.s;
        covered[i - 1] = 1;
      }
    }
    out.push(start === sp.start && end === sp.end ? sp : { start, end, score: sp.score, rule: `${sp.rule}+social` });
  }
  // New names only in text that looks like posts or chat.
  if (!(social ??= p.social())) return out;
  const kept = out.length;
  addLowerAmbiguous(p, covered, out);
  addCapitalisedCued(p, covered, out);
  addCapitals(p, covered, out);
  if (out.length !== kept) out.sort((a, b) => a.start - b.start);
  const before = out.length;
  addCoordinated(p, covered, out);
  if (out.length !== before) out.sort((a, b) => a.start - b.start);
  return out;
}

/** "tell brad", "mike says": lower-case given names that are also rare English words, with a cue. */
function addLowerAmbiguous(p: Pass, covered: Uint8Array, out: Span[]): void {
  const { toks, L } = p;
  let social: boolean | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.lower || covered[i] || t.w.length < 3) continue;
    const n = toks[i + 1];
    const b = toks[i - 1];
    // A subject starts its clause: "… . dana should", "when mike lets" — not "the fuckin line is".
    const verbAfter = !!n && n.lower && SUBJECT_VERBS.has(n.w) && p.blank(t, n) && (!b || t.sentStart || !p.blank(b, t) || CLAUSE_START.has(b.w));
    // A cue before, and the name ends the phrase: "tell brad that", "with mike ." — not "with job applications".
    const cueBefore = !!b && b.lower && PERSON_BEFORE.has(b.w) && p.blank(b, t) && !(n && n.lower && p.blank(t, n) && !FUNCTION.has(n.w) && !ENGLISH.has(n.w));
    if (!verbAfter && !cueBefore && !possessive(p, t)) continue;
    const bc = p.text.charCodeAt(t.s - 1);
    if (bc === 64 || bc === 35 || bc === 95 || p.text.charCodeAt(t.e) === 95) continue;
    const w = titled(t.w);
    // Given names that are German words only ("luke", "jan"): as the rules take the others.
    const deOnly = !L.enAmbig.has(w) && L.deAmbig.has(w);
    if (EVERYDAY.has(t.w) || FUNCTION.has(t.w) || CHAT.has(t.w) || ENGLISH.has(t.w) || PARTICLES.has(t.w) || NOUN_BEFORE.has(t.w)) continue;
    if (!L.given.has(w) || !(L.enAmbig.has(w) || deOnly)) continue;
    if (deOnly && (t.w.indexOf('-') >= 0 || MONTHS_WITH_NUMBER.has(w))) continue;
    if (b && NOUN_BEFORE.has(b.w.toLowerCase()) && p.blank(b, t)) continue;
    if (p.placeLike(i)) continue;
    if (!p.english(i)) continue;
    covered[i] = 1;
    out.push({ start: t.s, end: t.e, score: 0.5, rule: 'social-lower' });
  }
}

/** "GOOD LUCK MEETING JAKE", "KRISTEN BELL": given names in capitals, in social-media text. */
function addCapitals(p: Pass, covered: Uint8Array, out: Span[]): void {
  const { toks, text, L } = p;
  let social: boolean | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.upper || covered[i] || t.w.length < 3) continue;
    const bc = text.charCodeAt(t.s - 1);
    const ac = text.charCodeAt(t.e);
    if (bc === 64 || bc === 35 || bc === 95 || ac === 95 || ac === 64) continue; // @, #, _
    const w = titled(t.w);
    if (!L.given.has(w) || L.enAmbig.has(w) || NEVER_NAMES.has(w) || MONTHS.has(t.w) || MONTHS_WITH_NUMBER.has(t.w)) continue;
    const n = toks[i + 1];
    if (isDigitStart(n) && p.near(t, n!)) continue; // "LONDON 16"
    const n2 = toks[i + 2];
    if (n && (MONTHS.has(n.w) || MONTHS_WITH_NUMBER.has(n.w)) && isDigitStart(n2) && p.near(n, n2!)) continue; // "HOUSTON JAN 16"
    let end = t.e;
    if (n && n.upper && !covered[i + 1] && p.blank(t, n) && n.w.length >= 3 && p.capsNamePart(n) && !MONTHS.has(n.w) && !MONTHS_WITH_NUMBER.has(n.w)) {
      end = n.e;
    } else if (t.w.length < 4) continue;
    if (!p.english(i)) continue;
    covered[i] = 1;
    if (end !== t.e) covered[i + 1] = 1;
    out.push({ start: t.s, end, score: 0.5, rule: 'social-caps' });
  }
}

/** Possessive after a word: "luke 's", "Kitty's". */
function possessive(p: Pass, t: Tok): boolean {
  const a = p.text.charCodeAt(t.e) === 32 ? t.e + 1 : t.e;
  const q = p.text.charCodeAt(a);
  return (q === 39 || q === 0x2019) && p.text[a + 1] === 's' && !LETTER.test(p.text[a + 2] ?? ' ');
}

/**
 * Capitalised given names that are also English words, which the rules leave alone, before a
 * verb or a possessive in mid-sentence: "… and Bill is right", "Kitty 's mat".
 */
function addCapitalisedCued(p: Pass, covered: Uint8Array, out: Span[]): void {
  const { toks, L } = p;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || covered[i] || t.w.length < 3) continue;
    const n = toks[i + 1];
    const verbAfter = !t.sentStart && !!n && n.lower && SUBJECT_VERBS.has(n.w) && p.blank(t, n);
    if (!verbAfter && !possessive(p, t)) continue;
    if (!L.enAmbig.has(t.w) || NEVER_NAMES.has(t.w)) continue;
    const bc = p.text.charCodeAt(t.s - 1);
    if (bc === 64 || bc === 35 || bc === 95) continue;
    const lw = t.w.toLowerCase();
    if (EVERYDAY.has(lw) || CHAT.has(lw) || MONTHS.has(t.w) || MONTHS_WITH_NUMBER.has(t.w)) continue;
    const b = toks[i - 1]!;
    if (NOUN_BEFORE.has(lowerShort(b)) && p.blank(b, t)) continue;
    if (p.placeLike(i) || !L.given.has(t.w) || !p.english(i)) continue;
    covered[i] = 1;
    out.push({ start: t.s, end: t.e, score: 0.5, rule: 'social-cued' });
  }
}

/**
 * The token index across a coordinating link from token k, in direction dir (+1: after, -1:
 * before), or -1: "and", "&" or "&amp;" between single blanks on one line ("Jay & Trish",
 * "Haines and Burrow", "Jordan Clarke &amp; Linzi Sawyer").
 */
function acrossLink(p: Pass, k: number, dir: 1 | -1): number {
  const { toks, text } = p;
  const t = toks[k]!;
  const l = toks[k + dir];
  if (!l) return -1;
  // The gap between two tokens in text order is exactly `gap`.
  const gapIs = (x: Tok, y: Tok, gap: string) => y.s - x.e === gap.length && text.startsWith(gap, x.e);
  const ordered = (x: Tok, y: Tok): [Tok, Tok] => (dir === 1 ? [x, y] : [y, x]);
  if (gapIs(...ordered(t, l), ' & ')) return k + dir;
  const c = toks[k + 2 * dir];
  if (!c) return -1;
  if (l.w === 'and' && gapIs(...ordered(t, l), ' ') && gapIs(...ordered(l, c), ' ')) return k + 2 * dir;
  // "&amp;" (an HTML entity left in the post): "&" glued before "amp", ";" after it.
  const [left, right] = ordered(t, c);
  if (l.w === 'amp' && gapIs(left, l, ' &') && gapIs(l, right, '; ')) return k + 2 * dir;
  return -1;
}

/** A capitalised word (not in capitals) that may be a name when it is coordinated with one. */
function coordinableName(p: Pass, covered: Uint8Array, k: number): boolean {
  const { toks, text, L } = p;
  const t = toks[k];
  if (!t || covered[k] || !t.cap || t.upper || t.w.length < 3) return false;
  const w = t.w;
  const lw = w.toLowerCase();
  if (NEVER_NAMES.has(w) || TITLES.has(w) || L.enAmbig.has(w) || MONTHS.has(w) || MONTHS_WITH_NUMBER.has(w)) return false;
  if (FUNCTION.has(lw) || ENGLISH.has(lw) || CHAT.has(lw) || EVERYDAY.has(lw) || CHAT_SIGNS.has(lw)) return false;
  if (STREET_WORDS.has(w) || ORG_WORDS.has(w) || PLACE_BEFORE.has(w)) return false;
  const bc = text.charCodeAt(t.s - 1);
  const ac = text.charCodeAt(t.e);
  return !(bc === 64 || bc === 35 || bc === 95 || ac === 95 || ac === 64 || ac === 39 || ac === 0x2019);
}

/**
 * Names coordinated with a found name in a post: "Jay & Trish", "Haines and Burrow", "Jordan
 * Clarke &amp; Linzi Sawyer". A capitalised word that no list calls a common word, joined by
 * "and" / "&" to a found name, is a name of the same kind (with the capitalised word after it,
 * when that is another such word: a full name).
 */
function addCoordinated(p: Pass, covered: Uint8Array, out: Span[]): void {
  const { toks } = p;
  const n0 = out.length;
  for (let s = 0; s < n0; s++) {
    const sp = out[s]!;
    const i = firstTokenAt(toks, sp.start);
    if (i >= toks.length || toks[i]!.s !== sp.start) continue;
    let j = i;
    while (j + 1 < toks.length && toks[j + 1]!.e <= sp.end) j++;
    if (!toks[i]!.cap || !toks[j]!.cap) continue;
    const a = acrossLink(p, j, 1);
    if (a >= 0 && coordinableName(p, covered, a)) {
      let e = a;
      if (coordinableName(p, covered, a + 1) && p.blank(toks[a]!, toks[a + 1]!)) e = a + 1;
      for (let k = a; k <= e; k++) covered[k] = 1;
      out.push({ start: toks[a]!.s, end: toks[e]!.e, score: 0.5, rule: 'social-coordinated' });
    }
    const b = acrossLink(p, i, -1);
    if (b >= 0 && coordinableName(p, covered, b)) {
      let st = b;
      if (coordinableName(p, covered, b - 1) && p.blank(toks[b - 1]!, toks[b]!)) st = b - 1;
      for (let k = st; k <= b; k++) covered[k] = 1;
      out.push({ start: toks[st]!.s, end: toks[b]!.e, score: 0.5, rule: 'social-coordinated' });
    }
  }
}
