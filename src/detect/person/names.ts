import data from './names.generated.json' with { type: 'json' };

/** Name knowledge, built on first use (a few ms) so that importing the detector stays cheap. */
export interface NameLists {
  given: ReadonlySet<string>;
  surname: ReadonlySet<string>;
  /** US census surnames the two lists above lack: weaker evidence, a flag of the model's. */
  census: ReadonlySet<string>;
  /** Names that are also ordinary German words ("Koch", "Winter"). */
  deAmbig: ReadonlySet<string>;
  /** Names that are also ordinary English words ("Will", "Grant"). */
  enAmbig: ReadonlySet<string>;
  /** Surnames of famous people that are no word, place or given name ("Vettel", "Musharraf"; build-names.ts). */
  famous: ReadonlySet<string>;
}

let lists: NameLists | null = null;
let glued: ReadonlySet<string> | null = null;

/** English words of a glued user name's shape ("abroad", "though", "broom"; see build-names.ts). */
export function englishGluedWords(): ReadonlySet<string> {
  return (glued ??= new Set(data.enGlued.split('|')));
}

// Collisions the dictionaries do not flag (adjectives/verbs with a rare noun reading, brands).
const EXTRA_DE_AMBIG = `Frank Ernst Klein Lang Jung Groß Gross Kurz Stark Fromm Froh Frei Fest Stolz Kühn Mild Sauer
Rot Weiß Weiss Schwarz Braun Grün Blau Gelb Link Rechts Hart Weich Bauer Hahn Fuchs Vogel Adler Storch Wolf
Bär Löwe Fink Strauß Strauss Busch Baum Stein Berg Tal Feld Wald Wiese Bach See Meer Sonne Mond Stern Engel Teufel
Glück Segen Heil Friede Frieden Mut Hoffnung Rose Lilie Nelke Tulpe Aster Erika Heide Linde Eiche Birke Tanne Ahorn
Koch Schmied Müller Bäcker Fischer Jäger Weber Schneider Schuster Kaiser König Fürst Graf Herzog Ritter
Richter Vogt Meister Zimmermann Schäfer Kraft Post Bank Kasse Mark Will Jan Mai August Winter Sommer Herbst Lenz Ostern Pfingst Mercedes
Porsche Benz Siemens Bosch Miele Daimler Opel Ford Dell Tesla Oracle Apple Amazon Google Alexa Siri Linux Python Java Ruby
Jasmin Kira Nova Luna Sky Summer Autumn April June Ruby Amber Jade Pearl Crystal`;
const EXTRA_EN_AMBIG = `Will May Mark Bill Grant Rose Page Young Long Brown White Black Green Gray Grey Hunter Bishop
Cook Baker Miller Smith Carter Parker Walker Turner Cooper King Bell Hill Wood Stone Rich Hope Faith Grace Joy Honor
Chase Frank Earnest Art Guy Pat Sue Dick Rob Gene Jack Bob Nick Ray Don Dean Drew Hank Max Gray Summer Autumn April June
Apple Amazon Google Tesla Ford Dell Oracle Alexa Siri Ruby Python Java Windows Office Teams Slack Zoom Jira Excel Word`;

const SET_AFTER_LOOKUPS = 4096;

/**
 * A name list held as its generated form, one sorted "|"-joined string, and searched by binary
 * search in it. Building a Set of the ~17,000 given names and ~17,000 surnames cost ~8 ms at
 * every start, while a short text looks up only a few dozen words (issue #3); a lookup here costs
 * ~15 string comparisons. The Set is built after a few thousand lookups, or on first use of
 * anything but has().
 */
export class SortedNameList implements ReadonlySet<string> {
  readonly #s: string;
  readonly #setAfter: number;
  #set: Set<string> | null = null;
  #lookups = 0;

  /** `joined`: distinct words in ascending UTF-16 order, "|"-separated, none empty. */
  constructor(joined: string, setAfterLookups = SET_AFTER_LOOKUPS) {
    this.#s = joined;
    this.#setAfter = setAfterLookups;
  }

  has(w: string): boolean {
    // Past a few thousand lookups (a long text) the Set pays for itself.
    if (this.#set) return this.#set.has(w);
    if (++this.#lookups > this.#setAfter) return this.#all().has(w);
    const s = this.#s;
    if (w.length === 0 || s.length === 0 || w.includes('|')) return false;
    let lo = 0;
    let hi = s.length; // the word starting at a position in [lo, hi) is what remains to search
    while (lo < hi) {
      // A word boundary near the middle: the start of the word holding position mid.
      const mid = (lo + hi) >>> 1;
      const start = s.lastIndexOf('|', mid - 1) + 1;
      const from = start < lo ? lo : start;
      let end = s.indexOf('|', from);
      if (end < 0) end = s.length;
      const word = s.slice(from, end);
      if (word === w) return true;
      if (word < w) lo = end + 1;
      else hi = from;
    }
    return false;
  }

  #all(): Set<string> {
    return (this.#set ??= new Set(this.#s.length ? this.#s.split('|') : []));
  }
  get size(): number {
    return this.#all().size;
  }
  forEach(cb: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const w of this.#all()) cb.call(thisArg, w, w, this);
  }
  entries(): SetIterator<[string, string]> {
    return this.#all().entries();
  }
  keys(): SetIterator<string> {
    return this.#all().keys();
  }
  values(): SetIterator<string> {
    return this.#all().values();
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.#all()[Symbol.iterator]();
  }
}

/** Listed as a name that is also an ordinary German or English word ("Vogel", "Long"). */
export function ambiguousName(L: NameLists, w: string): boolean {
  return L.deAmbig.has(w) || L.enAmbig.has(w);
}

/**
 * A name one of the lists holds (census surnames included), as written there ("Müller"): also a
 * double name whose every part is one ("Llywelyn-Jones"), and "O'Brien", which the census list
 * writes "Obrien".
 */
export function listedName(L: NameLists, w: string): boolean {
  if (L.given.has(w) || L.surname.has(w) || L.census.has(w)) return true;
  if (w.includes('-')) return w.split('-').every((p) => p !== '' && listedName(L, p));
  return /^O['’]\p{Lu}/u.test(w) && L.census.has(`O${w.slice(2).toLowerCase()}`);
}

/** A word as the name lists hold it: "MÜLLER", "müller" → "Müller". */
export function titled(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

export function nameLists(): NameLists {
  if (lists) return lists;
  const s = (x: string) => new Set(x.split(/[|\s]+/).filter(Boolean));
  // The generated lists are "|"-joined without blanks: a plain split (twice as fast at start-up)
  // gives the same words. Anything else takes the general path.
  const g = (x: string) => (/[\s]|^\||\|\||\|$/.test(x) ? s(x) : new Set(x.split('|')));
  const deAmbig = g(data.deAmbig);
  for (const w of s(EXTRA_DE_AMBIG)) deAmbig.add(w);
  const enAmbig = g(data.enAmbig);
  for (const w of s(EXTRA_EN_AMBIG)) enAmbig.add(w);
  // scripts/build-names.ts writes them sorted, distinct and "|"-joined, which SortedNameList
  // relies on (test/names.test.ts checks the generated file).
  lists = { given: new SortedNameList(data.given), surname: new SortedNameList(data.surname), census: new SortedNameList(data.census), deAmbig, enAmbig, famous: new SortedNameList(data.famous) };
  return lists;
}
