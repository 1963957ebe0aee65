/**
 * Pure evaluation metrics for span detectors: typed one-to-one matching by overlap, leak rate and
 * over-masking. No I/O here; scripts/eval.ts reads corpora and prints.
 */

export interface Span {
  start: number;
  end: number;
  type: string;
}

export interface GoldDoc {
  id: string;
  lang: string;
  text: string;
  entities: Span[];
}

/** Counts for one type (or summed over types). Ratios are derived by `ratios()`. */
export interface Counts {
  /** Gold entities of this type. */
  gold: number;
  /** Predicted findings of this type. */
  pred: number;
  /** Matched pairs (same type, overlapping, one-to-one). */
  tp: number;
  /** Gold entities of this type not fully covered by findings of any type. */
  leaked: number;
  /** Findings of this type overlapping no gold entity of any type (OTHER_PII included). */
  overMasked: number;
}

export interface Ratios {
  precision: number;
  recall: number;
  f1: number;
  /** leaked / gold. */
  leakRate: number;
  /** overMasked / pred. */
  overMasking: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, pred: 0, tp: 0, leaked: 0, overMasked: 0 };
}

export function addCounts(into: Counts, c: Counts): Counts {
  into.gold += c.gold;
  into.pred += c.pred;
  into.tp += c.tp;
  into.leaked += c.leaked;
  into.overMasked += c.overMasked;
  return into;
}

/** Ratios with the conventions: no predictions → precision 1; no gold → recall 1, leak 0. */
export function ratios(c: Counts): Ratios {
  const precision = c.pred === 0 ? 1 : c.tp / c.pred;
  const recall = c.gold === 0 ? 1 : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    leakRate: c.gold === 0 ? 0 : c.leaked / c.gold,
    overMasking: c.pred === 0 ? 0 : c.overMasked / c.pred,
  };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one matching of gold and predicted spans of one type by overlap: pairs are taken in
 * order of decreasing overlap (ties: smaller start distance, then position), each span used once.
 * Returns index pairs [goldIndex, predIndex].
 */
export function matchSpans(gold: readonly Span[], pred: readonly Span[]): Array<[number, number]> {
  const pairs: Array<{ g: number; p: number; ov: number; dist: number }> = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const ov = overlap(gold[g]!, pred[p]!);
      if (ov > 0) pairs.push({ g, p, ov, dist: Math.abs(gold[g]!.start - pred[p]!.start) });
    }
  }
  pairs.sort((a, b) => b.ov - a.ov || a.dist - b.dist || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const x of pairs) {
    if (usedG.has(x.g) || usedP.has(x.p)) continue;
    usedG.add(x.g);
    usedP.add(x.p);
    out.push([x.g, x.p]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const SIGNIFICANT = /[\p{L}\p{N}]/u;

/**
 * True when every letter or digit of the gold span is covered by some finding (of any type).
 * Spaces and punctuation inside a gold span ("Heidi Klum", "BRADLER , Christian") carry no
 * personal data, so a detector that masks the words separately does not leak. Nor does an English
 * possessive ending that a labeller put inside the span ("Starmer's"): "'s" names no one.
 */
export function isCovered(text: string, g: Span, findings: readonly Span[]): boolean {
  const end = g.end - g.start > 2 && /^['’]s$/.test(text.slice(g.end - 2, g.end)) ? g.end - 2 : g.end;
  // Collect covering intervals clipped to g, then walk the characters of g.
  const ivs = findings
    .filter((f) => f.start < g.end && f.end > g.start)
    .map((f) => [Math.max(f.start, g.start), Math.min(f.end, g.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let i = g.start;
  let k = 0;
  while (i < end) {
    while (k < ivs.length && ivs[k]![1] <= i) k++;
    if (k < ivs.length && ivs[k]![0] <= i) {
      i = ivs[k]![1];
      continue;
    }
    // i is not covered: a leak if it is a significant character.
    if (SIGNIFICANT.test(text[i]!)) return false;
    i++;
  }
  return true;
}

export interface DocResult {
  /** Counts per type present in gold or predictions (OTHER_PII gold is not counted as a type). */
  byType: Map<string, Counts>;
  /** Gold spans of evaluated types that were not matched. */
  missed: Span[];
  /** Predicted spans that were not matched to gold of their type. */
  spurious: Span[];
  /** Gold spans not fully covered by any finding. */
  leaks: Span[];
}

/**
 * Scores one document. `types` restricts which types are evaluated (gold and predictions of other
 * types are ignored for P/R, but every finding still counts as coverage against leaks, and every
 * gold label still counts as "labelled" for over-masking).
 */
export function scoreDoc(
  doc: GoldDoc,
  findings: readonly Span[],
  types?: ReadonlySet<string>,
  ignoreTypes: ReadonlySet<string> = new Set(['OTHER_PII']),
): DocResult {
  const want = (t: string) => !ignoreTypes.has(t) && (!types || types.has(t));
  const byType = new Map<string, Counts>();
  const get = (t: string) => {
    let c = byType.get(t);
    if (!c) byType.set(t, (c = emptyCounts()));
    return c;
  };
  const missed: Span[] = [];
  const spurious: Span[] = [];
  const leaks: Span[] = [];
  const typeSet = new Set<string>();
  for (const e of doc.entities) if (want(e.type)) typeSet.add(e.type);
  for (const f of findings) if (want(f.type)) typeSet.add(f.type);
  for (const t of typeSet) {
    const gold = doc.entities.filter((e) => e.type === t);
    const pred = findings.filter((f) => f.type === t);
    const c = get(t);
    c.gold += gold.length;
    c.pred += pred.length;
    const m = matchSpans(gold, pred);
    c.tp += m.length;
    const mg = new Set(m.map((x) => x[0]));
    const mp = new Set(m.map((x) => x[1]));
    gold.forEach((g, i) => {
      if (!mg.has(i)) missed.push(g);
      if (!isCovered(doc.text, g, findings)) {
        c.leaked++;
        leaks.push(g);
      }
    });
    pred.forEach((p, i) => {
      if (!mp.has(i)) spurious.push(p);
      if (!doc.entities.some((g) => overlap(g, p) > 0)) c.overMasked++;
    });
  }
  return { byType, missed, spurious, leaks };
}

/** Sum of counts over all types of a map. */
export function total(byType: ReadonlyMap<string, Counts>): Counts {
  const c = emptyCounts();
  for (const v of byType.values()) addCounts(c, v);
  return c;
}

/** Adds per-type counts of `src` into `dst`. */
export function mergeByType(dst: Map<string, Counts>, src: ReadonlyMap<string, Counts>): void {
  for (const [t, c] of src) {
    let d = dst.get(t);
    if (!d) dst.set(t, (d = emptyCounts()));
    addCounts(d, c);
  }
}

/** Text around a span for error listings: `…left[[span]]right…` on one line. */
export function snippet(text: string, s: Span, width = 40): string {
  const l = text.slice(Math.max(0, s.start - width), s.start);
  const r = text.slice(s.end, s.end + width);
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  return `${s.start > width ? '…' : ''}${flat(l)}[[${flat(text.slice(s.start, s.end))}]]${flat(r)}${
    s.end + width < text.length ? '…' : ''
  }`;
}
