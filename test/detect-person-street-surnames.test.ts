import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('surnames that are street words', () => {
  it('a given name and "Street", "Lane", "Close" as a person\'s name', () => {
    expect(people('Assignment group: Service Desk L1\nAssigned to: Ryan Street (rstreet)\nOpened: 04/02/2025 09:12')).toEqual(['Ryan Street', 'rstreet']);
    expect(people('Closed by: Ryan Street, 04/02/2025 12:03')).toEqual(['Ryan Street']);
    expect(people('GP: Dr Amara Street, Harbour Medical Centre, Whitstable')).toEqual(['Amara Street']);
    expect(people('Copywriting (Emma Street) 950.00')).toEqual(['Emma Street']);
  });

  it('not an address: a house number, a town or postcode after it, a place\'s preposition, a firm', () => {
    expect(people('Unit 4, The Digital Hub, Thomas Street, Dublin 8, D08 TCV4')).toEqual([]);
    expect(people('12 Thomas Street\nGlasgow G1 2AB')).toEqual([]);
    expect(people('Thomas Street\nLS1 4AB Leeds')).toEqual([]);
    expect(people('We met on Thomas Street yesterday.')).toEqual([]);
    expect(people('From: Harper Lane Recruitment <placements@harperlane.co.uk>')).toEqual([]);
  });
});
