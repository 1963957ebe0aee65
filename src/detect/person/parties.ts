/**
 * The parties of a case, on either side of its "v." or "./.": "in Sachen Winter ./. Hahn Bau
 * GmbH", "ROSHNI D'SOUZA & Anr. v/s VINCENT ALMEIDA", "CHIEF EMMANUEL OKONJO v. BARR. IKECHUKWU
 * NWANKWO & 2 ORS" (a court's cause list, a law firm's letter). A party is a run of capitalised
 * words next to the separator, titles and "& Anr." left out, several joined by "&" or "und";
 * it is a person when no word is an organisation's ("GmbH", "Ltd", "Agency", "State") and a word
 * is a listed name, or, in capitals, two to four words that are no ordinary words.
 */
import { listedName, titled, type NameLists } from './names.js';
import { ORG_WORDS, TITLES } from './lexicon.js';
import { nameLikeClass, wordClass } from './words.js';
import type { ScoredSpan } from './span.js';

/** A case's separator between blanks: "./.", "v/s", "vs.", "v." (one pass over the text for all of them). */
const SEPARATOR = / (?:\.\/\.|v\/s|vs\.|v\.|V\.|VS\.) /g;
/** Organisations' words in capitals and in English cause lists, beyond ORG_WORDS. */
const ORG_CAPS = new Set(
  'LTD LIMITED PLC GMBH AG INC LLC LLP NIG CO CORP COMPANY BANK AGENCY STATE REPUBLIC GOVERNMENT COUNCIL AUTHORITY COMMISSION BOARD UNION ASSOCIATION MINISTRY UNIVERSITY HOSPITAL CORPORATION TRUST SOCIETY COURT POLICE COMMISSIONER INSPECTOR ATTORNEY-GENERAL STADT LAND BUND FREISTAAT FIRMA FA'.split(' '),
);
/** Titles of cause lists in capitals: left out of the party. */
const TITLE_CAPS = new Set('CHIEF BARR ALHAJI ALHAJA MR MRS MS DR PROF ENGR HON SIR DAME LADY OBA PASTOR REV ADV SMT SHRI'.split(' '));
/** Others of a party, not named: "& Anr.", "& 2 ORS", "u. a.". */
const OTHERS = /^(?:Anr|Ors|ORS|ANR|Others|OTHERS|Another|ANOTHER)$/;

