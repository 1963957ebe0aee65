/**
 * Token features of the small person model (logistic regression, weights in model.json). Shared
 * by training (train.ts) and inference (core.ts). Deliberately no word-identity features for the
 * token itself: the model learns shapes, suffixes, list membership and context words, so that it
 * generalises to names it has never seen instead of memorising the training names.
 */
import type { NameLists } from './names.js';
import { NEVER_NAMES, ORG_WORDS, PARTICLES, STREET_WORDS, TITLES, ROLE_NOUNS } from './lexicon.js';

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
  const s = L.surname.has(w) ? 'S' : '';
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
  return `<${shape(t)}>`;
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
  private readonly sfx = new Map<string, [string, string]>();
  suffixes(w: string): [string, string] {
    let v = this.sfx.get(w);
    if (!v) {
      const lw = w.toLowerCase();
      this.sfx.set(w, (v = [lw.slice(-3), lw.slice(-2)]));
    }
    return v;
  }
  flags(w: string): string {
    let f = this.lf.get(w);
    if (f === undefined) {
      if (this.lf.size >= MEMO_MAX) this.lf.clear();
      this.lf.set(ownString(w), (f = listFlags(this.L, w)));
    }
    return f;
  }
}

/** Bound of the memos kept across texts. */
const MEMO_MAX = 50_000;

/**
 * A copy of a word for a key kept across texts. V8 makes a slice of 13 code units or more a view
 * into the sliced text, which a long-lived key would keep alive; this one is a string of its own.
 */
export function ownString(w: string): string {
  if (w.length < 13) return w;
  const codes = new Array<number>(w.length);
  for (let k = 0; k < w.length; k++) codes[k] = w.charCodeAt(k);
  return String.fromCharCode(...codes);
}
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
  f.push(`s3=${lw.slice(-3)}`, `s2=${lw.slice(-2)}`, `len=${Math.min(w.length, 12)}`);
  if (t.sentStart) f.push('ss');
  if (NEVER_NAMES.has(w)) f.push('never');
  if (ORG_WORDS.has(w) || STREET_WORDS.has(w)) f.push('orgstreet');
  f.push(`p=${cache.ctx(i - 1)}`, `n=${cache.ctx(i + 1)}`, `pp=${cache.ctx(i - 2)}`, `nn=${cache.ctx(i + 2)}`);
  if (p) f.push(`pL=${p.cap ? cache.flags(p.w) : 'x'}`, `pg=${gaps(i - 1).slice(0, 3)}`);
  if (n) f.push(`nL=${n.cap ? cache.flags(n.w) : 'x'}`, `ng=${gaps(i).slice(0, 3)}`);
  if (p && n) f.push(`psh_nsh=${cache.shape(i - 1)}_${cache.shape(i + 1)}`);
  if (p && p.lower && PARTICLES.has(p.w)) f.push('afterParticle');
  f.push(`lang_sh_L=${lang}_${sh}_${fl}`);
  return f;
}

export interface Model {
  bias: number;
  weights: Record<string, number>;
  threshold: number;
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
  private resolveFamilies(): void {
    this.fP = this.fm('p');
    this.fN = this.fm('n');
    this.fPP = this.fm('pp');
    this.fNN = this.fm('nn');
    this.fPL = this.fm('pL');
    this.fPG = this.fm('pg');
    this.fNL = this.fm('nL');
    this.fNG = this.fm('ng');
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
      const [s3, s2] = cache.suffixes(w);
      z += this.w1('s3', s3) + this.w1('s2', s2) + this.w1('len', LEN[Math.min(w.length, 12)]!);
      if (NEVER_NAMES.has(w)) z += this.w1('never', '');
      if (ORG_WORDS.has(w) || STREET_WORDS.has(w)) z += this.w1('orgstreet', '');
      z += this.wN('lang_sh_L', lang, sh, fl);
      cache.selfScore.set(w, z);
      if (across !== undefined) {
        if (across.size >= MEMO_MAX) across.clear();
        across.set(ownString(w), z);
      }
    }
    // Words whose own evidence is hopeless (plain German nouns) skip the context lookups.
    if (z < SELF_CUTOFF) return 0;
    if (t.sentStart) z += this.w1('ss', '');
    z += get(this.fP, cache.ctx(i - 1)) + get(this.fN, cache.ctx(i + 1)) + get(this.fPP, cache.ctx(i - 2)) + get(this.fNN, cache.ctx(i + 2));
    if (p) z += get(this.fPL, p.cap ? cache.flags(p.w) : 'x') + get(this.fPG, gap3(gaps(i - 1)));
    if (n) z += get(this.fNL, n.cap ? cache.flags(n.w) : 'x') + get(this.fNG, gap3(gaps(i)));
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
