import type { ScoredSpan } from './span.js';

/**
 * The structured name of a vCard: "N:Tammen;Henrieke;;;", "N;CHARSET=UTF-8:de Almeida;Luísa;;Dr.;".
 * Its components are family name, given names, additional names, prefixes and suffixes, split by
 * ";" (a component's several values by ","); the first three are the person's names. FN (the
 * formatted name) reads like any other name and is left to the rules; the N line is a list of
 * bare words that no rule reads as a name ("Henrieke" alone, after a semicolon).
 * Only in a text with a vCard in it ("BEGIN:VCARD"), and only at a line's start.
 */
const N_LINE = /^N(?:;[^:\r\n]*)?:([^\r\n]*)/gm;

export function vcardNames(text: string): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  if (text.indexOf('BEGIN:VCARD') < 0) return out;
  N_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = N_LINE.exec(text))) {
    let at = m.index + m[0].length - m[1]!.length;
    const parts = m[1]!.split(';');
    for (let k = 0; k < parts.length && k < 3; k++) {
      // Several values of one component: "Tammen-Ruge,Tammen" is two.
      let v = at;
      for (const value of parts[k]!.split(',')) {
        const s = v + (value.length - value.trimStart().length);
        const e = v + value.trimEnd().length;
        if (e > s && /\p{L}/u.test(text.slice(s, e))) out.push({ start: s, end: e, score: 0.9 });
        v += value.length + 1;
      }
      at += parts[k]!.length + 1;
    }
  }
  return out;
}
