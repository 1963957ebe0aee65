/**
 * Short forms a text defines for a person and then uses on their own:
 * - initials in minutes and reports: "Gareth Price (Chair) (GP)", "Morag MacLeod (Chair, MM)",
 *   "Simon Leach – Programme Manager – SL", later "ACTION: SM to write …", "Proposed RS,
 *   seconded CB"; also the German office "Kürzel" ("Lea Brinkmann (LBR)", "Dr. Reinecke (REI)");
 * - a short form right before its name: "erfasst durch kb (Katrin Bruns)";
 * - user names in tickets and logs: "Reporter: Niamh Kavanagh (nkavanagh)", "Bearbeiter: Tobias
 *   Lange (tlange)", later "---- tlange – 12.03.2024", "@tlange", "sudo: tlange : TTY=…".
 *
 * The definition ties the short form to a name, so every standalone use of it in the same text
 * is that person. Initials also vouch for the name they follow, when the lists alone did not.
 * Without a definition, initials of people named in full count where the text uses two people's
 * or more ("MHK – Schreiben an GF; AG/CL – Einladung"), and a German letter's reference line
 * holds its writer's and typist's ("Unser Zeichen: KBR/nk").
 */
import { isGluedHandle, standsAlone } from './handles.js';
import { PATRONYMIC_LINK } from './lexicon.js';
import { ambiguousName, englishGluedWords, listedName, titled, type NameLists } from './names.js';
import type { ScoredSpan } from './span.js';
import type { Tok } from './core.js';
import { nameLikeClass, wordClass } from './words.js';
import { asciiFold, blanksBefore, codeAt, isDigit, umlautsAsE } from '../../util/chars.js';
import { remember } from '../../util/memo.js';

/** Where initials are defined after the name: "(GP)", "(Chair, MM)", "(TK, Leitung)". */
/** … also in lower case after a role: "Bartosz Nowak (Nachtdispo, bn)". */
const INITIALS_DEF = /\((?:[^()\n]{1,40}?,[ \t]*)?(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Lu}\p{Ll}|\p{Lu}{1,2}Mc\p{Lu}|(?<=,[ \t]*)\p{Ll}{2,3})(?:,[ \t]*[^()\n]{1,40})?\)/gu;
const TITLE_WORD = /^(?:Herrn?|Frau|Hr|Fr|Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)$/;
/** The initials that open a parenthesis before a comma: "(WH, MD)". */
const LEADING_INITIALS = /^\((\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Lu}{1,2}Mc\p{Lu}),/u;
/** Two letters that are a word in German or English: never a Kürzel found alone ("Da", "so", "am"). */
const WORD2 = new Set('ab am an da du eh er es ja je im in ob oh so um wo zu as at be by do go he hi if is it me my no of on or ok to up us we ca'.split(' '));
/** … and last on an attendee line after a dash (searched from the dashes: a leading blank would be tried everywhere). */
const INITIALS_DASH = /[–—-][ \t]+(\p{Lu}{2,3})(?=[ \t]*(?:,|$))/gmu;
/** Initials before the name they stand for: "erfasst durch kb (Katrin Bruns)", "Kürzel: MH (Marita Heuser)"; read around each "(". */
const SHORT_BEFORE_PAREN = /(?:^|[^\p{L}\p{N}._@-])(\p{Ll}{2,3}|\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Lu}\p{Ll}\p{Lu})[ \t]*$/u;
const NAME_IN_PAREN = /^\((?:[a-z]+(?:[ \t][a-z]+){0,2}[ \t]|[^(),\n]{2,30},[ \t]*)?(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2})\)/u;
/** The end of an earlier definition on the line: "… (Chair, MM), Iain Fraser (Treasurer, IF)". */
const DEF_END = /[(,][ \t]*(?:\p{Lu}{2}(?:\p{Lu}|\p{Ll})?|\p{Lu}{1,2}Mc\p{Lu})\)$/u;
/** Between an inverted name's surname and given name. */
const INVERTED_GAP = /^,[ \t]+$/;
/** "Siti Nurhaliza binti Osman (SNO)", "Ganesan a/l Muniandy (GM)": the patronymic link has no initial. */
const PATRONYMIC_GAP = new RegExp(String.raw`^ (?:${PATRONYMIC_LINK}|ibn) $`);
const NAME_WORD = /\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*/gu;

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** "Siân" → "S", "Llywelyn-Jones" → "L": the letter initials are made of, without accents. */
function initialOf(w: string): string {
  return w.charAt(0).normalize('NFD').charAt(0).toUpperCase();
}

/** Capitals without accents, as initials are compared: "ÖC" → "OC" (Ömer Çelik), "ÇEL" → "CEL". */
function foldCaps(s: string): string {
  const up = s.toUpperCase();
  return ASCII_ONLY.test(up) ? up : up.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Initials of every word, and of the first and last: "ASM" and "AM" for "Anna Sofia Meyer". */
function initialsOf(words: readonly string[]): string[] {
  const forms = [words.map(initialOf).join(''), initialOf(words[0]!) + initialOf(words[words.length - 1]!)];
  // A double name's parts count one by one: "SKL" for Sabine Kreuzer-Lenz.
  if (words.some((w) => w.includes('-'))) forms.push(words.flatMap((w) => w.split('-')).map(initialOf).join(''));
  // A Chinese name's given names, family name first or last: "JW" for Jun Wei Ho.
  if (words.length === 3) forms.push(initialOf(words[0]!) + initialOf(words[1]!));
  return forms;
}

/**
 * The short forms a name may have in minutes and office codes: its initials ("GP"; first and
 * last word "SM" of "Siân Morgan"), and the German office "Kürzel" of the given name's initial
 * and the surname's first two letters ("KBO" for Kateryna Bondarenko) or the surname's first
 * three ("REI" for Reinecke).
 */
function shortFormsOf(words: readonly string[]): string[] {
  const last = words[words.length - 1]!;
  const forms = initialsOf(words);
  const sur = foldCaps(last.split('-')[0]!);
  if (sur.length >= 3) {
    if (words.length >= 2) forms.push(initialOf(words[0]!) + sur.slice(0, 2));
    forms.push(sur.slice(0, 3));
  }
  // The given name's first two letters and the surname's initial: "AnS" for Annika Steffens.
  if (words.length >= 2 && words[0]!.length >= 3) forms.push(words[0]!.slice(0, 2).toUpperCase() + initialOf(last));
  return forms;
}

/** A Scottish or Irish surname's short form keeps its "Mc": "SMcB" for Stuart McBride, "DMcL" for Donald McLeish. */
function macForm(words: readonly string[]): string {
  const last = words[words.length - 1]!;
  const m = /^(Ma?c)\p{Lu}/u.exec(last);
  return m ? words.slice(0, -1).map(initialOf).join('') + last.slice(0, m[1]!.length + 1) : '';
}

/** A user name before "(", and one inside before a dash and the name: see definedAliases(). */
const HANDLE_BEFORE_PAREN = /(?:^|[^\p{L}\p{N}._@-])([a-z][a-z0-9._-]{2,30}[a-z0-9])[ \t]*$/u;
const HANDLE_DASH_NAME = /^\([ \t]*([a-z][a-z0-9._-]{2,30}[a-z0-9])[ \t]+[–—-][ \t]+(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?){1,2})(?![\p{L}])/u;
/** A lower-case ASCII letter's code. */
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
/** A user name or a given name before "=": "dmcg = Donna McGuire", "Maricar = Maricar Santos RN". */
const HANDLE_KEY = /(?:^|[^\p{L}\p{N}._-])([a-z][a-z0-9._-]{3,20})[ \t]*$/u;
const GIVEN_KEY = /(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}{2,15})[ \t]*$/u;
/** Initials defined with "=", as a key to a list of signatories: "CF = Caroline Firth (CFO); SRW = Sir Richard Wedderburn". */
// Read from each "=" (a regex tried at every position of a log full of "key=value" cost ~40 ms per MB).
const EQUALS_KEY = /(?:^|[^\p{L}\p{N}])(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Lu}{1,2}Mc\p{Lu}|\p{Ll}{2,3})[ \t]*$/u;
const EQUALS_NAME =
  /^[ \t]*(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Mx|Prof|Herr|Frau)\.?[ \t]+)?(\p{Lu}[\p{Ll}\p{M}'’]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]*\p{Lu}?[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?){1,2})/u;

/** Initials written before a surname: "R. ", "J.P. ", "J. P. ". */
const INITIALS_BEFORE = /(?:^|[^\p{L}\p{N}.])((?:\p{Lu}\.[ \t]?){1,2})$/u;

/**
 * The name an "(XY)" defines: the nearest run of 2–4 capitalised words before it on its line (a
 * role or a parenthesis may stand between) whose first letters, or first and last word's, are XY.
 */
function definedName(text: string, at: number, form: string, L: NameLists, found: readonly ScoredSpan[]): ScoredSpan | null {
  // A Kürzel in mixed case ("HSt" for Harald Stegmann) is compared in capitals, without accents.
  const initials = foldCaps(form);
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 90);
  // Not back past the previous definition: "… (GP) Carys Bevan (Vice-Chair) (CB)".
  const prevDef = text.lastIndexOf(')', at - 1);
  const from = Math.max(lineStart, prevDef > lineStart && DEF_END.test(text.slice(Math.max(0, prevDef - 6), prevDef + 1)) ? prevDef + 1 : lineStart);
  const seg = text.slice(from, at);
  const runs: Array<{ s: number; e: number; words: string[] }> = [];
  NAME_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let cur: { s: number; e: number; words: string[] } | null = null;
  while ((m = NAME_WORD.exec(seg))) {
    const s = from + m.index;
    if (cur && cur.words.length < 4 && (s === cur.e + 1 ? text.charCodeAt(cur.e) === 32 : PATRONYMIC_GAP.test(text.slice(cur.e, s)))) {
      cur.e = s + m[0].length;
      cur.words.push(m[0]);
    } else {
      if (cur) runs.push(cur);
      cur = { s, e: s + m[0].length, words: [m[0]] };
    }
  }
  if (cur) runs.push(cur);
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i]!;
    // An inverted name: "Übergebend: Koch, Matthias (MKO)", "Nowak, Kasia (KNO)".
    const prev = i > 0 && i === runs.length - 1 ? runs[i - 1]! : undefined;
    if (prev && INVERTED_GAP.test(text.slice(prev.e, r.s))) {
      const words = [...r.words, ...prev.words];
      if (shortFormsOf(words).includes(initials) && found.some((f) => f.start <= prev.s && f.end >= r.e)) return { start: prev.s, end: r.e, score: 0.85 };
    }
    // A surname alone, found as a person, and its first three letters: "Hr. Dr. Reinecke (REI)".
    // Or its first two ("Frau Roth (RO)", "Herr Aksoy (AK)"), or a double name's initials
    // ("Frau Winter-Kuhn (WK)"). Also the last word of a longer run ("Vertretung Frau Roth (RO)").
    const w = r.words[r.words.length - 1]!;
    const ws = r.e - w.length;
    const up = foldCaps(w);
    const parts = w.split('-');
    const short = (w.length > 3 && up.slice(0, 3) === initials) || (w.length > 2 && up.slice(0, 2) === initials) || (parts.length >= 2 && parts.map(initialOf).join('') === initials);
    const alone = short && found.some((f) => f.start <= ws && f.end >= r.e) ? { start: ws, end: r.e, score: 0.85 } : null;
    if (r.words.length < 2) {
      if (alone) return alone;
      // A found given name alone and the initials of its full name: "angenommen von Timo (TB)".
      // Right before the bracket, in capitals: not "Dr. Christoph von Ahlefeldt (CIO, …)", "(Mi)".
      if (i === runs.length - 1 && form === initials && initials.charAt(0) === initialOf(w) && /^[ \t]*$/.test(text.slice(r.e, at)) && L.given.has(w) && found.some((f) => f.start <= ws && f.end >= r.e)) {
        return { start: ws, end: r.e, score: 0.85 };
      }
      // Initials before the surname: "Handler: R. Ashworth-Lee (RAL)", "J.P. Okafor (JPO)".
      const sliceAt = Math.max(from, r.s - 8);
      const pre = INITIALS_BEFORE.exec(text.slice(sliceAt, r.s));
      if (pre) {
        const letters = pre[1]!.replace(/[.\s]/g, '');
        if (letters + parts.map(initialOf).join('') === initials || letters + initialOf(w) === initials) {
          const start = r.s - pre[1]!.length;
          const named = found.some((f) => f.start <= start + 1 && f.end >= r.e) || listedName(L, w) || nameLikeClass(wordClass(w));
          if (named) return { start, end: r.e, score: 0.85 };
        }
      }
      continue;
    }
    // The name can be the tail of a longer run: "Dr Anwen Llywelyn-Jones (AL)".
    for (let k = 0; k + 1 < r.words.length; k++) {
      const words = r.words.slice(k);
      // Also the surname's first two letters, in a school's or office's mixed case: "Annette Wiegand (Wi)".
      const surnameHead = form.length === 2 && form !== initials && !TITLE_WORD.test(words[0]!) && words[words.length - 1]!.slice(0, 2).toUpperCase() === initials;
      if (!shortFormsOf(words).includes(initials) && macForm(words) !== form && !surnameHead) continue;
      const start = r.e - words.join(' ').length;
      if (found.some((f) => f.start <= start && f.end >= r.e)) return { start, end: r.e, score: 0.85 };
      // Vouched for by the initials, if it reads as a name: every word a name or no ordinary
      // word, and one of them a listed or proper name ("Human Resources (HR)" is none).
      const ok = words.every((w) => listedName(L, w) || nameLikeClass(wordClass(w))) && words.some((w) => listedName(L, w) || wordClass(w) === 'p');
      return ok ? { start, end: r.e, score: 0.85 } : null;
    }
    if (alone) return alone;
  }
  return null;
}

