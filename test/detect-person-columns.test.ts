import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

const ROTA = [
  'Schichtplan Station 3 West – KW 45/2024',
  'Stationsleitung: Margot Hellwig',
  '',
  '          Mo 04.11   Di 05.11   Mi 06.11   Do 07.11   Fr 08.11',
  'Früh      Hellwig    Hellwig    Schmitz    Popović    Popović',
  'Früh      Schmitz    Bauer      Bauer      Schmitz    Nowicki',
  'Spät      Okafor     Okafor     Lang       Lang       Okafor',
  'Spät      Jung, K.   Jung, K.   Schmitz    frei       Lang',
  '',
].join('\n');

describe('names in the columns of a plain-text grid', () => {
  it('takes listed surnames that are also words in a column of found names', () => {
    const found = people(ROTA);
    expect(found.filter((n) => n === 'Bauer')).toHaveLength(2);
    expect(found.filter((n) => n === 'Lang')).toHaveLength(3);
    expect(found.filter((n) => n === 'Jung, K.')).toHaveLength(2);
  });

  it('a tab-separated table: one name per cell, also an initial and an unlisted surname', () => {
    const tsv = [
      'ID\tThema\tBetreuer\tZweit\tDritt',
      'K-017\tNER\tOlusegun Bakare\tHase, Mirjam\tA. Leutgeb',
      'K-044\tLLM\tDaniel Ben-Ami\tPriya Raghunathan\tE. Mensah',
      'K-052\tASR\tPetra Hirschberg\tTomasz Zieliński\tEwa Lindholm',
      'K-058\tNLI\tSadia Rahman\tHyun-woo Lim\tY. Takahashi',
    ].join('\n');
    const found = people(tsv);
    for (const name of ['Olusegun Bakare', 'Hase, Mirjam', 'A. Leutgeb', 'Daniel Ben-Ami', 'Priya Raghunathan', 'E. Mensah', 'Petra Hirschberg', 'Tomasz Zieliński', 'Ewa Lindholm']) expect(found).toContain(name);
    expect(found.every((n) => !n.includes('\t'))).toBe(true);
  });

  it("a tab-separated header's word that is a given name too stays", () => {
    const tsv = [
      'Round for the week starting Monday, with the crew as usual. Please check the notes before you go.',
      '',
      '#\tCustomer\tPhone\tFreq\tPrice\tNotes',
      '1\tMrs P. Chalmers\t07 856 2291\t4-wkly\t$85\tthe gate latch sticks',
      '5\tTom & Hannah Pope\t027 661 0924\t8-wkly\t$110\tkey is under the pot',
      '',
    ].join('\n');
    const found = people(tsv);
    expect(found).not.toContain('Price');
    expect(found).toEqual(expect.arrayContaining(['P. Chalmers', 'Hannah Pope']));
  });

  it("not the rows' labels, the header, or a word no list holds", () => {
    const found = people(ROTA);
    for (const word of ['Früh', 'Spät', 'frei', 'Mo 04.11']) expect(found).not.toContain(word);
    expect(people('Shift     Mon       Tue       Wed\nEarly     Hunter    Okafor    Okafor\nLate      Okafor    Okafor    Hunter\n')).not.toContain('Mon');
  });

  it('no initial across a column gap: "Yilmaz A.  Hellwig"', () => {
    expect(people('Früh      Hellwig    Yilmaz A.  Hellwig\nStationsleitung: Margot Hellwig\n')).not.toContain('A.  Hellwig');
  });
});

describe("a bank export's type and currency columns", () => {
  it('"TRANSFER", "CARD_PAYMENT" under "Type" are no names; the counterparty is', () => {
    const csv = [
      '"Completed Date","Description","Type","Counterparty","Counterparty IBAN","Amount","Currency"',
      '"2024-05-03 18:02:10","Payment to Joost van Dijk","TRANSFER","Joost van Dijk","NL78ABNA7829255216","-85.00","EUR"',
    ].join('\n');
    expect(people(csv)).toEqual(['Joost van Dijk', 'Joost van Dijk']);
  });
});

