/**
 * One-word place names (cities, countries, regions) from compromise's lexicon and towns from
 * GeoNames, built by scripts/build-places.ts: a town on a delegate list, in a route or after a
 * company's name ("Lagos", "Brisbane", "Zagreb") is no person, though the rules that read
 * capitalised words in lists and tables take it for one.
 */
import data from './places.generated.json' with { type: 'json' };

let places: Set<string> | undefined;

/** Whether a word (any case) is a one-word place name of the list. */
export function isPlaceWord(word: string): boolean {
  places ??= new Set(data.places.split('|'));
  return places.has(word.toLowerCase());
}

let towns: Set<string> | undefined;

/**
 * Whether a word (any case) is a town of the GeoNames list that is neither a listed name nor one of
 * isPlaceWord()'s places. Weaker evidence: many such towns are surnames too ("Aurich").
 */
export function isTownWord(word: string): boolean {
  towns ??= new Set(data.towns.split('|'));
  return towns.has(word.toLowerCase());
}
