import type { Span } from './core.js';
import { LEGAL_FORMS, ROLE_TAIL } from './lexicon.js';
import { nameLists } from './names.js';
import { wordClass } from './words.js';

/**
 * A name someone gives for themselves or another person, however it is written: "my name is
 * vitoria", "call me višeslav", "her maiden name is nyberg", "mein name ist jörg lindqvist",
 * "name: hyuuma t. maida". Chat and support transcripts are often typed in lower case, which
 * the other rules (capitalisation, name lists) do not see; the phrase itself says a name follows.
 */

// The phrase, then the name: one to three words (an initial with a dot may sit between them).
// Found from the keyword ("name", "call", "heiße", "nennt"), then checked backwards: a regex that
// starts with the alternatives of what comes before "name" ran at 12 M chars/s, this at ~380 M.
const KEYWORD = /name(?:'s|\s+(?:ist|is|was|lautet|war)\b|[ \t]*:)|call(?:ed)?\s+me|i\s+am\s+called|ich\s+hei(?:ß|ss)e|nenn(?:t|en)\s+mich|introduced\s+(?:himself|herself|themselves|myself)\s+as/gi;
// What must precede a "Name:" field: the line start.
const FIELD_START = /(?:^|\n)[ \t]*(?:full\s+|vollständiger\s+)?$/i;

const POSSESSIVE = /\b(?:my|his|her|their|your|mein|meine|the)\s+(?:(?:first|last|full|maiden|middle|given|family|real)\s+)?$/i;
// German compounds ("mein Vorname", "meine Mädchenname"): the keyword then sits inside the word.
const POSSESSIVE_COMPOUND = /\bmeine?\s+(?:vor|nach|familien|geburts|mädchen)$/i;

function introAt(text: string, m: RegExpExecArray): boolean {
  const kw = m[0].toLowerCase();
  if (!kw.startsWith('name')) return !/\w/.test(text[m.index - 1] ?? ' ');
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  if (kw.endsWith(':')) return FIELD_START.test(before);
  if (/\w/.test(text[m.index - 1] ?? ' ')) return POSSESSIVE_COMPOUND.test(before);
  // "mein Name ist", "my name is", "her maiden name is" — not "the file name is"
  return POSSESSIVE.test(before);
}

const WORD = /^(\p{L}[\p{L}\p{M}'’-]*)(?=$|[\s.,;:!?)"”])([ \t]*)/u;
const INITIAL = /^(\p{L}\.)[ \t]*/u;

// Words that end or negate the phrase rather than name someone.
const STOP = new Set(
  `not no on in the a an and or but what that this also still just now here there is was be been
  from at of for with by to as if so too very quite really my your his her our their its
  nicht kein keine und oder aber auch noch schon jetzt hier da ist war bin sind der die das ein
  eine von mit für bei zu auf im in am address adresse phone telefon email e-mail tel maybe back
  later tomorrow today again soon anytime please when asap sir madam first directly straight right
  urgently immediately instead any anyway whenever once before after during tonight then about
  regarding re concerning yesterday earlier last this morning afternoon evening over up out into
  an hour twice again wegen bezüglich gestern heute morgen`.split(/\s+/),
);

const INTRODUCED = /^introduced/i;

/** A firm's legal form after the value's first word, within it or right after it: "name: Greenfield Catering Ltd", "name: Schmid Reinigung AG". */
function firmValue(text: string, start: number, end: number): boolean {
  const line = text.slice(start, Math.min(text.length, end + 12)).split('\n')[0]!;
  return line.split(/[ \t,.]+/).some((w, i) => i > 0 && LEGAL_FORMS.has(w));
}

export function introducedNames(text: string): Span[] {
  const out: Span[] = [];
  KEYWORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORD.exec(text)) !== null) {
    if (!introAt(text, m)) continue;
    let start = m.index + m[0].length;
    while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
    if (INTRODUCED.test(m[0])) {
      // 'introduced herself as "Summer"', "… as Dr. Okafor": the name after a quote or a title; a
      // role ("as the new manager", "as a nurse") ends at its article.
      const t = /^(?:["“„‚'‘]|(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)/.exec(text.slice(start, start + 8));
      if (t) start += t[0].length;
      if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) continue;
    }
    if (start === m.index + m[0].length && !m[0].endsWith(':')) continue; // "name" glued to a word
    let pos = start;
    let end = start;
    let words = 0;
    while (words < 3) {
      const rest = text.slice(pos, pos + 60);
      const ini = words > 0 ? INITIAL.exec(rest) : null;
      if (ini) {
        pos += ini[0].length;
        continue;
      }
      const w = WORD.exec(rest);
      if (!w) break;
      const word = w[1]!;
      // A label of the next field ("address:") or a stop word ends the name.
      if (text.charCodeAt(pos + word.length) === 58 || STOP.has(word.toLowerCase()) || word.length < 2) break;
      end = pos + word.length;
      pos += w[0].length;
      words++;
      if (w[2] === '') break; // punctuation (or the end) right after the word
    }
    if (words === 0) continue;
    if (firmValue(text, start, end)) continue;
    out.push({ start, end, score: 0.75, rule: 'introduction' });
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, end);
  }
  return out;
}

// "…, says Gerste.", "said Maslin to Antonio": an English speech verb, then a capitalised name
// ending the clause. (German "sagte Müller" is covered by the main rules' speech verbs.)
const SAID =
  /\b(?:says|said|asks|asked|replied|replies|added|adds|explained|explains|told|wrote|writes|recalls|recalled)\s+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?=\s*[.,!?;]|\s+(?:to|in|on|at|and|from|of|with)\b)/gu;
