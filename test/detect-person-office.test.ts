import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';
import { nameLists } from '../src/detect/person/names.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('office short forms: Kürzel, signed initials, reference lines', () => {
  it('a Kürzel in mixed case defined after a name, and its later uses', () => {
    const text = ['Teilnehmer: Dr. Harald Stegmann (HSt) – Leitung QS', 'Bianca Lorenz (BLo) – QS-Ingenieurin', 'TOP 1: HSt berichtet. Verantw.: BLo, Termin: 12.03.'].join('\n');
    const found = people(text);
    expect(found).toEqual(expect.arrayContaining(['Harald Stegmann', 'Bianca Lorenz']));
    expect(found.filter((p) => p === 'HSt')).toHaveLength(2);
    expect(found.filter((p) => p === 'BLo')).toHaveLength(2);
  });

  it('initials of a double name, of Mc- names, and defined with "="', () => {
    expect(people('bearbeitet von Sabine Kreuzer-Lenz (SKL), Rückfragen an SKL')).toEqual(['Sabine Kreuzer-Lenz', 'SKL', 'SKL']);
    expect(people('Stuart McBride (SMcB) – Commercial. Pricing: SMcB reported.')).toEqual(['Stuart McBride', 'SMcB', 'SMcB']);
    const key = 'A: HJ, CF / B: DMcL\nKey: HJ = Hemant Joshi; CF = Caroline Firth (CFO); DMcL = Donald McLeish (FD UK).';
    const found = people(key);
    expect(found).toEqual(expect.arrayContaining(['Hemant Joshi', 'Caroline Firth', 'Donald McLeish']));
    expect(found.filter((p) => p === 'DMcL')).toHaveLength(2);
  });

  it('initials that sign a form or a dated step, but not units, courts or words', () => {
    expect(people('Aufgenommen von: TR (Studio Nord)\nErfasst im System: 04.02.2025 mbu')).toEqual(['TR', 'mbu']);
    expect(people('Entwurf ALi (Anna Lisowski) 19.02., Korrektur PRo 24.02., freigegeben SEn 27.02.')).toEqual(['ALi', 'Anna Lisowski', 'PRo', 'SEn']);
    expect(people('Letter to TP employer re insurer details – JF 06/01.')).toEqual(['JF']);
    expect(people('erstellt von uns am 3.4.; Stand: 01.03.2025 EUR; OLG 12.03.2025; 50 MHz 12.03.')).toEqual([]);
    expect(people('vgl. BGH , Urteil vom 26. Januar 2016 - KZR 41/14 , NJW 2016')).toEqual([]);
  });

  it("a letter's reference line: writer's and typist's initials beside the slash", () => {
    expect(people('Unser Zeichen: 114/25 Gü/ta')).toEqual(['Gü', 'ta']);
    expect(people('Ihr Zeichen: Ihre Anfrage vom 3.4./Tel')).toEqual([]);
  });
});

describe('user names in tickets, logs and exports', () => {
  it('after who did it, listed or not; not words or placeholders', () => {
    const text = 'State: Closed | Fulfilled by: tchikwanha | Assigned to: jlaw | forward to ghunter | Assigned to: unassigned | forward to accounts';
    expect(people(text)).toEqual(['tchikwanha', 'jlaw', 'ghunter']);
    // "assigned" without "to", and "Assignee:"; not a word or a placeholder after them.
    expect(people('#4479 | "Beans ran out" | assigned sfarrell\n#4480 | Assignee: cdoyle')).toEqual(['sfarrell', 'cdoyle']);
    expect(people('Task assigned internally. Assignee: tbc')).toEqual([]);
  });

  it('in a list after the first, and as a log\'s user value', () => {
    expect(people('Pilotgruppe (5 Nutzer: abrueggemann, lebbinghaus, yozdemir, kwittkamp, spohl) erfolgreich')).toEqual([
      'abrueggemann',
      'lebbinghaus',
      'yozdemir',
      'kwittkamp',
      'spohl',
    ]);
    expect(people('INFO [auth-svc] login success user=s.bakir src=10.12.4.77')).toEqual(['s.bakir']);
  });

  it('in a CSV column of who did it, English or German', () => {
    const csv = ['Kreditor-Nr;Name1;USt-IdNr;Angelegt von;LastChangedBy', '70001;Schraubenwerk Tauber GmbH;DE811422903;mkoerner;rpatel2', '70002;X;DE1;system;admin'].join('\n');
    expect(people(csv)).toEqual(['mkoerner', 'rpatel2']);
  });

  it('after an inverted name in parentheses', () => {
    expect(people('Requested for: Kaur, Manpreet (mkaur3) | Item: laptop')).toEqual(['Kaur, Manpreet', 'mkaur3']);
  });
});

describe('labels, families, places', () => {
  it('signature and statement labels, also after a time stamp', () => {
    expect(people('Signature: P. Mwale          Date: 16/03/2025')).toEqual(['P. Mwale']);
    expect(people('Entered on system by: J. Cook (HR Admin)')).toEqual(['J. Cook']);
    expect(people('14:05  FOR: Mark Fenwick (MD)\n       Taken by: Mo')).toEqual(['Mark Fenwick', 'Mo']);
    expect(people('07:20 Herr Braun stellt fest: Zertifikat abgelaufen')).toEqual(['Braun']);
  });

  it('a role after a comma is no legal citation', () => {
    expect(people('cc: A. Whitlock, HR Business Partner; personnel file')).toEqual(['A. Whitlock']);
    expect(people('Behandlerin: Frau Kessler, PZR: Frau Dilara Koç')).toEqual(['Kessler', 'Dilara Koç']);
    expect(people('Meyer-Ladewig / Keller / Leitherer / Schmidt , SGG , § 24')).toEqual([]);
  });

  it('birth names and households; not ordinary words', () => {
    expect(people('Frau Hanna Albers geb. Wübbels, nimmt Elternzeit')).toEqual(['Hanna Albers', 'Wübbels']);
    expect(people('| 07.02. | Ehepaar Gundlach | 150,00 € |')).toEqual(['Gundlach']);
    expect(people('Der am 12. Juli 1942 geborene Beschwerdeführer. Die Familie Backend-Team ist informiert.')).toEqual([]);
  });

  it('weekdays, headings and places are not people', () => {
    expect(people('Thu RN Jomar Dela Cruz | HCA Elena Popescu')).toEqual(['Jomar Dela Cruz', 'Elena Popescu']);
    expect(people('SICKNESS ABSENCE – RETURN TO WORK INTERVIEW RECORD')).toEqual([]);
    expect(people('The payments to Rory (resident in Vienna) and Kasia will be made.')).toEqual(['Rory', 'Kasia']);
    expect(people('Managing agent: Tyneview Property Management – Ms Kirsty Robson')).toEqual(['Kirsty Robson']);
  });
});

describe('name lists', () => {
  it('hold the German, Commonwealth and Irish names the first blind sets leaked', () => {
    const L = nameLists();
    for (const g of ['Hilde', 'Beate', 'Heiko', 'Friedemann', 'Natascha', 'Gareth', 'Niall', 'Alasdair', 'Dermot', 'Tendai', 'Waqar']) expect(L.given.has(g), g).toBe(true);
    for (const s of ["O'Sullivan", 'MacLeod', 'Schlüter', 'Petrović', 'Kowalska', 'Cooper']) expect(L.surname.has(s), s).toBe(true);
  });
});
