import { describe, expect, it } from 'vitest';
import { widenNames } from '../src/detect/person/widen.js';
import { personDetector } from '../src/detect/person.js';
import { nameLists } from '../src/detect/person/names.js';

/** Runs the pass on a text whose found names are given as words; returns the spans it leaves. */
function widen(text: string, foundWords: string[], lang = 'en'): string[] {
  let from = 0;
  const found = foundWords.map((w) => {
    const start = text.indexOf(w, from);
    if (start < 0) throw new Error(`${w} not in text`);
    from = start + w.length;
    return { start, end: start + w.length, score: 0.55 };
  });
  return widenNames(text, found, lang, nameLists()).map((f) => text.slice(f.start, f.end));
}

const person = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('the parts a finding leaves beside a name', () => {
  it('a particle between two found parts joins them', () => {
    expect(widen('Mr Riaan du Plessis (4D)', ['Riaan', 'Plessis'])).toEqual(['Riaan du Plessis']);
    expect(widen('Aled ap Gwyn, Treasurer', ['Aled', 'Gwyn'])).toEqual(['Aled ap Gwyn']);
    // An Arabic surname with its article, one word: "al-Nuaimi", "as-Sadat".
    expect(widen('Ölminister Karim al-Nuwairi habe gesagt', ['Karim'], 'de')).toEqual(['Karim al-Nuwairi']);
    expect(widen('sein Nachfolger Anwar as-Sadiqi schloss', ['Anwar'])).toEqual(['Anwar as-Sadiqi']);
    expect(widen('Nurul Huda binti Ismail', ['Nurul Huda', 'Ismail'])).toEqual(['Nurul Huda binti Ismail']);
  });

  it('a particle before a found surname belongs to it, in German only where it is no German word', () => {
    expect(widen('Factuur 2024-017 P. de Vries opbouw', ['Vries'], 'de')).toEqual(['P. de Vries']);
    expect(widen('contact Annelies de Boer today', ['Boer'])).toEqual(['de Boer']);
    expect(widen('ob du Schmidt schon gefragt hast', ['Schmidt'], 'de')).toEqual(['Schmidt']);
    expect(widen('Post von Müller erhalten', ['Müller'], 'de')).toEqual(['Müller']);
    expect(widen('Hallo, ich bin Ayşe Demir.', ['Ayşe Demir'], 'de')).toEqual(['Ayşe Demir']);
    expect(widen('wie das Weber sagt', ['Weber'], 'de')).toEqual(['Weber']);
  });

  it('an unlisted given name before a found surname in English, not a place or a determiner phrase', () => {
    expect(widen('a stylish 88 from Shubman Gill, but', ['Gill'])).toEqual(['Shubman Gill']);
    expect(widen('Democratic leader Hakeem Jeffries called', ['Jeffries'])).toEqual(['Hakeem Jeffries']);
    expect(widen('staff of the Athi River warehouse', ['River'])).toEqual(['River']);
    expect(widen('our outlet in Causeway Bay opens', ['Bay'])).toEqual(['Bay']);
    expect(widen('Jarkko Pellkofer kam', ['Pellkofer'], 'de')).toEqual(['Pellkofer']);
    // A sentence's first word, not a heading's or a field's.
    expect(widen('Rice curled it over the wall. Bukoye Saka doubled the lead.', ['Saka'])).toEqual(['Bukoye Saka']);
    expect(widen('Squad\nBukoye Saka', ['Saka'])).toEqual(['Saka']);
    // A text's or a line's first word where the sentence goes on; a middle initial.
    expect(widen('Jawahar Pellnehru became prime minister.', ['Pellnehru'])).toEqual(['Jawahar Pellnehru']);
    expect(widen('copied out by his aide Elyas S. Parkin, a sachem', ['S. Parkin'])).toEqual(['Elyas S. Parkin']);
  });

  it('German: a listed surname that is a noun too, where the name ends its phrase', () => {
    expect(widen('" , sagt Christiane Herbst , Rechtsexpertin beim Mieterverein .', ['Christiane'], 'de')).toEqual(['Christiane Herbst']);
    expect(widen('Im Herbst kommt Christiane Herbst wieder .', ['Christiane'], 'de')).toEqual(['Christiane']);
  });

  it("a monarch's or pope's number after the name, not the pronoun I", () => {
    expect(widen('succeeded by his son Edward VI, and later', ['Edward'])).toEqual(['Edward VI']);
    expect(widen('die Tochter Kaiser Karl VI. und der Elisabeth', ['Karl'], 'de')).toEqual(['Karl VI.']);
    expect(widen('Pope John Paul II visited Poland', ['John Paul'])).toEqual(['John Paul II']);
    expect(widen('his daughters Mary I and Elizabeth I.', ['Mary', 'Elizabeth'])).toEqual(['Mary I', 'Elizabeth I.']);
    expect(widen('Then Anna I would say left', ['Anna'])).toEqual(['Anna']);
  });

  it('an initial without its dot, before or after the name', () => {
    expect(widen('Signed: G Mason', ['Mason'])).toEqual(['G Mason']);
    expect(widen('holder H K Parata).', ['Parata'])).toEqual(['H K Parata']);
    expect(widen('Finance check: ANJALI S – verified', ['ANJALI'])).toEqual(['ANJALI S']);
    expect(widen('absent: Selvaraj M. – sick', ['Selvaraj'])).toEqual(['Selvaraj M.']);
    expect(widen('Niamh M Gallagher, Clerk', ['Niamh', 'Gallagher'])).toEqual(['Niamh M Gallagher']);
  });

  it('no pronoun, no article opening a sentence, no page or paragraph number', () => {
    expect(widen('Thanks Priya I will call', ['Priya'])).toEqual(['Priya']);
    expect(widen('Yes. A Baker from Leeds called', ['Baker'])).toEqual(['Baker']);
    expect(widen('so Weber S. 12 f.', ['Weber'], 'de')).toEqual(['Weber']);
    expect(widen('Sam I Jones', ['Sam', 'Jones'])).toEqual(['Sam', 'Jones']);
  });

  it('"I." inside a line is an initial; opening a line it numbers a heading', () => {
    expect(widen('Arbeitsschutz (I. Khalil) 11:40', ['Khalil'], 'de')).toEqual(['I. Khalil']);
    expect(widen('I. Schmidt hat Klage erhoben', ['Schmidt'], 'de')).toEqual(['Schmidt']);
  });

  it("a name split at its apostrophe, not a possessive or a contraction", () => {
    expect(widen("Chloe Fa'asavalu called", ['Chloe Fa'])).toEqual(["Chloe Fa'asavalu"]);
    expect(widen("Chloe's bag", ['Chloe'])).toEqual(['Chloe']);
    expect(widen("Tom'll do it", ['Tom'])).toEqual(['Tom']);
  });

  it('two findings one blank apart are one name, unless a rota repeats the same one', () => {
    expect(widen('| CHAN Hoi Lam | Pass', ['CHAN Hoi', 'Lam'])).toEqual(['CHAN Hoi Lam']);
    expect(widen('Deliveries Mossy Mossy Mossy', ['Mossy', 'Mossy', 'Mossy'])).toEqual(['Mossy', 'Mossy', 'Mossy']);
  });

  it('an initial grown into the next finding makes one name of both', () => {
    expect(widen('INC., and\nHOWARD T. LEVINE,\n', ['HOWARD', 'T. LEVINE'])).toEqual(['HOWARD T. LEVINE']);
  });

  it('a listed given name before a found surname, a listed surname after a found given name', () => {
    expect(widen('Watchers: Connie Liang, Summer Brooks (on-call lead)', ['Connie Liang', 'Brooks'])).toEqual(['Connie Liang', 'Summer Brooks']);
    expect(widen('Adviser: Tom Bush   Date: 8 August', ['Bush'])).toEqual(['Tom Bush']);
    expect(widen('Attn: Ms Olivia Page, Events Coordinator', ['Olivia'])).toEqual(['Olivia Page']);
  });

  it('an unlisted surname no dictionary holds after a found given name', () => {
    expect(widen('Rückfragen an Kerstin Wynands bitte', ['Kerstin'], 'de')).toEqual(['Kerstin Wynands']);
    expect(widen('Ich habe Anna Bescheid gesagt', ['Anna'], 'de')).toEqual(['Anna']);
    expect(widen('Thanks Tom Marketing will follow', ['Tom'])).toEqual(['Tom']);
  });

  it('Turkish "Can" in German text or before a Turkish surname; not the English modal', () => {
    expect(widen('Motiv-AL: Can Öztürk  0176 90318', ['Öztürk'], 'de')).toEqual(['Can Öztürk']);
    expect(widen('Übergabe an Tagdispo (Can Weber): Fotos', ['Weber'], 'de')).toEqual(['Can Weber']);
    expect(widen('Can Smith attend the meeting today?', ['Smith'])).toEqual(['Smith']);
  });

  it('Vietnamese "Thu" before a Vietnamese name; not Thursday', () => {
    expect(widen('Partner: Jonathan Kraus · Thu Trang Nguyen (Steuerberaterin)', ['Jonathan Kraus', 'Trang Nguyen'], 'de')).toEqual(['Jonathan Kraus', 'Thu Trang Nguyen']);
    expect(widen('Pham, Thu Trang         | Technik', ['Trang'], 'de')).toEqual(['Thu Trang']);
    expect(widen('Cover: Thu Anna Berg', ['Anna Berg'])).toEqual(['Anna Berg']);
  });

  it('no month in a date, no modal opening a question, no page number, no German noun', () => {
    expect(widen('We met in May Chen and I', ['Chen'])).toEqual(['Chen']);
    expect(widen('Will Smith attend the meeting?', ['Smith'])).toEqual(['Smith']);
    expect(widen('see Olivia Page 3 of the draft', ['Olivia'])).toEqual(['Olivia']);
    expect(widen('Bitte sag Anna Winter bescheid', ['Anna'], 'de')).toEqual(['Anna']);
    expect(widen('Termin mit Summer Brooks', ['Brooks'], 'de')).toEqual(['Brooks']);
  });

  it('in the detector', () => {
    expect(person('Dear parents, Mr Riaan du Plessis (4D) will lead the trip.')).toContain('Riaan du Plessis');
    expect(person('Signature: P. Mwale\nWitness: Niamh M Gallagher\n')).toContain('Niamh M Gallagher');
  });
});

