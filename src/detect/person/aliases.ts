/**
 * Short forms a text defines for a person and then uses on their own:
 * - initials in minutes and reports: "Gareth Price (Chair) (GP)", "Siân Morgan, Chief Executive
 *   (SM)", later "ACTION: SM to write …", "Proposed RS, seconded CB";
 * - user names in tickets and logs: "Reporter: Niamh Kavanagh (nkavanagh)", "Bearbeiter: Tobias
 *   Lange (tlange)", later "---- tlange – 12.03.2024", "@tlange", "sudo: tlange : TTY=…".
 *
 * The definition ties the short form to a name, so every standalone use of it in the same text
 * is that person. Initials also vouch for the name they follow, when the lists alone did not.
 */
import { standsAlone } from './handles.js';
import { listedName, type NameLists } from './names.js';
import type { ScoredSpan } from './span.js';
import { nameLikeClass, wordClass } from './words.js';

/**
 * Where initials are defined: "(GP)", "(Chair, MM)" after the name, or last on a line of an
 * attendee list: "Simon Leach – Programme Manager – SL".
 */
const INITIALS_DEF = /\((?:[^()\n]{1,40}?,[ \t]*)?(\p{Lu}{2,3})(?:,[ \t]*[^()\n]{1,40})?\)|[ \t][–—-][ \t]+(\p{Lu}{2,3})[ \t]*(?=\r?\n|$)/gu;
/** Initials before the name they stand for: "erfasst durch kb (Katrin Bruns)", "Kürzel: MH (Marita Heuser)". */
const INITIALS_BEFORE = /(?<![\p{L}\p{N}._@-])([a-z]{2,3}|[A-Z]{2,3})[ \t]*\((\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2})\)/gu;
/** The end of an earlier definition on the line: "… (Chair, MM), Iain Fraser (Treasurer, IF)". */
const DEF_END = /[(,][ \t]*\p{Lu}{2,3}\)$/u;
const NAME_WORD = /\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*/gu;

/** "Siân" → "S", "Llywelyn-Jones" → "L": the letter initials are made of, without accents. */
function initialOf(w: string): string {
  return w.charAt(0).normalize('NFD').charAt(0).toUpperCase();
}

/**
 * The name an "(XY)" defines: the nearest run of 2–4 capitalised words before it on its line (a
 * role or a parenthesis may stand between) whose first letters, or first and last word's, are XY.
 */
function definedName(text: string, at: number, initials: string, L: NameLists, found: readonly ScoredSpan[]): ScoredSpan | null {
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
    if (cur && s === cur.e + 1 && text.charCodeAt(cur.e) === 32 && cur.words.length < 4) {
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
    if (r.words.length < 2) continue;
    // The name can be the tail of a longer run: "Dr Anwen Llywelyn-Jones (AL)".
    for (let k = 0; k + 1 < r.words.length; k++) {
      const words = r.words.slice(k);
      const all = words.map(initialOf).join('');
      const firstLast = initialOf(words[0]!) + initialOf(words[words.length - 1]!);
      if (all !== initials && firstLast !== initials) continue;
      const start = r.e - words.join(' ').length;
      if (found.some((f) => f.start <= start && f.end >= r.e)) return { start, end: r.e, score: 0.85 };
      // Vouched for by the initials, if it reads as a name: every word a name or no ordinary
      // word, and one of them a listed or proper name ("Human Resources (HR)" is none).
      const ok = words.every((w) => listedName(L, w) || nameLikeClass(wordClass(w))) && words.some((w) => listedName(L, w) || wordClass(w) === 'p');
      return ok ? { start, end: r.e, score: 0.85 } : null;
    }
  }
  return null;
}

/** ASCII letters of a name part as user names write it: "Wiśniewski" → "wisniewski", "König" → "koenig". */
function asciiParts(name: string): Array<{ plain: string; de: string }> {
  return name
    .split(/[\s,]+/)
    .filter((w) => /\p{L}{2,}/u.test(w))
    .map((w) => {
      const low = w.toLowerCase().replace(/[-'’.]/g, '');
      const de = low.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
      const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o');
      return { plain: fold(low), de: fold(de) };
    });
}

/** Whether a user name is made from the name: "nkavanagh", "tlange", "t.wisniewski", "dimitra.n", "koenigh". */
export function handleOf(handle: string, name: string): boolean {
  const h = handle.toLowerCase().replace(/[._-]|\d+$/g, '');
  if (h.length < 3) return false;
  const parts = asciiParts(name);
  if (parts.length === 0) return false;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  for (const g of [first.plain, first.de]) {
    for (const s of [last.plain, last.de]) {
      if (parts.length >= 2 && [g.charAt(0) + s, g + s, g + s.charAt(0), s + g.charAt(0), s + g, g.slice(0, 2) + s].includes(h)) return true;
      if (h === s && s.length >= 4) return true;
    }
    if (h === g && g.length >= 4) return true;
  }
  return false;
}

const HANDLE_AFTER = /^[ \t]*\([ \t]*@?([a-z][a-z0-9._-]{1,30})[ \t]*\)/;
/** A user name as found elsewhere: lower case, dotted or with an underscore ("s.okeke"). */
const HANDLE_SURFACE = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+)*$/;

/** Every occurrence of `form` that stands alone (handles.ts): not inside a word, an address or a longer handle. */
function occurrences(text: string, form: string, out: ScoredSpan[], score: number): void {
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (standsAlone(text, i, i + form.length)) out.push({ start: i, end: i + form.length, score });
  }
}

