/**
 * Chats. Exports (Slack, Teams, WhatsApp): the speaker lines name people by their layout alone —
 * "Hope Bishop  9:02 AM" or "[10:01] Deepa Nair: …" — even when every word of the name is also
 * an English word ("Hope", "Bishop", "Guy Wood"). Once a text shows who speaks, the same people
 * are addressed by their given name, often in lower case: "thanks Tunde", "hi mark,", "deepa can
 * you …", "@Hope Bishop". And lower-case handles that speak ("anna.k: …", "deepak.s 9:44 AM").
 */
import { ambiguousName, englishGluedWords, titled, type NameLists } from './names.js';
import { NEVER_NAMES } from './lexicon.js';
import { standsAlone } from './handles.js';
import { nameLikeClass, wordClass } from './words.js';
import { colonLineStarts } from './lines.js';
import type { ScoredSpan } from './span.js';

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** A clock time: "9:02", "10:01:33", "9:02 AM", "2.50 p.m." is not one. */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/** A weekday before a stamp's date or time: "[Mo 09:04]", "[Tue 06.05. 07:48]". */
const WEEKDAY = String.raw`(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?[ \t]+)?`;
/** A stamp's date, also without its year ("06.05."). */
const STAMP_DATE = String.raw`(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\.\d{1,2}\.)`;
/** A name of one to three capitalised words, then a time stamp that ends the line. */
const NAME_THEN_TIME = new RegExp(String.raw`[ \t]*(${WORD}(?:,?[ \t]${WORD}){0,2})[ \t,]+\[?${TIME}\]?[ \t]*(?:\r?\n|$)`, 'yu');
/**
 * A time stamp, then a name of one to three words and a colon: "[10:01] Deepa Nair:", WhatsApp's
 * "[03/08/2024, 19:04] Tunde:" and "03/08/2024, 19:04 - Tunde:".
 */
const TIME_THEN_NAME = new RegExp(
  String.raw`[ \t]*(?:\[${WEEKDAY}(?:${STAMP_DATE},?[ \t])?${TIME}\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]${TIME}[ \t]+[-–])[ \t]*(${WORD}(?:[ \t]${WORD}){0,2}):[ \t]`,
  'yu',
);

/** Teams' copy: a bracketed time stamp (and date), then the speaker alone on the line, also inverted: "[08:57] Kaya, Emre", "[06.03.2025 08:47] Steffi Hagemann". */
const STAMP_THEN_NAME_LINE = new RegExp(
  String.raw`[ \t]*\[${WEEKDAY}(?:${STAMP_DATE},?[ \t])?${TIME}\][ \t]*(${WORD}(?:,?[ \t]${WORD}){0,2})[ \t]*(?:\r?\n|$)`,
  'yu',
);


/** Verbs after a speaker's name used as a subject: "mark said he'd bring", "mark can u send". */
const SPEAKER_VERBS = new Set('said says can could will would wants wanted is was has had asked thinks knows mentioned told sent got pls please'.split(' '));
/** Words before a name that address its bearer: "hi mark", "thanks tunde", "btw guy". */
const ADDRESS_BEFORE = new Set('hi hey hello morning thanks thank thx ty ta cheers legend ping btw fyi ok okay danke hallo moin servus'.split(' '));

/** "@Mai Tran bitte …", "@Hope Bishop can you …": a mention by display name, opened by a given name. */
const MENTION = /(?<![\p{L}\p{N}._-])@(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?![\p{L}\p{N}_])/gu;

export function displayNameMentions(text: string, L: NameLists): ScoredSpan[] {
  if (text.indexOf('@') < 0) return [];
  const out: ScoredSpan[] = [];
  MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MENTION.exec(text))) {
    const words = m[1]!.split(/[ \t]/);
    // A month or weekday ("@Mai") counts only with a second name word: "@Mai Tran".
    if (!L.given.has(words[0]!) || (NEVER_NAMES.has(words[0]!) && words.length === 1)) continue;
    out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length, score: 0.8 });
  }
  return out;
}

/** A chat ends where no speaker line follows within this many characters. */
const CHAT_GAP = 2000;
const MAX_SPEAKERS = 40;

/**
 * Speakers of chat exports and their mentions there. A chat is a run of speaker lines no more
 * than CHAT_GAP apart; its people are found again only within it (a long input holds many
 * unrelated texts). Nothing unless a chat has two speaker lines or more.
 */
