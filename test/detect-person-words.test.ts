import { describe, expect, it } from 'vitest';
import { BloomFilter, bloomSize, germanWords, nameLikeClass, wordClass } from '../src/detect/person/words.js';

describe('German word list (words.ts)', () => {
  it('knows frequent words and compounds of them, not rare names', () => {
    expect(wordClass('Haus')).toBe('w');
    expect(wordClass('Vorgeschmack')).not.toBe('o');
    expect(wordClass('Werkabschnitt')).toBe('c');
    expect(wordClass('Vaillou')).toBe('o');
    expect(wordClass('Pellkofer')).toBe('o');
    expect(wordClass('Ost-West-Gefälle')).toBe('h');
  });

  it('a compound has a head made of words too; a name that merely ends in a word is none', () => {
    for (const w of ['Zeitsprung', 'Kreisliga', 'Handlungsempfehlung', 'Kinderarztpraxis']) expect(wordClass(w)).toBe('c');
    // "Halm|ich", "Trenc|hard", "Mahren|holz": no word before the tail.
    for (const w of ['Halmich', 'Trenchard', 'Mahrenholz', 'Ribhegge']) expect(nameLikeClass(wordClass(w))).toBe(true);
    // English derivations stay no name: a department after a name ("Aoife Brennan, Purchasing").
    expect(wordClass('Purchasing')).toBe('c');
  });

  it('tells famous names among the frequent Wikipedia words from nouns that are also names', () => {
    // Frequent in German Wikipedia, but names: not ordinary words.
    for (const w of ['Stalin', 'Bismarck', 'Steinmeier', 'Mozart', 'Obama']) expect(wordClass(w)).toBe('p');
    // Names that are also nouns or words stay words ("Koch" the cook, "Winter", "Richter" the judge).
    for (const w of ['Koch', 'Winter', 'Richter', 'Haus', 'Januar', 'Frau']) expect(wordClass(w)).toBe('w');
    // Places inflect in the dictionary and are no 'p': "Berlin", "Hamburg".
    expect(wordClass('Berlin')).toBe('w');
    expect(['p', 'o'].map(nameLikeClass)).toEqual([true, true]);
    expect(['w', 'c', 'h'].map(nameLikeClass)).toEqual([false, false, false]);
  });

  it('the Bloom filter has no false negatives and few false positives', () => {
    const { m, k } = bloomSize(1000);
    const f = new BloomFilter(new Uint8Array(m >>> 3), k);
    const words = Array.from({ length: 1000 }, (_, i) => `wort${i}x`);
    for (const w of words) f.add(w);
    expect(words.every((w) => f.has(w))).toBe(true);
    // A range of a longer string is looked up without slicing it.
    expect(f.has('xxwort7xyy', 2, 8)).toBe(true);
    let fp = 0;
    for (let i = 0; i < 10000; i++) if (f.has(`anders${i}`)) fp++;
    expect(fp).toBeLessThan(300);
    expect(germanWords().has('und')).toBe(true);
  });
});