type AsciiPart = { readonly plain: string; readonly de: string };
const partsMemo = new Map<string, readonly AsciiPart[]>();

/**
 * ASCII letters of a name part as user names write it: "Wiśniewski" → "wisniewski", "König" →
 * "koenig". Remembered across texts: a text's found names are folded again for every chunk, and
 * the same names recur (the folding cost ~1.7 % of the person detector).
 */
function asciiParts(name: string): readonly AsciiPart[] {
  return partsMemo.get(name) ?? remember(partsMemo, 20_000, name, foldParts(name));
}

function foldParts(name: string): AsciiPart[] {
  return name
    .split(/[\s,]+/)
    .filter((w) => /\p{L}{2,}/u.test(w))
    .map((w) => {
      const low = w.toLowerCase().replace(/[-'’.]/g, '');
      // Most names are ASCII already: folding them (NFD and five replacements) cost ~1.5 % of a run.
      if (ASCII_ONLY.test(low)) return { plain: low, de: low };
      return { plain: asciiFold(low), de: asciiFold(umlautsAsE(low)) };
    });
}

/** Whether a user name is made from the name: "nkavanagh", "tlange", "t.wisniewski", "dimitra.n", "koenigh". */
export function handleOf(handle: string, name: string): boolean {
  // A role's prefix or an admin account's suffix around the user name: "hr.amason", "hm_rbartsch", "a.schwarz-adm".
  const lower = handle.toLowerCase();
  const bare = lower.replace(/^[a-z]{2,3}[._](?=[a-z0-9._-]{4})/, '').replace(/[-_](?:adm|admin)$/, '');
  if (bare !== lower && handleOf(bare, name)) return true;
  const h = handle.toLowerCase().replace(/[._-]|\d+$/g, '');
  if (h.length < 3) return false;
  // "Kaur, Manpreet (mkaur3)": an inverted name's given name is its last part.
  const parts = name.includes(',') ? asciiParts(name).slice().reverse() : asciiParts(name);
  if (parts.length === 0) return false;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  // Every part: "mei.lin.ng" for Mei Lin Ng.
  if (parts.length >= 2 && parts.map((p) => p.plain).join('') === h) return true;
  for (const g of [first.plain, first.de]) {
    for (const s of [last.plain, last.de]) {
      if (parts.length >= 2 && [g.charAt(0) + s, g + s, g + s.charAt(0), s + g.charAt(0), s + g, g.slice(0, 2) + s].includes(h)) return true;
      // The initial and the surname's head: "dmcg" for Donna McGuire.
      if (parts.length >= 2 && h.length >= 4 && h.charAt(0) === g.charAt(0) && s.length > h.length - 1 && s.startsWith(h.slice(1))) return true;
      if (h === s && s.length >= 4) return true;
    }
    if (h === g && g.length >= 4) return true;
  }
  // Umlauts folded two ways in one user name: "t.schaefer-ozdemir" for Timo Schäfer-Özdemir. With
  // "ae", "oe", "ue" read as the bare vowel, the name's plain folding is compared once more.
  if (LOOSE_UMLAUT.test(lower) && UMLAUT.test(name)) return handleOf(lower.replace(LOOSE_UMLAUT_G, '$1'), name);
  return false;
}
const LOOSE_UMLAUT = /[aou]e/;
const LOOSE_UMLAUT_G = /([aou])e/g;
const UMLAUT = /[äöüÄÖÜ]/;

const HANDLE_AFTER = /^[ \t]*\([ \t]*@?([a-z][a-z0-9._-]{1,30})[ \t]*\)/;
/** A user name as found elsewhere: lower case, dotted or with an underscore ("s.okeke"). */
const HANDLE_SURFACE = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+)*$/;

/** Every occurrence of `form` that stands alone (handles.ts): not inside a word, an address or a longer handle. */
function occurrences(text: string, form: string, out: ScoredSpan[], score: number): void {
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (standsAlone(text, i, i + form.length)) out.push({ start: i, end: i + form.length, score });
  }
}

const PARTICLES_LOWER = new Set(['von', 'van', 'vom', 'zu', 'de', 'der', 'den', 'di', 'da', 'du', 'la', 'le', 'ten', 'ter']);

/**
 * The initials of a found name with a particle, the particle's in lower case: "FvH" for
 * Friederike von Hollen, "AvH" for Anna-Lena von Hagen, "PvdB" for Piet van den Berg; '' for a
 * name without one (most: no slice for them).
 */
function particleInitials(text: string, start: number, end: number): string {
  let sp = text.indexOf(' ', start);
  if (sp < 0 || sp >= end) return '';
  let form = '';
  let particle = false;
  for (let a = start; a < end; a = sp + 1) {
    sp = text.indexOf(' ', a);
    if (sp < 0 || sp > end) sp = end;
    const w = text.slice(a, sp);
    if (PARTICLES_LOWER.has(w)) {
      form += w.charAt(0);
      particle = true;
    } else if (/^\p{Lu}/u.test(w)) form += initialOf(w);
    else return '';
  }
  return particle && form.length >= 3 && /\p{Lu}$/u.test(form) ? form : '';
}

/** A character a user name is made of; "." only between two of them (see foundNameHandles). */
function isHandleChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** Neither a German nor an English word, nor a name that is one: "yilmaz", "swagner", not "arose" (Anna Rose), "lang", "will". */
function noWord(L: NameLists, w: string): boolean {
  if (englishGluedWords().has(w)) return false;
  const t = titled(w);
  if (ambiguousName(L, t)) return false;
  const cls = wordClass(t);
  return cls !== 'w' && cls !== 'c';
}

/**
 * A list's inverted name in reading order: "Wong, Stephanie" → "Stephanie Wong"; null for any
 * other comma ("Meera Patel-Hughes, ACG": more than one word before it).
 */
function uninverted(name: string): string | null {
  const comma = name.indexOf(',');
  if (comma <= 0 || comma !== name.lastIndexOf(',') || name.lastIndexOf(' ', comma) >= 0 || name.charCodeAt(comma + 1) !== 32) return null;
  return `${name.slice(comma + 2)} ${name.slice(0, comma)}`;
}

/** "dvanrooyen" for "Dirk van Rooyen": the initial, the particle and the surname glued. */
function initialParticleSurname(handle: string, name: string): boolean {
  const parts = asciiParts(name);
  if (parts.length < 3) return false;
  const pen = parts[parts.length - 2]!.plain;
  return PARTICLE_PARTS.has(pen) && handle === parts[0]!.plain.charAt(0) + pen + parts[parts.length - 1]!.plain;
}

/** Particles a user name glues to the surname: "dvanrooyen", "mdelacruz" (the last one only). */
const PARTICLE_PARTS = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'mac', 'del', 'dos', 'ten', 'ter']);

/** Key lengths foundNameHandles() tells apart without a lookup (longer ones are looked up). */
const HEAD_LENGTHS = 40;

/**
 * User names of people the text names in full, with no definition needed: "Burak Yılmaz" …
 * "2024-03-12 07:58 b.yilmaz Ticket erstellt", "Sabine Wagner" … "(intern, swagner)",
 * "a.schwarz-adm", "helpdesk.tkrause". Read from the tokens: each lower-case word that is a found
 * name's surname or given name (as user names fold it: "oezdemir", "yilmaz"), or such a surname
 * after an initial ("swagner"), is widened to the user name around it and checked against the
 * names (handleOf). A glued form must be no ordinary word: not "arose" for Anna Rose.
 */
function foundNameHandles(text: string, found: readonly ScoredSpan[], toks: readonly Tok[], L: NameLists): ScoredSpan[] {
  // Folded name part → the names it is part of.
  const names = new Map<string, string[]>();
  const surnames = new Set<string>();
  /** Length and last letter of an initial glued to a surname: most words rule themselves out. */
  const gluedEnds = new Set<number>();
  const add = (key: string, name: string, surname: boolean) => {
    if (key.length < 3) return;
    const list = names.get(key);
    if (!list) names.set(key, [name]);
    else if (!list.includes(name)) list.push(name);
    if (surname) {
      surnames.add(key);
      gluedEnds.add((key.length + 1) * 65536 + key.charCodeAt(key.length - 1));
    }
  };
  for (const f of found) {
    const c = text.charCodeAt(f.start);
    if (f.end - f.start < 5 || c < 65 || (c > 90 && c < 192)) continue;
    let name = text.slice(f.start, f.end);
    if (name.indexOf(' ') < 0 || name.indexOf('\n') >= 0) continue;
    // A list's inverted name, "Wong, Stephanie": its user name is made as of "Stephanie Wong".
    if (name.indexOf(',') >= 0) {
      const upright = uninverted(name);
      if (upright === null) continue;
      name = upright;
    }
    const parts = asciiParts(name);
    if (parts.length < 2) continue;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    add(first.plain, name, false);
    add(first.de, name, false);
    add(last.plain, name, true);
    add(last.de, name, true);
    // A surname with its particle, as user names glue it: "dvanrooyen" for Dirk van Rooyen.
    if (parts.length >= 3 && PARTICLE_PARTS.has(parts[parts.length - 2]!.plain)) add(parts[parts.length - 2]!.plain + last.plain, name, true);
  }
  if (names.size === 0) return [];
  // Length and first letter of each key: most lower-case words of a text are ruled out by one
  // array read instead of a lookup by string (the loop over every token cost ~2 % of the detector).
  const heads = new Uint8Array(HEAD_LENGTHS * 26);
  for (const key of names.keys()) {
    const c = key.charCodeAt(0) - 97;
    if (key.length < HEAD_LENGTHS && c >= 0 && c < 26) heads[key.length * 26 + c] = 1;
  }
  const out: ScoredSpan[] = [];
  const n = text.length;
  let done = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const c0 = text.charCodeAt(t.s);
    if (c0 < 97 || c0 > 122 || t.s < done) continue;
    const w = t.w;
    const dash = w.indexOf('-');
    const stem = dash > 0 ? w.slice(0, dash) : w;
    // Without a number that tells two users apart: "pnowak2", "mschmidt1". (The regex only where
    // a digit ends the word: run on every lower-case word it took a sixth of this function's time.)
    const base = isDigit(stem.charCodeAt(stem.length - 1)) ? stem.replace(/\d{1,2}$/, '') : stem;
    // (The glued form's lookup allocates a slice: only where a surname of that length ends so.)
    const bl = base.length;
    const cands = (bl >= HEAD_LENGTHS || heads[bl * 26 + base.charCodeAt(0) - 97] === 1 ? names.get(base) : undefined) ?? (bl >= 5 && gluedEnds.has(base.length * 65536 + base.charCodeAt(base.length - 1)) ? names.get(base.slice(1)) : undefined);
    if (!cands) continue;
    let s = t.s;
    let e = t.e;
    while (s > 0 && (isHandleChar(text.charCodeAt(s - 1)) || (text.charCodeAt(s - 1) === 46 && s > 1 && isHandleChar(text.charCodeAt(s - 2))))) s--;
    while (e < n && (isHandleChar(text.charCodeAt(e)) || (text.charCodeAt(e) === 46 && isHandleChar(text.charCodeAt(e + 1))))) e++;
    // The local part of an address is the e-mail detector's.
    if (text.charCodeAt(e) === 64 || !standsAlone(text, s, e)) continue;
    const surface = text.slice(s, e);
    let ok: boolean;
    if (surface === w) {
      // One word: an initial glued to the surname ("swagner"). The surname alone ("kovacs") is
      // left out: lower case, too many are words as well ("lange", "voss + partner").
      ok = base.length >= 5 && noWord(L, base) && surnames.has(base.slice(1)) && cands.some((name) => handleOf(w, name) || initialParticleSurname(base, name));
    } else {
      const dot = surface.indexOf('.');
      ok = cands.some((name) => handleOf(surface, name) || (dot > 0 && handleOf(surface.slice(dot + 1), name)));
    }
    if (ok) {
      out.push({ start: s, end: e, score: 0.75 });
      done = e;
    }
  }
  return out;
}

