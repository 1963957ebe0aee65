/**
 * An initial and a surname where a name stands: "signed for by J. Fox.", "A. Nwosu, T. Hale, …",
 * "and T. Little (Operations)", "Countersigned (HR): P. Okeke", "reiskosten F. Jansen-Okoro;".
 * The surname may be a word ("Fox", "Little"), so the place decides: after a label's colon, "by",
 * "and", a comma, a bracket or a line's start, and before punctuation, a bracket, a label or the
 * line's end, never before a lower-case word that goes on with a sentence ("Plan B. Then we …",
 * "Schedule A. Payment is due"). Scottish and Irish surnames keep their inner capital ("H. McBride").
 */
import type { ScoredSpan } from './span.js';
import { NEVER_NAMES, ORG_WORDS, STREET_WORDS } from './lexicon.js';
import type { NameLists } from './names.js';
import { blanksBefore } from '../../util/chars.js';

/** What may stand before the initial: a line's start, a separator, a bracket, a form's gap of blanks, "by", "and", "signed", "Attn"… */
const CUE_BEFORE = /(?:^|[:,;(&/|\n]|[ \t]{2}|\b(?:by|and|und|von|an|to|for|attn|Attn|ATTN|cc|Cc|from|From|signed|Signed|gez\.?))[ \t]*$/;
/**
 * The surname after "X. ", and what may follow it: punctuation, a bracket, a label ("Approver 2:"),
 * "and", a form field's gap of two blanks or more, the line's end.
 */
const SURNAME_AFTER =
  /^(?:(?:von|van|vom|de|da|di|del|der|den|ten|ter|ap|ab|le|la|du)[ \t]+)?(?:Mc|Mac|Fitz|O['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?=[ \t]*(?:[.,;:)(|/&]|\r?\n|$|[ \t]+(?:and|und|&)[ \t]|[ \t]+\p{Lu}\p{Ll}*(?:[ \t]\d{1,2})?:|[ \t]{2,}|[ \t]+\p{Lu}{2,5}(?:[ \t]|\r?\n|$)))/u;
const UPPER = /\p{Lu}/u;
const CAPS_AFTER = /^[ \t]+(\p{Lu}{2,5})(?![\p{L}\p{N}])/u;
const LETTER = /[\p{L}\p{N}.]/u;

export function initialledNames(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  // Found from each ". " (a regex tried at every position would cost the detector).
  for (let k = text.indexOf('. '); k >= 0; k = text.indexOf('. ', k + 1)) {
    const initial = text.charAt(k - 1);
    if (!UPPER.test(initial)) continue;
    // Two initials or more ("H. L. A. Hart", "J.R.R. Tolkien", "T. S. Eliot") need no cue around
    // them: they are a name's, whatever word the surname is.
    const chain = initialsBefore(text, k - 1);
    if (chain !== null) {
      const m2 = SURNAME_LOOSE.exec(text.slice(k + 2, k + 60));
      // Not a road or a box with its number ("M.G. Road", "P.O. Box 30488"), nor a label after
      // initials that sign ("Signed: G.P. Received: S.P.").
      const after = text.slice(k + 2 + (m2?.[0].length ?? 0), k + 6 + (m2?.[0].length ?? 0));
      if (m2 && !(NEVER_NAMES.has(m2[0]) && !L.surname.has(m2[0])) && !ORG_WORDS.has(m2[0]) && !STREET_WORDS.has(m2[0]) && !/^[ \t]*[\d:]/.test(after)) {
        out.push({ start: chain, end: k + 2 + m2[0].length, score: 0.75 });
        continue;
      }
    }
    if (LETTER.test(text.charAt(k - 2))) continue;
    const m = SURNAME_AFTER.exec(text.slice(k + 2, k + 60));
    if (!m) continue;
    const surname = m[0];
    // "I. Quartal", "II. Senat": an ordinal; "The", "Die": no name.
    // A season's or month's word only if it is a surname too ("D. Winter", "K. Mai").
    // (A line that is "I. Surname" alone signs, where no "II." follows as an outline's: "I. Schwalbe".)
    if (initial === 'I' && !signingI(text, k, surname, L)) continue;
    if (NEVER_NAMES.has(surname) && !L.surname.has(surname)) continue;
    // A second initial: "M. L. Chow" (the first opens the name; "I." is then an initial too).
    let begin = k - 1;
    if (begin >= 3 && text.charCodeAt(begin - 1) === 32 && text.charCodeAt(begin - 2) === 46 && UPPER.test(text.charAt(begin - 3)) && !LETTER.test(text.charAt(begin - 4))) begin -= 3;
    if (!CUE_BEFORE.test(text.slice(Math.max(0, begin - 9), begin))) continue;
    // "M. Parkinson": Morbus, a disease named after someone.
    if (initial === 'M' && MORBUS.has(surname)) continue;
    // "G. Daly MVB", "R. Iyer FRCS": a post-nominal in capitals; "B. Braun AG" is a firm.
    const caps = CAPS_AFTER.exec(text.slice(k + 2 + surname.length, k + 12 + surname.length));
    if (caps && ORG_WORDS.has(caps[1]!)) continue;
    // "B. Contacts", "E. Approvals": a lettered section's heading, one of a series.
    if (lineStart(text, k - 1) && sectionLetters(text, initial)) continue;
    out.push({ start: begin, end: k + 2 + surname.length, score: 0.75 });
  }
  return out;
}

/** A surname after initials: a capitalised word ("Hart", "Eliot", "McBride", "Llywelyn-Jones"). */
const SURNAME_LOOSE = /^(?:Mc|Mac|Fitz|O['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?![\p{L}\p{N}])/u;
/** Letters of two initials that stand for something else: "U. S. Army", "D. C.", "A. D. 800", "P. S.". */
// (And degrees, boxes, districts, times: "M.A. Medienwissenschaft", "P.O. Box", "W.D. Pa.", "P.M.".)
const NOT_INITIALS = new Set('US UK EU UN DC AD BC PS NB AG SA NV BV GB OK TV ST NY LA DJ MC PO MA BA BS MS MD MB MP QC KC RN BE WD ED SD ND CD SF PM AM'.split(' '));

/**
 * The start of two initials or more that end with the one at `at` ("H. L. A." or "J.R.R."), or
 * null: each a capital with a dot, apart by one blank or none, nothing word-like before the first.
 */
function initialsBefore(text: string, at: number): number | null {
  let first = at;
  let letters = text.charAt(at);
  for (let n = 0; n < 4; n++) {
    let p = first - 1;
    if (text.charCodeAt(p) === 32) p--;
    if (text.charCodeAt(p) !== 46 || !UPPER.test(text.charAt(p - 1))) break;
    first = p - 1;
    letters = text.charAt(first) + letters;
  }
  if (letters.length < 2 || LETTER.test(text.charAt(first - 1)) || NOT_INITIALS.has(letters)) return null;
  return first;
}

/** "I. Schwalbe" as a line of its own, in a text without an outline's "II.", the surname a listed one. */
function signingI(text: string, k: number, surname: string, L: NameLists): boolean {
  if (!lineStart(text, k - 1)) return false;
  const end = k + 2 + surname.length;
  if (!/^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 3))) return false;
  if (!(L.surname.has(surname) || L.census.has(surname))) return false;
  return !/(?:^|\n)[ \t]*II\.[ \t]/.test(text);
}

const MORBUS = new Set(
  'Parkinson Crohn Bechterew Alzheimer Hodgkin Basedow Menière Meniere Paget Raynaud Addison Cushing Wilson Whipple Scheuermann Sudeck Perthes Dupuytren Ledderhose Boeck Waldenström Hashimoto Bang Pick Huntington Recklinghausen Osler Still Werlhof'.split(' '),
);

function lineStart(text: string, at: number): boolean {
  const k = blanksBefore(text, at);
  return k === 0 || text.charCodeAt(k - 1) === 10;
}

/** Another line starts with the letter before or after, then a dot and a capital: "A. …", "C. …". */
function sectionLetters(text: string, letter: string): boolean {
  const c = letter.charCodeAt(0);
  for (const n of [c - 1, c + 1]) {
    if (n < 65 || n > 90) continue;
    if (new RegExp(`(?:^|\\n)[ \\t]*${String.fromCharCode(n)}\\.[ \\t]+\\p{Lu}`, 'u').test(text)) return true;
  }
  return false;
}
