import { ENTITY_TYPES, type EntityType, type Finding } from '../types.js';

const TYPE_INDEX: ReadonlyMap<string, number> = new Map(ENTITY_TYPES.map((t, i) => [t, i]));
import type { KnownValue } from './types.js';

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** WORD_CHAR.test(text[i]): a single code unit (a surrogate half alone is no word character). */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 0xd800 || c > 0xdfff ? wordUnitAt(text, i) === 1 : false;
}

// Word-character classes per UTF-16 code unit, filled lazily: 0 unknown, 1 word, 2 not.
// (ASCII is filled up front; astral code points are tested one by one.)
const UNIT_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  UNIT_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 2;
}

/** Length in code units of the word code point at i (1 or 2), or 0: what /[\p{L}\p{N}_]+/gu matches. */
function wordUnitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = UNIT_CLASS[c]!;
  if (k === 1) return 1;
  if (k === 2) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  UNIT_CLASS[c] = k;
  return k === 1 ? 1 : 0;
}

// 30 bits: the hash stays a small integer (no heap number per word) on every V8 build.
const HASH_MASK = 0x3fffffff;

function hashRange(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) & HASH_MASK;
  return h;
}

/**
 * Finds every whole-word occurrence of values that are already known (held in the vault, or on
 * the deny list), in time linear in the text however many values there are.
 *
 * Each value is indexed under one of its word runs (its "anchor"), chosen so that buckets stay
 * small: a run that few other values use, preferring long ones (for "+49 30 1234567" the
 * digits, not "49", which every German number shares). Scanning the text then visits each word
 * once and checks only the values anchored on that word. (A general Aho–Corasick package was
 * tried first: with ten thousand values it took 47 s for 100 kB of text.) The scan allocates
 * nothing per word: words are looked up by a hash of their characters, then compared in place.
 *
 * Memory: one matcher holds every value of the vault for a whole run, so the index is a few
 * flat arrays (value, type, anchor offset and length per candidate) and one Map from anchor hash
 * to candidate number(s) — no object per value. (With an object per candidate, a Map of anchor
 * words and a Set of values, 250,000 values took 45 MB; now about a quarter of that.)
 */
export class KnownValueMatcher {
  private readonly values: string[] = [];
  private readonly types: number[] = [];
  /** Where the anchor word starts inside the value, and its length. */
  private readonly anchorAt: number[] = [];
  private readonly anchorLen: number[] = [];
  /**
   * Anchor hash → one candidate number, or, for a hash several candidates share, a packed list
   * of (candidate, anchor offset, anchor length, probe) — see probeOf. A common surname anchors
   * dozens of full names; the packed list rules nearly all of them out without touching their
   * strings (scattered in memory: a cache miss each).
   */
  private readonly byHash = new Map<number, number | number[]>();
  /**
   * One bit per anchor hash, folded to 16+ bits per value (so ~6 % of the words that are no
   * anchor still go to the Map): most words of a text are no anchor, and a bit answers that
   * several times faster than a Map lookup.
   */
  private filter = new Int32Array(64);
  private filterMask = 64 * 32 - 1;

  constructor(values: Iterable<KnownValue>, private readonly detector = 'known') {
    this.add(values);
  }

  get size(): number {
    return this.values.length;
  }

  /**
   * Indexes more values. Adding values in pieces builds exactly the index that one constructor
   * call with all of them (in the same order) builds.
   */
  add(values: Iterable<KnownValue>): void {
    for (const v of values) this.addValue(v.type, v.value);
  }

  addValue(type: EntityType, value: string): void {
    if (value.length < 2) return;
    // The word runs (/[\p{L}\p{N}_]+/gu matches) of the value; the anchor is the cheapest.
    let bestAt = -1;
    let bestLen = 0;
    let bestHash = 0;
    let bestCost = Infinity;
    for (let i = 0; i < value.length; ) {
      let k = wordUnitAt(value, i);
      if (k === 0) {
        i++;
        continue;
      }
      const at = i;
      do i += k;
      while (i < value.length && (k = wordUnitAt(value, i)) !== 0);
      const h = hashRange(value, at, i);
      const users = this.anchored(h, value, at, i - at);
      if (users < 0) return; // already indexed
      const cost = users * 4 - Math.min(i - at, 12);
      if (cost < bestCost) {
        bestAt = at;
        bestLen = i - at;
        bestHash = h;
        bestCost = cost;
      }
    }
    if (bestAt < 0) return;
    const c = this.values.length;
    this.values.push(value);
    this.types.push(TYPE_INDEX.get(type)!);
    this.anchorAt.push(bestAt);
    this.anchorLen.push(bestLen);
    const prev = this.byHash.get(bestHash);
    if (this.values.length * 16 > this.filterMask + 1) this.growFilter();
    else this.setBit(bestHash);
    if (prev === undefined) this.byHash.set(bestHash, c);
    else if (typeof prev === 'number') this.byHash.set(bestHash, this.packed(c, this.packed(prev, [])));
    else this.packed(c, prev);
  }

