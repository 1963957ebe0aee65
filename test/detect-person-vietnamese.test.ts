import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';
import { vietnameseNames } from '../src/detect/person/vietnamese.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));
const spans = (text: string) => vietnameseNames(text).map((s) => text.slice(s.start, s.end));

describe('Vietnamese names, family name first', () => {
  it('takes the family name with its given syllables, with or without marks, in any case', () => {
    expect(people('- Neue Aushilfe Tran Quoc Bao, Minijob, ab 15.02.')).toEqual(['Tran Quoc Bao']);
    expect(people('Ha hilft mir beim Korrigieren. Pham Thu Ha 10:32 bin dran')).toEqual(['Pham Thu Ha']);
    expect(people('Betrag ausgezahlt durch Vu Thi Huong')).toEqual(['Vu Thi Huong']);
    expect(spans('Nguyễn Văn An kommt; NGUYEN THI LAN;DE89')).toEqual(['Nguyễn Văn An', 'NGUYEN THI LAN']);
  });

  it('needs two syllables after a short family name, and leaves the city and other words', () => {
    expect(spans('Le Mans und Do An, Ho Tam')).toEqual([]);
    expect(spans('Flug nach Ho Chi Minh City, dann Ho-Chi-Minh-Stadt')).toEqual([]);
    expect(spans('Tran Verkauf')).toEqual([]);
  });
});
