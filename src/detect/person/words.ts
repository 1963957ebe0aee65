/**
 * Frequent German words (lower-case), as a Bloom filter built by scripts/build-words.ts: a
 * capitalised word that is none of them, nor a compound ending in one, is more likely a name.
 * ~1 % false positives; no allocation per lookup (hashes run over a range of the string).
 */
import data from './words.generated.json' with { type: 'json' };

/**
 * Filter size for n words: m bits (a multiple of 8), k hashes. ~1 % false positives by default;
 * `rare` for ~0.01 %, for the small filters consulted first (a false 'p' outranks every other
 * class: at 1 % a long text has hundreds of nouns taken for proper names).
 */
export function bloomSize(n: number, rare = false): { m: number; k: number } {
  const m = Math.ceil((n * (rare ? 19.2 : 9.6)) / 8) * 8;
  return { m, k: rare ? 13 : 7 };
}

export class BloomFilter {
  private readonly m: number;
  // The two hashes of the last hash() call: fields, so a lookup allocates nothing.
  private h1 = 0;
  private h2 = 0;
  constructor(
    readonly bits: Uint8Array,
    private readonly k: number,
  ) {
    this.m = bits.length * 8;
  }
  add(w: string): void {
    this.hash(w, 0, w.length);
    for (let j = 0; j < this.k; j++) {
      const b = this.probe(j);
      this.bits[b >>> 3]! |= 1 << (b & 7);
    }
  }
  /** Whether w.slice(from, to) may be in the set. */
  has(w: string, from = 0, to = w.length): boolean {
    this.hash(w, from, to);
    for (let j = 0; j < this.k; j++) {
      const b = this.probe(j);
      if ((this.bits[b >>> 3]! & (1 << (b & 7))) === 0) return false;
    }
    return true;
  }
  /** Two hashes (FNV-1a and a multiplicative one) over the range, for double hashing. */
  private hash(w: string, from: number, to: number): void {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = from; i < to; i++) {
      const c = w.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    this.h1 = h1;
    this.h2 = h2 | 1;
  }
  private probe(j: number): number {
    return ((this.h1 + Math.imul(j, this.h2)) >>> 0) % this.m;
  }
}

let filter: BloomFilter | null = null;
let proper: BloomFilter | null = null;
let unverified: BloomFilter | null = null;

function decode(bits: string, k: number): BloomFilter {
  const buf = Buffer.from(bits, 'base64');
  return new BloomFilter(new Uint8Array(buf.buffer, buf.byteOffset, buf.length), k);
}

/** The filter of frequent German words, decoded on first use. */
export function germanWords(): BloomFilter {
  return (filter ??= decode(data.bits, data.k));
}

/** The filter of proper names that are no ordinary German word ("Stalin", "Mozart"; see build-words.ts). */
export function properNames(): BloomFilter {
  return (proper ??= decode(data.properBits, data.properK));
}

let english: BloomFilter | null = null;
/** A frequent English word in lower case ("points", "guardian"; see build-words.ts), decoded on first use. */
export function isEnglishWord(lw: string): boolean {
  return (english ??= decode(data.englishBits, data.englishK)).has(lw);
}

/** Frequent tokens the dictionary does not know ("ramelow", "latimer", "jimmy"; see build-words.ts). */
function unverifiedWords(): BloomFilter {
  return (unverified ??= decode(data.unverifiedBits, data.unverifiedK));
}

/**
 * Class of a capitalised word by the word lists: 'p' a proper name that is no ordinary word,
 * 'w' a frequent word, 'h' hyphenated, 'c' a compound whose tail (4 letters or more) is one and
 * whose head (3 or more) is made of them too, 'u' a frequent token no dictionary knows (mostly
 * names and foreign words), 'o' none of these.
 */
export function wordClass(w: string): string {
  const lw = w.toLowerCase();
  if (properNames().has(lw)) return 'p';
  const f = germanWords();
  if (f.has(lw)) return 'w';
  if (lw.indexOf('-') >= 0) return 'h';
  let heads: Uint8Array | undefined;
  for (let k = 3; k <= lw.length - 4; k++) if (f.has(lw, k) && (heads ??= headSplits(f, lw, lw.length - 4))[k] === 1) return 'c';
  // English derivations the German lists lack: a department or an activity ("Purchasing",
  // "Accounting", "Procurement"), not a name.
  if (lw.length >= 7 && EN_DERIVED.test(lw)) return 'c';
  return unverifiedWords().has(lw) ? 'u' : 'o';
}
const EN_DERIVED = /(?:ing|tion|ment|ness|ship|ity)$/;

/**
 * For each j up to k, 1 where lw.slice(0, j) is itself made of words: one or more of 3 letters or
 * more, each perhaps with a linking element ("Zahlung-s-", "Tasche-n-", "Kind-er-"): the head of a
 * real compound ("Bundesverfassungs|gericht"), not a name that merely ends in a word ("Halm|ich",
 * "Trenc|hard").
 */
function headSplits(f: BloomFilter, lw: string, k: number): Uint8Array {
  const ok = new Uint8Array(k + 1);
  ok[0] = 1;
  for (let j = 3; j <= k; j++) {
    for (let i = 0; i <= j - 3 && !ok[j]; i++) {
      if (!ok[i]) continue;
      if (f.has(lw, i, j)) ok[j] = 1;
      else if (j - i >= 4 && (lw[j - 1] === 's' || lw[j - 1] === 'n' || lw[j - 1] === 'e') && f.has(lw, i, j - 1)) ok[j] = 1;
      else if (j - i >= 5 && (lw.endsWith('en', j) || lw.endsWith('er', j)) && f.has(lw, i, j - 2)) ok[j] = 1;
    }
  }
  return ok;
}

/** Whether a word class (wordClass()) is that of a name-like word: a proper name or no word at all. */
export function nameLikeClass(cls: string): boolean {
  return cls === 'o' || cls === 'p' || cls === 'u';
}
