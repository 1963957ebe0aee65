/**
 * Surnames packed together without the words that usually mark them: in a file name
 * ("Kartenreservierung_Schmitz_Overath.xlsx", "IM-24-07731_Yildirim_Packliste.pdf") and in a
 * crew or pair joined by slashes ("Sokolowski/Vogel | Winter/Petrović", "Pryce / Long").
 *
 * A file name's part counts when the lists hold it as a surname or given name and it is no
 * ordinary word, or when the text names the same word as a person elsewhere (`named`: the
 * detectors' other findings). In a slash group a part the text names elsewhere vouches for the
 * others that are names too, even ordinary words ("Vogel", "Long"): a crew is all people or none.
 */
import { ambiguousName, listedName, type NameLists } from './names.js';
import type { ScoredSpan } from './span.js';
import { asciiFold, umlautsAsE } from '../../util/chars.js';

/** A file's extension: where a file name ends (searched for first; the name is read backwards from it). */
const FILE_EXT = /\.(?:pdf|docx?|xlsx?|csv|txt|pptx?|odt|ods|rtf|msg|eml|zip|jpe?g|png|heic|wav|mp3|m4a|ogg|flac|mp4|mov)(?![\p{L}\p{N}])/giu;
const NAME_CHAR = /[\p{L}\p{N}_-]/u;
const CAP_PART = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const LOWER_PART = /^[a-z]+$/;
/** Two to four capitalised words joined by "/" (blanks around it allowed), from a word's start on. */
const SLASHED = /(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:[ \t]?\/[ \t]?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?){1,3})(?![\p{L}\p{N}\/-])/uy;
const WORD_CHAR = /[\p{L}\p{M}'’-]/u;
const LOWER = /[\p{Ll}\p{M}]/u;

function clearName(L: NameLists, w: string): boolean {
  return listedName(L, w) && !ambiguousName(L, w);
}

/** A listed name, an ordinary word too perhaps ("Vogel", "Long"); not a census entry that is a word ("Hamburg", "Main"). */
function anyName(L: NameLists, w: string): boolean {
  return L.given.has(w) || L.surname.has(w) || (L.census.has(w) && !ambiguousName(L, w));
}

export function groupedNames(text: string, L: NameLists, found: ReadonlyArray<{ start: number; end: number }>): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  // Where the other findings name each word (and its ASCII form), gathered only when a file name
  // or a slash group is there.
  let names: Map<string, number[]> | undefined;
  /** The text names `w` as a person outside [from, to) (a group's own findings vouch for nothing). */
  const named = (w: string, from: number, to: number): boolean => {
    if (names === undefined) {
      names = new Map();
      for (const f of found) {
        for (const n of text.slice(f.start, f.end).split(/[\s,]+/)) {
          if (n.length < 3) continue;
          for (const key of [n, asciiFold(n), asciiFold(n).toLowerCase(), umlautsAsE(n.toLowerCase())]) {
            const list = names.get(key);
            if (list) list.push(f.start);
            else names.set(key, [f.start]);
          }
        }
      }
    }
    const at = names.get(w) ?? names.get(asciiFold(w));
    return at !== undefined && at.some((p) => p < from || p >= to);
  };
  FILE_EXT.lastIndex = 0;
  let x: RegExpExecArray | null;
  while ((x = FILE_EXT.exec(text))) {
    const end = x.index;
    let start = end;
    while (start > 0 && end - start < 120 && NAME_CHAR.test(text.charAt(start - 1))) start--;
    const before = text.charAt(start - 1);
    if (before === '.' || before === '/' || start === end) continue;
    const name = text.slice(start, end);
    if (name.indexOf('_') < 0 && name.indexOf('-') < 0) continue;
    let at = start;
    for (const part of name.split(/[_-]/)) {
      // In lower case only as a name the text gives ("varga_kristof_cv.pdf" beside "Kristóf Varga").
      const ok = part.length >= 3 && (CAP_PART.test(part) ? clearName(L, part) || named(part, start, end) : LOWER_PART.test(part) && named(part, start, end));
      if (ok) out.push({ start: at, end: at + part.length, score: 0.7 });
      at += part.length + 1;
    }
  }
  for (let k = text.indexOf('/'); k >= 0; k = text.indexOf('/', k + 1)) {
    // A capitalised word ends right before the slash (or one blank before it).
    let e = k;
    if (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9) e--;
    if (e === 0 || !LOWER.test(text.charAt(e - 1))) continue;
    let from = e;
    while (from > 0 && WORD_CHAR.test(text.charAt(from - 1))) from--;
    const b = text.charAt(from - 1);
    if (b === '/' || b === '.' || (b !== '' && /[\p{N}]/u.test(b))) continue;
    SLASHED.lastIndex = from;
    const m = SLASHED.exec(text);
    if (!m) continue;
    const to = from + m[0].length;
    k = to - 1;
    const parts: Array<[number, string]> = [];
    const re = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
    let p: RegExpExecArray | null;
    while ((p = re.exec(m[1]!))) parts.push([from + p.index, p[0]]);
    // One part the text names as a person elsewhere, and every part a name of some kind: the
    // lists alone would take places and languages ("Sydney/Melbourne", "Irish/English").
    if (!parts.some(([, w]) => named(w, from, to))) continue;
    if (!parts.every(([, w]) => anyName(L, w) || named(w, from, to))) continue;
    for (const [s, w] of parts) out.push({ start: s, end: s + w.length, score: 0.7 });
  }
  return out;
}
