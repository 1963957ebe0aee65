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
