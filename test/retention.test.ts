import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { nameLists } from '../src/detect/person/names.js';
import { Pipeline } from '../src/detect/pipeline.js';
import { fingerprint } from '../src/scan/fingerprint.js';

// Long-lived caches (interned words, compromise results, label verdicts, parsed phone numbers)
// must hold copies: a slice of 13+ characters is a view that keeps its whole text alive, and a
// scan or an anonymize run goes through thousands of texts.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A distinct ~1 MB text whose words and sentences end up in the detectors' caches. */
function bigText(i: number): string {
  const filler =
    i % 2
      ? `Zeile ${i} ohne besondere Angaben, nur Text zum Auffüllen der Datei.\n`.repeat(21000)
      : `Line ${i} without anything in particular, just text that fills the file.\n`.repeat(21000);
  return (
    filler +
    `Die Donaudampfschifffahrtsgesellschaftskapitänsmütze${i} liegt bereit.\n` +
    `We met with Quillon${i} yesterday and he said hello to the Harbourmaster${i} team.\n` +
    `Ansprechpartnerin für Rückfragen Nummer ${i}: Frau Jovanović\nTel.: 0171 23456${String(i).padStart(2, '0')}\n`
  );
}

describe('memory kept across texts', () => {
  it('the pipeline keeps no text alive after detecting in it', () => {
    const p = new Pipeline();
    p.detect(bigText(999)); // loads lists, model and compromise
    // The name lists switch to Sets after a few thousand lookups: a one-time cache, built now.
    const L = nameLists();
    expect(L.given.size + L.surname.size + L.census.size).toBeGreaterThan(50_000);
    const before = heapAfterGc();
    let found = 0;
    for (let i = 0; i < 24; i++) found += p.detect(bigText(i)).length;
    const grown = heapAfterGc() - before;
    expect(found).toBeGreaterThanOrEqual(48);
    // 24 texts of ~1.5 MB (one byte per character): keeping the English half would be ≥ 18 MB
    // (the caches themselves grow by ~13 MB here).
    expect(grown).toBeLessThan(16e6);
  });

  it('fingerprinting phone numbers keeps no file alive', () => {
    const key = Buffer.alloc(32);
    const before = heapAfterGc();
    for (let i = 0; i < 40; i++) {
      const text = `${bigText(i)} +49 171 234 56${String(i).padStart(2, '0')}`;
      expect(fingerprint(key, 'PHONE', text.slice(text.length - 16), 'a.txt')).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(heapAfterGc() - before).toBeLessThan(12e6);
  });
});
