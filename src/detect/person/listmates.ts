/**
 * Surnames listed beside a found one: "3. Bild (Klein, Fuchs, Lange)", "Brunch: Lange, Sommer,
 * Fuchs | …", "Frühteam (Hasan, Mai, Rosi)", "Menü Schmitt/Antoniou". Rosters, casts and shared
 * events name people by one word, and the words that are also ordinary words ("Fuchs", "Sommer",
 * "Mai") are the ones the other rules leave: beside a found name, as a list's item of its own
 * (a separator or the list's end on both sides), such a word is the next person.
 */
import type { Finding } from '../../types.js';
import { NEVER_NAMES, ORG_WORDS } from './lexicon.js';
import { listedName, type NameLists } from './names.js';
import { nameLikeClass, wordClass } from './words.js';
import { blanksBefore } from '../../util/chars.js';

/** One capitalised word, perhaps double: a list item that may be a surname. */
const WORD = String.raw`(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)`;
/**
 * A list separator: a comma before a blank (not a CSV field's), a slash between words (not a
 * citation's "Herrmann / Heuer / Raupach"), plus, "und"/"and"; no ampersand, which joins firms'
 * founders ("Kelly & Quinlan", "Fern & Finch Photography").
 */
const SEP = String.raw`(?:,[ \t]+|/|[ \t]*\+[ \t]*|[ \t]+(?:und|and)[ \t]+)`;
/** Where an item ends: a separator, a bracket or bar, a dash between blanks, the line's end. */
const BOUND = String.raw`(?=[ \t]*(?:[,/+|;)\]]|[ \t][–—-][ \t]|[ \t](?:und|and)[ \t]|\r?\n|$))`;
const AFTER = new RegExp(String.raw`^${SEP}${WORD}${BOUND}`, 'u');
/** The item before a found name (see opensItem for what must come before it). */
const BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])${WORD}(${SEP})$`, 'u');
const SEP_AHEAD = new RegExp(String.raw`^${SEP}`);
const SEP_BEHIND = new RegExp(String.raw`${SEP}$`);
const OPENERS = new Set(['(', '[', '|', ':', ',', '/', '+', '&', '\n']);

/** An item opens the text or a line, or follows a bracket, bar, colon or separator. */
function opensItem(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || OPENERS.has(text.charAt(k));
}

/** A separator may open at `at`: ",", "/", "+", or a blank (before "und"/"and", or "+"). */
function sepAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 44 || c === 47 || c === 43 || c === 32 || c === 9;
}
/** A separator may end at `at`: after ", ", "/", "+", "und ", "and ". */
function sepBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c === 47 || c === 43) return true;
  if (c !== 32 && c !== 9) return false;
  const d = text.charCodeAt(blanksBefore(text, at) - 1);
  return d === 44 || d === 43 || d === 100; // ',', '+', the "d" of "und"/"and"
}

/** Found names of one word (a surname or a given name alone) whose neighbours may be list mates. */
function bare(text: string, f: Finding): boolean {
  for (let i = f.start; i < f.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10) return false;
  }
  return true;
}

/**
 * A word that may be a listed person: in the German or English name lists (not only the
 * census's: "Ireland"), no firm word. A never-name word ("Mai", "Sommer") only between two
 * found names ("Hasan, Mai, Rosi"): beside one ("Sommer/Herbst") it is as likely the word.
 */
function mateWord(w: string, L: NameLists, between: boolean): boolean {
  if ((!between && NEVER_NAMES.has(w)) || ORG_WORDS.has(w) || !listedName(L, w)) return false;
  return w.split('-').every((p) => L.surname.has(p) || L.given.has(p));
}

/**
 * "Irina und Pjotr", "Mehmet and Olek": after a found given name and "und"/"and", a word no list
 * or dictionary knows, ending the pair, is the second person (a name from elsewhere). Not a
 * place ("Anna und Zypern" reads as a trip), not a word of either language.
 */
function unlistedPartner(text: string, f: Finding, start: number, w: string, L: NameLists, found: readonly Finding[], starts: Set<number>, next: Finding[]): void {
  if (!/^[ \t]+(?:und|and)[ \t]+$/.test(text.slice(f.end, start))) return;
  if (!L.given.has(text.slice(f.start, f.end)) || listedName(L, w) || NEVER_NAMES.has(w) || ORG_WORDS.has(w)) return;
  const cls = wordClass(w);
  if (!nameLikeClass(cls) || cls === 'p' || starts.has(start) || found.some((g) => g.start < start + w.length && g.end > start)) return;
  starts.add(start);
  next.push({ ...f, start, end: start + w.length, score: 0.6 });
}

/**
 * One-word names listed beside found ones: an item between two found names ("Klein, Fuchs,
 * Lange"), or joined to one by a slash ("Schmitt/Antoniou", a couple's or a team's names). One
 * found neighbour with a comma or "and" is too weak: "Wood Lane, Bradford", "Tesla, Ford and …"
 * (a stray finding's neighbours), "Jones, Smith and Davis Orchestra".
 */
export function listMatesOfBare(text: string, found: readonly Finding[], L: NameLists): Finding[] {
  const out: Finding[] = [];
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const f of found) {
    if (f.type !== 'PERSON') continue;
    starts.add(f.start);
    ends.add(f.end);
  }
  // Each new mate is a found name for its own neighbours: "Karamanlis + Mai/Eichhorn".
  let todo = found.filter((f) => f.type === 'PERSON' && bare(text, f));
  const add = (f: Finding, start: number, w: string, between: boolean, next: Finding[]): void => {
    const end = start + w.length;
    if (starts.has(start) || !mateWord(w, L, between) || found.some((g) => g.start < end && g.end > start)) return;
    starts.add(start);
    ends.add(end);
    next.push({ ...f, start, end, score: 0.7 });
  };
  for (let round = 0; round < 4 && todo.length > 0; round++) {
    const next: Finding[] = [];
    for (const f of todo) {
      // Cheapest first: a separator must follow, or precede (most names stand in sentences).
      const a = sepAfter(text, f.end) ? AFTER.exec(text.slice(f.end, f.end + 48)) : null;
      if (a) {
        const start = f.end + a[0].length - a[1]!.length;
        const end = start + a[1]!.length;
        const slash = start === f.end + 1 && text.charCodeAt(f.end) === 47;
        const s = slash ? null : SEP_AHEAD.exec(text.slice(end, end + 12));
        if (slash || (s !== null && starts.has(end + s[0].length))) add(f, start, a[1]!, !slash, next);
        else if (round === 0) unlistedPartner(text, f, start, a[1]!, L, found, starts, next);
      }
      const b = sepBefore(text, f.start) ? BEFORE.exec(text.slice(Math.max(0, f.start - 48), f.start)) : null;
      if (b && opensItem(text, f.start - b[0].length)) {
        const start = f.start - b[2]!.length - b[1]!.length;
        const slash = b[2] === '/';
        const s = slash ? null : SEP_BEHIND.exec(text.slice(Math.max(0, start - 12), start));
        if (slash || (s !== null && ends.has(start - s[0].length))) add(f, start, b[1]!, !slash, next);
      }
    }
    out.push(...next);
    todo = next;
  }
  return out.sort((x, y) => x.start - y.start);
}
