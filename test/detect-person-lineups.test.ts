import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('team sheets of match reports', () => {
  it('a shirt number and a surname in a line-up are a player, also where the surname is a word', () => {
    const report = 'Aufstellung Heim: 1 Wolf – 2 Brandt, 5 Lange, F., 3 Schäfer – 6 Braun (C), 9 Koch\nAufstellung Gast: 1 Ritter – 5 von Hagen (C)';
    expect(people(report)).toEqual(['Wolf', 'Brandt', 'Lange, F.', 'Schäfer', 'Braun', 'Koch', 'Ritter', 'von Hagen']);
    expect(people("Line-up: 1 Smith – 2 Jones, 4 Baker (c)")).toEqual(['Smith', 'Jones', 'Baker']);
  });

  it('substitutions: who came on for whom', () => {
    expect(people('Auswechslungen: 63. Nowicki für Koch, 78. Klein für Haas')).toEqual(['Nowicki', 'Koch', 'Klein', 'Haas']);
    expect(people("Subs: 63' Nowicki for Koch")).toEqual(['Nowicki', 'Koch']);
  });

  it('numbers and words elsewhere stay unread', () => {
    expect(people('Bestellung: 2 Koch Jacken, 4 Wolf Decken')).toEqual([]);
    expect(people('Wechsel: 3 Reifen montiert')).toEqual([]);
  });
});
