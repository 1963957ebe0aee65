import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';
import { definedNonPersons } from '../src/detect/person/defined.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('names a text defines as no person', () => {
  it('reads "X is a/the … city/company/…" and its German form', () => {
    expect([...definedNonPersons('Darwin is the capital city of the Northern Territory.')]).toEqual(['Darwin']);
    expect([...definedNonPersons('Cadbury\n\nCadbury is a British confectionery company.')]).toEqual(['Cadbury']);
    expect([...definedNonPersons('Seit 1977 ist Wetzlar eine Stadt. Wetzlar ist eine Stadt in Hessen.')]).toEqual(['Wetzlar']);
  });

  it('not a person described by a noun after "of", nor a person noun', () => {
    expect([...definedNonPersons('Kim is a member of the band. Lena ist eine Sängerin. Sarah is the best manager.')]).toEqual([]);
  });

  it('the city or firm is not masked at its other mentions; a person of the same name still is', () => {
    const text = 'Darwin, Northern Territory\n\nDarwin is the capital city of the Northern Territory. The harbour was named after the naturalist Charles Darwin. Today Darwin is home to 150,000 people.';
    expect(people(text)).toEqual(['Charles Darwin']);
  });
});
