import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';

// Cases first met in the blind50 business set; the examples here are made up.
const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('blind50: firms, labels and departments are no one; short names are someone', () => {
  it('a "name:" field holding a firm with its legal form is no person', () => {
    const yaml = 'suppliers:\n  - id: S-2210\n    name: Brightwater Cleaning Ltd\n    contact_person: "Farah Nadeem"\n  - id: S-2211\n    name: Kunz Gebäudetechnik AG\n';
    const found = people(yaml);
    expect(found).toContain('Farah Nadeem');
    expect(found.some((n) => n.includes('Brightwater') || n.includes('Kunz'))).toBe(false);
    expect(people('name: jonas t. lindqvist')).toEqual(['jonas t. lindqvist']);
  });

  it('"Per" before "our"/"the" is the preposition; before a surname a Swedish given name', () => {
    expect(people('Per our call this morning – the quote is attached.')).toEqual([]);
    expect(people('Hello all,\nPer the lease, the deposit is due on signing.')).toEqual([]);
    expect(people('Per Lindgren will chair the meeting.')).toEqual(['Per Lindgren']);
  });

  it('a saint\'s place is no given name and surname; a job\'s grade is no given name', () => {
    expect(people('Harbor CPA LLP\n500 Mission Street, Suite 12, San Francisco, CA 94105')).toEqual([]);
    expect(people('Our office in Santa Monica will close early.')).toEqual([]);
    expect(people('Bewerbung als Junior Consultant Supply Chain – Kennziffer 2025-SC-3')).toEqual([]);
    expect(people('Junior Silva kommt morgen um neun.')).toEqual(['Junior Silva']);
  });

  it('a party\'s role before its colon is a label, though a surname too', () => {
    expect(people('Buyer: Leonor Alves Teixeira\nSeller: Magnus Holm, represented by his attorney')).toEqual(['Leonor Alves Teixeira', 'Magnus Holm']);
  });

  it('a department signing or addressed is no person', () => {
    expect(people('The lift will be serviced on Friday.\n\nThanks,\nFacilities')).toEqual([]);
    expect(people('To: Dispatch <dispatch@harbourfreight.example>\nSubject: Pallets')).toEqual([]);
    expect(people('> An: Kollegium\n> Betreff: Vertretungsplan morgen')).toEqual([]);
  });

  it('Irish "Des" in English text; "Zugewiesen an:" names the assignee', () => {
    expect(people('Please attend the induction with Des Flanagan at the site cabin.')).toEqual(['Des Flanagan']);
    expect(people('Die Sitzung des Vorstands beginnt um neun.')).toEqual([]);
    expect(people('Ticket 5512\nZugewiesen an: Vuong Quoc Bao (2nd Level)\nStatus: offen')).toEqual(['Vuong Quoc Bao']);
  });

  it('an unlisted name after a found given name and "und"/"and" is the second person; not a place', () => {
    expect(people('Nächstes Mal fragen wir auch Irina und Pjotr, die haben Interesse.')).toEqual(['Irina', 'Pjotr']);
    expect(people('Anna und Zypern, das war ein schöner Urlaub.')).toEqual(['Anna']);
  });
});
