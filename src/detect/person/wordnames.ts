/**
 * English given names that are also words — "Will", "Hope", "Mark", "Grace", "Joy" — where the
 * capital letter itself is the evidence: English does not capitalise "will" mid-sentence
 * ("as discussed with Will on Tuesday", "the deck for Will?"), and no modal or noun opens a
 * clause followed by "to send" or "will bring" ("AP1: Will to send the deck", "Will will bring
 * the hiring plan"). The name lists call these words ambiguous, so no other rule takes them alone.
 * Also here, as cues English (and German) put after a name: Indian English honorifics
 * ("Srinivasan sir") and people naming themselves ("Tim Krüger here.", "… hier,").
 */
import type { Lang, Tok } from './core.js';
import { ambiguousName, type NameLists } from './names.js';
import { wordClass } from './words.js';
import { NEVER_NAMES, ORG_WORDS, STREET_WORDS, TITLES, WORD_GIVEN_NAMES } from './lexicon.js';
import { blankBetween } from './lines.js';
import type { ScoredSpan } from './span.js';

/** Capitalised for other reasons: months, seasons, days. */
const CALENDAR = new Set('January February March April May June July August September October November December Spring Summer Autumn Fall Winter Easter Christmas'.split(' '));
/** Before a month: "in June's second week", "since May's update". */
const MONTH_BEFORE = new Set('in of during since until till by from for this last next early late mid end start'.split(' '));
/** Lower-case words before a noun ("the Will", "our Mark II"): the capital may be the noun's. */
const DETERMINERS = new Set('the a an this that these those my your our their his her its no any every each some per'.split(' '));
/** Words that follow a person opening a clause, never a modal or noun there ("Hope to see you" is a verb: "to" only after "Will"). */
const AFTER_PERSON = new Set(
  'will would and said says has had is was asked mentioned confirmed agreed wants needs sent owns leads joined thinks knows also already'.split(' '),
);

