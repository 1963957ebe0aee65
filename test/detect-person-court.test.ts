import { describe, expect, it } from 'vitest';
import { anonymisedLetters, completeInitials, detachedSurnames } from '../src/detect/person/court.js';
import { personDetector } from '../src/detect/person.js';

const found = (text: string) => anonymisedLetters(text).map((s) => `${text.slice(s.start, s.end)}@${s.start}`);

// Enough ordinary German around the examples for the language check.
const de = (s: string) => `Das Gericht hat die Sache geprüft und ist der Auffassung, dass ${s} Die Kosten trägt die Beklagte.`;

describe('anonymisedLetters: parties written as letters in German decisions', () => {
  it.each([
    ['die von A erbrachten Reisevorleistungen im Inland lagen.', 'A'],
    ['der Kläger bei Hingabe der Leistungen an E erkennbar die Absicht hatte.', 'E'],
    ['der Nachbar K. über ein Kilogramm Amphetamin verfügte.', 'K'],
    ['die Entlassung des Vorstandsmitglieds R. wegen des Verdachts erfolgte.', 'R'],
    ['der Torhüter K gute und stabile Leistungen gezeigt habe.', 'K'],
    ['zum 1. April 2014 wechselte T in eine andere Kanzlei.', 'T'],
    ['das Projekt erhielt K. hingegen keine Leistungen.', 'K'],
  ])('finds the letter in "%s"', (sentence, letter) => {
    const text = de(sentence);
    expect(found(text)).toEqual([`${letter}@${text.indexOf(sentence) + sentence.indexOf(` ${letter}`) + 1}`]);
  });

  it.each([
    'die Anlage K 3 nichts Neues enthält.',
    'nach § 5 Abs. 2 S. 1 KStG nichts anderes gilt.',
    'das Urteil vom 3. Mai 2017 - V ZR 12/19 - maßgeblich ist.',
    'Produkte vom Typ A und der Klasse B betroffen sind.',
    'die Heeresgruppe A im Landkreis M stationiert war.',
    'z. B. Vitamin C hilft, i. A. der Geschäftsführung.',
    'die A. vertebralis und der N. recti sowie E. coli untersucht wurden.',
    'ein bekannter M. Parkinson und der Z. n. Amputation vorliegen.',
    'die U.S. Regierung zugestimmt hat.',
    'Werte L: 16 mmHg und R: 22 mmHg gemessen wurden.',
    'die E-Mail an die K-Klinik ging.',
  ])('leaves labels, abbreviations and medical terms alone: "%s"', (sentence) => {
    expect(found(de(sentence))).toEqual([]);
  });

  it('does nothing in English text', () => {
    expect(found('The parties agreed that the payment to A was made on time and that the claim of the plaintiff is unfounded.')).toEqual([]);
  });
});

describe('detachedSurnames: judges named between two sentences', () => {
  const surnames = new Set(['Koch', 'Mosbacher', 'Krehl', 'Reinfelder', 'Schmidt', 'Frau']);
  const found = (text: string) => detachedSurnames(text, surnames).map((s) => text.slice(s.start, s.end));
  const court = 'Die Revision ist unbegründet und die Kosten trägt der Kläger nach der Entscheidung des Gerichts.';

  it('finds a known surname standing between a sentence end and a sentence start, a marker or the end', () => {
    expect(found(`${court} Koch Das Landesarbeitsgericht hat die Berufung zurückgewiesen.`)).toEqual(['Koch']);
    expect(found(`${court} Mosbacher a ) Das Beschwerdegericht hat entschieden.`)).toEqual(['Mosbacher']);
    expect(found(`${court} Krehl`)).toEqual(['Krehl']);
    expect(found(`${court} W. Reinfelder Die Dauer wird festgesetzt.`)).toEqual(['W. Reinfelder']);
  });

  it('leaves sentence starts, headings, titles, unknown words and non-German text alone', () => {
    expect(found(`${court} Koch und Partner haben die Klage erhoben.`)).toEqual([]);
    expect(found(`${court} Schmidt Maschinenbau GmbH ist die Beklagte.`)).toEqual([]);
    expect(found(`${court} Gründe Die Revision ist zulässig.`)).toEqual([]);
    expect(found(`${court} Frau I. ist eine 82-jährige Patientin.`)).toEqual([]);
    expect(found(`${court} Müllerstein Das Gericht entschied.`)).toEqual([]);
    expect(found('The appeal is dismissed and the costs are borne by the claimant. Koch The court held that it was late.')).toEqual([]);
  });
});

