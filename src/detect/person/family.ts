/**
 * Names that family words introduce: a birth name ("Hanna Albers geb. Wübbels", "née Hartley",
 * "Dorothea Grimm, geborene Zimmer"; spelled out only after a comma, not "eine geborene Münchnerin"),
 * a household ("Ehepaar Gundlach", "Eheleute Brakemann", "Fam. Tiedke"), and a relative's name
 * with the relation after it ("Sunanda Kulkarni (mother, Pune)"). These words stand next to a
 * name and nothing else, so the name needs no list: only no ordinary word.
 */
import { NEVER_NAMES } from './lexicon.js';
import { listedName, type NameLists } from './names.js';
import { nameLikeClass, wordClass } from './words.js';
import type { ScoredSpan } from './span.js';

const NAME = String.raw`(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?![\p{L}\p{N}])`;
// The comma's test comes after "geborene", not before it: a lookbehind opening an alternative
// made V8 try the pattern at every position (140 ms per 4 MB instead of 4).
const BIRTH_NAME = new RegExp(String.raw`(?<![\p{L}])(?:geb\.|geborene[rn]?(?<=[,(][ \t]*geborene[rn]?)|née|nee)[ \t]+` + NAME, 'gu');
// The name may stand on the next line of an address block: "Eheleute\nJan-Derk Ubbens".
const HOUSEHOLD = new RegExp(String.raw`(?<![\p{L}])(?:Ehepaar|Eheleute|Familie|Fam\.|Geschwister|Witwe|Witwer)(?:[ \t]+|[ \t]*\r?\n[ \t]*)` + NAME, 'gu');
/** A house's caretaker by surname, as tenants and managers write it: "Hausmeister Adler", "Hauswartin Jung". */
const CARETAKER = new RegExp(String.raw`(?<![\p{L}])(?:Hausmeister|Hauswart)(?:in)?[ \t]+` + NAME, 'gu');
const CAPITAL_NEXT = /^[ \t]+\p{Lu}/u;
const NEXT_NAME = new RegExp(String.raw`^[ \t]+` + NAME, 'u');
/** English households: "the Hopkins family", "the Okafors' payment" (a listed surname in the plural). */
const THE_FAMILY = new RegExp(String.raw`\b[Tt]he[ \t]+` + NAME + String.raw`[ \t]+(?:family|household|twins|children)\b`, 'gu');
const THE_PLURAL = /\b[Tt]he[ \t]+(\p{Lu}[\p{Ll}\p{M}'’]+s)['’](?![\p{L}])/gu;

/**
 * A name, then the bearer's relation to someone in parentheses: emergency contacts and
 * next-of-kin lines ("Sunanda Kulkarni (mother, Pune)", "Rohan Deshpande (husband)"), guest and
 * pick-up lists ("Hannelore Weber (Nachbarin)"). Also whose relation it is: "(Alfie's mum)".
 */
const RELATION = String.raw`(?:mother|father|mum|mom|dad|husband|wife|spouse|son|daughter|brother|sister|grandmother|grandfather|grandma|grandad|grandpa|nan|aunt|auntie|uncle|cousin|niece|nephew|friend|neighbour|neighbor|fianc[ée]e?|carer|guardian|stepmother|stepfather|Mutter|Vater|Mama|Papa|Ehemann|Ehefrau|Ehepartner(?:in)?|Lebensgef[äa]hrt(?:e|in)|Sohn|Tochter|Bruder|Schwester|Oma|Opa|Gro[ßs]mutter|Gro[ßs]vater|Tante|Onkel|Cousine?|Nichte|Neffe|Freund(?:in)?|Nachbar(?:in)?|Betreuer(?:in)?|Vormund)`;
/** At a "(": the relation, perhaps whose ("(Alfie's mum)"), then the parenthesis' end or a comma. */
const RELATION_AT = new RegExp(String.raw`\((?:(\p{Lu}[\p{Ll}\p{M}]+)['’]s[ \t]+)?${RELATION}(?=[ \t]*[,;)])`, 'yu');
/** The name before the parenthesis: one to three capitalised words. */
const NAME_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?){0,2})[ \t]*$/u;

