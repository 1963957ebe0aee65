/**
 * Names in the columns of a plain-text grid (a rota, a seating plan, a results table aligned with
 * blanks): where a column holds found names, its other cells that a name list holds are names
 * too, also the ones that are ordinary words ("Bauer", "Lang", "Jung, K."), which the rules leave
 * when they stand alone. The column, not the word, says what the cell is: a row's label
 * ("Früh", "Spät") sits in a column that holds no found name.
 */
import { NEVER_NAMES, ROLE_NOUNS, TITLES, notNamePart } from './lexicon.js';
import type { NameLists } from './names.js';
import { nameLikeClass, wordClass } from './words.js';

interface Span {
  start: number;
  end: number;
  score: number;
}

/** Cells: runs of text apart by two blanks or more, a tab or a bar. */
const CELL = /[^\s|](?:[^\t|\n]*?[^\s|])?(?=[ ]{2,}|[\t|]|\r?\n|$)/g;
/** A cell that may be a name: a surname or given name, perhaps with an initial ("Jung, K.", "Yilmaz A."). */
const NAME_CELL = /^(\p{Lu}\. ?)?(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?:,? \p{Lu}\.)?$/u;
/** A staff list's "Surname, Given" cell: "Fahy, Caitríona", "Ó Briain, Pádraig", "Zhou, Min". */
const INVERTED_CELL = /^((?:\p{Lu}\p{Ll}{0,2}[ '’])?\p{Lu}[\p{L}\p{M}'’-]+), (\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)$/u;

/** See columnMates(): a tab-separated field's column key, apart from every character position a line of ≤ 400 has. */
const TAB_COLUMN = 1000;

interface Cell {
  start: number;
  end: number;
  col: number;
}

/** `found` sorted by start. Returns the new spans only. */
export function columnMates(text: string, found: readonly Span[], L: NameLists): Span[] {
  if (found.length < 2 || (text.indexOf('   ') < 0 && text.indexOf('\t') < 0)) return [];
  const out: Span[] = [];
  let block: Cell[][] = [];
  let lineStart = 0;
  let k = 0;
  const flush = () => {
    if (block.length >= 2) k = takeBlock(text, block, found, k, L, out);
    block = [];
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const cells: Cell[] = [];
    const line = lineEnd - lineStart <= 400 ? text.slice(lineStart, lineEnd) : '';
    if (line.includes('  ') || line.includes('\t')) {
      CELL.lastIndex = 0;
      let m: RegExpExecArray | null;
      // A tab-separated row's columns are its fields, wherever they start: a column's key is then
      // its field's number, far apart, so that no two fields count as one ragged column.
      // (A cell holds no tab: the tabs between the last cell and this one are the fields passed.)
      const tabbed = line.includes('\t');
      let field = 0;
      let from = 0;
      while ((m = CELL.exec(line))) {
        if (tabbed) for (let t = line.indexOf('\t', from); t >= 0 && t < m.index; t = line.indexOf('\t', t + 1)) field++;
        from = m.index + m[0].length;
        cells.push({ start: lineStart + m.index, end: from + lineStart, col: tabbed ? TAB_COLUMN * (field + 1) : m.index });
      }
    }
    if (cells.length >= 3) block.push(cells);
    else flush();
    lineStart = lineEnd + 1;
  }
  flush();
  return out;
}

function takeBlock(text: string, block: Cell[][], found: readonly Span[], k0: number, L: NameLists, out: Span[]): number {
  // Found cells per column (columns keyed by their start within the line, ±1 for ragged layouts).
  const foundIn = new Map<number, number>();
  let k = k0;
  // 2: a found name covers the cell; 1: found names cover a part of an inverted name ("Briain" of
  // "Ó Briain, Pádraig"), which counts for its column too; 0: neither.
  const foundState = (c: Cell): number => {
    while (k < found.length && found[k]!.end <= c.start) k++;
    let part = false;
    for (let j = k; j < found.length && found[j]!.start < c.end; j++) {
      if (found[j]!.start <= c.start && found[j]!.end >= c.end) return 2;
      part = true;
    }
    return part && INVERTED_CELL.test(text.slice(c.start, c.end)) ? 1 : 0;
  };
  const state = block.map((row) => row.map(foundState));
  const isFound = state.map((row) => row.map((x) => x === 2));
  const isTouched = state.map((row) => row.map((x) => x > 0));
  block.forEach((row, r) =>
    row.forEach((c, i) => {
      if (isTouched[r]![i]) foundIn.set(c.col, (foundIn.get(c.col) ?? 0) + 1);
    }),
  );
  const column = (col: number) => (foundIn.get(col) ?? 0) + (foundIn.get(col - 1) ?? 0) + (foundIn.get(col + 1) ?? 0);
  // A first row with no found name is the grid's header: "Shift  Mon  Tue", "Bd No  White  Rtg".
  const header = isTouched[0]!.every((f) => !f);
  block.forEach((row, r) =>
    row.forEach((c, i) => {
      if ((r === 0 && header) || isFound[r]![i] || column(c.col) < 2) return;
      const cell = text.slice(c.start, c.end);
      const inv = INVERTED_CELL.exec(cell);
      if (inv) {
        // Both halves names: the surname any name-like word, the given name a listed one or no word.
        const sur = inv[1]!.split(/[ -]/).pop()!;
        const given = inv[2]!.split('-')[0]!;
        const part = isTouched[r]![i]!;
        if (NEVER_NAMES.has(sur) || notNamePart(sur) || NEVER_NAMES.has(given) || ROLE_NOUNS.has(given)) return;
        const surListed = L.surname.has(sur) || L.census.has(sur);
        // Two surnames found apart are two people on a rota ("Lange, Demir", "Nguyen, Fuchs"); two
        // given names likewise ("Doreen, Kwabena").
        if (part && !L.given.has(given) && (L.surname.has(given) || L.census.has(given))) return;
        if (L.given.has(sur) && !surListed) return;
        // (The given name any word, when a rule found a part of the cell: "Zhou, Min".)
        if ((surListed || nameLikeClass(wordClass(sur))) && (part || L.given.has(given) || nameLikeClass(wordClass(given)))) out.push({ start: c.start, end: c.end, score: 0.6 });
        return;
      }
      const m = NAME_CELL.exec(cell);
      if (!m) return;
      const w = m[2]!;
      if (NEVER_NAMES.has(w) || notNamePart(w)) return;
      // (After an initial, also a word no dictionary holds: "A. Leutgeb", "E. Mensah".)
      if (L.surname.has(w) || L.census.has(w) || L.given.has(w) || (m[1] && nameLikeClass(wordClass(w.split('-')[0]!)))) out.push({ start: c.start, end: c.end, score: 0.6 });
    }),
  );
  return k;
}

/** A signature row's cells: one or two name words each ("Oehler-Mahmoud", "Dr. Klein"), apart by three blanks or a tab. */
const SIGNATURE_CELL = /^(?:(?:Dr|Prof)\.[ ]?)?(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)$/u;
const SIGNATURE_GAP = /[ ]{3,}|\t+/;

/**
 * The signature rows under a judgment or minutes: the judges' or members' surnames side by
 * side, apart by wide blanks ("Pastor          Nguyen          Schmied"), and the row under
 * it. A row of two to six such cells with one found name in it, or right under such a row, holds
 * names only; its other cells are names even when they are words ("Sommer", "Mittler", "Reiter",
 * "Pastor"), but no role or title the lists do not hold as a surname ("Vorsitzende").
 */
export function signatureRows(text: string, found: readonly Span[], L: NameLists): Span[] {
  const out: Span[] = [];
  if (found.length === 0 || (text.indexOf('   ') < 0 && text.indexOf('\t') < 0)) return out;
  let k = 0;
  let previousRow = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let row = false;
    if (line.length <= 160 && SIGNATURE_GAP.test(line.trim())) {
      const cells: Array<{ start: number; end: number; word: string }> = [];
      let ok = true;
      let at = 0;
      for (const part of line.split(SIGNATURE_GAP)) {
        const idx = line.indexOf(part, at);
        at = idx + part.length;
        const t = part.trim();
        if (t === '') continue;
        const m = SIGNATURE_CELL.exec(t);
        // A listed surname is one here even when it is a word or a title too ("Sommer", "Pastor").
        const listed = m !== null && (L.surname.has(m[1]!) || L.census.has(m[1]!));
        if (!m || (!listed && (NEVER_NAMES.has(m[1]!) || ROLE_NOUNS.has(m[1]!) || TITLES.has(m[1]!) || notNamePart(m[1]!)))) {
          ok = false;
          break;
        }
        const s = lineStart + idx + part.indexOf(t) + (t.length - m[1]!.length);
        cells.push({ start: s, end: s + m[1]!.length, word: m[1]! });
      }
      if (ok && cells.length >= 2 && cells.length <= 6) {
        while (k < found.length && found[k]!.end <= lineStart) k++;
        const isFound = (c: { start: number; end: number }) => {
          for (let j = k; j < found.length && found[j]!.start < c.end; j++) if (found[j]!.start <= c.start && found[j]!.end >= c.end) return true;
          return false;
        };
        const anyFound = cells.some(isFound);
        if (anyFound || previousRow) {
          const named = (w: string) => L.surname.has(w) || L.census.has(w) || L.given.has(w) || nameLikeClass(wordClass(w));
          if (cells.every((c) => isFound(c) || named(c.word.split('-')[0]!))) {
            row = true;
            for (const c of cells) if (!isFound(c)) out.push({ start: c.start, end: c.end, score: 0.6 });
          }
        }
      }
    }
    // An empty line between two rows keeps the block: judges sign in two rows at times.
    if (line.trim() !== '') previousRow = row;
    lineStart = lineEnd + 1;
  }
  return out;
}
