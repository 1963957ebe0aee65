/**
 * Names that family words introduce: a birth name ("Hanna Albers geb. Wübbels", "née Hartley")
 * and a household ("Ehepaar Gundlach", "Eheleute Brakemann", "Fam. Tiedke"). These words are
 * followed by a name and nothing else, so the name needs no list: only no ordinary word.
 */
import { NEVER_NAMES } from './lexicon.js';
import { listedName, type NameLists } from './names.js';
import { wordClass } from './words.js';
import type { ScoredSpan } from './span.js';

const NAME = String.raw`(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?![\p{L}\p{N}])`;
const BIRTH_NAME = new RegExp(String.raw`(?<![\p{L}])(?:geb\.|née|nee)[ \t]+` + NAME, 'gu');
// The name may stand on the next line of an address block: "Eheleute\nJan-Derk Ubbens".
const HOUSEHOLD = new RegExp(String.raw`(?<![\p{L}])(?:Ehepaar|Eheleute|Familie|Fam\.|Geschwister|Witwe|Witwer)(?:[ \t]+|[ \t]*\r?\n[ \t]*)` + NAME, 'gu');
const NEXT_NAME = new RegExp(String.raw`^[ \t]+` + NAME, 'u');
/** English households: "the Hopkins family", "the Okafors' payment" (a listed surname in the plural). */
const THE_FAMILY = new RegExp(String.raw`\b[Tt]he[ \t]+` + NAME + String.raw`[ \t]+(?:family|household|twins|children)\b`, 'gu');
const THE_PLURAL = /\b[Tt]he[ \t]+(\p{Lu}[\p{Ll}\p{M}'’]+s)['’](?![\p{L}])/gu;

export function familyNames(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  for (const [re, score] of [[BIRTH_NAME, 0.85], [HOUSEHOLD, 0.8]] as const) {
    if (re === BIRTH_NAME ? text.indexOf('geb') < 0 && text.indexOf('née') < 0 && text.indexOf('nee ') < 0 : !/Ehe|Fam|Geschwister|Witw/.test(text)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const w = m[1]!;
      // Each part of a double name a name or no ordinary word ("Familie Backend-Team" is none).
      if (NEVER_NAMES.has(w) || w.split('-').some((p) => !listedName(L, p) && wordClass(p) === 'w')) continue;
      const start = m.index + m[0].length - w.length;
      // A given name, then the surname: "Eheleute Jan-Derk Ubbens und Tjarda Ubbens".
      const next = re === HOUSEHOLD && L.given.has(w.split('-')[0]!) ? NEXT_NAME.exec(text.slice(start + w.length, start + w.length + 40)) : null;
      const end = next && !NEVER_NAMES.has(next[1]!) && wordClass(next[1]!) !== 'w' ? start + w.length + next[0].length : start + w.length;
      out.push({ start, end, score });
    }
  }
  if (text.indexOf('the ') >= 0 || text.indexOf('The ') >= 0) {
    let m: RegExpExecArray | null;
    THE_FAMILY.lastIndex = 0;
    while ((m = THE_FAMILY.exec(text))) {
      const w = m[1]!;
      // A surname the lists know, and no word ("the Royal family", "the Smith family" yes).
      if (NEVER_NAMES.has(w) || !listedName(L, w) || wordClass(w) === 'w') continue;
      const start = m.index + m[0].indexOf(w, 4);
      out.push({ start, end: start + w.length, score: 0.8 });
    }
    THE_PLURAL.lastIndex = 0;
    while ((m = THE_PLURAL.exec(text))) {
      const w = m[1]!;
      const one = w.slice(0, -1);
      // "the Okafors'", "the Nguyens'": a listed surname that is no given name or word ("the Jones'" is one).
      if (!(L.surname.has(one) || L.census.has(one)) || L.given.has(one) || wordClass(one) === 'w' || L.enAmbig.has(one)) continue;
      const start = m.index + m[0].indexOf(w, 4);
      out.push({ start, end: start + w.length, score: 0.75 });
    }
  }
  return out;
}