const WORD = /[\p{Lu}][\p{L}\p{M}'’.-]*/uy;

interface Word {
  s: number;
  e: number;
  w: string;
}

function bare(w: string): string {
  return w.replace(/\.$/, '');
}

/** The capitalised words before `at` on its line, nearest last (stops at anything else). */
function wordsBefore(text: string, at: number): Word[] {
  const out: Word[] = [];
  let k = at;
  for (let n = 0; n < 8; n++) {
    let e = k;
    while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
    let s = e;
    while (s > 0 && /[\p{L}\p{M}'’.&-]/u.test(text.charAt(s - 1))) s--;
    if (s === e) break;
    const w = text.slice(s, e);
    if (w !== '&' && !/^\p{Lu}/u.test(w)) break;
    out.unshift({ s, e, w });
    k = s;
  }
  return out;
}

/** The capitalised words after `at` on its line (stops at anything else). */
function wordsAfter(text: string, at: number): Word[] {
  const out: Word[] = [];
  let k = at;
  for (let n = 0; n < 8; n++) {
    while (k < text.length && text.charCodeAt(k) === 32) k++;
    if (text.charAt(k) === '&') {
      out.push({ s: k, e: k + 1, w: '&' });
      k++;
      continue;
    }
    WORD.lastIndex = k;
    const m = WORD.exec(text);
    if (!m) break;
    let w = m[0];
    // A sentence's full stop or a comma after the party ends it.
    if (w.endsWith('.') && !TITLE_CAPS.has(bare(w)) && !TITLES.has(bare(w)) && !OTHERS.test(bare(w)) && !ORG_CAPS.has(bare(w).toUpperCase())) w = w.slice(0, -1);
    out.push({ s: k, e: k + w.length, w });
    k += w.length;
    if (text.charAt(k) === ',') break;
  }
  return out;
}

function isCaps(w: string): boolean {
  return w === w.toUpperCase() && /\p{Lu}{2}/u.test(w);
}

/** The persons of one side: split at "&"/"und", titles and others left out. A side with a firm's word anywhere is a firm ("Frank & Stein Exports", "Bauer & Sohn Dachdeckerei GmbH"). */
function persons(words: Word[], L: NameLists, out: ScoredSpan[]): void {
  const runs: Word[][] = [[]];
  for (const x of words) {
    if (x.w === '&' || x.w === 'und' || x.w === 'UND' || x.w === 'AND') runs.push([]);
    else runs[runs.length - 1]!.push(x);
  }
  const found: ScoredSpan[] = [];
  for (let run of runs) {
    while (run.length > 0 && isTitle(run[0]!.w)) run = run.slice(1);
    // Up to the next title: "Bombay Textile Mills Adv. Cyrus Irani" is a party and its advocate.
    const t = run.findIndex((x) => isTitle(x.w));
    if (t > 0) run = run.slice(0, t);
    if (run.length === 0 || run.every((x) => OTHERS.test(bare(x.w)))) continue;
    if (run.length > 4 || run.some((x) => isOrg(x.w))) return;
    const caps = run.every((x) => isCaps(x.w));
    const listed = (x: Word) => listedName(L, titled(bare(x.w))) || listedName(L, bare(x.w));
    // Every word a name (a firm's "Textile Mills", "Exports" is none), and one of them listed;
    // or, in capitals, two to four words that are no ordinary words.
    if (!run.every((x) => nameish(L, x.w))) return;
    if (run.some(listed) || (caps && run.length >= 2)) found.push({ start: run[0]!.s, end: run[run.length - 1]!.e, score: 0.8 });
  }
  for (const f of found) out.push(f);
}

function isOrg(w: string): boolean {
  return ORG_WORDS.has(bare(w)) || ORG_CAPS.has(bare(w).toUpperCase());
}

/** A listed name or a word that is no ordinary one. */
function nameish(L: NameLists, w: string): boolean {
  const b = bare(w);
  return listedName(L, titled(b)) || listedName(L, b) || nameLikeClass(wordClass(titled(b)));
}

function isTitle(w: string): boolean {
  const b = bare(w);
  return TITLE_CAPS.has(b.toUpperCase()) || TITLES.has(b) || b === 'Adv' || b === 'ADV';
}

export function caseParties(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  // A word of a party in capitals: "& 2 ORS" and "& Anr." belong to it too.
  const inCaps = (x: Word) => x.w === '&' || isCaps(x.w) || OTHERS.test(bare(x.w));
  SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR.exec(text))) {
    const sep = m[0];
    const k = m.index;
    SEPARATOR.lastIndex = k + sep.length - 1; // the closing blank may open the next separator
    let left = wordsBefore(text, k);
    // "in Sachen Winter": the case's opening words are no party.
    const open = left.findIndex((x) => x.w === 'Sachen' || x.w === 'SACHEN' || x.w === 'Rechtsstreit');
    if (open >= 0) left = left.slice(open + 1);
    const right = wordsAfter(text, k + sep.length);
    const capsLeft = left.length > 0 && isCaps(left[left.length - 1]!.w);
    const capsRight = right.length > 0 && isCaps(right[0]!.w);
    // "v." is also German "von" ("Otto v. Bismarck", "Mama v. Finn"): only beside capitals.
    if ((sep === ' v. ' || sep === ' V. ') && !capsLeft && !capsRight) continue;
    // In capitals, a party ends where mixed case begins ("… NWANKWO & 2 ORS Continuation").
    let to = 0;
    while (capsRight && to < right.length && inCaps(right[to]!)) to++;
    const rightParty = capsRight ? right.slice(0, to) : right;
    let from = left.length;
    while (capsLeft && from > 0 && inCaps(left[from - 1]!)) from--;
    let leftParty = capsLeft ? left.slice(from) : left;
    // In mixed case the words before the party belong to the sentence ("in der Sache Müller"),
    // unless one of them makes it a firm ("Firma Meyer").
    if (!capsLeft) {
      let i = 0;
      while (i < leftParty.length && leftParty[i]!.w !== '&' && !nameish(L, leftParty[i]!.w)) i++;
      if (leftParty.slice(0, i).some((x) => isOrg(x.w))) continue;
      leftParty = leftParty.slice(i);
    }
    persons(leftParty, L, out);
    persons(rightParty, L, out);
  }
  return out;
}
