import { describe, expect, it } from 'vitest';
import { resolve, resolveMore, tokenize, type Span } from '../src/detect/person/core.js';

/** The original resolve(): rank by score, length, start (stable), keep what does not overlap. */
function reference(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const s of sorted) if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

function random(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('person core: span resolution', () => {
  it('resolve() and resolveMore() keep exactly the spans (same objects) the comparator greedy keeps', () => {
    const rnd = random(7);
    const scores = [0.5, 0.55, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
    const mk = (n: number, L: number, tag: string): Span[] =>
      Array.from({ length: n }, (_, i) => {
        const start = Math.floor(rnd() * L);
        return { start, end: start + 1 + Math.floor(rnd() * 6), score: scores[Math.floor(rnd() * scores.length)]!, rule: tag + i };
      });
    for (let it = 0; it < 3000; it++) {
      const L = 10 + Math.floor(rnd() * 200);
      const raw = mk(Math.floor(rnd() * 40), L, 'k');
      const kept = resolve(raw);
      expect(kept).toEqual(reference(raw));
      kept.forEach((s, i) => expect(s).toBe(reference(raw)[i]));
      const extra = mk(Math.floor(rnd() * 8), L, 'e');
      if (kept.length && rnd() < 0.3) extra.push({ ...kept[Math.floor(rnd() * kept.length)]!, rule: 'tie' });
      const want = reference([...kept, ...extra]);
      const got = resolveMore(kept, extra);
      expect(got.length).toBe(want.length);
      got.forEach((s, i) => expect(s).toBe(want[i]));
    }
  });
});

describe('person core: tokenizer', () => {
  const WORD = /[\p{L}\p{M}\p{N}]+(?:['’](?=\p{Lu})[\p{L}\p{M}]+|-[\p{L}\p{M}\p{N}]+)*/gu;
  it('finds the WORD tokens with their shapes, the same on a second (interned) pass', () => {
    const text = 'Sehr geehrte Frau Dr. MÜLLER-Lüdenscheidt,\nJ. O’Neill und anna schmidt (Tel. 0301234) • „Zitat“ 3D-Druck GmbH Ünal ß x.';
    for (let pass = 0; pass < 2; pass++) {
      const toks = tokenize(text);
      expect(toks.map((t) => t.w)).toEqual(text.match(WORD));
      for (const t of toks) expect(text.slice(t.s, t.e)).toBe(t.w);
      const by = (w: string) => toks.find((t) => t.w === w)!;
      expect([by('Frau').cap, by('Frau').sentStart, by('Frau').lower]).toEqual([true, false, false]);
      expect([by('MÜLLER-Lüdenscheidt').cap, by('MÜLLER-Lüdenscheidt').upper]).toEqual([true, false]);
      expect([by('GmbH').cap, by('Ünal').cap, by('ß').lower]).toEqual([true, true, true]);
      expect([by('J').initial, by('J').sentStart, by('O’Neill').cap]).toEqual([true, true, true]);
      expect([by('0301234').lower, by('0301234').cap, by('3D-Druck').cap]).toEqual([true, false, false]);
      expect([by('Zitat').sentStart, by('Sehr').sentStart, by('anna').lower]).toEqual([true, true, true]);
    }
  });
});
