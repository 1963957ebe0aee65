import { describe, expect, it } from 'vitest';
import { KnownValueMatcher } from '../src/detect/known.js';

const surface = (text: string, m: KnownValueMatcher) => m.find(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

describe('KnownValueMatcher', () => {
  const m = new KnownValueMatcher([
    { type: 'PERSON', value: 'Ayşe Demir' },
    { type: 'PERSON', value: 'Demir' },
    { type: 'PERSON', value: 'Koch' },
    { type: 'PHONE', value: '+49 30 12345678' },
    { type: 'EMAIL', value: 'a.demir@beispiel.de' },
    { type: 'IBAN', value: 'DE44 5001 0517 5407 3249 31' },
  ]);

  it('finds known values wherever they appear, longest first', () => {
    expect(surface('Frau Ayşe Demir und später Demir allein.', m)).toEqual(['PERSON:Ayşe Demir', 'PERSON:Demir']);
    expect(surface('Ruf an: +49 30 12345678 oder a.demir@beispiel.de', m)).toEqual(['PHONE:+49 30 12345678', 'EMAIL:a.demir@beispiel.de']);
    expect(surface('IBAN: DE44 5001 0517 5407 3249 31.', m)).toEqual(['IBAN:DE44 5001 0517 5407 3249 31']);
  });

  it('matches whole words only', () => {
    expect(surface('Das Kochbuch von Demirel', m)).toEqual([]);
    expect(surface('der Koch kocht', m)).toEqual(['PERSON:Koch']);
    expect(surface('+49 30 123456789', m)).toEqual([]);
  });

  it('reports correct UTF-16 offsets after astral characters', () => {
    const text = '😀😀 Demir';
    const f = m.find(text);
    expect(f[0]).toMatchObject({ start: 5, end: 10 });
  });

  it('stays fast with many values sharing words', () => {
    const values = Array.from({ length: 20000 }, (_, i) => ({ type: 'PHONE' as const, value: `+49 30 ${String(10000000 + i)}` }));
    const big = new KnownValueMatcher(values);
    const text = 'Tel. +49 30 10000042 und +49 30 99999999. '.repeat(2000);
    const found = big.find(text);
    expect(found).toHaveLength(2000);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('+49 30 10000042');
  });
});

describe('KnownValueMatcher index', () => {
  // Deterministic pseudo-random numbers (mulberry32), so that a failure can be reproduced.
  function rng(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

  /** Every whole-word occurrence of every value, leftmost-longest: what the index must find. */
  function naive(text: string, values: readonly { type: string; value: string }[]): string[] {
    const hits: { start: number; end: number; type: string }[] = [];
    const seen = new Set<string>();
    for (const { type, value } of values) {
      if (value.length < 2 || !/[\p{L}\p{N}_]/u.test(value) || seen.has(value)) continue;
      seen.add(value);
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        const end = at + value.length;
        if (isWord(text[at - 1]) && isWord(text[at])) continue;
        if (isWord(text[end]) && isWord(text[end - 1])) continue;
        hits.push({ start: at, end, type });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: string[] = [];
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start >= lastEnd) {
        out.push(`${h.type}:${h.start}-${h.end}`);
        lastEnd = h.end;
      }
    }
    return out;
  }

  it('finds exactly what a naive search finds, with many values sharing words, built at once or in pieces', () => {
    const rand = rng(42);
    const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
    // Few distinct words, so that anchors are shared by long runs of candidates, probes collide
    // and the table, the pool and the filter all grow several times.
    const first = ['Anna', 'Anton', 'Ayşe', 'Jörg', 'Li', 'Ann', 'Annabel', 'Bo', 'Émile'];
    const last = ['Demir', 'Koch', 'Blum', 'Kochs', 'Müller', 'Ng', 'Dem', 'Demira', 'O'];
    const seps = [' ', ' ', ' ', '-', '.', ', ', '\n', '-', ' & '];
    const values: { type: 'PERSON' | 'PHONE'; value: string }[] = [];
    for (let i = 0; i < 3000; i++) {
      const r = rand();
      if (r < 0.15) values.push({ type: 'PERSON', value: pick(last) });
      else if (r < 0.7) values.push({ type: 'PERSON', value: `${pick(first)}${pick(seps)}${pick(last)}${rand() < 0.2 ? `${pick(seps)}${pick(last)}` : ''}` });
      else values.push({ type: 'PHONE', value: `+49 ${Math.floor(rand() * 40)} ${Math.floor(rand() * 3000)}` });
    }
    values.push({ type: 'PERSON', value: 'x' }, { type: 'PERSON', value: '--' });
    const words = [...first, ...last, 'und', '+49', '12', '7', String(Math.floor(rand() * 3000))];
    let text = '';
    while (text.length < 60_000) text += pick(words) + pick([...seps, 'x', '', '😀']);
    for (const tail of ['', ' Anna Demir', 'Anna Demi']) {
      const t = text + tail;
      const whole = new KnownValueMatcher(values);
      const pieces = new KnownValueMatcher([]);
      for (let i = 0; i < values.length; i += 97) pieces.add(values.slice(i, i + 97));
      const expected = naive(t, values);
      expect(expected.length).toBeGreaterThan(1000);
      const got = (m: KnownValueMatcher) => m.find(t).map((f) => `${f.type}:${f.start}-${f.end}`);
      expect(got(whole)).toEqual(expected);
      expect(got(pieces)).toEqual(expected);
      expect(whole.size).toBe(pieces.size);
      // Values already held are not indexed twice.
      pieces.add(values);
      expect(pieces.size).toBe(whole.size);
    }
  });
});