export function wordNames(text: string, toks: readonly Tok[], L: NameLists, lang: Lang): ScoredSpan[] {
  if (lang === 'de') return [];
  const out: ScoredSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || !L.enAmbig.has(t.w) || !L.given.has(t.w)) continue;
    const p = toks[i - 1];
    const n = toks[i + 1];
    const nextGap = n ? text.slice(t.e, n.s) : '';
    const blankAfter = !!n && blankBetween(text, t, n);
    // A month is no one's, unless it has something: "that was June's call".
    if (CALENDAR.has(t.w) && !(n && n.w === 's' && /^['’]$/.test(nextGap) && !t.sentStart && !(p && MONTH_BEFORE.has(p.w.toLowerCase())))) continue;
    // "Don't", "Won't": a contraction, not a name.
    if (n && n.w === 't' && /^['’]$/.test(nextGap)) continue;
    // "Hope Street", "Wood Green Practice", "Will Carpenter": a longer proper noun is other rules' matter.
    if (n && !n.lower && blankAfter) continue;
    let take = false;
    if (!t.sentStart && p && p.lower && !DETERMINERS.has(p.w) && blankBetween(text, p, t)) {
      // Mid-sentence: followed by punctuation, the text's end, or a lower-case word.
      take = !n || n.lower || !/^[ \t]/.test(nextGap);
    } else if (n && n.w === 'here' && blankAfter && /^[.,!]/.test(text.charAt(n.e))) {
      // A caller naming themselves: "Pat, Will here."
      take = true;
    } else if (t.sentStart && n && n.lower && blankAfter && (AFTER_PERSON.has(n.w) || (n.w === 'to' && t.w === 'Will'))) {
      // "Bill to: …" heads an invoice.
      take = !(n.w === 'to' && text.charCodeAt(n.e) === 58);
    }
    if (take) out.push({ start: t.s, end: t.e, score: 0.6 });
  }
  return out;
}

/** Replies and addresses before "sir", not names: "Yes sir", "Thank you sir", "Respected sir". */
const BEFORE_SIR = /^(?:Yes|No|Thank|Thanks|Ok|Okay|Good|Sorry|Dear|Respected|Hello|Hi|Hey|Noted|Sure|Done|Morning|Afternoon|Evening|Night|Welcome|Please|Received|Right|Alright|Greetings|Bye|Excuse|Pardon|Apologies|Understood|Confirmed|Correct|Exactly)$/;

/** "Srinivasan sir", "K. R. Srinivasan sir has approved", "Meena madam": Indian English puts the honorific after the name. */
export function honorificAfter(text: string, toks: readonly Tok[]): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  for (let i = 1; i < toks.length; i++) {
    const h = toks[i]!;
    if (!h.lower || (h.w !== 'sir' && h.w !== 'madam' && h.w !== 'ji')) continue;
    const last = toks[i - 1]!;
    if (!last.cap || last.w.length < 3 || BEFORE_SIR.test(last.w) || !blankBetween(text, last, h)) continue;
    // Initials, or one capitalised word, before it: "K. R. Srinivasan", "Anand Kulkarni".
    let start = i - 1;
    while (start > 0 && /^\.?[ \t]$/.test(text.slice(toks[start - 1]!.e, toks[start]!.s))) {
      const p = toks[start - 1]!;
      if (p.initial || (p.cap && start === i - 1 && !BEFORE_SIR.test(p.w) && !p.sentStart)) start--;
      else break;
    }
    out.push({ start: toks[start]!.s, end: last.e, score: 0.75 });
  }
  return out;
}

/** "Dimitra Nikolaidis hier, Buchhaltung", "Tim Krüger here.": someone naming themselves. */
export function selfNamed(text: string, toks: readonly Tok[], L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  for (let i = 1; i < toks.length; i++) {
    const h = toks[i]!;
    if (!h.lower || (h.w !== 'hier' && h.w !== 'here') || !/^[,.!:]/.test(text.charAt(h.e))) continue;
    let start = i;
    while (start > 0 && i - start < 3 && toks[start - 1]!.cap && blankBetween(text, toks[start - 1]!, toks[start]!)) start--;
    if (start === i) continue;
    const words = toks.slice(start, i);
    // No ordinary word unless listed ("Will here" is wordNames'), and a listed name or two words.
    const listed = (t: Tok) => L.given.has(t.w) || L.surname.has(t.w);
    if (words.some((t) => wordClass(t.w) === 'w' && !listed(t))) continue;
    if (!words.some(listed) && words.length < 2) continue;
    out.push({ start: words[0]!.s, end: words[words.length - 1]!.e, score: 0.75 });
  }
  return out;
}

/** Words before a month: "im Mai", "Ende Jan", "since May", "by June". */
const BEFORE_MONTH = new Set(
  'in of during since until till by from for this last next early late mid end start im am um ab bis seit vom zum zur anfang ende mitte letzten nächsten diesen'.split(' '),
);

/**
 * A given name that is also a month or modal (WORD_GIVEN_NAMES: "Jan", "Mai", "May", "Will") right
 * before a surname: "mit Jan Kowalski", "ask May Chen", "Will Chaudhry, I mean". The core rules
 * stop at such a word, so the surname is found alone (after a month, sometimes not at all) and the
 * given name would reach the LLM beside the surname's token. Widens a finding that starts right
 * after the word to take it in (`findings`, sorted, in place), and returns the pairs whose surname a
 * list holds and no finding has. Not in dates ("3. Jan Meier", "Ende Mai Schulz") nor in questions
 * opened by the modal ("Will Smith attend?").
 */
export function wordGivenNames(text: string, toks: readonly Tok[], findings: { start: number; end: number }[], L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  const given = new Set<string>();
  let k = 0;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || !WORD_GIVEN_NAMES.has(t.w)) continue;
    const n = toks[i + 1]!;
    if (!n.cap || n.s !== t.e + 1 || text.charCodeAt(t.e) !== 32) continue;
    while (k < findings.length && findings[k]!.end <= t.s) k++;
    const f = findings[k];
    const p = toks[i - 1];
    // After a noun for a person too, where the surname is found already: "Barkeeper Jan Keppler",
    // "Kollege Jan Wolter" (not "Miete April Santos García": April's rent).
    if (p && isMonth(t.w) && !monthMayBeName(p) && !(p.cap && f && f.start === n.s && (KIN_NOUNS.has(p.w) || (PERSON_NOUN_END.test(p.w) && !NEVER_NAMES.has(p.w) && !CALENDAR.has(p.w))))) continue;
    if (t.sentStart && MODALS.has(t.w) && questionAhead(text, n.e)) continue;
    if (f && f.start < t.e) continue; // the word is a finding's already
    if (f && f.start === n.s) {
      f.start = t.s;
      given.add(t.w);
      continue;
    }
    if ((L.surname.has(n.w) || L.census.has(n.w)) && !ambiguousName(L, n.w) && !NEVER_NAMES.has(n.w) && !ORG_WORDS.has(n.w) && !STREET_WORDS.has(n.w)) {
      out.push({ start: t.s, end: n.e, score: 0.6 });
      given.add(t.w);
    }
  }
  if (given.size === 0) return out;
  // And the given name alone, as its person's again: "Will Chaudhry, I mean. … Will's draft".
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (given.has(t.w) && t.cap && wordNameAsPerson(text, toks, i)) out.push({ start: t.s, end: t.e, score: 0.6 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A word-name (WORD_GIVEN_NAMES: "Will", "May", "Jan") of someone found in the text, standing for
 * them again: "Will's draft", "sent it to Will and Joy". Not where the word is its usual self: a
 * sentence's first word ("Will you …"), a date ("15. Jan 2024", "in May", "by June 3").
 */
export function wordNameAsPerson(text: string, toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!WORD_GIVEN_NAMES.has(t.w)) return false;
  const after = text.slice(t.e, t.e + 3);
  if (/^['\u2019]s\b/.test(after)) return true;
  // A weekday alone is the day ("then Sunday Roast", "see you Sunday"); "Sunday Okon" is the pair's.
  if (t.w === 'Sunday') return false;
  if (t.sentStart || /^\.?[ \t]*\d/.test(after)) return false;
  const p = toks[i - 1];
  if (!p || DETERMINERS.has(p.w.toLowerCase())) return !p;
  return !isMonth(t.w) || monthMayBeName(p);
}

function isMonth(w: string): boolean {
  return CALENDAR.has(w) || w === 'Jan' || w === 'Mai';
}

/**
 * Whether a month after `p` may be a given name: not after a number or a word that dates it ("3.
 * Jan", "in May", "Ende Mai"), nor after a noun it dates ("Miete April", "Gehalt Mai"; a title
 * before a name is fine: "Frau Mai Nguyen").
 */
function monthMayBeName(p: Tok): boolean {
  if (/\d$/.test(p.w) || BEFORE_MONTH.has(p.w.toLowerCase())) return false;
  return !(p.cap || p.upper) || TITLES.has(p.w);
}

export const MODALS = new Set(['Will', 'May']);

/** Endings of German and English nouns for people: "Barkeeper", "Kollege", "Trainerin", "Student", "Pianist". */
const PERSON_NOUN_END = /(?:er|eur|ent|ant|ist|ege|or)(?:in)?$/;
/** Nouns for relatives, witnesses, customers and friends without those endings: "Sohn August Lange", "Zeuge Jan Wiśniewski". */
const KIN_NOUNS = new Set('Cousin Cousine Sohn Tochter Onkel Tante Neffe Nichte Enkel Enkelin Zeuge Zeugin Kunde Kundin Freund Freundin Nachbar Nachbarin Kind Gatte Gattin Ehemann Ehefrau Witwe Witwer Pate Patin Azubi Chef Chefin Kollegin Patient Patientin Kollege'.split(' '));

/** Whether the sentence from `pos` on ends with a question mark. */
function questionAhead(text: string, pos: number): boolean {
  const m = /[.?!\n]/.exec(text.slice(pos, pos + 200));
  return m !== null && m[0] === '?';
}
