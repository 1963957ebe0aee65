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

// A candidate's record in its anchor's run of the pool: candidate, anchor offset, anchor
// length, and two probes (see probeAt).
const REC = 5;
const EMPTY = -1;

/**
 * A probe: one character of the value at offset q outside its anchor, packed as q << 16 | code
 * (or -1: none, for q out of range or too far into a long value to pack).
 */
function probeAt(value: string, q: number): number {
  return q >= 0 && q < value.length && q < 0x7fff ? (q << 16) | value.charCodeAt(q) : -1;
}

/**
 * A value's two probes for its anchor at [at, at + len): its first character and its last, each
 * unless inside the anchor (then the one after the anchor's separator, or before it), which the
 * hash has already compared.
 */
function anchorProbes(value: string, at: number, len: number): { p1: number; p2: number } {
  const end = at + len;
  return {
    p1: probeAt(value, at > 0 ? 0 : end + 1 < value.length ? end + 1 : end),
    p2: probeAt(value, end < value.length ? value.length - 1 : at - 2),
  };
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
 * flat arrays (value, type, anchor offset and length per candidate) and an open-addressing
 * table from anchor hash to a run of records in one pool — no object per value or per anchor.
 * (With an object per candidate, a Map of anchor words and a Set of values, 250,000 values took
 * 45 MB. With a Map from anchor hash to packed arrays, 252,000 values took 21 MB; now 13 MB.)
 *
 * Why the table and the pool, not a Map to arrays: a third of a business text's words are some
 * value's anchor, and each lookup went Map → array → candidate columns → value string, a cache
 * miss at every step on a vault of 250,000 values. Now it is table slot → pool run, and a
 * candidate's own columns are touched only when both its probes matched the text: in a run of
 * full names anchored on one first name, the probe right after the anchor (a blank in every
 * one of them) let four in five through to the comparison of the whole value.
 */
export class KnownValueMatcher {
  private readonly values: string[] = [];
  private readonly types: number[] = [];
  /** Where the anchor word starts inside the value, and its length. */
  private readonly anchorAt: number[] = [];
  private readonly anchorLen: number[] = [];
  /**
   * Open addressing, linear probing, 4 ints a slot: anchor hash (EMPTY if free), where its run
   * of records starts in the pool, how many records, and the run's capacity.
   */
  private table = new Int32Array(4 * 64).fill(EMPTY);
  private tableMask = 63;
  private anchors = 0;
  /**
   * Records (REC ints each) in runs per anchor. A full run moves to the end with twice the room;
   * the place it leaves is never reused (less than the live runs' room: 252,000 values took
   * room for 490,000 records).
   */
  private pool = new Int32Array(REC * 64);
  private poolTop = 0;
  /**
   * One bit per anchor hash, folded to 16+ bits per value (so ~6 % of the words that are no
   * anchor still go to the table): most words of a text are no anchor, and a bit answers that
   * several times faster than a table lookup.
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
      const users = this.anchored(h, value, at, i - at, anchorProbes(value, at, i - at));
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
    if (this.values.length * 16 > this.filterMask + 1) this.growFilter();
    else this.setBit(bestHash);
    const probes = anchorProbes(value, bestAt, bestLen);
    this.insert(bestHash, c, bestAt, bestLen, probes.p1, probes.p2);
  }

  /** The table slot (an index into `table`) of anchor hash h, or of the free slot where it goes. */
  private slotOf(h: number): number {
    const t = this.table;
    const mask = this.tableMask;
    let i = (Math.imul(h, 0x9e3779b1) >>> 7) & mask;
    for (;;) {
      const key = t[i * 4]!;
      if (key === h || key === EMPTY) return i * 4;
      i = (i + 1) & mask;
    }
  }

  private insert(h: number, c: number, at: number, len: number, p1: number, p2: number): void {
    let slot = this.slotOf(h);
    if (this.table[slot] === EMPTY) {
      if ((this.anchors + 1) * 2 > this.tableMask + 1) {
        this.growTable();
        slot = this.slotOf(h);
      }
      this.anchors++;
      this.table[slot] = h;
      this.table[slot + 1] = this.alloc(1);
      this.table[slot + 2] = 0;
      this.table[slot + 3] = 1;
    } else if (this.table[slot + 2] === this.table[slot + 3]) {
      const n = this.table[slot + 2]!;
      const from = this.table[slot + 1]!;
      const to = this.alloc(n * 2);
      this.pool.copyWithin(to * REC, from * REC, (from + n) * REC);
      this.table[slot + 1] = to;
      this.table[slot + 3] = n * 2;
    }
    const r = (this.table[slot + 1]! + this.table[slot + 2]!) * REC;
    this.table[slot + 2]!++;
    const pool = this.pool;
    pool[r] = c;
    pool[r + 1] = at;
    pool[r + 2] = len;
    pool[r + 3] = p1;
    pool[r + 4] = p2;
  }

  /** Room for n records at the end of the pool; returns the first record's number. */
  private alloc(n: number): number {
    if ((this.poolTop + n) * REC > this.pool.length) {
      let size = this.pool.length;
      while ((this.poolTop + n) * REC > size) size *= 2;
      const pool = new Int32Array(size);
      pool.set(this.pool.subarray(0, this.poolTop * REC));
      this.pool = pool;
    }
    const at = this.poolTop;
    this.poolTop += n;
    return at;
  }

  private growTable(): void {
    const old = this.table;
    this.tableMask = this.tableMask * 2 + 1;
    this.table = new Int32Array(4 * (this.tableMask + 1)).fill(EMPTY);
    for (let s = 0; s < old.length; s += 4) {
      if (old[s] === EMPTY) continue;
      this.table.set(old.subarray(s, s + 4), this.slotOf(old[s]!));
    }
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
   * identical value has an anchor at the same offset with the same probes, and only then are
   * strings compared.
   */
  private anchored(h: number, value: string, at: number, len: number, probes: { p1: number; p2: number }): number {
    const slot = this.slotOf(h);
    if (this.table[slot] === EMPTY) return 0;
    const pool = this.pool;
    const r0 = this.table[slot + 1]! * REC;
    const r1 = r0 + this.table[slot + 2]! * REC;
    let n = 0;
    for (let r = r0; r < r1; r += REC) {
      if (pool[r + 2] !== len) continue;
      n++;
      // An identical value has the same anchor and so the same probes: only then is its string
      // read (a run of a common first name holds dozens of full names, each string elsewhere
      // on the heap; reading them all cost a third of indexing).
      if (pool[r + 1] !== at || pool[r + 3] !== probes.p1 || pool[r + 4] !== probes.p2) continue;
      const c = pool[r]!;
      if (this.values[c]!.length === value.length && this.values[c] === value) return -1;
    }
    return n;
  }

  find(text: string): Finding[] {
    if (this.size === 0) return [];
    const hits: Finding[] = [];
    const n = text.length;
    const table = this.table;
    const mask = this.tableMask;
    const pool = this.pool;
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
      let t = (Math.imul(h, 0x9e3779b1) >>> 7) & mask;
      let key: number;
      while ((key = table[t * 4]!) !== h && key !== EMPTY) t = (t + 1) & mask;
      if (key === EMPTY) continue;
      const len = i - s;
      const r0 = table[t * 4 + 1]! * REC;
      const r1 = r0 + table[t * 4 + 2]! * REC;
      for (let r = r0; r < r1; r += REC) {
        if (pool[r + 2] !== len) continue;
        // A probe outside the text reads NaN: no match, as the value would not fit there either.
        const st = s - pool[r + 1]!;
        const p1 = pool[r + 3]!;
        if (p1 >= 0 && text.charCodeAt(st + (p1 >>> 16)) !== (p1 & 0xffff)) continue;
        const p2 = pool[r + 4]!;
        if (p2 >= 0 && text.charCodeAt(st + (p2 >>> 16)) !== (p2 & 0xffff)) continue;
        this.check(text, st, pool[r]!, hits);
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

  /**
   * Candidate c (its record says its anchor has the length of the text's word there) at `start`
   * in the text? Then its whole value must be there, as a whole word.
   */
  private check(text: string, start: number, c: number, hits: Finding[]): void {
    const value = this.values[c]!;
    const end = start + value.length;
    if (start < 0 || end > text.length || !text.startsWith(value, start)) return;
    // Whole words only: a known "Koch" must not fire inside "Kochbuch".
    if (isWordAt(text, start - 1) && isWordAt(text, start)) return;
    if (isWordAt(text, end) && isWordAt(text, end - 1)) return;
    hits.push({ type: ENTITY_TYPES[this.types[c]!]!, start, end, score: 1, detector: this.detector });
  }
}