/** Abbreviations that are initials of someone only when the text says so: departments, roles, codes. */
const NOT_INITIALS = new Set(
  'IT HR EU DE UK US USA OK PC TV CC PS ID AI KI PR QA QM GF BR PDL VP CEO CFO CTO CIO COO KW TOP FAQ PDF CSV SAP ERP CRM API MFG VG LG GB EUR USD ZNA OP ME AM PM NB RE AW WG FW TBD TBC NA ASAP AZ MR MRT CT EKG DM RT NY ALL BA FG BFH BGH BAG BSG OVG VGH OLG LAG LSG NOT AND YES OUT DUE NEW OLD NDA SLA'.split(' '),
);
/** Legal forms: "Müller AG" is a firm, whoever "AG" may also be. */
const LEGAL_FORMS = new Set(['AG', 'KG', 'SE', 'UG', 'SA', 'BV', 'NV']);

/**
 * Initials of people the text names in full, used as their short form without a definition, as
 * minutes do: "Martina Huber-Kastl, Andreas Gschwendtner … Aufgaben: MHK – Schreiben an GF;
 * AG/CL – Einladung". Two or three letters (first and last word, or every word and double-name
 * part); not common abbreviations, and a legal form only where no firm's name precedes it.
 */
const INITIAL_HEAD = /^\p{Lu}\.[ \t]?/u;

function namesInitials(text: string, found: readonly ScoredSpan[], present: ReadonlySet<string>): Set<string> {
  const forms = new Set<string>();
  const firsts = new Set<string>();
  const heads = new Set<string>();
  for (const form of present) {
    firsts.add(form.charAt(0));
    heads.add(form.slice(0, 2));
  }
  for (const f of found) {
    // Cheap pre-test: a form the text holds starts with the first letter or the surname's ("MH…", "HUB").
    const sp = text.lastIndexOf(' ', f.end - 1);
    if (sp <= f.start) continue;
    const c0 = text.charAt(f.start);
    const cs = text.charAt(sp + 1);
    // (Initials are without accents: "OD" for Ömer Doğan.)
    if (!firsts.has(c0) && !firsts.has(cs) && (c0 < '\x80' || !firsts.has(initialOf(c0))) && (cs < '\x80' || !firsts.has(initialOf(cs)))) continue;
    // A roster's inverted name, "Brenner, Katrin": its initials are the given name's first ("KB").
    const comma = text.indexOf(',', f.start);
    const inverted = comma > f.start && comma < sp && uninverted(text.slice(f.start, f.end)) !== null;
    // Two words, no double name: the form's first two letters are the initials, the initial and
    // the surname's first letter, or the surname's first two ("AS", "ASC", "SCH" for Anna Schmidt).
    if (text.lastIndexOf(' ', sp - 1) < f.start && !hyphenIn(text, f.start, f.end)) {
      const i0 = initialOf(c0);
      const su = cs.toUpperCase();
      if (inverted ? !heads.has(initialOf(cs) + i0) : !heads.has(i0 + initialOf(cs)) && !heads.has(i0 + su) && !heads.has(su + text.charAt(sp + 2).toUpperCase())) continue;
    }
    const words = text.slice(f.start, f.end).match(NAME_WORD);
    if (!words) continue;
    if (inverted && words.length >= 2) words.push(words.shift()!);
    // An initial and a surname: "F. Walsh (AM)", then "08:05 FW – …".
    if (words.length === 1 && INITIAL_HEAD.test(text.slice(f.start, f.start + 3))) words.unshift(text.charAt(f.start));
    if (words.length < 2) continue;
    const parts = words.flatMap((w) => w.split('-'));
    for (const form of [...shortFormsOf(words), parts.map(initialOf).join('')]) {
      // An abbreviation that is someone's initials elsewhere ("PM" for Patrick Mensah) where the
      // text makes it a sentence's subject: "PM says that …", "PM explained".
      if (present.has(form) && (!NOT_INITIALS.has(form) || (OWNER_OK.has(form) && subjectUse(text, form)))) forms.add(form);
    }
  }
  // A code written after several people's names ("Müller, Hans MT | Tran, Minh MT": a therapy)
  // is none of theirs.
  if (forms.size > 0) {
    const nameEnding = new Map<number, string>();
    for (const f of found) nameEnding.set(f.end, text.slice(f.start, f.end));
    for (const form of forms) {
      const after = new Set<string>();
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        const name = nameEnding.get(blanksBefore(text, i));
        if (name !== undefined) after.add(name);
      }
      if (after.size >= 2) forms.delete(form);
    }
  }
  for (const form of forms) {
    if (!LEGAL_FORMS.has(form)) continue;
    // "Andreas Gschwendtner … AG/CL" but "Siemens AG": drop the form if a capitalised word stands before any of its uses.
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      if (/\p{Lu}[\p{Ll}\p{M}]+[ \t]$/u.test(text.slice(Math.max(0, i - 30), i))) {
        forms.delete(form);
        break;
      }
    }
  }
  return forms;
}

/** Verbs after a person as a note's subject: "PM says", "PM explained" ("PM key:" is a column's). */
const SUBJECT_VERB = /^(?:says|said|explained|confirmed|stated|asked|reported|agreed|raised|was|is|has|had|felt|feels|believes|believed|added|noted|denied|accepted|declined|wants|wanted|would|will|can|could|sagt|sagte|erklärt|erklärte|bestätigt|bestätigte|fragt|fragte|hat|ist|war)\b/;
/** `form` opens a line or a sentence and a subject's verb follows it: "PM says", ". PM explained". */
function subjectUse(text: string, form: string): boolean {
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (text.charCodeAt(i + form.length) !== 32 || !SUBJECT_VERB.test(text.slice(i + form.length + 1, i + form.length + 12))) continue;
    const b = blanksBefore(text, i);
    const c = text.charCodeAt(b - 1);
    if (b === 0 || c === 10 || c === 46) return true;
  }
  return false;
}

function hyphenIn(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (text.charCodeAt(k) === 45) return true;
  return false;
}

/**
 * Whether undefined initials at [s, e) stand as a person's short form: not inside a reference
 * ("Our ref: WB/2026/117"), a quoted field ("…","OV","Debit"), a line in capitals ("EXP MILEAGE
 * DF") or before a firm's name ("trading as RV Data Consulting").
 */
function looseInitialsUse(text: string, s: number, e: number): boolean {
  let a = s;
  while (a > 0 && !/\s/.test(text.charAt(a - 1))) a--;
  let b = e;
  while (b < text.length && !/\s/.test(text.charAt(b))) b++;
  const token = text.slice(a, b);
  if (/\d/.test(token) || /["']/.test(token)) return false;
  const before = text.slice(Math.max(0, a - 12), a);
  const after = text.slice(b, b + 12);
  if (/[A-ZÄÖÜ]{2,}[ \t]$/.test(before) || /^[ \t][A-ZÄÖÜ]{2,}\b/.test(after)) return false;
  return /[.,;:!?)]$/.test(token) || !/^[ \t]\p{Lu}\p{Ll}/u.test(after);
}

/**
 * A letter's reference line, whose initials are its writer's and typist's: "Unser Zeichen: KBR/nk-2023-0417",
 * "Unser Az.: 244/23 OB/mh", "Gü/ta", "Ay/kay"; "Our ref: KP/jw/DEP-2291", "COMP/2024/031/SW".
 */
const REFERENCE_LINE = /\b(?:(?:Unser|Ihr)[ \t]+(?:Zeichen|Az\.|Aktenzeichen|Diktatzeichen)|Diktatzeichen|(Our|Your)[ \t]+[Rr]ef(?:erence)?\.?)[ \t]*:?[ \t]*([^\n]{1,50})/g;
/** A German reference that is a Kürzel alone, or starts with one in lower case: "Unser Zeichen: ks", "nb-BG-24-118". */
const REFERENCE_ALONE = /^(?:(\p{Ll}{2,3})(?=-\p{Lu})|(\p{Ll}{2,3}|\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,2}\p{Lu}?)(?=[ \t]{2,}|\t|[ \t]*$))/u;
const REFERENCE_INITIALS = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,2}|\p{Ll}{2,3})(?![\p{L}\p{N}])/gu;

/** Abbreviations and words a reference line holds beside a slash that are nobody's initials. */
const REFERENCE_WORDS = new Set('tel fax nr az dr hr fr vom von ihr mit und der die das bis ab re aw fw wg kw ref no inv po acc the and for'.split(' '));

function referenceInitials(text: string, out: ScoredSpan[]): void {
  if (text.indexOf('Unser ') < 0 && text.indexOf('Ihr ') < 0 && text.indexOf('Our ') < 0 && text.indexOf('Your ') < 0 && text.indexOf('Diktatz') < 0) return;
  REFERENCE_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE_LINE.exec(text))) {
    const value = m[2]!;
    const english = m[1] !== undefined;
    const at = m.index + m[0].length - value.length;
    const alone = english ? null : REFERENCE_ALONE.exec(value);
    if (alone) {
      const form = alone[1] ?? alone[2]!;
      if (!REFERENCE_WORDS.has(form.toLowerCase()) && !NOT_INITIALS.has(form)) out.push({ start: at, end: at + form.length, score: 0.7 });
      continue;
    }
    // Only the letters beside a slash: "KBR/nk", "OB/mh", "AN-2024-0318 / MA" (not "Objekt").
    REFERENCE_INITIALS.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((r = REFERENCE_INITIALS.exec(value))) {
      const before = value.slice(Math.max(0, r.index - 2), r.index);
      const after = value.slice(r.index + r[0].length, r.index + r[0].length + 2);
      if (REFERENCE_WORDS.has(r[0].toLowerCase())) continue;
      // English references hold file codes and firms' initials as often ("CLM/HM/2024/0093381",
      // "WF/0714", "MRP/882107/JB"): only a typist's lower case and the writer's capitals before
      // it ("KP/jw").
      if (english && r[0] !== r[0].toLowerCase() && !/^\/\p{Ll}{2,3}(?![\p{L}\p{N}])/u.test(value.slice(r.index + r[0].length))) continue;
      if (/\/[ \t]?$/.test(before) || /^[ \t]?\//.test(after)) out.push({ start: at + r.index, end: at + r.index + r[0].length, score: 0.7 });
    }
  }
}

/** Who did it, by initials: "Aufgenommen von: TR", "Ausgefüllt von: mdo", "Keyed by: AS", "(checked 03/02/2025 by YA)", "signed off by DK." */
const DONE_BY =
  /\b(?:[Aa]ufgenommen|[Aa]usgefüllt|[Ee]rfasst|[Ee]rstellt|[Bb]earbeitet|[Gg]eprüft|[Nn]otiert|[Gg]ebucht|[Vv]isiert|[Gg]ezeichnet|[Tt]aken|[Ff]illed(?:[ \t]+in)?|[Cc]hecked|[Ee]ntered|[Kk]eyed|[Ll]ogged|[Aa]pproved|[Pp]repared|[Rr]ecorded|[Cc]ompleted|[Tt]yped|[Dd]ictated|[Ii]nterviewed|[Rr]eviewed|[Ss]igned|[Ww]itnessed|[Ff]ulfilled|[Aa]uthori[sz]ed|[Vv]erified|[Cc]onfirmed|[Aa]ctioned|[Aa]ctioniert|[Bb]estätigt|[Rr]econciled|[Rr]eceived|[Ss]canned|[Pp]rocessed|[Pp]osted|[Cc]ountersigned|[Aa]udited|[Hh]andled|[Ii]ssued|[Dd]ispatched|[Cc]ounted|[Ee]mpfangen|[Gg]escannt|[Vv]erbucht|[Aa]pplied|[Ii]dentified|[Ww]ritten|[Dd]rafted|[Aa]mended|[Ii]nspected|[Cc]ollected|[Cc]opied|[Ss]igned[ \t]+off|[Gg]iven|[Aa]dministered|[Gg]enehmigt|[Ff]reigegeben|[Vv]orgeschlagen|[Ss]uggested|[Pp]roposed|[Cc]aptured)(?:[ \t]+\d{1,2}[./:]\d{1,2}(?:[./]\d{2,4})?)?(?:[ \t]+(?:in|on|into|im|ins)[ \t]+\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}\p{N}]*)?)?[ \t]+(?:von|durch|by)([ \t]*:)?[ \t]*((?:\p{Lu}\.){2,3}|\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Ll}{2,3})(?:\/(\p{Lu}{2,3}))?(?![\p{L}\p{N}@_/-]|\.[\p{L}\p{N}])/gu;
