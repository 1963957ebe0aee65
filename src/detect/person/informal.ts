/**
 * Names in informal writing that the case-based rules cannot see: chat handles that speak
 * ("anna.k: hat jemand …", "deepak.s 9:44 AM"), lower-case German addressing ("herrn weber",
 * "hi tobi"), and lower-case given names in German text written all in lower case ("frag mal bei
 * svenja"). English lower-case names are social.ts's.
 */
import type { Tok } from './core.js';
import { titled, type NameLists } from './names.js';
import { nameLikeClass, wordClass } from './words.js';
import type { ScoredSpan } from './span.js';

/** "anna.k: …", "[09:14] tim: …", "jess.wong 9:41 AM": a lower-case handle opening a chat line. */
const SPEAKER_LINE = /^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?\]?[ \t]+)?([a-z][a-z0-9]{1,20}(?:[._-][a-z0-9]{1,20})?)(?::[ \t]|[ \t]+\d{1,2}:\d{2}\b)/gm;
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
  SPEAKER_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPEAKER_LINE.exec(text))) {
    const h = m[1]!;
    if (NOT_HANDLES.has(h)) continue;
    // A handle has a part that is a given name or no ordinary word ("tim:", "jo:", "anna.k:"); a
    // YAML or log key is ordinary words ("phone:", "team:", "phone_primary:", "duty_manager:").
    if (!h.split(/[._\-\d]+/).some((part) => part.length > 0 && (L.given.has(titled(part)) || (part.length > 1 && nameLikeClass(wordClass(titled(part))))))) continue;
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
  return out.sort((a, b) => a.start - b.start);
}

const LOWER_TITLES = new Set(['herr', 'herrn', 'frau', 'hr', 'fr']);
/** Lower-case words after which a given name is addressed or named: "hi tobi", "danke! gabi", "bei svenja". */
const GREET = new Set('hi hallo hey moin servus liebe lieber danke dank gruß grüße gruss grüsse lg vg mfg bye ciao tschüss'.split(' '));
/** Function words that follow "frau"/"herr" as nouns ("meine frau ist", "herr der lage"). */
const STOP = new Set(
  `und oder aber ist war sind hat hatte wird wurde der die das den dem des ein eine einen einem einer mit von vom zu zum zur
  im in am an auf aus bei für nach über unter vor als wie so auch noch nicht nur schon sehr doch mal ja nein bitte danke dr
  doktor professor prof kollege kollegin meine mein seine ihre unsere`.split(/\s+/),
);

/** One blank between two tokens. */
function blankBetween(text: string, a: Tok, b: Tok): boolean {
  return /^[ \t]$/.test(text.slice(a.e, b.s));
}

function isGivenLower(L: NameLists, w: string): boolean {
  if (w.indexOf('-') > 0) return w.split('-').every((p) => p.length >= 2 && L.given.has(titled(p)));
  return L.given.has(titled(w));
}

/**
 * German text written in lower case: most sentences start lower-case. Such text writes names
 * lower-case too; properly cased text never does, so nothing here applies to it.
 */
function writtenLowerCase(text: string, toks: readonly Tok[]): boolean {
  let starts = 0;
  let lower = 0;
  for (const t of toks) {
    if (!t.sentStart) continue;
    starts++;
    if (t.lower) lower++;
  }
  return starts >= 3 && lower * 10 >= starts * 7;
}

function identifierPart(text: string, s: number, e: number): boolean {
  const b = text.charCodeAt(s - 1);
  const a = text.charCodeAt(e);
  return b === 46 || b === 95 || b === 47 || a === 95 || a === 64 || a === 47 || (a === 46 && /[a-z]/i.test(text.charAt(e + 1)));
}

/** Lower-case German names: after "herr"/"frau" anywhere; given names in text written all in lower case. */
export function lowercaseGerman(text: string, toks: readonly Tok[], L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  // Decided once, first: in properly cased text (nearly all) only "herr"/"frau" is looked at.
  const lowerText = writtenLowerCase(text, toks);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.lower) continue;
    const p = toks[i - 1];
    // "herrn weber", "frau kowalski": a lower-case title, then a word the lists know or no German word.
    if (p && p.lower && LOWER_TITLES.has(p.w) && blankBetween(text, p, t) && t.w.length >= 3 && !STOP.has(t.w)) {
      const T = titled(t.w);
      if (L.surname.has(T) || L.given.has(T) || nameLikeClass(wordClass(T))) {
        out.push({ start: t.s, end: t.e, score: 0.85 });
        continue;
      }
    }
    // In properly cased text only an addressed one: "hallo lars,", "grüße nikos" at a line's end.
    if (!lowerText && !(p && GREET.has(p.w.toLowerCase()) && /^[ \t]*(?:[,!.]|\r?\n|$)/.test(text.slice(t.e, t.e + 3)))) continue;
    if (t.w.length < 3 || STOP.has(t.w) || !isGivenLower(L, t.w)) continue;
    // Part of an identifier, a path or an address: "bank.iban", "user_anna", "anna@…".
    if (identifierPart(text, t.s, t.e)) continue;
    if (L.deAmbig.has(titled(t.w)) || L.enAmbig.has(titled(t.w))) continue;
    const cls = wordClass(titled(t.w));
    const greeted = !!p && (GREET.has(p.w.toLowerCase()) || /[!,]\s*$/.test(text.slice(Math.max(0, t.s - 3), t.s)) || text.slice(p.e, t.s).includes('\n'));
    if (cls === 'w' && !greeted) continue;
    // A surname after it: "klaus-dieter mertens".
    const n = toks[i + 1];
    let end = t.e;
    if (n && n.lower && blankBetween(text, t, n) && L.surname.has(titled(n.w)) && !STOP.has(n.w)) {
      end = n.e;
      i++;
    }
    out.push({ start: t.s, end, score: 0.7 });
  }
  return out;
}