/** Abbreviations that are initials of someone only when the text says so: departments, roles, codes. */
const NOT_INITIALS = new Set(
  'IT HR EU DE UK US USA OK PC TV CC PS ID AI KI PR QA QM GF BR PDL VP CEO CFO CTO CIO COO KW TOP FAQ PDF CSV SAP ERP CRM API MFG VG LG GB EUR USD ZNA OP ME AM PM NB RE AW WG FW TBD TBC NA ASAP AZ MR MRT CT EKG DM RT NY ALL'.split(' '),
);
/** Legal forms: "Müller AG" is a firm, whoever "AG" may also be. */
const LEGAL_FORMS = new Set(['AG', 'KG', 'SE', 'UG', 'SA', 'BV', 'NV']);

/**
 * Initials of people the text names in full, used as their short form without a definition, as
 * minutes do: "Martina Huber-Kastl, Andreas Gschwendtner … Aufgaben: MHK – Schreiben an GF;
 * AG/CL – Einladung". Two or three letters (first and last word, or every word and double-name
 * part); not common abbreviations, and a legal form only where no firm's name precedes it.
 */
function namesInitials(text: string, found: readonly ScoredSpan[]): Set<string> {
  const forms = new Set<string>();
  for (const f of found) {
    const words = text.slice(f.start, f.end).match(NAME_WORD);
    if (!words || words.length < 2) continue;
    const parts = words.flatMap((w) => w.split('-'));
    for (const form of [initialOf(words[0]!) + initialOf(words[words.length - 1]!), parts.map(initialOf).join('')]) {
      if (form.length >= 2 && form.length <= 3 && !NOT_INITIALS.has(form)) forms.add(form);
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
 * Defined initials and user names, and each of their uses. `found`: the person spans so far
 * (sorted), whose user names in parentheses are definitions and whose lower-case user names
 * ("s.okeke" found by the handle rule) are looked for again.
 */
export function definedAliases(text: string, found: readonly ScoredSpan[], L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  const initials = new Set<string>();
  if (text.indexOf('(') >= 0 || text.indexOf('– ') >= 0 || text.indexOf(' - ') >= 0) {
    INITIALS_DEF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = INITIALS_DEF.exec(text))) {
      const form = m[1] ?? m[2]!;
      const name = definedName(text, m.index, form, L, found);
      if (!name) continue;
      out.push(name);
      initials.add(form);
    }
  }
  if (text.indexOf('(') >= 0) {
    INITIALS_BEFORE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = INITIALS_BEFORE.exec(text))) {
      const words = m[2]!.split(/[ \t]+/);
      const form = m[1]!.toUpperCase();
      if (form !== words.map(initialOf).join('') && form !== initialOf(words[0]!) + initialOf(words[words.length - 1]!)) continue;
      out.push({ start: m.index, end: m.index + m[1]!.length, score: 0.8 });
      const nameStart = m.index + m[0].length - 1 - m[2]!.length;
      out.push({ start: nameStart, end: nameStart + m[2]!.length, score: 0.85 });
      // Later uses only in capitals: lower-case "ab", "mh" are words and abbreviations too.
      if (m[1] === form) initials.add(form);
    }
  }
  const handles = new Set<string>();
  for (const f of found) {
    const surface = text.slice(f.start, f.end);
    // Only user names with a separator: a lower-case word found as a name once is no definition.
    if (HANDLE_SURFACE.test(surface) && /[._]/.test(surface)) {
      handles.add(surface);
      continue;
    }
    // Most names are followed by no parenthesis: no slice for them.
    let p = f.end;
    while (p < f.end + 3 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    if (text.charCodeAt(p) !== 40) continue;
    const h = HANDLE_AFTER.exec(text.slice(f.end, f.end + 40));
    if (h && handleOf(h[1]!, surface)) handles.add(h[1]!);
  }
  for (const form of initials) occurrences(text, form, out, 0.8);
  // Undefined initials only where the text uses them as a system, two people's or more: a lone
  // "MR" beside "Max Richter" is more often the MRI ("MR des Schädels") than him.
  const loose: ScoredSpan[] = [];
  let forms = 0;
  for (const form of namesInitials(text, found)) {
    if (initials.has(form)) continue;
    const n = loose.length;
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      if (standsAlone(text, i, i + form.length) && looseInitialsUse(text, i, i + form.length)) loose.push({ start: i, end: i + form.length, score: 0.7 });
    }
    if (loose.length > n) forms++;
  }
  if (forms >= 2) out.push(...loose);
  for (const form of handles) occurrences(text, form, out, 0.8);
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}
