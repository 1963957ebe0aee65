import { KnownValueMatcher } from '../detect/known.js';
import type { AllowEntry } from '../detect/pipeline.js';
import { formatToken } from '../pseudonymize/tokens.js';
import type { EntityType } from '../types.js';

export interface GuardVault {
  entries(): readonly { id: string; type: EntityType; value: string }[];
}

function allowed(surface: string, allow: readonly AllowEntry[]): boolean {
  for (const a of allow) {
    if (typeof a === 'string' ? a === surface : new RegExp(`^(?:${a.source})$`, a.flags.replace('g', '')).test(surface)) return true;
  }
  return false;
}

/**
 * The last check before anything leaves the machine: every value the vault holds is searched
 * for in the outgoing texts, and one still present verbatim is replaced by its token. Detection
 * has already run, so normally this finds nothing; it catches what a narrower run left behind
 * (--types, a history message written before the vault learned a value, a configured system
 * text). Values on the allow list are the user's explicit statement that they are not personal
 * data and are left alone here too.
 */
export class PayloadGuard {
  private readonly matcher: KnownValueMatcher;
  private readonly ids = new Map<string, string>();

  constructor(vault: GuardVault, private readonly allow: readonly AllowEntry[] = []) {
    const entries = vault.entries();
    for (const e of entries) if (!this.ids.has(e.value)) this.ids.set(e.value, e.id);
    this.matcher = new KnownValueMatcher(entries);
  }

  /** Returns the text with every known value replaced, and how many were (added to `counts`). */
  scrub(text: string, counts?: Record<EntityType, number>): { text: string; replaced: number } {
    const found = this.matcher.find(text);
    if (found.length === 0) return { text, replaced: 0 };
    const parts: string[] = [];
    let pos = 0;
    let replaced = 0;
    for (const f of found) {
      const surface = text.slice(f.start, f.end);
      const id = this.ids.get(surface);
      if (id === undefined || allowed(surface, this.allow)) continue;
      parts.push(text.slice(pos, f.start), formatToken(id));
      pos = f.end;
      replaced++;
      if (counts) counts[f.type]++;
    }
    parts.push(text.slice(pos));
    return { text: parts.join(''), replaced };
  }
}
