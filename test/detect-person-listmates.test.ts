import { describe, expect, it } from 'vitest';
import { listMatesOfBare } from '../src/detect/person/listmates.js';
import { nameLists } from '../src/detect/person/names.js';
import type { Finding } from '../src/types.js';

/** Runs the rule on a text whose found names are given as words; returns the mates it adds. */
function mates(text: string, foundWords: string[]): string[] {
  const found: Finding[] = foundWords.map((w) => {
    const start = text.indexOf(w);
    if (start < 0) throw new Error(`${w} not in text`);
    return { type: 'PERSON', start, end: start + w.length, score: 0.55, detector: 'person' };
  });
  found.sort((a, b) => a.start - b.start);
  return listMatesOfBare(text, found, nameLists()).map((f) => text.slice(f.start, f.end));
}

describe('one-word names listed beside found ones', () => {
  it('an item between two found names, also a surname that is a word', () => {
    expect(mates('3. Bild (Klein, Fuchs, Lange) 18:00', ['Klein', 'Lange'])).toEqual(['Fuchs']);
    expect(mates('Dienst: Demir, Sommer und Rossi\n', ['Demir', 'Rossi'])).toEqual(['Sommer']);
  });

  it('a name joined to a found one by a slash, and the next one through it', () => {
    expect(mates('Betreff: Menü Schmitt/Antoniou – Allergien', ['Schmitt'])).toEqual(['Antoniou']);
    expect(mates('Hochzeit Fischer/Albrecht/Koch)', ['Fischer'])).toEqual(['Albrecht', 'Koch']);
  });

  it('one found neighbour with a comma or "and" is not enough', () => {
    expect(mates('Kingfisher Court, Wood Lane, Bradford\nPresent:', ['Lane'])).toEqual([]);
    expect(mates('The Jones, Smith and Davis Orchestra', ['Jones'])).toEqual([]);
  });

  it('no citation slashes, CSV fields, firms, or words no name list holds', () => {
    expect(mates('Kuhn in Herrmann / Heuer / Raupach, § 49', ['Herrmann', 'Raupach'])).toEqual([]);
    expect(mates('C-10224,Cork,Ireland,tbrown', ['Cork'])).toEqual([]);
    expect(mates('Account name: Kelly & Quinlan Client Account', ['Kelly'])).toEqual([]);
    expect(mates('Lieferung (Klein, Vertrieb, Lange)', ['Klein', 'Lange'])).toEqual([]);
  });
});
