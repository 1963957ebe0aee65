/**
 * The header of the table column a digit run stands in, and what it says about the run.
 *
 * A table row gives a number no words of its own: "| Schwarm, Hans-Peter | 07 131 0044 12 |
 * Ahrweiler |" is a beekeeper's registration number only because its column is headed
 * "Reg.-Nr. Imkerei", and the same shape in a "Telefon" column is a phone number. The look-back
 * of phone-context.ts reads the cells before the number instead (a name, a place), so here the
 * header cell is found: the top line of the row's block of lines (no blank line between), split
 * the way the row is split (| or tab or ;, else runs of two blanks or more, by column offset).
 */
import { Ctx, headerWords } from './phone-context.js';
import { lineEndOf, lineStartOf } from '../util/chars.js';

const DELIMS = [124, 9, 59]; // | tab ;

/** Rows longer than this are no table's. */
const MAX_ROW_LENGTH = 600;

/** At most this many lines above a row are searched for its header. */
const MAX_ROWS = 200;

function count(text: string, from: number, to: number, c: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) n++;
  return n;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** A rule under a header: "----+-----", "|---|:---:|", "=====  =====". */
function isRule(text: string, from: number, to: number): boolean {
  let dashes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 61 || c === 0x2500 || c === 0x2550) dashes++;
    else if (c !== 32 && c !== 9 && c !== 124 && c !== 43 && c !== 58 && c !== 13) return false;
  }
  return dashes >= 3;
}

/** Runs of two blanks or more in [from, to), outside leading and trailing blanks. */
function wideGaps(text: string, from: number, to: number): number {
  let n = 0;
  let run = 0;
  let seen = false;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 32) run++;
    else {
      if (seen && run >= 2) n++;
      run = 0;
      seen = true;
    }
  }
  return n;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// Header lines found in the last text, by row line start and row shape: the rows of a table come
// in order, so each walk up stops at the row before (a long CSV is not walked up row by row).
let memoText: string | undefined;
const memo = new Map<string, number>();

/**
 * The first line of the block of non-blank lines that holds the line at `ls`, skipping rules, as
 * long as every line has the row's shape (`shaped`, named by `shape`); -1 when the block is longer
 * than MAX_ROWS.
 */
function headerLine(text: string, ls: number, shape: string, shaped: (from: number, to: number) => boolean): number {
  if (memoText !== text) {
    memoText = text;
    memo.clear();
  }
  let top = ls;
  let found = -1;
  for (let n = 0; n < MAX_ROWS; n++) {
    if (top === 0) {
      found = 0;
      break;
    }
    const prevStart = lineStartOf(text, top - 1);
    const prevEnd = top - 1;
    if (isBlank(text, prevStart, prevEnd)) {
      found = top;
      break;
    }
    if (!isRule(text, prevStart, prevEnd) && !shaped(prevStart, prevEnd)) {
      found = top;
      break;
    }
    const known = memo.get(`${prevStart}:${shape}`);
    if (known !== undefined) {
      found = known;
      break;
    }
    top = prevStart;
  }
  memo.set(`${ls}:${shape}`, found);
  return found;
}

/**
 * What the column header above a digit run at [start, end) says: Strong (a phone column),
 * Negative (a column of numbers of some other kind: "Reg.-Nr.", "Warennummer", "IBAN"), or None
 * (no table, no header, or a header that says neither).
 */
export function columnContext(text: string, start: number, end: number): Ctx {
  const ls = lineStartOf(text, start);
  const le = lineEndOf(text, end);
  // A table's row is short; a long line (minified JSON, a paragraph) is read for each of its numbers.
  if (le - ls > MAX_ROW_LENGTH) return Ctx.None;
  for (const d of DELIMS) {
    const cells = count(text, ls, le, d);
    if (cells < 2) continue;
    const shaped = (from: number, to: number) => count(text, from, to, d) === cells;
    const top = headerLine(text, ls, `${d}:${cells}`, shaped);
    if (top < 0 || top === ls) return Ctx.None;
    const idx = count(text, ls, start, d);
    const hEnd = lineEndOf(text, top);
    if (hasDigit(text, top, hEnd)) return Ctx.None;
    let from = top;
    for (let k = 0; k < idx; k++) from = text.indexOf(String.fromCharCode(d), from) + 1;
    let to = text.indexOf(String.fromCharCode(d), from);
    if (to < 0 || to > hEnd) to = hEnd;
    return headerWords(text.slice(from, to));
  }
  // Fixed width: columns set off by runs of two blanks or more, read by offset.
  if (wideGaps(text, ls, le) < 2) return Ctx.None;
  const top = headerLine(text, ls, 'w', (from, to) => wideGaps(text, from, to) >= 2);
  if (top < 0 || top === ls) return Ctx.None;
  const hEnd = lineEndOf(text, top);
  if (hasDigit(text, top, hEnd)) return Ctx.None;
  const col = start - ls;
  const colEnd = end - ls;
  // The header's segments (split at runs of two blanks or more); the one overlapping the run most.
  const header = text.slice(top, hEnd);
  let best = '';
  let bestOverlap = 0;
  const seg = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = seg.exec(header))) {
    const overlap = Math.min(m.index + m[0].length, colEnd) - Math.max(m.index, col);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = m[0];
    }
  }
  return best ? headerWords(best) : Ctx.None;
}