/** DONE_BY's match after "typed": a typist signs in lower case. */
const TYPED = /^[Tt]yped\b/;
/** A capitalised word right after DONE_BY's initials: then they are a title's abbreviation. */
const NAME_NEXT = /^[ \t]\p{Lu}\p{Ll}/u;
/** A date, then initials at the end of the line: a form's "Eingang: 14.03.2025 / hw", "Aushang erstellt: 20.03.2025 ST", "Report completed: 06/03/2024 – CD". */
const DATED_INITIALS = /\b(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})[ \t]*(?:[/,–-][ \t]*)?|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})[ \t]*[,–-][ \t]*)(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Ll}{2,3})[ \t]*$/gmu;
/** Initials: capitals, perhaps with a small letter inside ("SNíB", "CMcGP", "JvL"). */
const OWNER_INITIALS = /(?<![\p{L}\p{N}])\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){0,3}\p{Lu}(?![\p{L}\p{N}])/gu;
/** One person's initials in a list of owners (OWNER_INITIALS picks them out of the list). */
const OWNER_WORD = String.raw`\p{Lu}[\p{Lu}\p{Ll}]{0,3}\p{Lu}`;
const OWNER_LIST = String.raw`(${OWNER_WORD}(?:(?:[ \t]*[/&,+][ \t]*|[ \t]+(?:and|und)[ \t]+)${OWNER_WORD}){0,3})`;
/** A task's owners after its dash: "– DNR;", "– IC and OP – summer term", "– OF/SO". */
const ACTION_OWNER = new RegExp(String.raw`[–—-][ \t]+${OWNER_LIST}(?=[ \t]*(?:[;,.]|[–—-]|\r?\n|$))`, 'gu');
/** Initials in parentheses after the role of who did it: "updated by locum (GW)", "seen by nurse (KT)". */
const ROLE_BEFORE_PAREN = new Set('locum nurse vet receptionist reception supervisor technician tech engineer driver agent admin'.split(' '));
const PAREN_INITIALS = /\((\p{Lu}{2,3})\)/uy;
/** An action's owners between dashes before its date: "– SM – 09/08", "– LG – by 23/10", "– JS / AW – by 6/11". */
const OWNER_BEFORE_DATE = new RegExp(String.raw`[–—][ \t]+${OWNER_LIST}[ \t]+[–—][ \t]+(?:by[ \t]+|bis[ \t]+)?\d{1,2}[./]\d{1,2}`, 'gu');
/** Initials after a sentence's end and a dash, last on their line: ". – CB". */
const DASH_SIGNOFF = /[.!?][ \t]+[–—][ \t]*(\p{Lu}{2,3})[ \t]*$/gmu;
/** The same with dots: "Kein Handlungsbedarf. – M.", "when you land. – H.W." */
const DOTTED_SIGNOFF = /(?:[.!?]|\p{Ll})[ \t]+[–—][ \t]*(\p{Lu}\.(?:[ ]?\p{Lu}\.){0,2})[ \t]*$/gmu;
/** "2024-09-05 – PG: …", "05.09.2024 - PG: …" at a line's start. */
const DATED_AUTHOR = /^[ \t]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})[ \t]+[–—-][ \t]+(\p{Lu}{2,3}):/gmu;
/** A checking label, initials and a date: "Checked: KP 03/04/2024", "Geprüft: SB 12.03.2024". */
const LABEL_DATED =
  /\b(?:[Cc]hecked|[Aa]pproved|[Vv]erified|[Rr]econciled|[Rr]eviewed|[Ss]igned|[Rr]eceived|[Aa]uthori[sz]ed|[Gg]eprüft|[Ee]rfasst|[Ff]reigegeben|[Gg]ebucht|[Vv]isiert|[Pp]rocessed|[Cc]aptured|[Ee]ntered)[ \t]*:[ \t]*(\p{Lu}{2,3}|\p{Ll}{2,3})[ \t]+\d{1,2}[./]\d{1,2}/gu;
/** Initials that sign, in capitals or with dots: "PS", "G.P.", "V. I.", "MKo", "LMcK". */
const SIGN_INITIALS = String.raw`\p{Lu}{1,2}Mc\p{Lu}|\p{Lu}\.(?:[ \t]?\p{Lu}\.){1,2}|\p{Lu}{2,3}|\p{Lu}\p{Ll}\p{Lu}`;
const SIGN_LIST = String.raw`(?:${SIGN_INITIALS})(?:[ \t]*\/[ \t]*(?:${SIGN_INITIALS}))?`;
/** The end of a form's field: the line's, a time or a date, the next label, a parenthesis closed or a remark's opened ("HK (Travel desk)"), a "·" or "|", a tick box. */
const SIGN_END = String.raw`[ \t]*(?:\r?\n|$|\d{1,2}:\d{2}(?!\d)|\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?(?![\d./])|\p{Lu}\p{Ll}+[ \t]*:|[()·|✔✓☑☐✗✘])`;
/**
 * A signing label and initials with nothing after them but the line's end, a time, the next
 * label or a stop: "Signed: PS", "Initials: AW / KL", "Signed CB 13:22 Received DA 13:25",
 * "Signed: G.P. Received: S.P.", "Approved: A.R. Date: …", "(corrected, initialled DM)",
 * "Handed over: VP 06:58", "Checked back in by: SW 14:50", "Initials: LMcK 23/10/2025".
 */
const SIGN_LABEL = new RegExp(
  String.raw`\b(?:[Ss]igned(?:[ \t]+off)?|[Ss]ign[- ]?off|[Rr]eceived|[Ii]nitials|[Ii]nitiall?ed|[Hh]anded[ \t]+over|[Cc]hecked(?:[ \t]+(?:back[ \t]+)?(?:in|out)[ \t]+by(?=[ \t]*:))?|[Aa]pproved|[Vv]erified|[Rr]eviewed|[Ww]itnessed|[Aa]uthori[sz]ed|[Cc]ountersigned|[Gg]eprüft|[Ff]reigegeben|[Gg]ezeichnet|[Kk]ürzel|[Hh]andzeichen|[Pp]araphe|[Uu]nterschrift(?:en)?|[Ss]ignatures?|[Kk]ommissioniert|[Kk]ontrolliert|[Aa]pproval)` +
    // With a colon, also before a stop or a word in lower case ("Kürzel: HM erfasst in …"); without,
    // only where a form's field ends ("the signed NDA.").
    String.raw`(?:[ \t]*:[ \t]*(${SIGN_LIST})(?=${SIGN_END}|[ \t]*[.,;](?:[ \t]|\r?\n|$)|[ \t]+\p{Ll})|[ \t]+(${SIGN_LIST})(?=${SIGN_END}))`,
  'ymu',
);
/**
 * A German office step and the Kürzel of who did it, also in lower case, at the field's end:
 * "Bearbeitet: ck", "Bearbeitung Pfarrbüro: rc/sw", "Bearbeitet HR: ss ·", "Sachbearbeitung: KL",
 * "· gebucht eg".
 */
const OFFICE_LIST = String.raw`(?:\p{Ll}{2,3}|\p{Lu}{2,3}|\p{Lu}\p{Ll}\p{Lu})(?![\p{L}\p{N}])(?:[ \t]*\/[ \t]*(?:\p{Ll}{2,3}|\p{Lu}{2,3})(?![\p{L}\p{N}]))?`;
/** A field's end: the line's, a "·", "|" or ")", two blanks before the next field ("Kürzel: bk   Kopie an …"), a date after a slash or comma ("mf / 09.05.2025"). */
const OFFICE_END = String.raw`(?:[ \t]*(?:\r?\n|$|[·|)])|[ \t]{2,}|[ \t]*[/,][ \t]*\d{1,2}\.\d{1,2}\.)`;
const OFFICE_KUERZEL = new RegExp(
  String.raw`\b(?:[Bb]earbeitet|[Bb]earb\.|[Bb]earbeitung|[Ss]achbearbeitung|[Ss]achbearbeiter(?:in)?|[Ee]rfasst|[Gg]ebucht|[Ee]rledigt|[Vv]isiert)(?:[ \t]+\p{Lu}[\p{L}]{1,15})?` +
    // With a colon, up to a stop too; without, only last on the line or before "·"/"|" ("erfasst bzw.").
    String.raw`(?:[ \t]*:[ \t]*(${OFFICE_LIST})(?=${OFFICE_END}|[.,;](?:[ \t]|\r?\n|$))|[ \t]+(${OFFICE_LIST})(?=${OFFICE_END}))`,
  'ymu',
);
const OFFICE_ONE = /\p{Ll}{2,3}|\p{Lu}{2,3}|\p{Lu}\p{Ll}\p{Lu}/gu;
/** The first words of ATTENDEES (0), OFFICE_KUERZEL (1) and SIGN_LABEL (2): where each is tried. */
const LABEL_WORDS = new Map<string, number>();
for (const w of 'Teilnehmer Teilnehmerinnen Teilnehmende Anwesend Anwesende Nicht Abwesend Entschuldigt Attendees Present Participants Apologies Absent'.split(' ')) LABEL_WORDS.set(w, 0);
for (const w of 'Bearbeitet Bearb Bearbeitung Sachbearbeitung Sachbearbeiter Sachbearbeiterin Erfasst Gebucht Erledigt Visiert'.split(' ')) {
  LABEL_WORDS.set(w, 1);
  LABEL_WORDS.set(w.toLowerCase(), 1);
}
for (const w of 'Sign Sign-off Signoff Signed Received Initials Initialled Initialed Handed Checked Approved Verified Reviewed Witnessed Authorised Authorized Countersigned Geprüft Freigegeben Gezeichnet Kürzel Handzeichen Paraphe Unterschrift Unterschriften Signature Signatures Kommissioniert Kontrolliert Approval'.split(' ')) {
  LABEL_WORDS.set(w, 2);
  LABEL_WORDS.set(w.toLowerCase(), 2);
}
/** One of SIGN_LABEL's initials. */
const SIGN_ONE = new RegExp(SIGN_INITIALS, 'gu');
/**
 * A Kürzel after "durch" at a clause's end: "eingegeben am 22.08.2024 durch kw ·", "erfasst in
 * DATEV am 28.03. durch bk;", "Rückmeldung durch LR." (the step may stand far before it).
 */
// (Three capitals are a body as often: "Einweisung durch PIA", "durch AOK".)
const BY_KUERZEL = /\bdurch[ \t]+(\p{Ll}{2,3}|\p{Lu}{2}|\p{Lu}{2}\p{Ll})(?=[ \t]*(?:[.;,·)]|\r?\n|$))/gu;
/**
 * Initials opening a list's items or a log's entries, as who does or did each: "- FW: lighting
 * quote by 1 Dec", "- NC: send updated fee schedule", "08:05 FW – Visitor arrived". Taken where
 * two lines or more do it (a system of initials, not one "- HR: …").
 */
