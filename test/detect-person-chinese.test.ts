import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';
import { chineseNames } from '../src/detect/person/chinese.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));
const chinese = (text: string) => chineseNames(text).map((s) => text.slice(s.start, s.end));

describe('Chinese names, family name first', () => {
  it('a family name and two given syllables, in title case or capitals', () => {
    expect(people('Salesperson: Lee Wai Kit\nIssued by: Cheah Mei Ling (Logistics)')).toEqual(['Lee Wai Kit', 'Cheah Mei Ling']);
    expect(people('Local transfer: Maybank, account name WONG KAR MUN, acc. no. 5140 2288 7731')).toEqual(['WONG KAR MUN']);
    expect(people('talk to the merchant team lead (Wong Li Hua) about the intake form')).toEqual(['Wong Li Hua']);
    expect(chinese('Der Film von Wong Kar-Wai lief gestern.')).toEqual(['Wong Kar-Wai']);
  });

  it('not a laugh, a bell, mixed case, one syllable only or a place', () => {
    expect(chinese('Ho Ho Ho, Merry Christmas! DING DONG DING')).toEqual([]);
    expect(chinese('Lee WAI Kit; Tan Lin; We met at Hong Kong Island.')).toEqual([]);
  });
});
