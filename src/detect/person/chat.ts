/**
 * Chat exports (Slack, Teams, WhatsApp): the speaker lines name people by their layout alone —
 * "Hope Bishop  9:02 AM" or "[10:01] Deepa Nair: …" — even when every word of the name is also
 * an English word ("Hope", "Bishop", "Guy Wood"). Once a text shows who speaks, the same people
 * are addressed by their given name, often in lower case: "thanks Tunde", "hi mark,", "deepa can
 * you …", "@Hope Bishop".
 */
import { type NameLists } from './names.js';
import { NEVER_NAMES } from './lexicon.js';
import { wordClass } from './words.js';

export interface ChatSpan {
  start: number;
  end: number;
  score: number;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** A name of one to three capitalised words, then a time stamp that ends the line. */
const NAME_THEN_TIME = new RegExp(String.raw`[ \t]*(${WORD}(?:[ \t]${WORD}){0,2})[ \t,]+\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:\r?\n|$)`, 'yu');
/**
 * A time stamp, then a name of one to three words and a colon: "[10:01] Deepa Nair:", WhatsApp's
 * "[03/08/2024, 19:04] Tunde:" and "03/08/2024, 19:04 - Tunde:".
 */
const TIME_THEN_NAME = new RegExp(
  String.raw`[ \t]*(?:\[(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t])?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+[-–])[ \t]*(${WORD}(?:[ \t]${WORD}){0,2}):[ \t]`,
  'yu',
);

/** Starts of the lines that hold a colon: both speaker shapes have one (the time stamp's). */
function colonLineStarts(text: string): number[] {
  const out: number[] = [];
  let lineEnd = -1;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (colon < lineEnd) continue;
    out.push(text.lastIndexOf('\n', colon - 1) + 1);
    lineEnd = text.indexOf('\n', colon);
    if (lineEnd < 0) break;
  }
  return out;
}

/** Verbs after a speaker's name used as a subject: "mark said he'd bring", "mark can u send". */
const SPEAKER_VERBS = new Set('said says can could will would wants wanted is was has had asked thinks knows mentioned told sent got'.split(' '));
/** Words before a name that address its bearer: "hi mark", "thanks tunde", "btw guy". */
const ADDRESS_BEFORE = new Set('hi hey hello morning thanks thank thx ty cheers btw fyi ok okay danke hallo moin servus'.split(' '));

/** "@Mai Tran bitte …", "@Hope Bishop can you …": a mention by display name, opened by a given name. */
const MENTION = /(?<![\p{L}\p{N}._-])@(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?![\p{L}\p{N}_])/gu;

export function displayNameMentions(text: string, L: NameLists): ChatSpan[] {
  if (text.indexOf('@') < 0) return [];
  const out: ChatSpan[] = [];
  MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MENTION.exec(text))) {
    const words = m[1]!.split(/[ \t]/);
    // A month or weekday ("@Mai") counts only with a second name word: "@Mai Tran".
    if (!L.given.has(words[0]!) || (NEVER_NAMES.has(words[0]!) && words.length === 1)) continue;
    // The second word only when it is no ordinary lower-case-able word after a one-word handle: "@Anna Bitte".
    const name = words.length === 2 && !(L.surname.has(words[1]!) || /^\p{Lu}/u.test(words[1]!)) ? words[0]! : m[1]!;
    out.push({ start: m.index + 1, end: m.index + 1 + name.length, score: 0.8 });
  }
  return out;
}

/** Speakers of a chat export and their mentions in it. Nothing unless two speaker lines or more. */
export function chatSpeakers(text: string, L: NameLists): ChatSpan[] {
  if (text.indexOf(':') < 0) return [];
  const lines: Array<[number, string, boolean]> = [];
  for (const start of colonLineStarts(text)) {
    for (const re of [NAME_THEN_TIME, TIME_THEN_NAME]) {
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) continue;
      const name = m[1]!;
      const words = name.split(/[ \t]/);
      if (words.some((w) => NEVER_NAMES.has(w))) continue;
      lines.push([m.index + m[0].indexOf(name), name, re === TIME_THEN_NAME]);
    }
  }
  if (lines.length < 2) return [];
  const speaks = new Map<string, number>();
  for (const [, name] of lines) speaks.set(name, (speaks.get(name) ?? 0) + 1);
  const out: ChatSpan[] = [];
  const people = new Set<string>();
  for (const [s, name, stampFirst] of lines) {
    const words = name.split(/[ \t]/);
    // A name the lists know in part, or one that speaks twice: "Standup 9:30" is a heading once.
    // After a time stamp and before a colon ("[19:04] Tunde:") any word but an ordinary one.
    const listed = words.some((w) => L.given.has(w) || L.surname.has(w));
    if (!(speaks.get(name)! >= 2 || listed || (stampFirst && !words.every((w) => wordClass(w) === 'w')))) continue;
    people.add(name);
    out.push({ start: s, end: s + name.length, score: 0.85 });
  }
  if (people.size === 0) return out;
  // Mentions: the full name anywhere; a given name capitalised, or in lower case where it
  // addresses someone (or is no English or German word at all: "deepa can you …").
  const given = new Map<string, string>(); // lower-cased given name → its capitalised form
  for (const name of people) {
    const first = name.split(/[ \t]/)[0]!;
    if (name.includes(' ') || name.includes('\t')) given.set(first.toLowerCase(), first);
  }
  const word = /[\p{L}\p{M}'’-]+/gu;
  let m: RegExpExecArray | null;
  const taken = new Set(out.map((o) => o.start));
  for (const name of people) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (taken.has(at) || /[\p{L}\p{M}]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{M}]/u.test(text[at + name.length] ?? ' ')) continue;
      taken.add(at);
      out.push({ start: at, end: at + name.length, score: 0.8 });
    }
  }
  if (given.size === 0) return out.sort((a, b) => a.start - b.start);
  while ((m = word.exec(text))) {
    const w = m[0];
    const cap = given.get(w.toLowerCase());
    if (cap === undefined || taken.has(m.index)) continue;
    // Part of an e-mail address or identifier: "deepa.nair@…", "hope_b".
    const b = text.charCodeAt(m.index - 1);
    const a = text.charCodeAt(m.index + w.length);
    if (b === 46 || b === 95 || a === 95 || a === 64 || (a === 46 && /\p{L}/u.test(text.charAt(m.index + w.length + 1)))) continue;
    if (w === cap) {
      out.push({ start: m.index, end: m.index + w.length, score: 0.75 });
      continue;
    }
    if (w !== w.toLowerCase()) continue;
    const ambiguous = L.enAmbig.has(cap) || L.deAmbig.has(cap);
    if (ambiguous) {
      const before = /([\p{L}]+)[ \t]*$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase() ?? '';
      const after = text.charAt(m.index + w.length);
      const verb = /^[ \t]+([a-z]+)/.exec(text.slice(m.index + w.length, m.index + w.length + 12))?.[1] ?? '';
      if (!(ADDRESS_BEFORE.has(before) || text.charAt(m.index - 1) === '@' || after === ',' || after === '!' || SPEAKER_VERBS.has(verb))) continue;
    }
    out.push({ start: m.index, end: m.index + w.length, score: 0.7 });
  }
  return out.sort((a, b) => a.start - b.start);
}