const NOT_A_SPEAKER = new Set(
  `Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December Today Yesterday Tomorrow Yes No Nothing Something It This
  That The Hello Thanks Thank Sorry Please Okay Ok Google Apple Microsoft Amazon Twitter Facebook Reuters`.split(/\s+/),
);

// „…“, meinte Greis scherzhaft. / "…", fuhr Rockenfeller fort. / «…», sagte Bundestrainer Löw: a
// German speech verb right after a quotation's closing mark and its comma, then the speaker. After
// a quotation the capitalised word is the speaker even where it is also a word ("Greis", "Richter",
// "Mann"); "sagte der Trainer" has its article. A person noun before the name is left out.
const ZITAT_SAID =
  /[“”"»«'‘’][ \t]*,[ \t]*(?:sagte|sagt|meinte|meint|erklärte|erklärt|betonte|betont|ergänzte|ergänzt|fügte|fuhr|so|schrieb|schreibt|kommentierte|scherzte|lachte|warnte|kritisierte|antwortete|entgegnete|berichtete|bestätigte|versicherte|räumte|gab|resümierte|bilanzierte|urteilte|erzählte|erzählt|sagten|meinten)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})(?=[ \t]*[.,!?;:(]|[ \t]+\p{Ll})/gu;

export function quotedSpeakers(text: string): Span[] {
  const out: Span[] = [];
  SAID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SAID.exec(text)) !== null) {
    const name = m[1]!;
    if (NOT_A_SPEAKER.has(name.split(/\s+/)[0]!)) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, score: 0.7, rule: 'speaker-said' });
  }
  if (text.indexOf(',') < 0) return out;
  ZITAT_SAID.lastIndex = 0;
  while ((m = ZITAT_SAID.exec(text)) !== null) {
    let name = m[1]!;
    let start = m.index + m[0].length - name.length;
    const words = name.split(/[ \t]+/);
    // "Bundestrainer Löw", "Polizeisprecher Frank Meier": the role is no part of the name; a title ("sagt Kuratorin Dr. Henrike Vollmer") is the title
    // rules' to read.
    if (words.some((w) => TITLE_WORD.has(w))) continue;
    let first = words[0]!;
    if (words.length > 1 && roleWord(first)) {
      const cut = name.indexOf(words[1]!, first.length);
      start += cut;
      name = name.slice(cut);
      first = words[1]!;
    }
    if (NOT_A_SPEAKER.has(first) || GERMAN_NOT_SPEAKER.has(first)) continue;
    out.push({ start, end: start + name.length, score: 0.75, rule: 'speaker-said' });
  }
  return out;
}

/**
 * A person noun opening the words after the verb ("Bundestrainer", "Polizeisprecher", "Ministerin")
 * or another common word there: lexicon.ts's ROLE_TAIL, the offices it lacks, or a word the word
 * lists know that no given-name list has.
 */
function roleWord(w: string): boolean {
  if (ROLE_TAIL.test(w) || MORE_ROLES.test(w)) return true;
  if (nameLists().given.has(w)) return false;
  const cls = wordClass(w);
  return cls !== 'o' && cls !== 'p' && cls !== 'u';
}
const MORE_ROLES = /(?:leiter|leiterin|meister|meisterin|kapitänin|arzt|ärztin|professor|professorin|geschäftsführer|geschäftsführerin)$/i;
const TITLE_WORD = new Set(['Dr', 'Prof', 'Herr', 'Herrn', 'Frau', 'Dipl', 'Ing']);
/** Capitalised words after a German speech verb that are no speaker: "sagte Sie", "so Gott will". */
const GERMAN_NOT_SPEAKER = new Set('Sie Er Es Ich Wir Ihr Man Gott Herr Frau Dr Prof Der Die Das Dieser Diese Jemand Niemand Keiner Einer Viele Alle Beide Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Polizei Feuerwehr'.split(' '));