  /**
   * A candidate's entry in a shared bucket. The probe is one character of the value outside
   * its anchor — the first one, or the one right after an anchor at the start — or -1 for a
   * value that is its anchor alone.
   */
  private packed(c: number, into: number[]): number[] {
    const value = this.values[c]!;
    const a = this.anchorAt[c]!;
    const len = this.anchorLen[c]!;
    const p = a > 0 ? 0 : len;
    into.push(c, a, len, p < value.length ? value.charCodeAt(p) : -1);
    return into;
  }

  private setBit(h: number): void {
    const b = h & this.filterMask;
    this.filter[b >>> 5]! |= 1 << (b & 31);
  }

  private growFilter(): void {
    let bits = this.filterMask + 1;
    while (this.values.length * 16 > bits) bits *= 2;
    this.filter = new Int32Array(bits >>> 5);
    this.filterMask = bits - 1;
    for (let c = 0; c < this.values.length; c++) this.setBit(hashRange(this.values[c]!, this.anchorAt[c]!, this.anchorAt[c]! + this.anchorLen[c]!));
  }

  /**
   * How many candidates are anchored on a word with this hash and length (a hash collision
   * only skews the anchor choice, a heuristic) — or -1 if `value` itself is one of them: an
   * identical value has an anchor at the same offset, and only then are strings compared.
   */
  private anchored(h: number, value: string, at: number, len: number): number {
    const found = this.byHash.get(h);
    if (found === undefined) return 0;
    if (typeof found === 'number') return this.sameAnchor(found, at, len, this.anchorAt[found]!, this.anchorLen[found]!, value);
    let n = 0;
    for (let k = 0; k < found.length; k += 4) {
      const r = this.sameAnchor(found[k]!, at, len, found[k + 1]!, found[k + 2]!, value);
      if (r < 0) return -1;
      n += r;
    }
    return n;
  }

  private sameAnchor(c: number, at: number, len: number, cAt: number, cLen: number, value: string): number {
    if (cLen !== len) return 0;
    if (cAt === at && this.values[c]!.length === value.length && this.values[c] === value) return -1;
    return 1;
  }

  find(text: string): Finding[] {
    if (this.size === 0) return [];
    const hits: Finding[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      let k = wordUnitAt(text, i);
      if (k === 0) {
        i++;
        continue;
      }
      const s = i;
      let h = 0;
      do {
        h = (Math.imul(h, 31) + text.charCodeAt(i)) & HASH_MASK;
        if (k === 2) h = (Math.imul(h, 31) + text.charCodeAt(i + 1)) & HASH_MASK;
        i += k;
      } while (i < n && (k = wordUnitAt(text, i)) !== 0);
      const b = h & this.filterMask;
      if ((this.filter[b >>> 5]! & (1 << (b & 31))) === 0) continue;
      const found = this.byHash.get(h);
      if (found === undefined) continue;
      if (typeof found === 'number') {
        this.check(text, s, i - s, found, hits);
        continue;
      }
      const len = i - s;
      for (let k = 0; k < found.length; k += 4) {
        if (found[k + 2] !== len) continue;
        const a = found[k + 1]!;
        const probe = found[k + 3]!;
        if (probe >= 0 && text.charCodeAt(a > 0 ? s - a : i) !== probe) continue;
        this.check(text, s, len, found[k]!, hits);
      }
    }
    if (hits.length < 2) return hits;
    // Leftmost-longest, non-overlapping: a known full name wins over its known surname.
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Finding[] = [];
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start >= lastEnd) {
        out.push(h);
        lastEnd = h.end;
      }
    }
    return out;
  }

  /** Candidate c anchored on the text's word [at, at+len)? Then its whole value must be there. */
  private check(text: string, at: number, len: number, c: number, hits: Finding[]): void {
    if (this.anchorLen[c] !== len) return;
    const value = this.values[c]!;
    const start = at - this.anchorAt[c]!;
    const end = start + value.length;
    if (start < 0 || end > text.length || !text.startsWith(value, start)) return;
    // Whole words only: a known "Koch" must not fire inside "Kochbuch".
    if (isWordAt(text, start - 1) && isWordAt(text, start)) return;
    if (isWordAt(text, end) && isWordAt(text, end - 1)) return;
    hits.push({ type: ENTITY_TYPES[this.types[c]!]!, start, end, score: 1, detector: this.detector });
  }
}