describe('completeInitials: initials written next to a name belong to it', () => {
  const complete = (text: string, words: string[]) => {
    const spans = words.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
    completeInitials(text, spans);
    return spans.map((s) => text.slice(s.start, s.end));
  };

  it('takes the initials before a surname, also after a list label', () => {
    expect(complete('Zeugin war B. Wendelmoser aus dem Ort.', ['Wendelmoser'])).toEqual(['B. Wendelmoser']);
    expect(complete('Q7 R. T. Halvorsen et al. , Journal of Glass', ['Halvorsen'])).toEqual(['R. T. Halvorsen']);
  });

  it('joins a given name that already covers the initial', () => {
    const text = 'Anouk R. Vandermeer will speak.';
    const spans = [{ start: 0, end: 7 }, { start: 9, end: 19 }];
    completeInitials(text, spans);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Anouk R. Vandermeer', 'Anouk R']);
  });

  it('takes the initials after an anonymised letter', () => {
    expect(complete('die Nebenklägerin G. H. gegen das Urteil', ['G'])).toEqual(['G. H']);
    expect(complete('zwischen den Eltern und U. Kr. geschlossen', ['U'])).toEqual(['U. Kr']);
  });

  it('takes the initial after "Surname ," at the end of a citation entry', () => {
    expect(complete('Q3 Lindqvist , Ö. : Power Systems', ['Lindqvist'])).toEqual(['Lindqvist , Ö']);
    expect(complete('Q9 Brambilla , G. , et al. , 1999', ['Brambilla'])).toEqual(['Brambilla , G']);
  });

  it('leaves abbreviations, numbers, titles and following sentences alone', () => {
    expect(complete('das gilt z. B. Wendelmoser gegenüber', ['Wendelmoser'])).toEqual(['Wendelmoser']);
    expect(complete('nach § 5 Abs. 2 S. Wendelmoser zufolge', ['Wendelmoser'])).toEqual(['Wendelmoser']);
    expect(complete('Unterschrift: Kolbeck B. Dr. med.', ['B'])).toEqual(['B']);
    expect(complete('Mit Kolbeck , A. Die Kammer entschied', ['Kolbeck'])).toEqual(['Kolbeck']);
    expect(complete('Kapitel I. Wendelmoser berichtet', ['Wendelmoser'])).toEqual(['Wendelmoser']);
  });
});

describe('signature rows under a judgment', () => {
  const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));
  it('takes the row of a found name, its words and titles that are surnames, and the row under it', () => {
    const text = `${de('die Klage unbegründet ist.')}\n\nPastor                Nguyen                Sommer\n           Klein                    Böhm\n\nVorinstanzen:\nLG Oldenburg`;
    expect(people(text)).toEqual(['Pastor', 'Nguyen', 'Sommer', 'Klein', 'Böhm']);
  });

  it('leaves rows without a found name, and roles, alone', () => {
    expect(people(`${de('die Klage unbegründet ist.')}\n\nKosten          Zinsen          Gebühren`)).toEqual([]);
    expect(people('Mit freundlichen Grüßen\n\nAnna Schmidt          Geschäftsführerin')).toEqual(['Anna Schmidt']);
  });
});

describe('blind45: two glued initials as Swiss courts anonymise parties', () => {
  it('"verurteilte A.B.", "die Zeugin C.D." are people; "U.S.", "S.A.", "Z.B." are not', () => {
    const decision =
      'Das Bundesgericht hat in Sachen der Beschwerdeführerin gegen das Urteil des Obergerichts entschieden. Das Bezirksgericht verurteilte A.B. am 15. März 2023 wegen einer groben Verletzung der Verkehrsregeln. Die Zeugin C.D. sagte aus, er sei höchstens 120 gefahren. Z.B. hat die Vorinstanz die Aussage der Zeugin als wenig glaubhaft gewürdigt, denn die Firma aus den U.S. und die S.A. in Genf sind nicht Partei.';
    expect(anonymisedLetters(decision).map((sp) => decision.slice(sp.start, sp.end))).toEqual(['A.B', 'C.D']);
    const people = personDetector.detect(decision, { region: 'DE' }).map((f) => decision.slice(f.start, f.end));
    expect(people).toEqual(['A.B', 'C.D']);
  });
});