describe('"Surname, Given" filling a field, one half found', () => {
  it('takes the other half, the surname a word too', () => {
    expect(person('Tentative: Bishop, Ralph – Internal Audit')).toEqual(['Bishop, Ralph']);
    expect(person('Optional: Hughes, Bethan (PMO)\nKing, Samuel (Internal Audit)')).toEqual(['Hughes, Bethan', 'King, Samuel']);
    expect(person('    name: "Hunt, Rebecca"')).toEqual(['Hunt, Rebecca']);
  });

  it('after a number, a code in capitals or a "·", before a column gap', () => {
    expect(widen('8. Fairclough, Alfie      23. Robson, Millie', ['Fairclough', 'Millie'], 'en')).toEqual(['Fairclough, Alfie', 'Robson, Millie']);
    expect(widen('"Beitrag 03/25 VN Kellner, Andreas";"DE81"', ['Andreas'], 'de')).toEqual(['Kellner, Andreas']);
    expect(widen('| PU Mai, Daniela; FA Schulte, Jan |', ['Daniela', 'Schulte'], 'de')).toEqual(['Mai, Daniela', 'Schulte, Jan']);
  });

  it('after a separator and its blank: "| Kowalski, Ulrich", "· Krause, Ralf"; not a team line of surnames', () => {
    expect(widen(' 8   | Kowalski, Ulrich          | 07 131', ['Ulrich'], 'de')).toEqual(['Kowalski, Ulrich']);
    expect(widen('Nowak, Adam · Krause, Ralf · Pohl, Svenja', ['Nowak, Adam', 'Ralf', 'Pohl, Svenja'], 'de')).toEqual(['Nowak, Adam', 'Krause, Ralf', 'Pohl, Svenja']);
    expect(widen('Nakagawa (Price 74); Okonjo, Lindqvist (Doyle 81), Brown.', ['Okonjo'])).toEqual(['Okonjo']);
  });

  it('not a greeting, a reply or a list item, nor an office after a German signature', () => {
    expect(person('Thanks, Anna')).toEqual(['Anna']);
    expect(person('Morning, Anna')).toEqual(['Anna']);
    expect(person('Auf Anordnung\nSchäfer, Justizbeschäftigte\n')).toEqual(['Schäfer']);
  });
});