describe('a column header with two labels', () => {
  it('"Zahlungspflichtige/r bzw. Empfänger/in": the payees under it', () => {
    const csv = [
      '"Datum","Buchungstext","Zahlungspflichtige/r bzw. Empfänger/in","IBAN/Kontonummer","Verwendungszweck","Betrag EUR"',
      '"09.10.2024","Lastschrift","A1 Telekom Austria AG","AT411200077019173911","Rechnung 10/2024","-39,90"',
      '"11.10.2024","Überweisung","PAVLOVIC DRAGANA","AT046000050600975944","Nachhilfe Mathe September","-150,00"',
    ].join('\n');
    expect(people(csv)).toEqual(['PAVLOVIC DRAGANA']);
  });
});

describe("a Sparkasse export's \"Beguenstigter/Zahlungspflichtiger\" column", () => {
  it('the payees in capitals under it, not a shop named after its owner', () => {
    const csv = [
      '"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";"Waehrung";"Info"',
      '"DE21701500000024711802";"10.03.25";"10.03.25";"ONLINE-UEBERWEISUNG";"Nachhilfe Maerz 8 Std";"HOFMANN ILSE";"DE41701694660000871234";"GENODEF1M03";"-160,00";"EUR";"Umsatz gebucht"',
      '"DE21701500000024711802";"12.03.25";"12.03.25";"KARTENZAHLUNG";"Karte 2 2025-03-11";"EDEKA KAISER";"";"";"-87,34";"EUR";"Umsatz gebucht"',
      '"DE21701500000024711802";"14.03.25";"14.03.25";"DAUERAUFTRAG";"Geschenk";"WINTER HEIDE";"AT421200010023456781";"BKAUATWWXXX";"-50,00";"EUR";"Umsatz gebucht"',
    ].join('\n');
    expect(people(csv)).toEqual(['HOFMANN ILSE', 'WINTER HEIDE']);
  });
});

describe('"Surname, Given" filling a cell', () => {
  it('is one name when the surname is in no list: CSV, SQL tuples', () => {
    expect(people('MZ-SU 412;Hakan Doğan;Weißhaupt, Anneliese;14:30')).toEqual(['Hakan Doğan', 'Weißhaupt, Anneliese']);
    expect(people("INSERT INTO kontakte VALUES (20601, 'Geschäftsführung', 'Haslach, Rüdiger', NULL);")).toEqual(['Haslach, Rüdiger']);
  });
  it('two given names in a cell are two people, and a department is no surname', () => {
    expect(people('Fri 1 Nov   | Doreen, Kwabena              | Alice')).toEqual(['Doreen', 'Kwabena', 'Alice']);
    expect(people('Verteiler;Kundenservice, Nele;intern')).toEqual(['Nele']);
  });
});

describe('names by their key or column in developer data', () => {
  it('reads YAML keys and JSON "given"/"family" keys', () => {
    expect(people('- id: test-guest-001\n  first_name: "Wilhelmina"\n  last_name: "Hartigan"\n  email: "w.h@example.org"')).toEqual(['Wilhelmina', 'Hartigan']);
    expect(people('{"id": "s2401203", "given": "Hamza", "family": "El Amrani", "email": "s2401203@uni.example"}')).toEqual(['Hamza', 'El Amrani']);
  });
  it("reads an SQL INSERT's values by its column list, with '' inside a value", () => {
    const sql = "INSERT INTO lost_items (item_no, category, owner_first, owner_last, owner_phone) VALUES\n  (1, 'Umbrella', 'Kit', 'O''Brien', NULL),\n  (2, 'Wallet', 'Penelope', 'Ashdown', '01242 496 871');";
    expect(people(sql)).toEqual(['Kit', "O''Brien", 'Penelope', 'Ashdown']);
  });
  it('leaves a speaker\'s line a speaker, and test data\'s stand-ins no one', () => {
    expect(people('Alice: "Who are you?"\nmika: "i\'m roberto\'s daughter"')).toEqual(['Alice', 'mika', 'roberto']);
    expect(people('- matrikelnr: "9900003"\n  nachname: "Test"\n  email: "test@uni.example"')).toEqual([]);
  });
});
