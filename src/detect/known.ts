import AhoCorasick from 'modern-ahocorasick';
import type { EntityType, Finding } from '../types.js';
import type { KnownValue } from './types.js';

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Finds every occurrence of values that are already known (held in the vault, or on the deny
 * list). Aho–Corasick keeps this linear in the text length however many values the vault holds;
 * a regex alternation of thousands of literals would be tried value by value at each position.
 */
export class KnownValueMatcher {
  private readonly matcher: AhoCorasick | null;
  private readonly types: EntityType[];

  constructor(values: readonly KnownValue[], private readonly detector = 'known') {
    // Longest first so that a full name wins over its surname when both are known.
    const unique = new Map<string, EntityType>();
    for (const v of values) {
      if (v.value.length >= 2 && !unique.has(v.value)) unique.set(v.value, v.type);
    }
    const patterns = [...unique.keys()];
    this.types = patterns.map((p) => unique.get(p)!);
    this.matcher = patterns.length ? new AhoCorasick(patterns) : null;
  }

  get size(): number {
    return this.types.length;
  }

  find(text: string): Finding[] {
    if (!this.matcher) return [];
    const out: Finding[] = [];
    for (const m of this.matcher.search(text, { strategy: 'leftmost-longest' } as never) as Array<{
      patternIndex: number;
      start: number;
      end: number;
    }>) {
      // Whole words only: a known "Koch" must not fire inside "Kochbuch".
      if (m.start > 0 && WORD.test(text[m.start - 1]!) && WORD.test(text[m.start]!)) continue;
      if (m.end < text.length && WORD.test(text[m.end]!) && WORD.test(text[m.end - 1]!)) continue;
      out.push({ type: this.types[m.patternIndex]!, start: m.start, end: m.end, score: 1, detector: this.detector });
    }
    return out;
  }
}
