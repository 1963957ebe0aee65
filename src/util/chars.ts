/** An ASCII digit's code unit (the detectors test code units, not strings, on their hot paths). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * text.charCodeAt(i), or -1 outside the text. Optimised code that has only read inside a text is
 * thrown away and compiled again the first time a read falls past either end (V8's "out of
 * bounds" deoptimisation), and the rules read a token's neighbours, past the ends sooner or later.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** text[i], or "" outside the text (text.charAt(i) without its deoptimisation: see codeAt()). */
export function charAtOr(text: string, i: number): string {
  return i >= 0 && i < text.length ? text[i]! : '';
}

/** items[i], or undefined outside the array (without the deoptimisation: see codeAt()). */
export function itemAt<T>(items: readonly T[], i: number): T | undefined {
  return i >= 0 && i < items.length ? items[i] : undefined;
}

/** Where the blanks (spaces and tabs) that end right before `i` begin: `i` itself when none do. */
export function blanksBefore(text: string, i: number): number {
  let k = i;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  return k;
}

/** Position after the blanks (spaces, tabs) that start at `i`. */
export function blanksAfter(text: string, i: number): number {
  let k = i;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  return k;
}

/** Where the line holding position `i` starts. */
export function lineStartOf(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

/** Where the line holding position `i` ends (its "\n", or the text's end). */
export function lineEndOf(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}

const FOLD_REST: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss' };

/**
 * A name's letters without their marks, as ASCII user names, file names and lists write them:
 * "Şimşek" → "Simsek", "Łukasz" → "Lukasz", "Søren" → "Soren", "Strauß" → "Strauss". (Letters
 * that NFD does not decompose are mapped by hand.)
 */
export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ıłŁøØß]/g, (c) => FOLD_REST[c]!);
}

/** German umlauts as ASCII writes them, in lower case: "müller" → "mueller", "strauß" → "strauss". */
export function umlautsAsE(s: string): string {
  return s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

/** A letter of Latin script (ASCII, Latin-1, Latin Extended-A): what makes, weather words and animals' kinds are written in. */
export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7);
}
