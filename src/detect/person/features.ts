/**
 * Token features of the small person model (logistic regression, weights in model.json). Shared
 * by training (train.ts) and inference (core.ts). Deliberately no word-identity features for the
 * token itself: the model learns shapes, suffixes, list membership and context words, so that it
 * generalises to names it has never seen instead of memorising the training names.
 */
import { remember } from '../../util/memo.js';
import type { NameLists } from './names.js';
import { NEVER_NAMES, ORG_WORDS, PARTICLES, ROLE_TAIL, STREET_WORDS, TITLES, ROLE_NOUNS } from './lexicon.js';
import { wordClass } from './words.js';

export interface FeatTok {
  w: string;
  cap: boolean;
  upper: boolean;
  initial: boolean;
  lower: boolean;
  sentStart: boolean;
}

function listFlags(L: NameLists, w: string): string {
  const g = L.given.has(w) ? 'G' : '';
  const s = L.surname.has(w) ? 'S' : L.census.has(w) && !g ? 'C' : '';
  const d = L.deAmbig.has(w) ? 'D' : '';
  const e = L.enAmbig.has(w) ? 'E' : '';
  return g + s + d + e || '-';
}

function shape(t: FeatTok): string {
  if (t.initial) return 'init';
  if (t.upper) return 'UP';
  if (t.cap) return t.w.includes('-') ? 'Cap-Cap' : t.w.length <= 3 ? 'Cs' : 'Cap';
  if (/^\d/.test(t.w)) return 'num';
  return 'low';
}

function ctxWord(t: FeatTok | undefined): string {
  if (!t) return '<none>';
  if (t.lower) return t.w.length <= 14 ? t.w.toLowerCase() : '<longlow>';
  if (TITLES.has(t.w)) return '<title>';
  if (ROLE_NOUNS.has(t.w)) return '<role>';
  if (NEVER_NAMES.has(t.w)) return `<never:${t.w.toLowerCase()}>`;
  if (t.cap && roleLike(t.w)) return '<rolelike>';
  return `<${shape(t)}>`;
}

const roleMemo = new Map<string, boolean>();
/** ROLE_TAIL.test(w), remembered across texts (context words repeat). */
function roleLike(w: string): boolean {
  let v = roleMemo.get(w);
  if (v === undefined) {
    v = remember(roleMemo, MEMO_MAX, w, w.length >= 4 && ROLE_TAIL.test(w));
  }
  return v;
}

/** Letters that German words do not use (names from other languages): "Ribéry", "Kádár", "Jovanović". */
export const FOREIGN_LETTER = /[àáâãåæçèéêëìíîïðñòóôõøùúûýÿāăąćčďđēėęěğīıłńňőœřśşšţťūůűźżž]/i;

/**
 * Token-only features of a capitalised word beyond its suffixes: the list flags of its genitive
 * stem ("Zabels" → "Zabel"), a letter German does not use, and its word-list class (words.ts) alone
 * and with its list flags.
 */
function extraSelf(w: string, lang: string, flags: (w: string) => string): string[] {
  const out: string[] = [];
  const n = w.length;
  if (n >= 4 && w.charCodeAt(n - 1) === 115 /* s */) {
    const f = flags(w.slice(0, -1));
    if (f !== '-') out.push(`gen=${f}`);
  }
  if (FOREIGN_LETTER.test(w)) out.push('fx');
  // German word list: its evidence differs by the text's language (an English noun is 'o').
  const kw = wordClass(w);
  out.push(`kw=${lang}_${kw}`, `kwL=${lang}_${kw}_${flags(w)}`);
  return out;
}