const ITEM_OWNER = /^[ \t]*(?:[-–•*][ \t]+(\p{Lu}{2,3}|\p{Lu}{1,2}Mc\p{Lu}):[ \t]+\p{Ll}|\d{1,2}:\d{2}[ \t]+(\p{Lu}{2,3})[ \t]+[–—-][ \t]+\p{Lu})/gmu;
/** The labels of a task list: "Aufgaben", "Pendenzen", "To-dos", "Action items", "Next steps". */
const TASK_LABELS = String.raw`Aufgaben|Pendenzen|Offene[ \t]+Punkte|To-?[Dd]os?|TODOs?|Maßnahmen|Aktionspunkte|Actions?|Action[ \t]+(?:items|points)|Next[ \t]+steps|Nächste[ \t]+Schritte`;
/** A task list's heading alone on its line: "ToDos", "Pendenzen:", "Action items", "Offene Punkte". */
const TASKS_HEADING = new RegExp(String.raw`(?:^|\n)[ \t#*]*(?:\d{1,2}\.[ \t]+)?(?:${TASK_LABELS})[ \t*]*:?[ \t]*\r?\n`, 'g');
/** One item of it, owner first: "- SL: Versicherungsfrage", "• JN – quotes", "AP-07 HV: Entwurf …". */
const TASK_ITEM = /^[ \t]*(?:[-–•*]|[A-Z]{1,3}-?\d{1,3})[ \t]+(\p{Lu}{2,4}|\p{Lu}{1,2}Mc\p{Lu}|\p{Lu}\p{Ll}\p{Lu})[ \t]*[:–—][ \t]+\S/u;

/** An item of the same list with a capital after the colon ("- GB: Saturday fry trial"): taken beside the others only. */
const ITEM_OWNER_CAP = /^[ \t]*[-–•*][ \t]+(\p{Lu}{2,3}|\p{Lu}{1,2}Mc\p{Lu}):[ \t]+\p{Lu}/gmu;
/** A note's author by initials: "Kommentar SK: Sonntagsöffnung prüfen", "Hinweis LH: …", "DC comment: get the keypad replaced". */
/**
 * Read back from each colon, over the text just before it (anchored at its end): as a pattern
 * searched through the text, its second branch was tried at every capital letter (~3 % of the
 * person detector on a scanned tree's files).
 */
const NOTE_AUTHOR = /(?<![A-Za-z0-9_])(?:(?:Kommentar|Hinweis|Notiz|Anmerkung|Vermerk|Comment|Note)[ \t]+(\p{Lu}{2,3}|\p{Lu}{1,2}Mc\p{Lu})|(\p{Lu}{2,3}|\p{Lu}{1,2}Mc\p{Lu})[ \t]+(?:comment|note|Kommentar|Notiz))(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*$/u;
/** How far before its colon a note author's label is read. */
const NOTE_AUTHOR_SPAN = 64;
/** An action list on one line, owner first: "Aufgaben: IH – Warmhaltewagen prüfen; FD – Angehörigeninfo; MS – Busanfrage". */
const INLINE_ITEMS = new RegExp(String.raw`\b(?:${TASK_LABELS})[ \t]*:[ \t]*([^\n]{8,400}|(?:\r?\n[ \t]*(?:[-•*][ \t]+)?[^\n]{6,200}){2,12})`, 'gu');
const INLINE_OWNER = /^[ \t]*(?:[-•*][ \t]+)?(\p{Lu}{2,3}|\p{Lu}{1,2}Mc\p{Lu})[ \t]*[–—][ \t]+\p{L}/u;
/**
 * Who last edited a plan or list, after its date: "Einsatzplan März (Stand 07.03., pl)",
 * "(Stand: Fr 18.04.2025, RB)". A version stamp names nothing else there.
 */
const STAND_KUERZEL = /\bStand:?[ \t]+(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?[ \t]+)?\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?,[ \t]*(\p{Ll}{2,3}|\p{Lu}{2,3})(?=[ \t]*(?:[);]|\r?\n|$))/gu;
/** A Kürzel given in lower case: "Lukas Maier, Servicecenter (Kürzel lm)"; its later uses are the person too. */
const KUERZEL_LOWER = /\bKürzel:?[ \t]+(\p{Ll}{2,3})(?=[ \t]*(?:[),;]|\r?\n|$)|[ \t]{2,})/gu;
/** Who attended, by initials: "Teilnehmer: RW, GD, BK, YA, LS (Azubi …)", "Nicht anwesend: TP (Urlaub)". */
const ATTENDEES = new RegExp(
  String.raw`\b(?:Teilnehmer(?:innen)?|Teilnehmende|Anwesend|Anwesende|Nicht[ \t]+anwesend|Abwesend|Entschuldigt|Attendees|Present|Participants|Apologies|Absent)[ \t]*:[ \t]*` +
    String.raw`(${OWNER_WORD}(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*${OWNER_WORD}(?:[ \t]*\([^()\n]{1,40}\))?)*)(?=[ \t]*(?:[.;]|\r?\n|$))`,
  'ymu',
);
/** Who is responsible, by initials: "Owner: PR.", "Verantwortlich: TK / PvdB". */
const OWNER_LABEL = new RegExp(
  String.raw`\b(?:[Oo]wners?|[Rr]esponsible|[Vv]erantwortlich|[Zz]uständig|Dienst|Bereitschaft|Aufsicht|[Oo]n[ \t]+duty|Duty)[ \t]*:[ \t]*${OWNER_LIST}(?=[ \t]*(?:[.;,)|·]|[–—-][ \t]|\*|\r?\n|$))`,
  'gmu',
);
/** Who took the minutes: "Protokoll: HS", "**Protokoll:** pk", "Minute taker: JB". */
const MINUTES_TAKER =
  /\b(?:Protokoll(?:führer(?:in)?|ant(?:in)?)?|Schriftführer(?:in)?|Minutes[ \t]+taken[ \t]+by|Minute[- ]?taker|Note[- ]?taker)[ \t]*:[ \t]*(?:\*\*[ \t]*)?(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Ll}{2,3})(?![\p{L}\p{N}@._-])/gu;
/** An item's owner after an arrow: "→ ME bis 18.06.", "**→ ME**", "-> JB by Friday". */
const ARROW_OWNER = new RegExp(String.raw`(?:→|->|=>)[ \t]*${OWNER_LIST}(?=[ \t]+(?:bis|by|until)\b|[ \t]*(?:\*|[.;,)]|\r?\n|$))`, 'gmu');
const CODE_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}{2,3}[ \t]*$/u;
/** A ticked checklist line ending in the initials of who did it: "[x] Contract signed (12/06) – MO". */
const TICKED_OWNER = /^[ \t]*(?:[-*•][ \t]*)?(?:\[[xX✓✔]\]|☑|✅|✓|✔)[^\n]*?[ \t][–—-][ \t]+(\p{Lu}{2,3})[ \t]*$/gmu;
/** Minutes' "AB to fix …", "PC to retest 4/24" at a clause's start: what stands before " to ". */
// Also after a comma or a dash, as site notes run on: "quote to follow, GM to price", "– LOR to confirm".
const OWNER_BEFORE_TO = /(?:^|\n|[;:.,–—][ \t]+|[ \t]-[ \t]+|\b[Aa]ction[ \t]*:?[ \t]+)(\p{Lu}{2,3})$/u;
const VERB_AFTER_TO = /^[a-z]{3}/;
// ("RT to enter": a retweet; "TP to provide": the third party; "VPN to head office".)
const THINGS_TO = new Set(['PR', 'PO', 'FW', 'RE', 'SW', 'HW', 'VM', 'DB', 'OS', 'RT', 'TP', 'VPN', 'LAN', 'WAN', 'PDF', 'CV']);
/** NOT_INITIALS that are someone's initials as an action's owner ("Action: FW –", "Owner: PR", "OD and CC to draft"). */
const OWNER_OK = new Set('PC CC PS PR KW VG LG GB OP ME AM PM NB RE AW WG FW AZ MR CT DM RT NY BA FG'.split(' '));
/** Who owns an action, who proposed and seconded: see signedInitials(). */
const OWNERS = new RegExp(
  String.raw`\b(?:Actions?|ACTION|Aktion)[ \t]*[:–-][ \t]*${OWNER_LIST}(?=[ \t]+(?:by|to|bis)\b|[ \t]*(?:[–;.]|$))` +
    String.raw`|\b[Pp]roposed(?:[ \t]+by)?[ \t]+(${OWNER_WORD},?[ \t]+[Ss]econded(?:[ \t]+by)?[ \t]+${OWNER_WORD})`,
  'gmu',
);
/** An initial and a capitalised word after a signing or approving label: see signedInitials(). */
const SIGNED_NAME = new RegExp(
  String.raw`(?:\b(?:[Cc]ompleted|[Cc]hecked|[Aa]pproved|[Ss]igned|[Aa]uthori[sz]ed|[Vv]erified|[Ww]itnessed|[Pp]repared|[Rr]eviewed|[Gg]eprüft|[Gg]enehmigt|[Ee]rstellt|[Uu]nterschrieben)(?:[ \t]+(?:by|von|durch))?[ \t]*:|\b(?:[Ss]ignature|[Uu]nterschrift)[ \t]*:)` +
    // Not the next label: "Signed: G.P. Received: S.P.", "Approved: A.R. Date: …".
    String.raw`[ \t]*((?:\p{Lu}\.[ \t]?){1,2}\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?![\p{L}\p{N}]|[ \t]*:)`,
  'gu',
);
/** Initials and a date in parentheses, either way round: "(GC, 05/08/2024)", "(June 10, DK)", "(TR, 12.03.)". */
const PAREN_DATE = String.raw`(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?|\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]\d{1,2}|\d{1,2}[ \t](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6})`;
// (Or after the date, last on the line: "Wiedervorlage: 29.01.2024 (AP)", "call booked 31 Jan (CB)".
// That date is looked behind for from the parenthesis: a pattern opening with the date was tried
// at every digit, 25 ms per 4 MB of bench text.)
const DATED_PAREN = new RegExp(String.raw`\((\p{Lu}{2,3}),[ \t]*${PAREN_DATE}\)|\(${PAREN_DATE},[ \t]*(\p{Lu}{2,3})\)|\((\p{Lu}{2,3})\)(?<=${PAREN_DATE}(?:[ \t]\d{4})?[ \t]+\(\p{Lu}{2,3}\))(?=[ \t]*(?:\r?\n|$))`, 'gu');
/** A Kürzel alone in parentheses (mixed case only: "(SHu)"; capitals are abbreviations as often, "(GF)"). */
const PAREN_KUERZEL = /\((\p{Lu}{2}\p{Ll})\)/gu;
/** Initials, then a day and month: "SEn 27.02.", "TWi 13.03.:", "– JF 06/01". */
const DAY_MONTH = /[ \t]\d{1,2}(?:\.\d{1,2}\.|\/\d{1,2}(?![\d/]))/g;
/** The initials that end the text before a date (read back from each date: a regex tried at every capital cost ~6 % of the detector). */
const KUERZEL_BEFORE = /(?:^|[^\p{L}\p{N}.-])(\p{Lu}{2}\p{Ll}|\p{Lu}{2,3})$/u;
/** Units and abbreviations of the Kürzel's shape. */
const UNITS = new Set(['MHz', 'GHz', 'KHz', 'THz', 'MWh', 'GWh', 'TWh', 'KWh', 'VAh', 'USt', 'MwS', 'CDs', 'PCs', 'IDs', 'TVs', 'AGs', 'OPs', 'KWs']);
/** Steps of office work after which initials sign: "geprüft SK", "Korrektur AB", "Vermerk XY". */
const OFFICE_STEP = /(?:geprüft|freigegeben|erstellt|bearbeitet|erledigt|gezeichnet|visiert|abgelegt|Korrektur|Entwurf|Vermerk|Notiz|Freigabe|Prüfung|gez\.|Zeichen:?)[ \t]+$/u;
/** Short words that follow "von:" or a date and are nobody's initials. */
const NOT_SIGNED = new Set('uns ihm ihr mir dir sie ihn me us him her all the and und der die das den dem bis ab um an am im uhr ok wir ich du er es per via vom zum zur neu alt gut ja new old yes no mit von vor für auf aus bei was see tbd n/a'.split(' '));

/** Initials in parentheses right after "notes", "comments", "Notizen" (a single "note (GP)" is often a role). */
const NOTES_BY = /\b(?:[Nn]otes|[Cc]omments|[Nn]otizen|[Aa]nmerkungen)[ \t]*\((\p{Lu}{2,3})(?=[ \t]*[,):])/gu;
/** Short words that stand after a label's colon before a date ("Reviewed: by 12/03"): no Kürzel. */
const LABEL_WORDS_LOWER = new Set('by on at to due am pm ca bis vom zum seit'.split(' '));

/** Two or three capitals, or a Kürzel with a name's particles in it ("PvdB"). */
const ROW_INITIALS = /^(?:\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,2}\p{Lu})$/u;
/** | ; and tab. */
function isCellSeparator(c: number): boolean {
  return c === 124 || c === 59 || c === 9;
}