/** Every word (each part of a double name) a listed name or a name-like word: no compound ("Steuerbüro"). */
function namelike(L: NameLists, words: readonly string[]): boolean {
  return words.every((w) => !NEVER_NAMES.has(w) && w.split('-').every((p) => listedName(L, p) || nameLikeClass(wordClass(p))));
}

/**
 * An Irish surname with its particle: "Ó Dubhghaill", "Ní Bhriain", "Uí Néill" (the particles are no
 * English or German word). Not before another capitalised word: "Ó Murchú Haulage Ltd" is a firm, and
 * a full name is the other rules'.
 */
const GAELIC_SURNAME = /(?<![\p{L}\p{N}])(?:Ó|Ní|Uí|Nic|Mhic)[ \t]\p{Lu}[\p{Ll}\p{M}'’]+(?:[ \t](?:Giolla|an|na)[ \t]\p{Lu}[\p{Ll}\p{M}'’]+)?(?![\p{L}\p{N}]|[ \t]+\p{Lu})/gu;

/** The patterns a word introduces a name with, their scores, and the cheap test whether the text can hold them. */
const INTRODUCED: ReadonlyArray<readonly [RegExp, number, (text: string) => boolean]> = [
  [BIRTH_NAME, 0.85, (t) => t.indexOf('geb') >= 0 || t.indexOf('née') >= 0 || t.indexOf('nee ') >= 0],
  [HOUSEHOLD, 0.8, (t) => /Ehe|Fam|Geschwister|Witw/.test(t)],
  [CARETAKER, 0.8, (t) => t.indexOf('Haus') >= 0],
];

/**
 * A caretaker's name, not the place or firm he serves ("Hausmeister Kurzentrum", "Hausmeister
 * Lager Bremerhaven"): a listed name, and one that is a word too ("Adler") only where no second
 * capitalised word follows (`after`: the text right after it).
 */
function caretakerName(L: NameLists, w: string, after: string): boolean {
  return listedName(L, w) && (wordClass(w) !== 'w' || L.surname.has(w) || (L.deAmbig.has(w) && !CAPITAL_NEXT.test(after)));
}

export function familyNames(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  if (text.indexOf('Ó ') >= 0 || text.indexOf('Ní ') >= 0 || text.indexOf('Uí ') >= 0 || text.indexOf('Nic ') >= 0 || text.indexOf('Mhic ') >= 0) {
    GAELIC_SURNAME.lastIndex = 0;
    let g: RegExpExecArray | null;
    while ((g = GAELIC_SURNAME.exec(text))) out.push({ start: g.index, end: g.index + g[0].length, score: 0.8 });
  }
  // Found from each "(" (a pattern opening with the name, tried at every position, cost ~5 %).
  for (let k = text.indexOf('('); k >= 0; k = text.indexOf('(', k + 1)) {
    RELATION_AT.lastIndex = k;
    const r = RELATION_AT.exec(text);
    if (!r) continue;
    const n = NAME_BEFORE.exec(text.slice(Math.max(0, k - 80), k));
    if (n) {
      const name = n[1]!;
      const start = Math.max(0, k - 80) + n.index;
      if (namelike(L, name.split(/[ \t]+/))) out.push({ start, end: start + name.length, score: 0.8 });
    }
    const whose = r[1];
    if (whose && namelike(L, [whose])) out.push({ start: k + 1, end: k + 1 + whose.length, score: 0.75 });
  }
  for (const [re, score, present] of INTRODUCED) {
    if (!present(text)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const w = m[1]!;
      // A never-name only as a listed surname ("Familie Sommer", "Familie Winter"); each part of
      // a double name a name or no ordinary word ("Familie Backend-Team" is none).
      if ((NEVER_NAMES.has(w) && !L.surname.has(w)) || w.split('-').some((p) => !listedName(L, p) && wordClass(p) === 'w')) continue;
      if (re === CARETAKER && !caretakerName(L, w, text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
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
      // A surname the lists know, and no word ("the Royal family", "the Smith family" yes); a
      // word only if the surname list holds it ("the Lynch family", "the Baker family").
      if (NEVER_NAMES.has(w) || !listedName(L, w) || (wordClass(w) === 'w' && !L.surname.has(w))) continue;
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
