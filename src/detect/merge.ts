import type { EntityType, Finding } from '../types.js';

// Ties between equally long, equally confident findings of different types resolve in this order:
// the structured, check-digit-validated types are the more trustworthy claim.
const TYPE_RANK: Record<EntityType, number> = { IBAN: 0, EMAIL: 1, PHONE: 2, PERSON: 3 };

function better(a: Finding, b: Finding): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    b.score - a.score ||
    TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
    a.start - b.start
  );
}

/**
 * Resolves overlaps deterministically: longest wins, then strongest, then by type rank, then
 * leftmost. The result is sorted by start and free of overlaps, whatever order came in.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const byStart = findings.filter((f) => f.end > f.start);
  for (const f of byStart) if (f.start < 0) return mergeRanked(byStart.sort(better));
  // Findings that overlap nothing are kept whatever their rank, and the greedy choice inside one
  // group of overlapping findings does not depend on the others: only the groups are ranked.
  // Ordering all findings by rank cost a comparator sort of every finding (~2 % of detection);
  // the detectors' lists are each in text order, so this sort by start is a cheap merge of runs.
  // (Stable sorts: equal findings keep their input order, as the sort of all by rank kept it.)
  byStart.sort((a, b) => a.start - b.start);
  const out: Finding[] = [];
  for (let i = 0; i < byStart.length; ) {
    let end = byStart[i]!.end;
    let j = i + 1;
    while (j < byStart.length && byStart[j]!.start < end) {
      if (byStart[j]!.end > end) end = byStart[j]!.end;
      j++;
    }
    if (j === i + 1) out.push(byStart[i]!);
    else {
      const kept = mergeRanked(byStart.slice(i, j).sort(better));
      for (const f of kept) out.push(f);
    }
    i = j;
  }
  return out;
}

/** Greedy in rank order: each finding that overlaps none taken before it; sorted by start. */
function mergeRanked(ranked: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of ranked) {
    // kept is small relative to the text; a sorted-interval check keeps this O(n log n) overall.
    if (!overlapsAny(kept, f)) insertSorted(kept, f);
  }
  return kept;
}

function overlapsAny(sorted: Finding[], f: Finding): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= f.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < f.end;
}

function insertSorted(sorted: Finding[], f: Finding): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < f.start) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, f);
}
