/**
 * Nicknames a text gives a person it names: `Harold Crabtree – "Harry" –`, `Graham Woodhead
 * ("Woody")`, `Wolfgang „Wolle“ Schmidt`. A quoted word right after a found name is often a
 * defined term instead (`Northwind Ltd ("Supplier")`, `Anna Berg ("Verkäuferin")`), so the word
 * must be a listed given name or a short form of one of the name's words (its first three
 * letters: Harold → Harry, Woodhead → Woody), unless the text says it outright ('Paul Little
 * (known as "Tiny")'). Its later uses alone are the person too.
 */
import { NEVER_NAMES, OPEN_QUOTES } from './lexicon.js';
import type { NameLists } from './names.js';
import { standsAlone } from './handles.js';
import type { ScoredSpan } from './span.js';

/** After a name: optional "(" or dash, an opening quote, one capitalised word, a closing quote. */
const QUOTED_AFTER = /^[ \t]*(?:\([ \t]*|[,–—-][ \t]*)?["„“‚‘'»«]([\p{Lu}][\p{Ll}\p{M}]{1,14})["“”‘’'«»]/u;

/** A capitalised word right after the nickname's closing quote: the surname. */
const SURNAME_AFTER = /^[ \t](\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?![\p{L}\p{N}])/u;

const LEAD = ' \t(,–—-';

/** Bracketed words after a name that are a role, a degree or a rank: "Richard Wedderburn (Chair)", "Anthony Rose BA (Hons)". */
const NOT_NICKNAMES = new Set('Chair Chairman Chairwoman Chairperson Hons Hon Retd Ret Snr Jnr Sen Jun Lead Head Deputy Acting Interim Admin Sales Ops Vors Stv Leitung'.split(' '));

/** After a name: "(", one capitalised word, ")". */
const BRACKETED_AFTER = /^[ \t]*\((\p{Lu}\p{Ll}{1,9})\)/u;

/** A short form taken from inside a given name: "Bec" (Rebecca), "Liz" (Elizabeth), "Sasha" no (Alexander). */
function innerShortForm(nick: string, given: string): boolean {
  const g = given.toLowerCase();
  return g.length > nick.length && g.includes(nick.slice(0, 3).toLowerCase());
}

function shortFormOf(nick: string, name: string): boolean {
  const head = nick.slice(0, 3).toLowerCase();
  return name.split(/[\s-]+/).some((w) => w.length > 3 && w.slice(0, 3).toLowerCase() === head && w !== nick);
}

/**
 * Said outright: 'Paul Little (known as "Tiny")', 'Josef, genannt „Sepp“' right after the name,
 * whatever the word; unquoted in the name's clause, "Clive Clarke (flat 20, known as Nobby)",
 * "BRIDGET O'CONNELL (goes by Biddy)".
 */
const KNOWN_AS = /\b(?:known as|goes by|aka|a\.k\.a\.|genannt)[ \t]+(?:["„“‚‘'»«]([\p{Lu}][\p{Ll}\p{M}]{1,14})["“”‘’'«»]|(\p{Lu}\p{Ll}{1,14})(?![\p{L}\p{N}]))/gu;

/** Someone the text has no name for, before "known as": 'Guest known as "Tex"', 'a man known as "Blue"'. */
const PERSON_BEFORE = /\b(?:guest|man|woman|male|female|client|resident|customer|caller|person|lad|bloke|Gast|Mann|Bewohner|Bewohnerin|Klient|Klientin)[ \t,]+$/i;
/** What someone calls themselves: 'der sich „Kapitän“ nennt', 'calls himself "Tex"'. */
const CALLS_SELF = /(?:\bsich[ \t]+["„“‚‘'»«]([\p{Lu}][\p{Ll}\p{M}]{1,14})["“”‘’'«»][ \t]+nenn|\bcalls[ \t]+(?:himself|herself|themselves)[ \t]+["“‘'«]([\p{Lu}][\p{Ll}\p{M}]{1,14})["”’'»])/gu;

export function nicknames(text: string, found: readonly ScoredSpan[], L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  const forms = new Set<string>();
  if (text.indexOf('sich') >= 0 || text.indexOf('calls') >= 0) {
    CALLS_SELF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CALLS_SELF.exec(text))) {
      const nick = m[1] ?? m[2]!;
      const start = m.index + m[0].indexOf(nick);
      out.push({ start, end: start + nick.length, score: 0.8 });
      forms.add(nick);
    }
  }
  if (text.indexOf('known as') >= 0 || text.indexOf('goes by') >= 0 || text.indexOf('aka') >= 0 || text.indexOf('genannt') >= 0) {
    KNOWN_AS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = KNOWN_AS.exec(text))) {
      const quoted = m[1] !== undefined;
      const nick = m[1] ?? m[2]!;
      const at = m.index;
      // Only of someone: a found name right before, or in the clause when unquoted ("the
      // project, known as 'Phoenix'", "the area known as Docklands" are none).
      const near = quoted ? (f: ScoredSpan) => f.end <= at && f.end >= at - 4 : (f: ScoredSpan) => f.end <= at && f.end >= at - 40 && !/[.!?\n]/.test(text.slice(f.end, at));
      if (NEVER_NAMES.has(nick) || !(found.some(near) || (quoted && PERSON_BEFORE.test(text.slice(Math.max(0, at - 16), at))))) continue;
      const start = m.index + m[0].length - nick.length - (quoted ? 1 : 0);
      out.push({ start, end: start + nick.length, score: quoted ? 0.85 : 0.8 });
      forms.add(nick);
    }
  }
  for (const f of found) {
    // Most names are followed by none of these characters: no slice for them.
    let p = f.end;
    while (p < f.end + 4 && LEAD.includes(text.charAt(p))) p++;
    if (text.charCodeAt(p) !== 40 && text.charCodeAt(p - 1) === 40 && /\p{Lu}/u.test(text.charAt(p))) {
      // Unquoted in brackets after a full name or a given name: "Rebecca Long (Bec)", "Jolanta (Jola)". Only
      // a short form of the given name, which a department or a role is not ("Ken Bishop (InfoSec)").
      const b = BRACKETED_AFTER.exec(text.slice(f.end, f.end + 24));
      const name = text.slice(f.start, f.end);
      const sp = name.indexOf(' ');
      // (A listed given name alone has one too: "unsere Nachbarin Jolanta (Jola)".)
      if (b && (sp > 0 || L.given.has(name)) && !NEVER_NAMES.has(b[1]!) && !NOT_NICKNAMES.has(b[1]!) && innerShortForm(b[1]!, sp > 0 ? name.slice(0, sp) : name)) {
        const start = f.end + b[0].length - b[1]!.length - 1;
        out.push({ start, end: start + b[1]!.length, score: 0.8 });
        forms.add(b[1]!);
      }
      continue;
    }
    if (!OPEN_QUOTES.includes(text.charAt(p))) continue;
    const m = QUOTED_AFTER.exec(text.slice(f.end, f.end + 40));
    if (!m) continue;
    const nick = m[1]!;
    if (NEVER_NAMES.has(nick)) continue;
    // Inside the name, between given name and surname: 'Andrew "Drew" Kowalchuk', 'Josef „Sepp“
    // Neuner'. The whole is one person's name, whatever the nickname's word.
    const surname = text.charCodeAt(f.end) === 32 && m[0].charCodeAt(1) !== 32 ? SURNAME_AFTER.exec(text.slice(f.end + m[0].length, f.end + m[0].length + 40)) : null;
    const inside = surname !== null && !NEVER_NAMES.has(surname[1]!);
    if (!inside && !L.given.has(nick) && !shortFormOf(nick, text.slice(f.start, f.end))) continue;
    const start = f.end + m[0].length - nick.length - 1;
    out.push({ start, end: start + nick.length, score: 0.85 });
    if (inside) out.push({ start: f.start, end: f.end + m[0].length + surname[0].length, score: 0.85 });
    forms.add(nick);
  }
  for (const nick of forms) {
    for (let i = text.indexOf(nick); i >= 0; i = text.indexOf(nick, i + 1)) {
      if (standsAlone(text, i, i + nick.length) && !out.some((s) => s.start === i)) out.push({ start: i, end: i + nick.length, score: 0.8 });
    }
  }
  return out;
}