export function chatSpeakers(text: string, L: NameLists): ScoredSpan[] {
  if (text.indexOf(':') < 0) return [];
  const lines: SpeakerLine[] = [];
  for (const start of colonLineStarts(text)) {
    for (const re of [NAME_THEN_TIME, TIME_THEN_NAME, STAMP_THEN_NAME_LINE]) {
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) continue;
      const name = m[1]!;
      const words = name.split(/,?[ \t]/);
      // After a stamp and before a colon, a given name that is also a word speaks too: "Can:".
      const stampFirst = re !== NAME_THEN_TIME;
      if (words.some((w) => NEVER_NAMES.has(w) && !(stampFirst && words.length === 1 && L.given.has(w) && !KIN.has(w)))) continue;
      lines.push({ at: m.index + m[0].indexOf(name), name, stampFirst, word: NEVER_NAMES.has(name) });
    }
  }
  const out: ScoredSpan[] = [];
  for (let a = 0; a < lines.length; ) {
    let b = a + 1;
    while (b < lines.length && lines[b]!.at - lines[b - 1]!.at <= CHAT_GAP) b++;
    if (b - a >= 2) oneChat(text, L, lines.slice(a, b), out);
    a = b;
  }
  return out.sort((x, y) => x.start - y.start);
}

interface SpeakerLine {
  at: number;
  name: string;
  /** "[19:04] Tunde:" rather than "Hope Bishop  9:02 AM". */
  stampFirst: boolean;
  /** A never-name word ("Can"): a speaker only if it speaks twice or more. */
  word: boolean;
}
/** Family words that are given names too: a family chat's "Mama:" is no name. */
const KIN = new Set(['Mama', 'Papa', 'Oma', 'Opa', 'Mami', 'Papi', 'Mom', 'Mum', 'Dad', 'Nan', 'Nana', 'Granny', 'Tante', 'Onkel', 'Baby', 'Schatz']);

function isLetter(ch: string): boolean {
  return ch !== '' && /[\p{L}\p{M}]/u.test(ch);
}

function oneChat(text: string, L: NameLists, lines: SpeakerLine[], out: ScoredSpan[]): void {
  const speaks = new Map<string, number>();
  for (const l of lines) speaks.set(l.name, (speaks.get(l.name) ?? 0) + 1);
  const people = new Set<string>();
  const taken = new Set<number>();
  for (const { at, name, stampFirst, word } of lines) {
    if (word && speaks.get(name)! < 2) continue;
    const words = name.split(/,?[ \t]/);
    // A name the lists know in part, or one that speaks twice: "Standup 9:30" is a heading once.
    // After a time stamp and before a colon ("[19:04] Tunde:") any word but an ordinary one.
    const listed = words.some((w) => L.given.has(w) || L.surname.has(w));
    if (!(speaks.get(name)! >= 2 || listed || (stampFirst && !words.every((w) => wordClass(w) === 'w')))) continue;
    people.add(name);
    taken.add(at);
    out.push({ start: at, end: at + name.length, score: 0.85 });
  }
  // A chat has a handful of speakers; hundreds mean many texts in one input, searched no further.
  if (people.size === 0 || people.size > MAX_SPEAKERS) return;
  const from = text.lastIndexOf('\n', lines[0]!.at) + 1;
  const to = Math.min(text.length, lines[lines.length - 1]!.at + CHAT_GAP);
  // Searched in a copy of the chat alone: indexOf on the whole text would run on to its end.
  const region = text.slice(from, to);
  const find = (needle: string, each: (at: number) => void) => {
    for (let k = region.indexOf(needle); k >= 0; k = region.indexOf(needle, k + 1)) {
      const at = from + k;
      if (!taken.has(at) && !isLetter(text.charAt(at - 1)) && !isLetter(text.charAt(at + needle.length))) each(at);
    }
  };
  // Mentions: the full name; a given name capitalised, or in lower case where it addresses
  // someone (or is no English or German word at all: "deepa can you …").
  for (const name of people) {
    find(name, (at) => {
      taken.add(at);
      out.push({ start: at, end: at + name.length, score: 0.8 });
    });
  }
  for (const name of people) {
    if (!/[ \t]/.test(name)) continue;
    // "Kaya, Emre": the given name is after the comma.
    const cap = name.includes(',') ? name.split(/,[ \t]*/)[1]!.split(/[ \t]/)[0]! : name.split(/[ \t]/)[0]!;
    const lower = cap.toLowerCase();
    const ambiguous = ambiguousName(L, cap);
    // A double given name's first part, capitalised: "Kai-Uwe Hentschel" is "Kai" to the others.
    const head = /^(\p{Lu}\p{Ll}{2,})-\p{Lu}/u.exec(cap)?.[1];
    for (const w of cap === lower ? [cap] : head ? [cap, lower, head] : [cap, lower]) {
      find(w, (at) => {
        // Part of an e-mail address or identifier: "deepa.nair@…", "hope_b"; the double name itself.
        const b = text.charCodeAt(at - 1);
        const a = text.charCodeAt(at + w.length);
        if (b === 46 || b === 95 || a === 95 || a === 64 || (a === 46 && isLetter(text.charAt(at + w.length + 1)))) return;
        if (w === head && (a === 45 || b === 45)) return;
        if (w === lower && ambiguous && !addressed(text, at, w.length)) return;
        taken.add(at);
        out.push({ start: at, end: at + w.length, score: w === cap ? 0.75 : 0.7 });
      });
    }
  }
}

