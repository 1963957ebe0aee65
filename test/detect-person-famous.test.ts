import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';
import { nameLists } from '../src/detect/person/names.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('famous people named by the surname alone', () => {
  it('the list holds famous surnames, but no words, given names, home towns or eponyms', () => {
    const { famous } = nameLists();
    for (const w of ['Vettel', 'Magath', 'Musharraf', 'Riefenstahl', 'Giggs', 'Bieber']) expect(famous.has(w), w).toBe(true);
    // … and those of the years since Pantheon (2014).
    for (const w of ['Söder', 'Baerbock', 'Selenskyj', 'Macron', 'Kimmich', 'Eilish']) expect(famous.has(w), w).toBe(true);
    // … and rulers and scholars known by one name ("Mithridates VI of Pontus", "Hypatia of Alexandria"),
    // but not a word that opens such an entry ("Queen of …").
    for (const w of ['Mithridates', 'Hypatia', 'Athelstan', 'Apollonius']) expect(famous.has(w), w).toBe(true);
    expect(famous.has('Queen')).toBe(false);
    // Words (also inflected: "Sterne"), given names, towns of the home ground, brands and diseases.
    for (const w of ['Sterne', 'Hauptmann', 'Gross', 'John', 'Witten', 'Gera', 'Porsche', 'Parkinson', 'Celsius']) expect(famous.has(w), w).toBe(false);
  });

  it('a famous surname alone in running German and English text is a person', () => {
    const de = 'Nach dem Rennen in Monza sprach Vettel lange mit den Mechanikern. Zur zweiten Halbzeit brachte Magath einen neuen Stürmer, und der Sieg Agassis im Finale kam für viele überraschend.';
    expect(people(de)).toEqual(['Vettel', 'Magath', 'Agassis']);
    expect(people('Tickets sold out within minutes after Bieber announced a second show in Toronto.')).toEqual(['Bieber']);
    expect(people('Am Abend trat Baerbock vor die Presse, später äußerte sich auch Söder dazu.')).toEqual(['Baerbock', 'Söder']);
  });

  it('a famous surname after a first name that no list or dictionary knows is the full name', () => {
    expect(people('Der Geiger und Dirigent Yehudi Menuhin (1916–1999) hatte die Stiftung gegründet.')).toEqual(['Yehudi Menuhin']);
    // Not after a place: a university, not a person.
    expect(people('She finished her MArch at Leeds Beckett in January.')).toEqual([]);
  });

  it('a distinctive famous surname in lower case, as posts write them; no inflected word', () => {
    expect(people('was war das bitte?? kimmich verschenkt den ball und musiala ist der einzige lichtblick')).toEqual(['kimmich', 'musiala']);
    // Inflected words that an old list took for names ("Klaus Meine"), and common surnames in lower case.
    expect(people('das ist meine tolle idee, sagte sie. we met at craig, palmer and quinn')).toEqual([]);
    expect(nameLists().famous.has('Meine')).toBe(false);
  });

  it("a famous name's German genitive, also before the noun it governs", () => {
    expect(people('Die Slawistin erinnerte daran, dass schon Goethes Begriff der Weltliteratur ohne Übersetzer nicht denkbar gewesen wäre.')).toEqual(['Goethes']);
  });

  it('given names before a famous surname make the full name, also one that is a word', () => {
    expect(people('7. Konzert am 1. Juni – Planung August Hartmann\n8. Verschiedenes')).toEqual(['August Hartmann']);
  });

  it('legal citations, rooms, towns and eponyms stay unmasked', () => {
    expect(people('Das ist herrschende Meinung (vgl. Riefenstahl / Oetker, BGB, § 5 Rn. 3; Musharraf, Allgemeine Regeln, S. 12).')).toEqual([]);
    expect(people('Die Besprechung findet im Raum Brahms im zweiten Stock statt, danach fahren wir nach Witten.')).toEqual([]);
    expect(people('Der Patient leidet seit Jahren an Morbus Parkinson, die Röntgenaufnahme ist unauffällig.')).toEqual([]);
  });
});