describe('"Jan" before a name that opens with its particle', () => {
  it('is the given name, in German text too; not in a date', () => {
    expect(person('Finn Vogel (7), Greta Vogel (6), Jan van Dijk (8), Aiko Tanaka (7)')).toContain('Jan van Dijk');
    expect(person('Sekunden Vorsprung vor dem Niederländer Jan van der Meulen und dem Kolumbianer')).toEqual(['Jan van der Meulen']);
    expect(person('Am 3. Jan van Dijk angerufen')).toEqual(['van Dijk']);
  });
});

describe('a particle word between two names', () => {
  it('joins a surname to its name, not one person to a full name after a preposition', () => {
    expect(person('Im Juli 1941 wurde Heydrich von Hermann Göring beauftragt, die Pläne vorzulegen.')).toEqual(['Heydrich', 'Hermann Göring']);
    expect(person('Zum Konzert kamen Werke von Ludwig van Beethoven und Briefe von Heinrich von Kleist.')).toEqual(['Ludwig van Beethoven', 'Heinrich von Kleist']);
  });
});

describe("a ruler's or painter's epithet", () => {
  it('is part of the name, in every case; an adjective outside the set phrases is not', () => {
    expect(person('Im Jahr 800 wurde Karl der Große in Rom gekrönt.')).toEqual(['Karl der Große']);
    expect(person('Unter Ludwig dem Frommen zerfiel das Reich, das Bild malte Lucas Cranach der Ältere.')).toEqual(['Ludwig dem Frommen', 'Lucas Cranach der Ältere']);
    expect(person('Alfred the Great fought the Danes; Hans Holbein the Younger painted the court.')).toEqual(['Alfred the Great', 'Hans Holbein the Younger']);
    expect(person('Laut Jonas Keller der Neue im Team')).toEqual(['Jonas Keller']);
  });
});