/**
 * A table row's Kürzel beside its name: "| Rosa Engelhardt | RE | -130 |", "Ömer Çelik;ÖC;-250".
 * The row vouches for forms that are mostly something else ("RE") and the name's accents are
 * folded ("ÖC" for Ömer Çelik). Returns the forms, for their uses elsewhere ("KM ↔ RE").
 */
function rowInitials(text: string, found: readonly ScoredSpan[], out: ScoredSpan[]): string[] {
  const forms: string[] = [];
  let lastLine = -1;
  // The last line found to be no row: a list or a paragraph holds many names on one line.
  let plainStart = -1;
  let plainEnd = -1;
  for (const f of found) {
    const ls = text.lastIndexOf('\n', f.start - 1) + 1;
    if (ls === lastLine) continue;
    let le = text.indexOf('\n', f.end);
    if (le < 0) le = text.length;
    if (ls === plainStart && le === plainEnd) continue;
    // A row: cells between bars, tabs or semicolons.
    let separators = 0;
    for (let i = ls; i < le && separators < 2; i++) if (isCellSeparator(text.charCodeAt(i))) separators++;
    if (separators < 2) {
      plainStart = ls;
      plainEnd = le;
      continue;
    }
    const line = text.slice(ls, le);
    lastLine = ls;
    const words = text.slice(f.start, f.end).match(NAME_WORD);
    if (!words || words.length < 2) continue;
    // Particles count in a row's Kürzel: "PvdB" for Piet van den Berg.
    const every = text.slice(f.start, f.end).split(/[ \t]+/).map(initialOf).join('');
    const own = new Set([...initialsOf(words), words.map(initialOf).slice(0, 2).join(''), every]);
    // Cell by cell: a cell of two or three capitals and nothing else.
    for (let cs = 0; cs <= line.length; ) {
      let ce = cs;
      while (ce < line.length && !isCellSeparator(line.charCodeAt(ce))) ce++;
      let a = cs;
      let b = ce;
      while (a < b && (line.charCodeAt(a) === 32 || line.charCodeAt(a) === 9)) a++;
      while (b > a && (line.charCodeAt(b - 1) === 32 || line.charCodeAt(b - 1) === 9)) b--;
      if (b - a >= 2 && b - a <= 5 && ROW_INITIALS.test(line.slice(a, b))) {
        const form = line.slice(a, b);
        if (own.has([...form].map(initialOf).join(''))) {
          out.push({ start: ls + a, end: ls + b, score: 0.8 });
          forms.push(form);
        }
      }
      cs = ce + 1;
    }
  }
  return forms;
}

const PAREN_LOWER = /\((\p{Ll}{2})\)/gu;

/**
 * A found name's initials in lower case, alone in parentheses: right after the name they define
 * a Kürzel ("Julia Lang (jl)", "Derya Ünal (dü)"), returned for its uses alone elsewhere ("geprüft
 * jl"); elsewhere they are its bearer's ("Amira Hassan" … "erledigt (ah)"). Never a word ("(so)").
 */
function parenLowerInitials(text: string, found: readonly ScoredSpan[], out: ScoredSpan[]): string[] {
  const defined: string[] = [];
  let forms: Set<string> | undefined;
  PAREN_LOWER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAREN_LOWER.exec(text)) !== null) {
    const k = m[1]!;
    if (WORD2.has(k)) continue;
    const folded = initialOf(k.charAt(0)) + initialOf(k.charAt(1));
    const at = m.index;
    const after = (f: ScoredSpan) => f.end <= at && at - f.end <= 3 && /^[ \t]*$/.test(text.slice(f.end, at));
    if (found.some((f) => after(f) && initialsOf(text.slice(f.start, f.end).split(/[ \t]+/)).includes(folded))) {
      defined.push(k);
      continue;
    }
    if (!forms) {
      forms = new Set();
      for (const f of found) {
        const words = text.slice(f.start, f.end).match(NAME_WORD);
        if (words && words.length >= 2) forms.add(initialOf(words[0]!) + initialOf(words[words.length - 1]!));
      }
    }
    if (forms.has(folded)) out.push({ start: at + 1, end: at + 3, score: 0.7 });
  }
  return defined;
}

