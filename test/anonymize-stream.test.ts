import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnonymizeStream, replaceFindings, type FindingSource, type TokenStore } from '../src/pseudonymize/anonymize.js';
import { restoreText } from '../src/pseudonymize/restore.js';
import type { EntityType } from '../src/types.js';

// A deliberately simple detector so that these tests exercise the chunking and replacement
// machinery on its own; the real detectors have their own tests.
const EMAILISH = /[a-z]+@[a-z]+\.de/g;
const regexSource: FindingSource = {
  detect(text) {
    return [...text.matchAll(EMAILISH)].map((m) => ({ type: 'EMAIL' as EntityType, start: m.index!, end: m.index! + m[0].length, score: 1, detector: 'test' }));
  },
};

/** An in-memory id store with the vault's numbering rules (the vault has its own tests). */
function memoryStore() {
  const byValue = new Map<string, string>();
  const byId = new Map<string, string>();
  const counters: Record<string, number> = {};
  const store: TokenStore & { lookup(id: string): string | undefined } = {
    add(type, value) {
      let id = byValue.get(value);
      if (!id) {
        id = `${type}_${(counters[type] = (counters[type] ?? 0) + 1)}`;
        byValue.set(value, id);
        byId.set(id, value);
      }
      return { id };
    },
    lookup: (id) => byId.get(id),
  };
  return store;
}

describe('replaceFindings', () => {
  it('gives the same value the same token and distinct values distinct tokens', () => {
    const store = memoryStore();
    const text = 'anna@firma.de, bert@firma.de, anna@firma.de';
    const out = replaceFindings(text, regexSource.detect(text), store);
    expect(out).toBe('[[EMAIL_1]], [[EMAIL_2]], [[EMAIL_1]]');
  });

  it('round-trips any text byte for byte (property)', () => {
    const noTokens = fc.string({ unit: 'grapheme-composite', maxLength: 40 }).filter((s) => !s.includes('['));
    const piece = fc.oneof(noTokens, fc.constantFrom('anna@firma.de', 'bert@web.de', '\r\n', '\uFEFF', ' ', '😀'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const text = pieces.join('');
        const store = memoryStore();
        const anon = replaceFindings(text, regexSource.detect(text), store);
        expect(anon).not.toMatch(/anna@firma\.de|bert@web\.de/);
        expect(restoreText(anon, store.lookup).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('AnonymizeStream', () => {
  function runStream(pieces: string[], chunkSize: number) {
    const store = memoryStore();
    const s = new AnonymizeStream(regexSource, store, chunkSize);
    let out = '';
    for (const p of pieces) out += s.push(p);
    out += s.end();
    return { out, store, counts: s.counts };
  }

  it('finds an entity that straddles input pieces and chunk boundaries', () => {
    const line = 'Kontakt: anna@firma.de bitte antworten\n';
    const text = line.repeat(50);
    // Input pieces split the address itself; chunks are tiny so every few lines is a chunk.
    const pieces = text.match(/.{1,7}/gs)!;
    const { out, counts } = runStream(pieces, 64);
    expect(out).toBe('Kontakt: [[EMAIL_1]] bitte antworten\n'.repeat(50));
    expect(counts.EMAIL).toBe(50);
  });

  it('cuts a very long line at white space without losing an entity', () => {
    const text = Array.from({ length: 200 }, (_, i) => `wort${i} anna@firma.de`).join(' ');
    const { out, store } = runStream([text], 100);
    expect(out).not.toContain('anna@');
    expect(restoreText(out, store.lookup).text).toBe(text);
  });

  it('equals whole-text anonymization for any piece sizes (property)', () => {
    const piece = fc.oneof(fc.constantFrom('anna@firma.de', 'bert@web.de', '\n', '\r\n', ' ', 'Hallo '), fc.string({ maxLength: 20 }).filter((s) => !s.includes('[')));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 10 }), (pieces, sizes) => {
        const text = pieces.join('');
        const chunks: string[] = [];
        let pos = 0;
        for (let i = 0; pos < text.length; i++) {
          const n = sizes[i % sizes.length]!;
          chunks.push(text.slice(pos, pos + n));
          pos += n;
        }
        const { out, store } = runStream(chunks, 32);
        expect(restoreText(out, store.lookup).text).toBe(text);
        expect(out).not.toMatch(/anna@firma\.de|bert@web\.de/);
      }),
      { numRuns: 300 },
    );
  });

  it('gives empty output for empty input', () => {
    expect(runStream([], 64).out).toBe('');
    expect(runStream([''], 64).out).toBe('');
  });
});