/** Per-text caches of token shapes, context words and list flags (features are built per token). */
export class FeatureCache {
  // Pre-sized: writing far past the end of an empty array would make it a slow dictionary.
  private readonly sh: Array<string | undefined>;
  private readonly cw: Array<string | undefined>;
  private readonly lf: Map<string, string>;
  constructor(
    private readonly toks: readonly FeatTok[],
    readonly L: NameLists,
  ) {
    this.lf = listFlagsMemo(L);
    this.sh = new Array<string | undefined>(toks.length).fill(undefined);
    this.cw = new Array<string | undefined>(toks.length).fill(undefined);
    this.s2 = new Array<string | undefined>(toks.length).fill(undefined);
  }
  shape(i: number): string {
    return (this.sh[i] ??= shape(this.toks[i]!));
  }
  ctx(i: number): string {
    if (i < 0 || i >= this.toks.length) return '<none>';
    return (this.cw[i] ??= ctxWord(this.toks[i]));
  }
  /** Per-word sum of the token-only features (shape, lists, suffixes, length, …). */
  readonly selfScore = new Map<string, number>();
  private readonly sfx = new Map<string, [string, string, string]>();
  suffixes(w: string): [string, string, string] {
    let v = this.sfx.get(w);
    if (!v) {
      const lw = w.toLowerCase();
      this.sfx.set(w, (v = [lw.slice(-3), lw.slice(-2), lw.slice(-4)]));
    }
    return v;
  }
  /** wordClass() of a word, remembered across texts. */
  kw(w: string): string {
    let k = kwMemo.get(w);
    if (k === undefined) {
      k = remember(kwMemo, MEMO_MAX, w, wordClass(w));
    }
    return k;
  }
  private readonly s2: Array<string | undefined>;
  /** Last two letters of token i when it is a lower-case word (a verb's ending: "-te", "-en"), else "x". */
  lowEnd(i: number): string {
    if (i < 0 || i >= this.toks.length) return 'x';
    let v = this.s2[i];
    if (v === undefined) {
      const t = this.toks[i]!;
      const w = t.w;
      this.s2[i] = v = t.lower && w.length >= 4 ? ending2(w) : 'x';
    }
    return v;
  }
  flags(w: string): string {
    let f = this.lf.get(w);
    if (f === undefined) {
      f = remember(this.lf, MEMO_MAX, w, listFlags(this.L, w));
    }
    return f;
  }
}

const kwMemo = new Map<string, string>();
const endings = new Map<number, string>();
/** w.slice(-2), one shared string per pair of code units (no slice per token). */
function ending2(w: string): string {
  const key = w.charCodeAt(w.length - 2) * 65536 + w.charCodeAt(w.length - 1);
  let e = endings.get(key);
  if (e === undefined) {
    if (endings.size >= 50_000) endings.clear();
    endings.set(key, (e = w.slice(-2)));
  }
  return e;
}

/** Bound of the memos kept across texts. */
const MEMO_MAX = 50_000;

let flagsLists: NameLists | null = null;
let flagsMemo = new Map<string, string>();
/** listFlags() depends on the word and the lists only: remembered across texts (per lists). */
function listFlagsMemo(L: NameLists): Map<string, string> {
  if (flagsLists !== L) {
    flagsLists = L;
    flagsMemo = new Map();
  }
  return flagsMemo;
}

/** Features of token i (strings; the model maps each to a weight). */
export function tokenFeatures(
  toks: readonly FeatTok[],
  i: number,
  gaps: (i: number) => string,
  L: NameLists,
  lang: string,
  cache: FeatureCache = new FeatureCache(toks, L),
): string[] {
  const t = toks[i]!;
  const w = t.w;
  const lw = w.toLowerCase();
  const p = toks[i - 1];
  const n = toks[i + 1];
  const sh = cache.shape(i);
  const fl = cache.flags(w);
  const f: string[] = ['b', `lang=${lang}`, `sh=${sh}`, `L=${fl}`];
  if (t.upper) f.push(`LU=${cache.flags(w.charAt(0) + w.slice(1).toLowerCase())}`);
  f.push(`s3=${lw.slice(-3)}`, `s2=${lw.slice(-2)}`, `s4=${lw.slice(-4)}`, `len=${Math.min(w.length, 12)}`);
  if (t.cap) for (const x of extraSelf(w, lang, (x) => cache.flags(x))) f.push(x);
  if (t.sentStart) f.push('ss');
  if (NEVER_NAMES.has(w)) f.push('never');
  if (ORG_WORDS.has(w) || STREET_WORDS.has(w)) f.push('orgstreet');
  f.push(`p=${cache.ctx(i - 1)}`, `n=${cache.ctx(i + 1)}`, `pp=${cache.ctx(i - 2)}`, `nn=${cache.ctx(i + 2)}`);
  if (p) f.push(`pL=${p.cap ? cache.flags(p.w) : 'x'}`, `pg=${gaps(i - 1).slice(0, 3)}`);
  if (n) f.push(`nL=${n.cap ? cache.flags(n.w) : 'x'}`, `ng=${gaps(i).slice(0, 3)}`);
  if (p) f.push(`pK=${p.cap ? cache.kw(p.w) : 'x'}`, `pE=${cache.lowEnd(i - 1)}`);
  if (n) f.push(`nK=${n.cap ? cache.kw(n.w) : 'x'}`, `nE=${cache.lowEnd(i + 1)}`);
  if (p && n) f.push(`psh_nsh=${cache.shape(i - 1)}_${cache.shape(i + 1)}`);
  if (p && p.lower && PARTICLES.has(p.w)) f.push('afterParticle');
  f.push(`lang_sh_L=${lang}_${sh}_${fl}`);
  return f;
}

