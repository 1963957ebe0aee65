import { describe, expect, it } from 'vitest';
import {
  emptyCounts,
  isCovered,
  matchSpans,
  ratios,
  scoreDoc,
  snippet,
  total,
  type GoldDoc,
  type Span,
} from '../src/eval/metrics.js';

const P = (start: number, end: number, type = 'PERSON'): Span => ({ start, end, type });

describe('matchSpans', () => {
  it('matches one-to-one by overlap, largest overlap first', () => {
    // One long prediction overlaps two gold spans: only one of them may be matched.
    const gold = [P(0, 5), P(6, 11)];
    const pred = [P(0, 11)];
    expect(matchSpans(gold, pred)).toEqual([[0, 0]]);
  });
  it('prefers the pair with the larger overlap', () => {
    const gold = [P(0, 10)];
    const pred = [P(8, 12), P(0, 7)];
    expect(matchSpans(gold, pred)).toEqual([[0, 1]]);
  });
  it('does not match touching spans (end exclusive)', () => {
    expect(matchSpans([P(0, 5)], [P(5, 9)])).toEqual([]);
  });
});

describe('isCovered', () => {
  const text = 'Heidi Klum ( 37 )';
  it('ignores uncovered spaces and punctuation inside the gold span', () => {
    expect(isCovered(text, P(0, 10), [P(0, 5), P(6, 10, 'EMAIL')])).toBe(true);
  });
  it('reports a leak when one letter is uncovered', () => {
    expect(isCovered(text, P(0, 10), [P(0, 5), P(7, 10)])).toBe(false);
  });
  it('reports a leak when nothing covers the span', () => {
    expect(isCovered(text, P(0, 10), [])).toBe(false);
  });
  it("ignores a possessive 's at the end of the gold span, not other letters", () => {
    const t = "Starmer's office";
    expect(isCovered(t, P(0, 9), [P(0, 7)])).toBe(true);
    expect(isCovered('Starmers office', P(0, 8), [P(0, 7)])).toBe(false);
    expect(isCovered(t, P(0, 9), [P(0, 5)])).toBe(false);
  });
});

describe('scoreDoc', () => {
  const doc: GoldDoc = {
    id: 't1',
    lang: 'de',
    //     0         1         2         3         4         5
    //     012345678901234567890123456789012345678901234567890123456
    text: 'Frau Anna Schmidt schrieb an a@b.de, Tel 030 123, Kd 4711.',
    entities: [P(5, 17), P(29, 35, 'EMAIL'), P(41, 48, 'PHONE'), P(53, 57, 'OTHER_PII')],
  };

  it('counts typed matches, leaks and over-masking', () => {
    const findings = [
      P(5, 9), // "Anna": matches the PERSON, but leaves "Schmidt" uncovered
      P(0, 4), // "Frau": spurious, overlaps no label
      P(29, 35, 'PHONE'), // wrong type on the email: covers it, but is no EMAIL match
      P(53, 57, 'PHONE'), // on the OTHER_PII: spurious PHONE, but not over-masking
    ];
    const r = scoreDoc(doc, findings);
    const person = r.byType.get('PERSON')!;
    expect(person).toEqual({ gold: 1, pred: 2, tp: 1, leaked: 1, overMasked: 1 });
    const email = r.byType.get('EMAIL')!;
    expect(email).toEqual({ gold: 1, pred: 0, tp: 0, leaked: 0, overMasked: 0 });
    const phone = r.byType.get('PHONE')!;
    expect(phone).toEqual({ gold: 1, pred: 2, tp: 0, leaked: 1, overMasked: 0 });
    expect(r.byType.has('OTHER_PII')).toBe(false);
    expect(r.missed.map((s) => s.type).sort()).toEqual(['EMAIL', 'PHONE']);
    expect(r.spurious).toHaveLength(3);
  });

  it('restricts to the requested types but keeps all findings as coverage', () => {
    const r = scoreDoc(doc, [P(29, 35, 'PHONE')], new Set(['EMAIL']));
    expect([...r.byType.keys()]).toEqual(['EMAIL']);
    expect(r.byType.get('EMAIL')!.leaked).toBe(0);
  });

  it('sums types', () => {
    const r = scoreDoc(doc, [P(5, 17)]);
    const t = total(r.byType);
    expect(t.gold).toBe(3);
    expect(t.tp).toBe(1);
    expect(t.leaked).toBe(2);
  });
});

describe('ratios', () => {
  it('computes P/R/F1/leak/over-masking', () => {
    const r = ratios({ gold: 4, pred: 2, tp: 1, leaked: 2, overMasked: 1 });
    expect(r.precision).toBeCloseTo(0.5);
    expect(r.recall).toBeCloseTo(0.25);
    expect(r.f1).toBeCloseTo(1 / 3);
    expect(r.leakRate).toBeCloseTo(0.5);
    expect(r.overMasking).toBeCloseTo(0.5);
  });
  it('uses the empty conventions', () => {
    expect(ratios(emptyCounts())).toEqual({ precision: 1, recall: 1, f1: 1, leakRate: 0, overMasking: 0 });
  });
});

describe('snippet', () => {
  it('marks the span and flattens newlines', () => {
    expect(snippet('Viele Grüße\nThomas Meier', P(12, 24), 6)).toBe('…Grüße [[Thomas Meier]]');
  });
});
