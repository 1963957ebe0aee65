/**
 * Builds src/detect/person/words.generated.json: which lower-case strings are frequent German
 * words, as a Bloom filter (src/detect/person/words.ts reads it). The person model uses it to tell
 * a capitalised word it has never seen as a name ("Halmich", "Eymer") from an ordinary noun
 * ("Vorgeschmack") or a compound of one ("Werkabschnitt").
 *
 *   node --import tsx scripts/build-words.ts [DIR]
 *
 * Source (read at build time only): @zxcvbn-ts/language-de (MIT, Copyright (c) 2012-2016 Dan
 * Wheeler and Dropbox, Inc.), its `commonWords.json` (~12,500 frequent words) and
 * `wikipedia.json` (~65,000 frequent Wikipedia tokens), lower-case. DIR is the package's `src`
 * folder (default: resolved from node_modules). Only the filters' bits are written, not the words.
 *
 * The Wikipedia tokens hold the famous names of German text ("stalin", "bismarck", "steinmeier"),
 * and a name that counts as a frequent word looks like a noun to the detector. So a second filter
 * holds proper names: what the German Hunspell dictionary (dictionary-de, igerman98, GPL/LGPL;
 * only membership bits are kept) lists capitalised with no noun inflection (flags "S" or none:
 * "Stalin/S", "Mozart/S"), plus @zxcvbn-ts/language-de's given names and surnames; minus every
 * word the dictionary also has in lower case or as an inflected noun ("Koch", "Richter",
 * "Winter"). wordClass() answers 'p' for them before it looks at the frequent words.
 *
 * The output is committed: `npm ci` needs neither this script nor the package. Re-run it after
 * changing the filter parameters in words.ts and commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
import { BloomFilter, bloomSize } from '../src/detect/person/words.js';

const here = dirname(fileURLToPath(import.meta.url));
const req = createRequire(import.meta.url);
const OUT = resolve(here, '..', 'src', 'detect', 'person', 'words.generated.json');

let dir = process.argv[2];
if (!dir) {
  dir = join(dirname(req.resolve('@zxcvbn-ts/language-de/package.json')), 'src');
}
const frequent = new Set<string>();
for (const f of ['commonWords.json', 'wikipedia.json']) {
  for (const w of JSON.parse(readFileSync(join(dir, f), 'utf8')) as string[]) {
    const lw = w.toLowerCase();
    if (lw.length >= 2 && /^[\p{Ll}\p{M}'’-]+$/u.test(lw)) frequent.add(lw);
  }
}

const proper = new Set<string>();
const notProper = new Set<string>();
const dictionary = (await import('dictionary-de')).default as { aff: Uint8Array; dic: Uint8Array };
const dic = new TextDecoder('utf-8').decode(dictionary.dic);
for (const line of dic.split('\n').slice(1)) {
  const slash = line.indexOf('/');
  const w = (slash < 0 ? line : line.slice(0, slash)).trim();
  const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
  if (!/^\p{L}[\p{L}\p{M}'’-]+$/u.test(w)) continue;
  const lw = w.toLowerCase();
  if (w !== lw && /^\p{Lu}\p{Ll}/u.test(w) && (flags === 'S' || flags === '')) proper.add(lw);
  else notProper.add(lw);
}
for (const f of ['firstnames.json', 'lastnames.json']) {
  for (const w of JSON.parse(readFileSync(join(dir, f), 'utf8')) as string[]) {
    const lw = w.toLowerCase();
    if (lw.length >= 2 && /^[\p{Ll}\p{M}'’-]+$/u.test(lw)) proper.add(lw);
  }
}
// The English dictionary's proper names ("Jefferson/M", "Agassi/M", "Neruda/M"): German news
// text names foreign people the German lists lack. Minus what either dictionary has in lower case.
const en = new TextDecoder('utf-8').decode(((await import('dictionary-en')).default as { dic: Uint8Array }).dic);
const enLower = new Set<string>();
const enProper: string[] = [];
for (const line of en.split('\n').slice(1)) {
  const slash = line.indexOf('/');
  const w = (slash < 0 ? line : line.slice(0, slash)).trim();
  if (/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w)) enProper.push(w.toLowerCase());
  else if (/^[\p{Ll}\p{M}'’-]+$/u.test(w)) enLower.add(w);
}
for (const lw of enProper) if (!enLower.has(lw)) proper.add(lw);
for (const w of notProper) proper.delete(w);

// A frequent token is a word only if the dictionary accepts it, inflected or not, and it is no
// proper name there: the Wikipedia list is full of surnames ("ramelow", "röttgen", "rindt"), and
// as "words" they made names look like nouns (and "Dobrindt" a compound of "rindt").
const spell = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
// The English dictionary too: German business text is full of English words ("Cloud", "Team").
const spellEn = nspell(Buffer.from(((await import('dictionary-en')).default as { aff: Uint8Array }).aff), Buffer.from(en));
const spelled = (w: string) => spell.correct(w) || spell.correct(w.charAt(0).toUpperCase() + w.slice(1));
// nspell knows no compounding, which igerman98 relies on ("Aufsichtsrat", "Maßnahme" are built
// from "Aufsicht" + "s" + "Rat" and "Maß" + "nahme/Noz"): a word is also verified when it splits
// into a dictionary stem or word (with an optional linking "s") and a verified rest.
const stems = new Set<string>();
for (const line of dic.split('\n').slice(1)) {
  const w = line.split('/')[0]!.trim().toLowerCase();
  if (w.length >= 3 && !proper.has(w)) stems.add(w);
}
const part = (x: string) => stems.has(x) || spelled(x);
const compoundMemo = new Map<string, boolean>();
const compound = (x: string): boolean => {
  const known = compoundMemo.get(x);
  if (known !== undefined) return known;
  let v = false;
  for (let k = 3; k <= x.length - 3 && !v; k++) {
    const head = x.slice(0, k);
    const tail = x.slice(k);
    // Only joints the run-time compound test (a known tail of 4 letters or more) cannot see: a
    // linking "s" or a 3-letter tail. Surnames are often plain compounds of words ("Schönberg",
    // "Lindemann"), and as verified words they would look like nouns.
    const linked = head.endsWith('s') && head.length > 3 && part(head.slice(0, -1));
    if (!(linked || (tail.length === 3 && part(head)))) continue;
    v = part(tail) || compound(tail);
  }
  compoundMemo.set(x, v);
  return v;
};
const words = new Set<string>();
const unverified = new Set<string>();
for (const lw of frequent) {
  const ok = !proper.has(lw) && (spelled(lw) || spellEn.correct(lw) || compound(lw));
  (ok ? words : unverified).add(lw);
}
// Frequent English words (@zxcvbn-ts/language-en, MIT: subtitle and Wikipedia frequency lists)
// that the English dictionary accepts, inflected or not, in lower case: the words a lower-case
// given name is followed by in chat text ("anna points out", "tammy as guardian"), unlike a
// surname no list has ("roberto yamamura"). The dictionary check leaves out the lists' names
// ("john", "smith" are capitalised in Hunspell).
const enDir = join(dirname(req.resolve('@zxcvbn-ts/language-en/package.json')), 'src');
const english = new Set<string>();
for (const f of ['commonWords.json', 'wikipedia.json']) {
  for (const w of JSON.parse(readFileSync(join(enDir, f), 'utf8')) as string[]) {
    const lw = w.toLowerCase();
    if (lw.length >= 2 && /^[a-z]+$/.test(lw) && spellEn.correct(lw)) english.add(lw);
  }
}
const bloomOf = (set: Set<string>, rare = false) => {
  const { m, k } = bloomSize(set.size, rare);
  const b = new BloomFilter(new Uint8Array(m >>> 3), k);
  for (const w of set) b.add(w);
  return { b, m, k };
};
const { b: bloom, m, k } = bloomOf(words);
const { b: properBloom, m: pm, k: pk } = bloomOf(proper, true);
const { b: unverifiedBloom, k: uk } = bloomOf(unverified);
const { b: englishBloom, k: ek } = bloomOf(english);

writeFileSync(
  OUT,
  `${JSON.stringify({
    note: 'Generated by scripts/build-words.ts: Bloom filters of frequent German words from @zxcvbn-ts/language-de (MIT, Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.), of proper names from dictionary-de (igerman98) and @zxcvbn-ts/language-de, and of frequent English words from @zxcvbn-ts/language-en (MIT) checked with dictionary-en. Do not edit.',
    words: words.size,
    k,
    bits: Buffer.from(bloom.bits).toString('base64'),
    properNames: proper.size,
    properK: pk,
    properBits: Buffer.from(properBloom.bits).toString('base64'),
    unverified: unverified.size,
    unverifiedK: uk,
    unverifiedBits: Buffer.from(unverifiedBloom.bits).toString('base64'),
    english: english.size,
    englishK: ek,
    englishBits: Buffer.from(englishBloom.bits).toString('base64'),
  })}\n`,
);
console.log(`${words.size} words, ${m} bits, k=${k}; ${proper.size} proper names, ${pm} bits; ${unverified.size} unverified; ${english.size} English words → ${OUT}`);