/** "hi mark,", "btw guy", "@rose", "mark said …": a lower-case given name that is a person here. */
function addressed(text: string, at: number, len: number): boolean {
  const before = /([\p{L}]+)[ \t]*$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase() ?? '';
  const after = text.charAt(at + len);
  const verb = /^[ \t]+([a-z]+)/.exec(text.slice(at + len, at + len + 12))?.[1] ?? '';
  // Or first in a message, talked to: "ngozi.eze: tom do you still have …".
  const opensMessage = /:[ \t]$/.test(text.slice(Math.max(0, at - 2), at)) && /^(?:do|did|can|could|are|will|would|have|pls|please)$/.test(verb);
  // Or last in a message, talked to: "i'll take it tom", "i'll send it to you jack [19:10] …"; not
  // a noun's object ("for the bill", "with some hope").
  const endsMessage = MESSAGE_END.test(text.slice(at + len, at + len + 8)) && !NOT_VOCATIVE_BEFORE.has(before);
  return ADDRESS_BEFORE.has(before) || text.charAt(at - 1) === '@' || after === ',' || after === '!' || after === '?' || SPEAKER_VERBS.has(verb) || opensMessage || endsMessage;
}
const MESSAGE_END = /^[ \t]*(?:\r?\n|$|\[\d{1,2}:\d{2})/;
const NOT_VOCATIVE_BEFORE = new Set('the a an of in on at for to from with by my your our their his her its this that some any no more less much many and or but about into than der die das den dem ein eine einen mit von für zu im am'.split(' '));

/** "anna.k: …", "[09:14] tim: …", "[2024-06-12 02:16] hleckie: …", "[Mo 09:04] aleks_petrenko: …", "jess.wong 9:41 AM": a lower-case handle opening a chat line. */
const SPEAKER_LINE = /^[ \t]*(?:\[?(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?[ \t]+)?(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+|\d{1,2}\.\d{1,2}\.[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?\]?[ \t]+(?:-[ \t]+)?)?([a-z][a-z0-9]{1,20}(?:[._-][a-z0-9]{1,20}){0,2}|[A-Za-z][A-Za-z0-9]{1,20}(?:[._][A-Za-z0-9]{1,20}){1,2})(?::[ \t]|[ \t]+\[?\d{1,2}:\d{2}\b)/gm;
/** A Discord export's speaker line: name, a dash, "Today at"/"heute um" and a time. */
const DISCORD_SPEAKER = /^[ \t]*([A-Za-z][A-Za-z0-9]{1,20}(?:[._-][A-Za-z0-9]{1,20}){0,2})[ \t]+[—–][ \t]+(?:Today|Yesterday|[Hh]eute|[Gg]estern)[ \t]+(?:at|um)[ \t]+\d/gm;
/** A Slack export's columns: "02:18  kieran.doyle  ack. looking" (time, handle, two blanks or a tab, message). */
const SPEAKER_COLUMN = /^[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]+([a-z][a-z0-9]{1,20}(?:[._-][a-z0-9]{1,20})?)(?:[ \t]{2,}|\t)/gm;
/** A quoted scalar or a literal as a line's whole rest: a config's value, not a chat message. */
const CONFIG_VALUE = /^(?:"[^"\n]*"|'[^'\n]*'|null|true|false|~|-?\d+(?:\.\d+)?)[ \t]*,?[ \t]*(?:\r?\n|$)/;
/** Words that open lines as labels or chat filler, not as speakers. */
const NOT_HANDLES = new Set(
  `http https www mailto ftp file note notes todo fyi re aw wg fw fwd cc bcc an von to from tel fax mobil email mail url id name
  info hinweis achtung update edit ps pps nb ok okay ja nein yes no tipp frage antwort q a answer question status ergebnis result
  datum date zeit time betreff subject uhr um at am pm`.split(/\s+/),
);

/** Chat handles that speak at least twice, or in a chat of three speaker lines or more; and their "@" mentions. */
export function chatHandles(text: string, L: NameLists): ScoredSpan[] {
  if (text.indexOf(':') < 0) return [];
  const lines: Array<[number, number, string]> = [];
  let m: RegExpExecArray | null;
  const found: RegExpExecArray[] = [];
  SPEAKER_LINE.lastIndex = 0;
  while ((m = SPEAKER_LINE.exec(text))) found.push(m);
  // Discord: "Kaze — heute um 20:14", a capitalised nickname too.
  if (text.indexOf('— ') >= 0 || text.indexOf('– ') >= 0) {
    DISCORD_SPEAKER.lastIndex = 0;
    while ((m = DISCORD_SPEAKER.exec(text))) found.push(m);
    found.sort((a, b) => a.index - b.index);
  }
  if (text.indexOf('  ') >= 0 || text.indexOf('\t') >= 0) {
    SPEAKER_COLUMN.lastIndex = 0;
    while ((m = SPEAKER_COLUMN.exec(text))) found.push(m);
    found.sort((a, b) => a.index - b.index);
  }
  for (const m of found) {
    const h = m[1]!;
    if (NOT_HANDLES.has(h)) continue;
    // A YAML or JSON value after the key ('slack: "@becky.hunt"', "manager: null"): no one speaks.
    if (m[0].endsWith(': ') && CONFIG_VALUE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue;
    // A YAML key: an anchor or alias as its value ("defaults: &defaults"), or indented under
    // another key ("spring:\n  datasource:\n    username: dev", "- id: 7\n  first_name: Hannah").
    if (yamlKey(text, m.index, m.index + m[0].length)) continue;
    // A form's or a config's key: "submitted_at:", "ip_hash:", "datenschutz_ok:" (a part is an
    // ordinary word, and none a given name), not "anna_k:" or "deepak-s:".
    if (/[_-]/.test(h) && keyOfWords(L, h)) continue;
    // A handle has a part that is a given name or no ordinary word ("tim:", "jo:", "anna.k:"); a
    // YAML or log key is ordinary words ("phone:", "team:", "phone_primary:", "duty_manager:").
    // Or an initial glued to a listed surname ("tkaya", "whein"), whatever the word filter says of it.
    if (!h.split(/[._\-\d]+/).some((part) => part.length > 0 && (L.given.has(titled(part)) || (part.length > 1 && nameLikeClass(wordClass(titled(part)))))) && !gluedGiven(L, h) && !initialSurname(L, h)) continue;
    const s = m.index + m[0].indexOf(h);
    lines.push([s, s + h.length, h]);
  }
  if (lines.length < 2) return [];
  const count = new Map<string, number>();
  for (const [, , h] of lines) count.set(h, (count.get(h) ?? 0) + 1);
  const out: ScoredSpan[] = [];
  const handles = new Set<string>();
  for (const [s, e, h] of lines) {
    if (count.get(h)! < 2 && lines.length < 3) continue;
    handles.add(h);
    out.push({ start: s, end: e, score: 0.8 });
  }
  // "@deepak.s": a speaker mentioned.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const mm = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)?/.exec(text.slice(at + 1, at + 42));
    if (mm && handles.has(mm[0]) && !/[\w.@-]/.test(text[at + 1 + mm[0].length] ?? ' ')) out.push({ start: at + 1, end: at + 1 + mm[0].length, score: 0.8 });
  }
  // The same user name elsewhere, alone: "Agent: tkaya" above the log where tkaya speaks.
  const spoken = new Set(lines.map(([s]) => s));
  for (const h of handles) {
    if (h.length < 5) continue;
    for (let at = text.indexOf(h); at >= 0; at = text.indexOf(h, at + h.length)) {
      if (!spoken.has(at) && text.charCodeAt(at - 1) !== 64 && standsAlone(text, at, at + h.length)) out.push({ start: at, end: at + h.length, score: 0.75 });
    }
  }
  givenOfHandles(text, lines, handles, L, out);
  return out.sort((a, b) => a.start - b.start);
}

const YAML_ANCHOR = /^[&*][\w-]+[ \t]*(?:\r?\n|$)/;
/** A line that opens with a key: "spring:", "  datasource:", "- personalnummer: 100231". */
const KEY_LINE = /^(?:-[ \t]+)?[\w.-]+:(?:[ \t]|$)/;

/** Whether the speaker line at [lineStart, valueAt) is a YAML mapping's key (see chatHandles()). */
function yamlKey(text: string, lineStart: number, valueAt: number): boolean {
  if (YAML_ANCHOR.test(text.slice(valueAt, valueAt + 40))) return true;
  let indent = 0;
  while (text.charCodeAt(lineStart + indent) === 32) indent++;
  if (indent < 2) return false;
  // The nearest line above with less indentation is a key's.
  for (let e = lineStart - 1, n = 0; e > 0 && n < 40; n++) {
    const s = text.lastIndexOf('\n', e - 1) + 1;
    let i = 0;
    while (text.charCodeAt(s + i) === 32) i++;
    if (s + i < e && i < indent) return KEY_LINE.test(text.slice(s + i, e));
    e = s - 1;
  }
  return false;
}

/** Whether a joined handle is made like a key: one part an ordinary word (or a compound), no part a name ("memo_yilmaz", "tech_dnowak"). */
function keyOfWords(L: NameLists, h: string): boolean {
  const parts = h.split(/[_.\-\d]+/).filter((p) => p.length > 0);
  if (parts.some((p) => L.given.has(titled(p)) || L.surname.has(titled(p)) || initialSurname(L, p) || wordClass(titled(p)) === 'p')) return false;
  return parts.some((p) => p.length >= 2 && /^[a-zäöüß]+$/.test(p) && (wordClass(titled(p)) === 'w' || wordClass(titled(p)) === 'c'));
}

/** An initial and a listed surname of four letters or more, and no English word: "tkaya", "whein"; not "ahead". */
function initialSurname(L: NameLists, h: string): boolean {
  return h.length >= 5 && /^[a-z]+$/.test(h) && !englishGluedWords().has(h) && L.surname.has(titled(h.slice(1)));
}

/** The given name a glued user name opens with, a surname after it: "jackbaker" → "jack". */
function gluedGiven(L: NameLists, h: string): string | undefined {
  if (!/^[a-z]{7,21}$/.test(h)) return undefined;
  for (let i = 3; i <= h.length - 4; i++) {
    const rest = titled(h.slice(i));
    if (L.given.has(titled(h.slice(0, i))) && (L.surname.has(rest) || L.census.has(rest))) return h.slice(0, i);
  }
  return undefined;
}

/**
 * A speaker "tom.b" or "jonno.f" is "tom", "jonno" when the others talk about them: "tom do you
 * still have the screenshot", "priya 3DS, kaz PR reviews, jonno postmortem", "@ollie". Looked for
 * within the chat only (from its first speaker line to a little after its last), in lower case,
 * where the word stands alone; a given name that is also a word ("mark", "will", "grace") only
 * where it addresses someone or is followed by a speaking verb (see addressed()).
 */
function givenOfHandles(text: string, lines: ReadonlyArray<[number, number, string]>, handles: ReadonlySet<string>, L: NameLists, out: ScoredSpan[]): void {
  const given = new Set<string>();
  for (const h of handles) {
    // Two letters too ("mo_rahman" is "mo"), but only where the others talk to or about them (see below).
    const g = /^([a-z]{2,15})[._]/.exec(h)?.[1] ?? gluedGiven(L, h);
    if (g && !NOT_HANDLES.has(g) && (g.length === 2 || L.given.has(titled(g)) || nameLikeClass(wordClass(titled(g))))) given.add(g);
  }
  // A log of hundreds of users is many chats in one input: each name searched over all of it would be quadratic.
  if (given.size === 0 || given.size > MAX_SPEAKERS) return;
  const from = lines[0]![0];
  const to = Math.min(text.length, lines[lines.length - 1]![1] + CHAT_GAP);
  const region = text.slice(from, to);
  const taken = new Set(out.map((f) => f.start));
  for (const g of given) {
    const ambiguous = g.length === 2 || ambiguousName(L, titled(g)) || wordClass(titled(g)) === 'w';
    // Capitalised too: "amazing thanks Dawn & Jack" for dawn.fox.
    for (const form of g.length > 2 ? [g, titled(g)] : [g]) {
      for (let k = region.indexOf(form); k >= 0; k = region.indexOf(form, k + 1)) {
        const at = from + k;
        if (taken.has(at) || !standsAlone(text, at, at + form.length)) continue;
        if (ambiguous && !addressed(text, at, form.length)) continue;
        taken.add(at);
        out.push({ start: at, end: at + form.length, score: 0.7 });
      }
    }
  }
}
