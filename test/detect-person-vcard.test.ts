import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';
import { vcardNames } from '../src/detect/person/vcard.js';

const card = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Henrieke Tammen', 'N:Tammen;Henrieke;;;', 'ORG:Werkbank Südstadt UG', 'END:VCARD'].join('\n');

describe("a vCard's structured name", () => {
  it('gives its family, given and additional names, not prefixes and suffixes', () => {
    const text = `${card}\nBEGIN:VCARD\nN;CHARSET=UTF-8:de Almeida;Luísa;Maria,Clara;Dr.;MBA\nEND:VCARD`;
    expect(vcardNames(text).map((s) => text.slice(s.start, s.end))).toEqual(['Tammen', 'Henrieke', 'de Almeida', 'Luísa', 'Maria', 'Clara']);
  });

  it('leaves no part of the name in clear', () => {
    const found = personDetector.detect(card, { region: 'DE' });
    const n = card.indexOf('N:Tammen');
    const given = card.indexOf('Henrieke', n);
    expect(found.some((f) => f.start <= given && f.end >= given + 'Henrieke'.length)).toBe(true);
  });

  it('reads N: lines only in a text with a vCard', () => {
    expect(vcardNames('N:Tammen;Henrieke;;;')).toEqual([]);
  });
});
