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
  const ranked = [...findings].filter((f) => f.end > f.start).sort(better);
  // Greedy in rank order with the taken positions in a bitmap: O(finding length) per test, where
  // inserting into a sorted array costs O(kept) per finding.
  let maxEnd = 0;
  let negative = false;
  for (const f of ranked) {
    if (f.end > maxEnd) maxEnd = f.end;
    if (f.start < 0) negative = true;
  }
  if (!negative) {
    const taken = new Uint8Array(maxEnd);
    const out: Finding[] = [];
    for (const f of ranked) {
      let free = true;
      for (let k = f.start; k < f.end; k++) {
        if (taken[k] === 1) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, f.start, f.end);
      out.push(f);
    }
    return out.sort((a, b) => a.start - b.start);
  }
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
