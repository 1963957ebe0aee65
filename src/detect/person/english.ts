/**
 * English second opinion: compromise's person tagger, run only on the sentences where the cheap
 * pass left capitalised words it could not decide. compromise costs ~0.2 M chars/s and ~200 ms to
 * load, so it is loaded synchronously on first need (createRequire; detect() is synchronous) and
 * never for German or name-free text.
 */
import { createRequire } from 'node:module';

type Nlp = (text: string) => {
  people(): { json(opts: { offset: boolean }): Array<{ text: string; offset?: { start: number; length: number } }> };
};

let nlp: Nlp | null | undefined;

function load(): Nlp | null {
  if (nlp !== undefined) return nlp;
  try {
    const require = createRequire(import.meta.url);
    nlp = require('compromise') as Nlp;
  } catch {
    nlp = null; // not installed: the rules still work
  }
  return nlp;
}

/** Whether compromise has been loaded in this process (for tests and cold-start checks). */
export function compromiseLoaded(): boolean {
  return !!nlp;
}

/** Characters sent through compromise in this process (for benchmarks). */
export const compromiseStats = { chars: 0, calls: 0 };

/** Person spans compromise finds in text.slice(start, end), as absolute offsets. */
export function compromisePeople(text: string, start: number, end: number): Array<[number, number]> {
  const n = load();
  if (!n) return [];
  const slice = text.slice(start, end);
  compromiseStats.chars += slice.length;
  compromiseStats.calls++;
  const out: Array<[number, number]> = [];
  for (const p of n(slice).people().json({ offset: true })) {
    if (!p.offset) continue;
    let s = p.offset.start;
    let e = s + p.offset.length;
    // compromise includes trailing punctuation ("Anna,"), and sometimes titles ("Mr. Smith").
    while (e > s && /[\s.,;:!?'"’)\]]/.test(slice[e - 1]!)) e--;
    while (s < e && /[\s"'(\[]/.test(slice[s]!)) s++;
    const m = slice.slice(s, e).match(/^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Mx)\.?\s+)+/);
    if (m) s += m[0].length;
    // A title at the end starts the next name; what stands before it is a role or a department
    // ("Secretary – Mr. Deshpande", "Finance (Mr. Tariq Jamil)"), which the title rule does not
    // need: the name after the title is found there.
    if (/(?:^|[\s(–—-])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Mx)$/.test(slice.slice(s, e))) continue;
    if (e > s) out.push([start + s, start + e]);
  }
  return out;
}
