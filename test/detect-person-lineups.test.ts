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

  it('reads a team line that runs on into the report', () => {
    const handball = 'Nordstrand: Voss, Kempe (Tor); Lührs 8/4, Tamm 6, Wiebke 5, Ohlsen 4, Dierks 3. Die Gäste lagen bis zur 40. Minute vorn.';
    expect(people(handball)).toEqual(['Voss', 'Kempe', 'Lührs', 'Tamm', 'Wiebke', 'Ohlsen', 'Dierks']);
  });

  it('reads points per player without any other mark of a match report', () => {
    const basketball = 'Für Hohenried punkteten außerdem: Gsell 12, Vuković 11, Haberl 8, Obi 6, Hufnagel 4. Gäste: Pfleiderer 21, O\'Brennan 15, Moser 13, Šarić 10, Bauer 6.';
    expect(people(basketball)).toEqual(['Gsell', 'Vuković', 'Haberl', 'Obi', 'Hufnagel', 'Pfleiderer', "O'Brennan", 'Moser', 'Šarić', 'Bauer']);
    expect(people('Preise: Kaffee 3, Tee 2, Kuchen 4, Saft 3, Wasser 2.')).toEqual([]);
    expect(people('Räume: Halle 3, Raum 5, Saal 2, Gebäude 7, Haus 1, Stand 9.')).toEqual([]);
  });

  it('leaves lists of things alone: items without the marks of a match report', () => {
    expect(people('Werkzeug: Hammer, Zange, Säge, Bohrer, Schrauber, Feile.')).toEqual([]);
    expect(people('Räume: Halle 3, Raum 5, Saal 2 (Tor 4), Gebäude 7, Haus 1, Stand 9.')).toEqual([]);
  });
});

describe('scorer lines in their other forms, and results lists', () => {
  it('goals after the score, cards with their reasons, a team name beside the label', () => {
    expect(people('Tore: 1:0 Demir (9.), 2:0 Vogel (30.), 2:1 Kaiser (71.). Rot: Winter (Auestadt, 88., Foulspiel).')).toEqual(['Demir', 'Vogel', 'Kaiser', 'Winter']);
    expect(people('Beste Werfer Talheim: Fuchs 8, Engel 5, Jung 4.')).toEqual(['Fuchs', 'Engel', 'Jung']);
    expect(people('Scorers: Lakeside – Brook 12, 90+3, Carter 40; Riverton – Hill 77.')).toEqual(['Brook', 'Carter', 'Hill']);
    expect(people('Sent off: Young (Riverton, 84, second yellow).')).toEqual(['Young']);
  });

  it("a rugby report's labels with a dash, and the player of the match", () => {
    expect(people('Eastholm: Tries – Tuilagi 2, Long; Cons – Grant; Pens – Grant 2. Player of the match: Page (Eastholm).')).toEqual(['Tuilagi', 'Long', 'Grant', 'Grant', 'Page']);
  });

  it('tennis pairings with their set scores, singles and doubles', () => {
    expect(people('Einzel: Brenner – Wolf 6:3, 6:4; Marić – Richter 7:6, 3:6, 10:7. Doppel: Brenner/Marić – Wolf/Richter 6:2, 7:5.')).toEqual(['Brenner', 'Wolf', 'Marić', 'Richter', 'Brenner', 'Marić', 'Wolf', 'Richter']);
    expect(people('Singles: Frost bt Hale 6-3 6-4; Bird lost to Stone 2-6 4-6.')).toEqual(['Frost', 'Hale', 'Bird', 'Stone']);
  });

  it("a race's placings: place, athlete, club in brackets, time", () => {
    expect(people('10 km, Männer: 1. Abdullahi (LG Nordtal) 31:05, 2. Sommer (TV Auestadt) 31:40, 3. Fuchs (SC Bergheim) 32:12.')).toEqual(['Abdullahi', 'Sommer', 'Fuchs']);
  });

  it('match results of teams and other scores are no pairings; "Tore:" is a label, not a speaker', () => {
    expect(people('Ergebnisse: Nordtal – Bergheim 2:1, Auestadt – Talheim 0:0.')).toEqual([]);
    expect(people('Volleyball: Nordtal – Bergheim 3:1 (25:20, 25:18, 22:25, 25:19).')).toEqual([]);
    expect(people('Tore: 1:0 Demir (9.)')).toEqual(['Demir']);
  });
});

describe('names the later passes found, at their other mentions', () => {
  it("a scorer's surname again in the report, also where the scorer line runs on into it", () => {
    expect(people('Tore: 1:0 Okonkwo (8.), 2:0 Vogel (21.). Okonkwo traf danach noch zweimal.')).toEqual(['Okonkwo', 'Vogel', 'Okonkwo']);
    expect(people('Fairview controlled the game from the first whistle.\nScorers: Okonkwo 12, 30; Hale 77.\nOkonkwo also hit the bar twice.')).toEqual(['Okonkwo', 'Hale', 'Okonkwo']);
  });

  it('a surname after initials, alone later on', () => {
    expect(people('The argument owes much to H. L. A. Hart. Hart warned that a rule of recognition is a social fact.')).toEqual(['H. L. A. Hart', 'Hart']);
  });

  it('not a word after its article', () => {
    expect(people('Tore: 1:0 Keller (8.), 2:0 Aslan (21.).\nDer Keller des Vereinsheims stand unter Wasser.')).toEqual(['Keller', 'Aslan']);
  });
});

describe('results lines inside prose', () => {
  it('a card line after a sentence that ends in a number', () => {
    expect(people('Der Ausgleich fiel in der 81. Minute. Rot: Engel (Talheim, 89., Notbremse).')).toEqual(['Engel']);
  });

  it('a placing that reads like a date is an athlete', () => {
    expect(people('Männer: 1. Abdullahi (LG Nordtal) 31:05, 2. Mai (TV Auestadt) 31:40.')).toEqual(['Abdullahi', 'Mai']);
  });
});
