import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';
import { phoneDetector } from '../src/detect/phone.js';

// Cases first met in the blind49 business set; the examples here are made up.
const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));
const phones = (text: string) => phoneDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('blind49: signatures and staff lists', () => {
  it('a number under "Assistenz der Geschäftsführung" or a "Projektsekretariat" is whom to call', () => {
    expect(phones('Ingrid Lohse\nAssistenz der Geschäftsführung\n0711 4093 5521-12')).toEqual(['0711 4093 5521-12']);
    expect(phones('Projektsekretariat: 0711 4093 5521')).toEqual(['0711 4093 5521']);
    // A register's number after "Geschäfts-" stays clean.
    expect(phones('Geschäftszeichen 0711 4093 5521')).toEqual([]);
  });

  it('German double initials with a hyphen belong to the name: "H.-W. Brückner"', () => {
    expect(people('Protokoll: H.-W. Brückner')).toEqual(['H.-W. Brückner']);
    expect(people('Rückruf durch K.-H. Albers bis Freitag')).toEqual(['K.-H. Albers']);
  });

  it('a staff list\'s "Surname, Given" cells are whole names; a rota\'s "Surname, Surname" two people', () => {
    const staff = [
      'Durchwahlen Büro Linz',
      'Ó Dálaigh, Pádraig      Partner          DW 101',
      'Wendt, Ilvie            Sekretariat      DW 102',
      'Brauneis, Gernot        Buchhaltung      DW 110',
      'Tran, Anh               Lehrling         DW 111',
    ].join('\n');
    expect(people(staff)).toEqual(['Ó Dálaigh, Pádraig', 'Wendt, Ilvie', 'Brauneis, Gernot', 'Tran, Anh']);
    const rota = ['Tag  | Früh           | Spät', 'Mo   | Lange, Demir   | Kraus', 'Di   | Nguyen, Fuchs  | Sommer, Kraus'].join('\n');
    for (const pair of ['Lange, Demir', 'Nguyen, Fuchs']) expect(people(rota)).not.toContain(pair);
  });
});

describe('blind49: data exports', () => {
  it('reads a "holder" column as names; a dotted legal form ("S.r.l.", "S.L.") marks a firm in a name column', () => {
    const rows = ['id|holder|status', '7001|BRENNAN TADHG|OPEN', '7002|DUFFY ORLA|OPEN', '7003|TEST ACCOUNT|CLOSED'].join('\n');
    expect(people(rows)).toEqual(['BRENNAN TADHG', 'DUFFY ORLA']);
    const csv = ['Auftraggeber;Empfänger;Betrag', 'Weinhaus Kerner OHG;Oleificio Bruni S.r.l.;812,00', 'Weinhaus Kerner OHG;Lucie Marchand;190,00', 'Weinhaus Kerner OHG;Conservas Ortega S.L.;640,00'].join('\n');
    expect(people(csv)).toEqual(['Lucie Marchand']);
  });

  it('Australian statement lines: "EFT TO", "DEPOSIT", "OSKO FROM" before the other party; "WAGES", "INV" after it', () => {
    const statement = [
      'Date,Description,Debit,Credit,Balance',
      '03/03/2025,"EFT TO K OSULLIVAN WAGES",1800.00,,9442.10',
      '04/03/2025,"DEPOSIT T BALASUBRAMANIAM INV 3310",,2100.00,11542.10',
      '05/03/2025,"OSKO FROM MARGARET WHITE REF DEP",,400.00,11942.10',
      '06/03/2025,"DEPOSIT ACCOUNT INTEREST",,3.10,11945.20',
    ].join('\n');
    expect(people(statement)).toEqual(['K OSULLIVAN', 'T BALASUBRAMANIAM', 'MARGARET WHITE']);
  });

  it('a chat speaker the lists lack, beside speakers they know; not a form label alone', () => {
    // (Made-up names no list holds.)
    const chat = ['Comments:', '  Zorvina Quastley: the receipts are missing', '  Thomas Becker: uploaded them', '  Zorvina Quastley: thanks'].join('\n');
    expect(people(chat)).toEqual(['Zorvina Quastley', 'Thomas Becker', 'Zorvina Quastley']);
    expect(people('Authorised Signatory: see below\nCases Cited: none')).toEqual([]);
  });
});
