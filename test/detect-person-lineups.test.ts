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

describe("newspapers' team and scorer lines", () => {
  it('reads every player of a team line with substitutes and goals, also where the surname is a word', () => {
    const football = 'Hafenstadt: Krüger – Berg, Sommer, Yilmaz, Adler – Fuchs (78. Winter), Haas – Nowak, Demir (65. Wolf), Roth.';
    expect(people(football)).toEqual(['Krüger', 'Berg', 'Sommer', 'Yilmaz', 'Adler', 'Fuchs', 'Winter', 'Haas', 'Nowak', 'Demir', 'Wolf', 'Roth']);
    const handball = 'Seestadt: Brandt, Sauer (Tor); Kowalczyk 9, Lange 7/3, Horvat 5, Keller 4, Jung 3, Alt 1.';
    expect(people(handball)).toEqual(['Brandt', 'Sauer', 'Kowalczyk', 'Lange', 'Horvat', 'Keller', 'Jung', 'Alt']);
    const eleven = 'Westbury: Cole; Strong, Young (capt), Hill, Brown (Price 74); Mills, Ward, Usman; Reed, Fox, Bell.\nGoals: Mills 23, 58; Strong 67.';
    // (Neighbours that read as "Surname, Given name" may come out as one span: all of them are covered.)
    expect(people(eleven).join(', ')).toBe('Cole, Strong, Young, Hill, Brown, Price, Mills, Ward, Usman, Reed, Fox, Bell, Mills, Strong');
  });

  it('leaves lists of things alone: items without the marks of a match report', () => {
    expect(people('Werkzeug: Hammer, Zange, Säge, Bohrer, Schrauber, Feile.')).toEqual([]);
    expect(people('Räume: Halle 3, Raum 5, Saal 2 (Tor 4), Gebäude 7, Haus 1, Stand 9.')).toEqual([]);
  });
});