/** The text spells `form` out as words that are no name: "Finance Team – FT", "Facilities Team (FT)". */
function abbreviatesWords(text: string, form: string): boolean {
  // The first uses only: a long log full of one abbreviation is not read over and over.
  for (let k = text.indexOf(form), n = 0; k >= 0 && n < 20; k = text.indexOf(form, k + 1), n++) {
    const words = text.slice(Math.max(0, k - 60), k).match(/(?:\p{Lu}\p{Ll}+[ \t]+){1,3}\p{Lu}\p{Ll}+(?=[ \t]*[(–—-]?[ \t]*$)/u)?.[0].split(/[ \t]+/);
    if (!words) continue;
    for (let n = Math.min(words.length, form.length); n >= 2; n--) {
      const tail = words.slice(words.length - n);
      if (tail.map(initialOf).join('') === form && tail.every((w) => wordClass(w) !== 'p')) return true;
    }
  }
  return false;
}

/** A lower-case form that is a word, not a Kürzel: a two-letter word ("so", "da") or a three-letter one ("uns"). */
function wordNotKuerzel(form: string): boolean {
  return form === form.toLowerCase() && (WORD2.has(form) || (form.length === 3 && !nameLikeClass(wordClass(form))));
}

/** Initials that sign a form or a note (see DONE_BY, DATED_INITIALS); returns the forms in capitals or mixed case, for their other uses, and puts a Kürzel given in lower case into `lowerForms`. */
function signedInitials(text: string, toks: readonly Tok[], out: ScoredSpan[], lowerForms: string[]): string[] {
  const forms: string[] = [];
  // `owner`: where only a person can stand (an action's owner), abbreviations that are mostly
  // something else ("FW", "PR", "RE", "CC") are someone's initials; departments still are not.
  const take = (at: number, form: string, anyCase: boolean, owner = false): boolean => {
    const lower = form === form.toLowerCase();
    if ((lower || !owner) && NOT_SIGNED.has(form.toLowerCase())) return false;
    if (lower && !anyCase) return false;
    if (NOT_INITIALS.has(form.toUpperCase()) && !(owner && OWNER_OK.has(form.toUpperCase()))) return false;
    out.push({ start: at, end: at + form.length, score: 0.7 });
    if (!lower) forms.push(form);
    return true;
  };
  // Each person's initials in a list of owners that starts at `at`: "HL / SNíB", "OF/SO".
  const takeOwners = (list: string, at: number) => {
    OWNER_INITIALS.lastIndex = 0;
    let o: RegExpExecArray | null;
    while ((o = OWNER_INITIALS.exec(list))) if (!UNITS.has(o[0])) take(at + o.index, o[0], false, true);
  };
  let m: RegExpExecArray | null;
  // "Checked: KP 03/04/2024"; "Owner: PR."; "[x] Contract signed – MO"; "AB to fix …".
  if (text.indexOf(':') >= 0) {
    LABEL_DATED.lastIndex = 0;
    // In lower case too: a date after them says they are no word ("HR processed: jl 11/20/2024").
    while ((m = LABEL_DATED.exec(text))) take(m.index + m[0].indexOf(m[1]!, m[0].indexOf(':')), m[1]!, !LABEL_WORDS_LOWER.has(m[1]!));
    OWNER_LABEL.lastIndex = 0;
    while ((m = OWNER_LABEL.exec(text))) takeOwners(m[1]!, m.index + m[0].length - m[1]!.length);
    MINUTES_TAKER.lastIndex = 0;
    while ((m = MINUTES_TAKER.exec(text))) take(m.index + m[0].length - m[1]!.length, m[1]!, true, true);
  }
  // Who wrote the notes, in parentheses after them: "Adjuster notes (MP):", "Reception notes (KB, 09/04 11:20)".
  if (text.indexOf('(') >= 0) {
    NOTES_BY.lastIndex = 0;
    while ((m = NOTES_BY.exec(text))) take(m.index + m[0].length - m[1]!.length, m[1]!, false);
  }
  if (text.indexOf('durch ') >= 0) {
    BY_KUERZEL.lastIndex = 0;
    while ((m = BY_KUERZEL.exec(text))) {
      const form = m[1]!;
      if (wordNotKuerzel(form)) continue;
      take(m.index + m[0].length - form.length, form, true, OWNER_OK.has(form.toUpperCase()));
    }
  }
  {
    ITEM_OWNER.lastIndex = 0;
    const items: Array<[number, string]> = [];
    while ((m = ITEM_OWNER.exec(text))) {
      const form = m[1] ?? m[2] ?? m[3]!;
      items.push([m.index + m[0].lastIndexOf(form), form]);
    }
    if (items.length >= 2) {
      for (const [at, form] of items) take(at, form, false, true);
      ITEM_OWNER_CAP.lastIndex = 0;
      while ((m = ITEM_OWNER_CAP.exec(text))) take(m.index + m[0].lastIndexOf(m[1]!), m[1]!, false, true);
    } else {
      // Under a task list's heading, its items' owners, whatever case follows them: German
      // capitalises the task's noun ("ToDos\n- SL: Versicherungsfrage bis 06.05.\n- KD: …").
      TASKS_HEADING.lastIndex = 0;
      while ((m = TASKS_HEADING.exec(text))) {
        let at = m.index + m[0].length;
        for (let n = 0; n < 12; n++) {
          const o = TASK_ITEM.exec(text.slice(at, at + 200));
          if (!o) break;
          take(at + o[0].lastIndexOf(o[1]!), o[1]!, false, true);
          const nl = text.indexOf('\n', at);
          if (nl < 0) break;
          at = nl + 1;
        }
      }
    }
  }
  if (text.indexOf(':') >= 0) {
    for (let k = text.indexOf(':'); k >= 0; k = text.indexOf(':', k + 1)) {
      // A capital, a blank or a closing parenthesis ("Kommentar RSI (08.10.):") right before the colon: anything else is no note author's label.
      const b = text.charCodeAt(k - 1);
      if (b !== 32 && b !== 9 && b !== 41 && !(b >= 65 && b <= 90) && !(b >= 97 && b <= 122) && b < 128) continue;
      const from = Math.max(0, k - NOTE_AUTHOR_SPAN);
      const n = NOTE_AUTHOR.exec(text.slice(from, k));
      if (!n) continue;
      const form = n[1] ?? n[2]!;
      // After the label's word ("Kommentar SK:"), or opening the match ("DC comment:").
      take(from + n.index + (n[1] ? n[0].lastIndexOf(form) : 0), form, false, true);
    }
    INLINE_ITEMS.lastIndex = 0;
    while ((m = INLINE_ITEMS.exec(text))) {
      const list = m[1]!;
      const base = m.index + m[0].length - list.length;
      const owners: Array<[number, string]> = [];
      // Items apart by ';' on the label's line, or one per line under it: "ToDo:\nEK – Rückmeldung\nÖK – Schulungsplan".
      const sep = list.charCodeAt(0) === 10 || list.charCodeAt(0) === 13 ? '\n' : ';';
      for (let s = sep === '\n' ? list.indexOf('\n') + 1 : 0; s < list.length; ) {
        let e = list.indexOf(sep, s);
        if (e < 0) e = list.length;
        const o = INLINE_OWNER.exec(list.slice(s, e));
        if (o) owners.push([base + s + o[0].indexOf(o[1]!), o[1]!]);
        s = e + 1;
      }
      // Two items or more, as a system of initials (not "Aktion: PR – Pressemitteilung").
      if (owners.length >= 2) for (const [at, form] of owners) take(at, form, false, true);
    }
  }
  if (text.indexOf('Stand') >= 0) {
    STAND_KUERZEL.lastIndex = 0;
    while ((m = STAND_KUERZEL.exec(text))) {
      const form = m[1]!;
      if (!wordNotKuerzel(form)) take(m.index + m[0].length - form.length, form, true, OWNER_OK.has(form.toUpperCase()));
    }
  }
  if (text.indexOf('Kürzel') >= 0) {
    KUERZEL_LOWER.lastIndex = 0;
    while ((m = KUERZEL_LOWER.exec(text))) if (!WORD2.has(m[1]!) && !NOT_SIGNED.has(m[1]!)) lowerForms.push(m[1]!);
  }
  // Labels are found from the tokens (a set lookup per word): the three patterns tried at every
  // word boundary cost ~5 % of the detector.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const kind = LABEL_WORDS.get(t.w);
    if (kind === undefined) continue;
    const re = kind === 0 ? ATTENDEES : kind === 1 ? OFFICE_KUERZEL : SIGN_LABEL;
    re.lastIndex = t.s;
    m = re.exec(text);
    if (!m) continue;
    const list = m[1] ?? m[2]!;
    const at = m.index + m[0].length - list.length;
    if (kind === 0) {
      // Only the initials outside the parentheses: "LS (Azubi Lina Schuster)".
      const bare = list.replace(/\([^()]*\)/g, (x) => ' '.repeat(x.length));
      OWNER_INITIALS.lastIndex = 0;
      let o: RegExpExecArray | null;
      while ((o = OWNER_INITIALS.exec(bare))) if (!UNITS.has(o[0])) take(at + o.index, o[0], false, true);
    } else if (kind === 1) {
      for (const one of list.matchAll(OFFICE_ONE)) {
        const form = one[0];
        if (wordNotKuerzel(form)) continue;
        take(at + one.index!, form, true, OWNER_OK.has(form.toUpperCase()));
      }
    } else {
      // As a signature, "PS", "DM", "AW" are someone's initials, as an owner's are (OWNER_OK).
      for (const one of list.matchAll(SIGN_ONE)) take(at + one.index!, one[0], false, OWNER_OK.has(one[0]));
    }
  }
  if (text.indexOf('→') >= 0 || text.indexOf('->') >= 0 || text.indexOf('=>') >= 0) {
    ARROW_OWNER.lastIndex = 0;
    // Not a mapping between codes: "(DE → NL)", "EUR -> USD".
    while ((m = ARROW_OWNER.exec(text))) if (!CODE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) takeOwners(m[1]!, m.index + m[0].length - m[1]!.length);
  }
  if (text.indexOf(']') >= 0 || /[☑✅✓✔]/.test(text)) {
    TICKED_OWNER.lastIndex = 0;
    while ((m = TICKED_OWNER.exec(text))) take(m.index + m[0].lastIndexOf(m[1]!), m[1]!, false, true);
  }
  // Read back from each " to " (a regex tried at every position cost ~0.7 % of the detector).
  for (let k = text.indexOf(' to '); k >= 0; k = text.indexOf(' to ', k + 4)) {
    if (!isLower(text.charCodeAt(k + 4))) continue;
    const o = OWNER_BEFORE_TO.exec(text.slice(Math.max(0, k - 16), k));
    if (!o || !VERB_AFTER_TO.test(text.slice(k + 4, k + 8))) continue;
    // Not a pull request or firmware "to follow": things as often as people before "to".
    if (!THINGS_TO.has(o[1]!) && !abbreviatesWords(text, o[1]!)) take(k - o[1]!.length, o[1]!, false, true);
  }
  if (/ (?:von|durch|by)\b/.test(text)) {
    DONE_BY.lastIndex = 0;
    // Lower case only after a label's colon ("erstellt von uns" is no one's initials), or after
    // "typed by": a typist signs in lower case ("Dictated by Dr A. Walker / typed by kp").
    while ((m = DONE_BY.exec(text))) {
      // A name after them: a title's abbreviation ("freigegeben von OT Hendlbein"), not initials.
      if (!m[2]!.includes('.') && NAME_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
      // A second checker after a slash: "checked by OM/DK".
      const second = m[3];
      const firstEnd = m.index + m[0].length - (second === undefined ? 0 : second.length + 1);
      // (Only after a first person's: "approved by HR/FIN" names departments.)
      if (take(firstEnd - m[2]!.length, m[2]!, m[1] !== undefined || TYPED.test(m[0])) && second !== undefined) take(m.index + m[0].length - second.length, second, false);
    }
  }
  DATED_INITIALS.lastIndex = 0;
  while ((m = DATED_INITIALS.exec(text))) {
    const form = m[1]!;
    take(m.index + m[0].lastIndexOf(form), form, true);
  }
  // Initials with a date in parentheses, a note's or an approval's signature: "Approver comments
  // (GC, 05/08/2024)", "Notes from site visit (June 10, DK)".
  if (text.indexOf('(') >= 0) {
    DATED_PAREN.lastIndex = 0;
    while ((m = DATED_PAREN.exec(text))) {
      const form = m[1] ?? m[2] ?? m[3]!;
      take(m.index + m[0].indexOf(form, m[1] ? 1 : m[0].length - form.length - 2), form, false);
    }
  }
  // Minutes: an action's owners ("Action: HL / SNíB by 15/05", "Action: CMcGP by 29/02") and a
  // motion's proposer and seconder ("Proposed DM, seconded AK").
  if (text.indexOf('ction') >= 0 || text.indexOf('econded') >= 0) {
    OWNERS.lastIndex = 0;
    while ((m = OWNERS.exec(text))) {
      const list = m[1] ?? m[2]!;
      takeOwners(list, m.index + m[0].indexOf(list));
    }
  }
  // Owners in an action list after its task and a dash: "Actions: survey – DNR; petition – PZ",
  // and the bullets under an "Actions:" heading ("- Letter to parish council – PA").
  for (let a = text.indexOf('ction'); a >= 0; a = text.indexOf('ction', a + 5)) {
    if (!/\b[Aa]ctions?[ \t]*:/.test(text.slice(Math.max(0, a - 2), a + 8))) continue;
    const lineEnd = text.indexOf('\n', a);
    // The heading's line, and the bullets right under it.
    let end = lineEnd < 0 ? text.length : lineEnd;
    while (end < text.length && /^\n[ \t]*[-•*–]/.test(text.slice(end, end + 6))) {
      const next = text.indexOf('\n', end + 1);
      end = next < 0 ? text.length : next;
    }
    const block = text.slice(a, end);
    ACTION_OWNER.lastIndex = 0;
    let o: RegExpExecArray | null;
    while ((o = ACTION_OWNER.exec(block))) takeOwners(o[1]!, a + o.index + o[0].length - o[1]!.length);
    a = end;
  }
  // Read from each "(": the initials inside, then the role word before.
  for (let k = text.indexOf(' ('); k >= 0; k = text.indexOf(' (', k + 2)) {
    PAREN_INITIALS.lastIndex = k + 1;
    const p = PAREN_INITIALS.exec(text);
    if (!p) continue;
    let s0 = k;
    while (s0 > 0 && isLower(text.charCodeAt(s0 - 1))) s0--;
    if (s0 > 0 && /[\p{L}\p{N}]/u.test(text.charAt(s0 - 1))) continue;
    if (ROLE_BEFORE_PAREN.has(text.slice(s0, k))) take(k + 2, p[1]!, false, OWNER_OK.has(p[1]!));
  }
  if (text.indexOf('– ') >= 0 || text.indexOf('— ') >= 0) {
    OWNER_BEFORE_DATE.lastIndex = 0;
    while ((m = OWNER_BEFORE_DATE.exec(text))) takeOwners(m[1]!, m.index + m[0].indexOf(m[1]!));
    // A note's initials after its last sentence and a dash: "I'll call him at lunchtime. – CB".
    DASH_SIGNOFF.lastIndex = 0;
    while ((m = DASH_SIGNOFF.exec(text))) take(m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length), m[1]!, false, OWNER_OK.has(m[1]!));
    DOTTED_SIGNOFF.lastIndex = 0;
    while ((m = DOTTED_SIGNOFF.exec(text))) {
      const at = m.index + m[0].lastIndexOf(m[1]!);
      out.push({ start: at, end: at + m[1]!.length, score: 0.7 });
    }
  }
  // A CRM note's author after its date: "2024-09-05 – PG: Discovery call with …".
  DATED_AUTHOR.lastIndex = 0;
  while ((m = DATED_AUTHOR.exec(text))) take(m.index + m[0].length - m[1]!.length - 1, m[1]!, false);
  // An initial and a surname after who signed or approved: "completed by: M. Banks", "Employee
  // signature: D. Friday", "Approved: K. Young (Finance Manager)" (surnames that are words too).
  if (text.indexOf('. ') >= 0) {
    SIGNED_NAME.lastIndex = 0;
    while ((m = SIGNED_NAME.exec(text))) {
      const name = m[1]!;
      out.push({ start: m.index + m[0].length - name.length, end: m.index + m[0].length, score: 0.8 });
    }
  }
  // A Kürzel in mixed case alone in parentheses: "Anmerkung Notariat (SHu):".
  if (text.indexOf('(') >= 0) {
    PAREN_KUERZEL.lastIndex = 0;
    while ((m = PAREN_KUERZEL.exec(text))) if (!UNITS.has(m[1]!)) take(m.index + 1, m[1]!, false);
  }
  // A Kürzel that signs a dated step: "Korrektur PRo 24.02., freigegeben SEn 27.02.", "Vermerk TWi 13.03.:".
  DAY_MONTH.lastIndex = 0;
  while ((m = DAY_MONTH.exec(text))) {
    const end = blanksBefore(text, m.index);
    const k = KUERZEL_BEFORE.exec(text.slice(Math.max(0, end - 5), end));
    if (!k) continue;
    const form = k[1]!;
    const at = end - form.length;
    if (UNITS.has(form)) continue;
    // A day and month with a slash ("JF 06/01"): only an action's owner after its dash.
    const dm = /^[ \t]+(\d{1,2})\/(\d{1,2})/.exec(text.slice(at + form.length, at + form.length + 8));
    const slashed = dm !== null;
    // A court's file number is no date: "BGH … - KZR 41/14", "BAG … - GS 1/77".
    if (dm && (Number(dm[1]) > 31 || Number(dm[2]) > 12 || Number(dm[1]) === 0 || Number(dm[2]) === 0)) continue;
    const dashed = /[–—-][ \t]+$/.test(text.slice(Math.max(0, at - 3), at));
    if (slashed && !dashed) continue;
    // Capitals only after a step of office work ("geprüft SK 15.03."): "OLG 12.03.", "BMW 12.03." are none.
    if (form === form.toUpperCase() && !(slashed && dashed) && !OFFICE_STEP.test(text.slice(Math.max(0, at - 16), at))) continue;
    take(at, form, false);
  }
  return forms;
}

/** A closing before initials that sign, on their line or the one before: "Ta, OF", "Thanks,\nJM". */
const CLOSING = /(?:^|[\n.!][ \t]*)(?:[Tt]hanks|[Tt]hank you|[Mm]any thanks|[Cc]heers|[Tt]a|(?:[Kk]ind |[Bb]est |[Ww]arm )?[Rr]egards|[Bb]est(?: wishes)?|[Dd]anke|(?:[Vv]iele |[Bb]este |[Ll]iebe |[Ff]reundliche )?[Gg]rü(?:ß|ss)e|[Gg]ru(?:ß|ss)|MfG)[ \t]*[,!.]?[ \t\n]*$/;
/** The last line, initials alone: "DLK", "Ta, OF". */
const LAST_LINE_INITIALS = /^(.*?)(?<![\p{L}\p{N}])(\p{Lu}{2,3})\.?[ \t]*$/u;

/** Initials alone after a closing or a dash at a line's end: "Cheers, MLN", "— CM". */
const SIGNED_LINE_END = /^[ \t]*,?[ \t]*(\p{Lu}{2,3})\.?[ \t]*(?:\r?\n|$)/u;
const SIGN_OFFS = ['Cheers', 'Thanks', 'Ta,', 'Regards', 'Grüße', 'Gruß', '\n— ', '\n– ', '\n—', '\n–'];

/**
 * A reply's or note's sign-off inside a text, on a line of its own: "Cheers, MLN ---- Internal
 * note …", "— CM" under a complaint. (The last line is closingInitials()'s.)
 */
function signOffInitials(text: string, out: ScoredSpan[]): string[] {
  const forms: string[] = [];
  for (const word of SIGN_OFFS) {
    for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length)) {
      // The closing opens its line or follows a sentence: not "no thanks, OK".
      if (word.charAt(0) !== '\n' && k > 0 && !/(?:^|[\n>.!])[ \t]*$/.test(text.slice(Math.max(0, k - 4), k))) continue;
      const from = k + word.length;
      const m = SIGNED_LINE_END.exec(text.slice(from, from + 12));
      if (!m) continue;
      const form = m[1]!;
      if (NOT_INITIALS.has(form) || LEGAL_FORMS.has(form)) continue;
      // A dashed list's item ("– EN\n– FR"), not a sign-off: the dash opens the next line or the one before too.
      if (word.charAt(0) === '\n') {
        const dash = word.trim();
        const prevStart = k > 0 ? text.lastIndexOf('\n', k - 1) + 1 : -1;
        if (text.startsWith(dash, from + m[0].length) || (prevStart >= 0 && text.startsWith(dash, prevStart))) continue;
      }
      const at = from + m[0].indexOf(form);
      if (out.some((o) => o.start === at)) continue;
      out.push({ start: at, end: at + form.length, score: 0.75 });
      forms.push(form);
    }
  }
  return forms;
}