export interface Model {
  bias: number;
  weights: Record<string, number>;
  threshold: number;
  /** Threshold for German text (else threshold). */
  thresholdDe?: number;
  /**
   * The same weights grouped by family, as the build emits them (tsup.config.ts):
   * family → [value, weight, value, weight, …], value null for a key without "=". Building the
   * CompiledModel from this skips splitting 16k keys on every start.
   */
  families?: Record<string, Array<string | number | null>>;
}

export function score(model: Model, feats: readonly string[]): number {
  let z = 0;
  for (const k of feats) z += model.weights[k] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

type Nested = Map<string, number | Nested>;

/**
 * The model's weights arranged for scoring without building feature strings: family → value →
 * weight; compound families ("psh_nsh", "lang_sh_L") nest one map per part. Values are strings
 * cached per token, so V8 hashes each of them once.
 */
export class CompiledModel {
  private readonly fam = new Map<string, Nested>();
  constructor(readonly model: Model) {
    const packed = model.families;
    if (packed) {
      for (const family in packed) {
        const a = packed[family]!;
        for (let i = 0; i < a.length; i += 2) this.put(family, (a[i] as string | null) ?? '', a[i + 1] as number);
      }
    } else {
      const weights = model.weights;
      for (const key in weights) {
        const eq = key.indexOf('=');
        this.put(eq < 0 ? key : key.slice(0, eq), eq < 0 ? '' : key.slice(eq + 1), weights[key]!);
      }
    }
    this.resolveFamilies();
  }
  private put(family: string, value: string, w: number): void {
    let m = this.fam.get(family);
    if (!m) this.fam.set(family, (m = new Map()));
    if (family !== 'psh_nsh' && family !== 'lang_sh_L') {
      m.set(value, w);
      return;
    }
    const parts = value.split('_');
    let cur: Nested = m;
    for (let k = 0; k < parts.length - 1; k++) {
      let nx = cur.get(parts[k]!) as Nested | undefined;
      if (!nx) cur.set(parts[k]!, (nx = new Map()));
      cur = nx;
    }
    cur.set(parts[parts.length - 1]!, w);
  }
  private w1(family: string, value: string): number {
    const m = this.fam.get(family);
    return m ? ((m.get(value) as number | undefined) ?? 0) : 0;
  }
  private wN(family: string, ...parts: string[]): number {
    let cur: Nested | number | undefined = this.fam.get(family);
    for (const p of parts) {
      if (!(cur instanceof Map)) return 0;
      cur = cur.get(p);
    }
    return typeof cur === 'number' ? cur : 0;
  }

  private selfLists: NameLists | null = null;
  private readonly selfByLang = new Map<string, Map<string, number>>();
  /** Token-only score sums of words by language, for these lists. */
  private selfMemo(L: NameLists, lang: string): Map<string, number> {
    if (this.selfLists !== L) {
      this.selfLists = L;
      this.selfByLang.clear();
    }
    let m = this.selfByLang.get(lang);
    if (!m) this.selfByLang.set(lang, (m = new Map()));
    return m;
  }

  private fm(family: string): Nested {
    return this.fam.get(family) ?? new Map();
  }
  // Context families, resolved once (assigned after the constructor filled `fam`).
  private fP!: Nested;
  private fN!: Nested;
  private fPP!: Nested;
  private fNN!: Nested;
  private fPL!: Nested;
  private fPG!: Nested;
  private fNL!: Nested;
  private fNG!: Nested;
  private fPK!: Nested;
  private fNK!: Nested;
  private fPE!: Nested;
  private fNE!: Nested;
  private resolveFamilies(): void {
    this.fP = this.fm('p');
    this.fN = this.fm('n');
    this.fPP = this.fm('pp');
    this.fNN = this.fm('nn');
    this.fPL = this.fm('pL');
    this.fPG = this.fm('pg');
    this.fNL = this.fm('nL');
    this.fNG = this.fm('ng');
    this.fPK = this.fm('pK');
    this.fNK = this.fm('nK');
    this.fPE = this.fm('pE');
    this.fNE = this.fm('nE');
  }

  /** Probability that token i is part of a person name; same features as tokenFeatures(). */
  prob(toks: readonly FeatTok[], i: number, gaps: (i: number) => string, lang: string, cache: FeatureCache): number {
    const t = toks[i]!;
    const w = t.w;
    const p = toks[i - 1];
    const n = toks[i + 1];
    // Token-only features depend on the word (and the text's language) alone: once per word.
    let z = cache.selfScore.get(w);
    // A word of two letters or more has the same token-only features wherever it stands (only a
    // one-letter word can be an initial): its sum is also remembered across texts.
    const across = z === undefined && w.length > 1 ? this.selfMemo(cache.L, lang) : undefined;
    if (across !== undefined) z = across.get(w);
    if (z !== undefined) {
      if (across !== undefined) cache.selfScore.set(w, z);
    } else {
      const sh = cache.shape(i);
      const fl = cache.flags(w);
      z = this.model.bias + this.w1('b', '') + this.w1('lang', lang) + this.w1('sh', sh) + this.w1('L', fl);
      if (t.upper) z += this.w1('LU', cache.flags(w.charAt(0) + w.slice(1).toLowerCase()));
      const [s3, s2, s4] = cache.suffixes(w);
      z += this.w1('s3', s3) + this.w1('s2', s2) + this.w1('s4', s4) + this.w1('len', LEN[Math.min(w.length, 12)]!);
      if (t.cap) {
        for (const x of extraSelf(w, lang, (x) => cache.flags(x))) {
          const eq = x.indexOf('=');
          z += eq < 0 ? this.w1(x, '') : this.w1(x.slice(0, eq), x.slice(eq + 1));
        }
      }
      if (NEVER_NAMES.has(w)) z += this.w1('never', '');
      if (ORG_WORDS.has(w) || STREET_WORDS.has(w)) z += this.w1('orgstreet', '');
      z += this.wN('lang_sh_L', lang, sh, fl);
      cache.selfScore.set(w, z);
      if (across !== undefined) remember(across, MEMO_MAX, w, z);
    }
    // Words whose own evidence is hopeless (plain German nouns) skip the context lookups.
    if (z < SELF_CUTOFF) return 0;
    if (t.sentStart) z += this.w1('ss', '');
    z += get(this.fP, cache.ctx(i - 1)) + get(this.fN, cache.ctx(i + 1)) + get(this.fPP, cache.ctx(i - 2)) + get(this.fNN, cache.ctx(i + 2));
    if (p) z += get(this.fPL, p.cap ? cache.flags(p.w) : 'x') + get(this.fPG, gap3(gaps(i - 1)));
    if (n) z += get(this.fNL, n.cap ? cache.flags(n.w) : 'x') + get(this.fNG, gap3(gaps(i)));
    if (p) z += get(this.fPK, p.cap ? cache.kw(p.w) : 'x') + get(this.fPE, cache.lowEnd(i - 1));
    if (n) z += get(this.fNK, n.cap ? cache.kw(n.w) : 'x') + get(this.fNE, cache.lowEnd(i + 1));
    if (p && n) z += this.wN('psh_nsh', cache.shape(i - 1), cache.shape(i + 1));
    if (p && p.lower && PARTICLES.has(p.w)) z += this.w1('afterParticle', '');
    return 1 / (1 + Math.exp(-z));
  }
}

function get(m: Nested, v: string): number {
  const x = m.get(v);
  return typeof x === 'number' ? x : 0;
}

const SELF_CUTOFF = Number(process.env.PERSON_SELF_CUTOFF ?? -1.5);

const LEN = Array.from({ length: 13 }, (_, k) => String(k));
function gap3(g: string): string {
  return g === ' ' ? ' ' : g.slice(0, 3);
}
