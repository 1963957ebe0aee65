import { interpretMatch, MAX_TOKEN_LENGTH, TOKEN_PATTERN } from './tokens.js';

/** Looks a canonical id ("PERSON_1") up; undefined when the vault does not hold it. */
export type TokenLookup = (id: string) => string | undefined;

export interface RestoreStats {
  /** Tokens replaced by their value. */
  restored: number;
  /** Token-shaped strings whose id the vault does not hold; left as they are. */
  unknown: number;
  /** Canonical ids seen (restored or not), in order of first appearance. */
  ids: string[];
  /** Restored tokens that were not written exactly as issued (case, spacing, Markdown, suffix). */
  altered: number;
}

export function emptyStats(): RestoreStats {
  return { restored: 0, unknown: 0, ids: [], altered: 0 };
}

/**
 * Puts the real values back. Exact for untouched tokens; tolerant of what models do to them.
 * A suffix glued on inside the brackets is kept after the value ("[[PERSON_1's]]" → "Anna's").
 */
export function restoreText(text: string, lookup: TokenLookup, stats: RestoreStats = emptyStats()): { text: string; stats: RestoreStats } {
  if (!text.includes('[')) return { text, stats };
  const seen = new Set(stats.ids);
  const out = text.replace(TOKEN_PATTERN, (match: string, ...rest: unknown[]) => {
    const tm = interpretMatch(match, rest.slice(0, 8) as (string | undefined)[]);
    if (!tm) return match;
    const { id, suffix } = tm;
    if (!seen.has(id)) {
      seen.add(id);
      stats.ids.push(id);
    }
    const value = lookup(id);
    if (value === undefined) {
      stats.unknown++;
      return match;
    }
    stats.restored++;
    if (match !== `[[${id}]]`) stats.altered++;
    return value + suffix;
  });
  return { text: out, stats };
}

const TYPE_WORDS = ['person', 'email', 'e-mail', 'phone', 'iban'];
const OPEN = /^\[\[?[\s*_`~]*/;
const AFTER_TYPE = /^(?:[\s_-]?|[\s_-]?\d+(?:['’]s?|s|es?|n)?[\s*_`~]*\]?)$/;

/** Could `tail` (starting at "[") still grow into a token when more text arrives? */
function couldBeTokenPrefix(tail: string): boolean {
  const open = OPEN.exec(tail)!;
  const rest = tail.slice(open[0].length);
  const word = /^[A-Za-z-]*/.exec(rest)![0].toLowerCase();
  const after = rest.slice(word.length);
  if (after === '') return TYPE_WORDS.some((t) => t.startsWith(word));
  return TYPE_WORDS.includes(word) && AFTER_TYPE.test(after);
}

/**
 * Where a chunk can safely be cut: everything before the returned index can be restored now,
 * because no token match can cross it. Only a possible token prefix at the very end is held
 * back; all other text goes out at once.
 */
export function safeCut(buf: string): number {
  let p = buf.lastIndexOf('[');
  if (p < 0) return buf.length;
  if (p > 0 && buf[p - 1] === '[') p--;
  const tail = buf.slice(p);
  if (tail.length > MAX_TOKEN_LENGTH) return buf.length;
  return couldBeTokenPrefix(tail) ? p : buf.length;
}

/**
 * Streaming restore: push chunks as they arrive (from an LLM, a pipe), get restored text back
 * immediately. Output concatenated equals restoreText() on the whole input for every chunking.
 */
export class RestoreStream {
  private carry = '';
  readonly stats: RestoreStats = emptyStats();

  constructor(private readonly lookup: TokenLookup) {}

  push(chunk: string): string {
    const buf = this.carry + chunk;
    const cut = safeCut(buf);
    this.carry = buf.slice(cut);
    return restoreText(buf.slice(0, cut), this.lookup, this.stats).text;
  }

  end(): string {
    const rest = this.carry;
    this.carry = '';
    return restoreText(rest, this.lookup, this.stats).text;
  }
}