/**
 * Initials that sign the text on its last line: after a closing ("Ta, OF"; "Thanks,\nJM"), or the
 * initials of someone the text names in full ("FROM: Deborah L. Kincaid … Thank you. DLK").
 */
function closingInitials(text: string, found: readonly ScoredSpan[], out: ScoredSpan[]): string | null {
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  // The initials end a line of a paragraph's length at most ("… I'm on 01632 960500 if you need me. OP").
  const m = LAST_LINE_INITIALS.exec(text.slice(Math.max(lineStart, end - 600), end));
  if (!m) return null;
  const form = m[2]!;
  if (LEGAL_FORMS.has(form)) return null;
  const before = text.slice(Math.max(0, lineStart - 40), lineStart) + m[1]!;
  const closed = CLOSING.test(before);
  // Only the closing or a sentence's end before them on their line, not "Gesamt: EUR".
  if (!closed && !/^(?:|.*[.!][ \t]+)$/.test(m[1]!)) return null;
  // An abbreviation's shape ("OP", "IT") only as the initials of a name in the text: "Owen Pritchard … OP".
  const named = () => found.some((f) => initialsOf(text.slice(f.start, f.end).split(/[ \t]+/).filter((w) => w !== '')).includes(form));
  if ((NOT_INITIALS.has(form) || !closed) && !named()) return null;
  const at = end - m[0].length + m[1]!.length;
  out.push({ start: at, end: at + form.length, score: 0.75 });
  return form;
}

/**
 * Defined initials and user names, and each of their uses. `found`: the person spans so far
 * (sorted), whose user names in parentheses are definitions and whose lower-case user names
 * ("s.okeke" found by the handle rule) are looked for again.
 */
export function definedAliases(text: string, found: readonly ScoredSpan[], L: NameLists, toks: readonly Tok[]): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  const initials = new Set<string>();
  const define = (at: number, form: string): boolean => {
    const name = definedName(text, at, form, L, found);
    if (!name) return false;
    out.push(name);
    // A two-letter word ("Da", "So") is marked where it is defined, not wherever it stands; in
    // capitals it is initials everywhere ("Matthias Engel (ME)" … "ME klärt …").
    if (WORD2.has(form.toLowerCase())) {
      const s = at + 1 + text.slice(at + 1, at + 60).indexOf(form);
      out.push({ start: s, end: s + form.length, score: 0.8 });
      if (form === form.toUpperCase()) initials.add(form);
    } else initials.add(form);
    return true;
  };
  const paren = text.indexOf('(') >= 0;
  let m: RegExpExecArray | null;
  if (paren) {
    INITIALS_DEF.lastIndex = 0;
    while ((m = INITIALS_DEF.exec(text))) {
      // The name before the parenthesis, or inside it before the initials: "(Konrad Vogel, KV)".
      if (define(m.index, m[1]!)) continue;
      if (m[0].indexOf(',') < m[0].indexOf(m[1]!) && define(m.index + m[0].indexOf(m[1]!), m[1]!)) continue;
      // Initials, then a role of the same shape: "Wesley Hamilton (WH, MD)" took "MD" as the form.
      const head = LEADING_INITIALS.exec(m[0]);
      if (head && head[1] !== m[1]) define(m.index, head[1]!);
    }
  }
  if (text.indexOf('– ') >= 0 || text.indexOf('- ') >= 0 || text.indexOf('— ') >= 0) {
    INITIALS_DASH.lastIndex = 0;
    while ((m = INITIALS_DASH.exec(text))) if (/[ \t]/.test(text.charAt(m.index - 1))) define(m.index - 1, m[1]!);
  }
  const handles = new Set<string>();
  for (let k = paren ? text.indexOf('(') : -1; k >= 0; k = text.indexOf('(', k + 1)) {
    // A user name the name in parentheses defines: "mei.lin.ng (Mei Lin Ng)", "tbighorn (Tyler
    // Bighorn)"; or inside them: "(tmay – Tracey May, 07/08/2024)".
    if (isLower(text.charCodeAt(k - 1)) || isLower(text.charCodeAt(k - 2)) || isLower(text.charCodeAt(k + 1))) {
      const user = HANDLE_BEFORE_PAREN.exec(text.slice(Math.max(0, k - 32), k));
      const inside = user ? null : HANDLE_DASH_NAME.exec(text.slice(k, k + 80));
      const full = user ? NAME_IN_PAREN.exec(text.slice(k, k + 90)) : inside;
      const handle = user?.[1] ?? inside?.[1];
      // The name may follow a role: "hm_rbartsch (Hausmeister René Bartsch)".
      const whole = full?.[user ? 1 : 2];
      const sp = whole ? whole.indexOf(' ') : -1;
      const tail = whole && sp > 0 && whole.indexOf(' ', sp + 1) > 0 ? whole.slice(sp + 1) : undefined;
      const named = whole && handle && handle.length > 3 ? (handleOf(handle, whole) ? whole : tail && handleOf(handle, tail) ? tail : undefined) : undefined;
      if (full && handle && named) {
        const nameText = named;
        const nameEnd = user ? k + full[0].length - 1 : k + full[0].length;
        const nameAt = nameEnd - nameText.length;
        out.push({ start: nameAt, end: nameAt + nameText.length, score: 0.85 });
        handles.add(handle);
        continue;
      }
    }
    const from = Math.max(0, k - 8);
    const before = SHORT_BEFORE_PAREN.exec(text.slice(from, k));
    if (!before) continue;
    const name = NAME_IN_PAREN.exec(text.slice(k, k + 90));
    if (!name) continue;
    const short = before[1]!;
    const words = name[1]!.split(/[ \t]+/);
    const form = foldCaps(short);
    // Capitals: initials only; a Kürzel's mixed or lower case ("MKo", "AnS", "tkr"): its other forms too.
    if (!initialsOf(words).includes(form) && !(short !== form && (short !== short.toLowerCase() || short.length === 3) && shortFormsOf(words).includes(form))) continue;
    const shortStart = from + before.index + before[0].indexOf(short);
    out.push({ start: shortStart, end: shortStart + short.length, score: 0.8 });
    const nameAt = k + name[0].length - 1 - name[1]!.length;
    out.push({ start: nameAt, end: nameAt + name[1]!.length, score: 0.85 });
    // Later uses only in capitals or a Kürzel's mixed case: lower-case "ab", "mh" are words and abbreviations too.
    if (short !== short.toLowerCase()) initials.add(short);
  }
  for (const f of found) {
    const surface = text.slice(f.start, f.end);
    // Only user names with a separator, or an initial glued to a listed surname ("tbauer"): a
    // lower-case word found as a name once is no definition.
    if (HANDLE_SURFACE.test(surface) && (/[._]/.test(surface) || (/^[a-z]{5,21}$/.test(surface) && isGluedHandle(L, surface)))) {
      handles.add(surface);
      continue;
    }
    // Most names are followed by no parenthesis: no slice for them.
    let p = f.end;
    while (p < f.end + 3 && (codeAt(text, p) === 32 || codeAt(text, p) === 9)) p++;
    if (codeAt(text, p) !== 40) continue;
    const h = HANDLE_AFTER.exec(text.slice(f.end, f.end + 40));
    // A user name of the name's, or a Kürzel in lower case: "Marius Ionescu (mio)".
    if (h && (handleOf(h[1]!, surface) || (/^[a-z]{3}$/.test(h[1]!) && shortFormsOf(surface.split(/[ \t]+/)).includes(h[1]!.toUpperCase())))) handles.add(h[1]!);
  }
  referenceInitials(text, out);
  for (const form of rowInitials(text, found, out)) initials.add(form);
  if (paren) for (const form of parenLowerInitials(text, found, out)) handles.add(form);
  // Lower-case Kürzel a text gives ("Kürzel lm") are found wherever they stand alone, as user names are.
  const lowerForms: string[] = [];
  for (const form of signedInitials(text, toks, out, lowerForms)) initials.add(form);
  for (const form of lowerForms) handles.add(form);
  const signed = closingInitials(text, found, out);
  if (signed) initials.add(signed);
  for (const form of signOffInitials(text, out)) initials.add(form);
  // Uses of the defined initials, and the other words of two or three capitals, read from the
  // tokens in one pass (not searched for form by form).
  const shortCaps = new Set<string>();
  const givenKeys = new Set<string>();
  for (let k = text.indexOf('='); k >= 0; k = text.indexOf('=', k + 1)) {
    const before = text.slice(Math.max(0, k - 24), k);
    const key = EQUALS_KEY.exec(before.slice(-12)) ?? HANDLE_KEY.exec(before) ?? GIVEN_KEY.exec(before);
    if (!key) continue;
    const name = EQUALS_NAME.exec(text.slice(k + 1, k + 160));
    if (!name) continue;
    const form = key[1]!;
    const words = name[1]!.split(/[ \t]+/);
    // A name, not "ab = Abteilung Buchhaltung": every word a name or no ordinary word, one of them listed.
    const named = () => words.every((w) => listedName(L, w) || nameLikeClass(wordClass(w))) && words.some((w) => listedName(L, w) || wordClass(w) === 'p');
    let kind: 'initials' | 'handle' | 'given';
    // Initials ("CF = Caroline Firth"), a user name ("dmcg = Donna McGuire"), or the given name a
    // rota writes ("Maricar = Maricar Santos RN").
    if (shortFormsOf(words).includes(form.toUpperCase()) || macForm(words) === form) kind = 'initials';
    else if (/^[a-z]/.test(form) && form.length > 3 && handleOf(form, name[1]!)) kind = 'handle';
    else if (words.length >= 2 && form === words[0] && /^\p{Lu}/u.test(form)) kind = 'given';
    else continue;
    if (!named()) continue;
    const at = k + 1 + name[0].length - name[1]!.length;
    out.push({ start: at, end: at + name[1]!.length, score: 0.85 });
    if (kind === 'initials') initials.add(form);
    else if (kind === 'handle') handles.add(form);
    else givenKeys.add(form);
  }
  for (const form of givenKeys) occurrences(text, form, out, 0.75);
  // Indexed, not for-of: while this loop runs unoptimised (until V8 compiles it on stack, and
  // again after a deopt) a for-of allocates an iterator result per token.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.e - t.s > 5 && !t.upper) continue;
    if (initials.has(t.w) && standsAlone(text, t.s, t.e)) out.push({ start: t.s, end: t.e, score: 0.8 });
    // Defined ones too: they count towards the system of initials the loose ones need.
    if (t.upper && t.e - t.s <= 3) shortCaps.add(t.w);
  }
  // Undefined initials only where the text uses them as a system: two people's, or one person's
  // twice. A lone "MR" beside "Max Richter" is more often the MRI ("MR des Schädels") than him,
  // and the common abbreviations stay out however often they stand (namesInitials()).
  const loose = shortCaps.size >= 1 ? namesInitials(text, found, shortCaps) : shortCaps;
  if (loose.size >= 1) {
    const uses: ScoredSpan[] = [];
    const used = new Set<string>();
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!t.upper || t.e - t.s > 3 || !loose.has(t.w)) continue;
      if (standsAlone(text, t.s, t.e) && looseInitialsUse(text, t.s, t.e)) {
        uses.push({ start: t.s, end: t.e, score: 0.7 });
        used.add(t.w);
      }
    }
    // One person's initials alone count where they stand twice or more: "Julia Brandt" … "→ JB erstellt Entwurf", "JB, 17.01.2025".
    if (used.size >= 2 || (uses.length >= 2 && used.size === 1)) out.push(...uses);
  }
  for (const form of handles) occurrences(text, form, out, 0.8);
  // "Friederike von Hollen" … "Makler: FvH": a name with a particle has mixed-case initials
  // that no abbreviation has, so each use alone is hers, defined or not.
  for (const f of found) {
    const form = particleInitials(text, f.start, f.end);
    if (form !== '') occurrences(text, form, out, 0.8);
  }
  for (const h of foundNameHandles(text, found, toks, L)) out.push(h);
  // Most texts define no alias: an empty array has another map than a filled one, and sorting it
  // made the optimised code expect both, compiled again for each.
  return out.length > 1 ? out.sort((x, y) => x.start - y.start || y.end - x.end) : out;
}
