import { describe, expect, it } from 'vitest';
import data from '../src/detect/person/names.generated.json' with { type: 'json' };
import { nameLists, SortedNameList } from '../src/detect/person/names.js';

describe('name lists', () => {
  it('the generated big lists are what SortedNameList needs: distinct words, ascending, "|"-joined, no blanks', () => {
    for (const joined of [data.given, data.surname, data.census, data.famous]) {
      expect(joined).not.toMatch(/[\s]|^\||\|\||\|$/);
      const words = joined.split('|');
      for (let i = 1; i < words.length; i++) expect(words[i - 1]! < words[i]!, `${words[i - 1]} < ${words[i]}`).toBe(true);
    }
  });

  it('SortedNameList.has agrees with a Set for every word, every neighbour and odd inputs', () => {
    // Fresh lists: past a few thousand lookups has() answers from a Set instead; both are checked.
    const L = nameLists();
    for (const [list, joined] of [[new SortedNameList(data.given, Infinity), data.given], [new SortedNameList(data.surname, Infinity), data.surname], [L.given, data.given]] as const) {
      const set = new Set(joined.split('|'));
      for (const w of set) {
        expect(list.has(w)).toBe(true);
        for (const v of [w.slice(1), w.slice(0, -1), `${w}a`, `${w}|`, `|${w}`, w.toLowerCase(), w.toUpperCase(), ` ${w}`]) expect(list.has(v), v).toBe(set.has(v));
      }
      for (const v of ['', '|', '||', 'A', 'Zzzzzz', '\uffff', ' ', 'Anna|Maria']) expect(list.has(v), v).toBe(set.has(v));
      expect(list.size).toBe(set.size);
    }
  });

  it('census surnames are a list of their own: only names the main lists lack, "Mc" names in both spellings', () => {
    const L = nameLists();
    expect(['Kavanagh', 'Wisniewski', 'McAllister', 'Mcallister'].every((w) => L.census.has(w))).toBe(true);
    for (const w of data.census.split('|').slice(0, 2000)) expect(L.surname.has(w) || L.given.has(w), w).toBe(false);
  });

  it('SortedNameList handles tiny lists', () => {
    expect(new SortedNameList('').has('a')).toBe(false);
    const one = new SortedNameList('Anna');
    expect([one.has('Anna'), one.has('Ann'), one.has('Annab'), one.has('')]).toEqual([true, false, false, false]);
    const three = new SortedNameList('Anna|Bert|Carl');
    expect(['Anna', 'Bert', 'Carl', 'A', 'Bertx', 'Dora'].map((w) => three.has(w))).toEqual([true, true, true, false, false, false]);
    expect([...three]).toEqual(['Anna', 'Bert', 'Carl']);
  });
});
