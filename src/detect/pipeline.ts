import { ENTITY_TYPES, type EntityType, type Finding } from '../types.js';
import { emailDetector } from './email.js';
import { ibanDetector } from './iban.js';
import { stripInvisible, unstripFindings, withoutInvisible } from './invisible.js';
import { KnownValueMatcher } from './known.js';
import { mergeFindings } from './merge.js';
import { personDetector } from './person.js';
import { phoneDetector } from './phone.js';
import type { Detector, KnownValue } from './types.js';

export const DETECTORS: readonly Detector[] = [emailDetector, ibanDetector, phoneDetector, personDetector];

/** An allow-list entry: an exact value, or a regular expression the whole surface must match. */
export type AllowEntry = string | RegExp;

export interface PipelineOptions {
  /** Which types to report; default all. */
  types?: readonly EntityType[];
  /** Default phone region (ISO 3166-1 alpha-2); default "DE". */
  region?: string;
  /** Surfaces that are never reported (exact string, or regex matched against the whole surface). */
  allow?: readonly AllowEntry[];
  /** Values that are always reported wherever they occur (e.g. a project's customer names). */
  deny?: readonly KnownValue[];
  /** Values already in the vault: always re-found, wherever they appear. */
  known?: readonly KnownValue[];
  /** Drop findings below this confidence; default 0. */
  minScore?: number;
}

/** What detectRaw() depends on besides the text. */
export interface RawOptions {
  types: EntityType[];
  region: string;
}

/**
 * A reusable detector pipeline. Building the known-value matcher costs time proportional to the
 * vault, so callers that detect many chunks build one Pipeline and call detect() per chunk.
 */
export class Pipeline {
  private readonly detectors: readonly Detector[];
  private readonly types: ReadonlySet<EntityType>;
  private readonly region: string;
  private readonly allowExact: ReadonlySet<string>;
  private readonly allowRegex: readonly RegExp[];
  private readonly minScore: number;
  private known: KnownValueMatcher;
  private readonly deny: KnownValueMatcher;

  constructor(opts: PipelineOptions = {}) {
    this.types = new Set(opts.types ?? ENTITY_TYPES);
    this.detectors = DETECTORS.filter((d) => this.types.has(d.type));
    this.region = (opts.region ?? 'DE').toUpperCase();
    this.allowExact = new Set((opts.allow ?? []).filter((a): a is string => typeof a === 'string'));
    this.allowRegex = (opts.allow ?? [])
      .filter((a): a is RegExp => a instanceof RegExp)
      .map((r) => new RegExp(`^(?:${r.source})$`, r.flags.replace('g', '')));
    this.minScore = opts.minScore ?? 0;
    this.known = new KnownValueMatcher(opts.known ?? [], 'vault');
    this.deny = new KnownValueMatcher(opts.deny ?? [], 'deny-list');
  }

  /** Replace the known-values list (after the vault learned new values). */
  setKnown(known: Iterable<KnownValue>): void {
    this.known = new KnownValueMatcher(known, 'vault');
  }

  /** Add values to the known-values list (cheaper than setKnown() with the whole list again). */
  extendKnown(more: Iterable<KnownValue>): void {
    this.known.add(more);
  }

  detect(text: string): Finding[] {
    if (text.length === 0) return [];
    return this.complete(text, this.detectRaw(text));
  }

  /**
   * What the detectors alone find in `text`: a pure function of the text, the types and the
   * region, so it may run on another thread (src/detect/parallel.ts). complete() does the rest.
   */
  detectRaw(text: string): Finding[] {
    // Soft hyphens and zero-width characters inside names: read as the text prints (see invisible.ts).
    const stripped = stripInvisible(text);
    const read = stripped ? stripped.text : text;
    const ctx = { region: this.region };
    const raw: Finding[] = [];
    for (const d of this.detectors) {
      for (const f of d.detect(read, ctx)) raw.push(f);
    }
    return stripped ? unstripFindings(raw, stripped) : raw;
  }

  /** detect() given detectRaw(text): known values, allow and deny lists, merging. Takes over `raw`. */
  complete(text: string, raw: Finding[]): Finding[] {
    if (text.length === 0) return [];
    for (const f of this.known.find(text)) if (this.types.has(f.type)) raw.push(f);
    const allowAny = this.allowExact.size > 0 || this.allowRegex.length > 0;
    const candidates = raw.filter((f) => f.score >= this.minScore && !(allowAny && this.isAllowed(text.slice(f.start, f.end))));
    // The deny list is applied after the allow list: an explicit deny is the stronger statement.
    for (const f of this.deny.find(text)) candidates.push(f);
    return mergeFindings(candidates);
  }

  /** The options a worker needs to build the same detectRaw() (see src/detect/parallel.ts). */
  get rawOptions(): RawOptions {
    return { types: [...this.types], region: this.region };
  }

  private isAllowed(found: string): boolean {
    const surface = withoutInvisible(found);
    if (this.allowExact.has(surface)) return true;
    for (const r of this.allowRegex) if (r.test(surface)) return true;
    return false;
  }
}

/** One-shot convenience: detect personal data in `text`. */
export function detect(text: string, opts: PipelineOptions = {}): Finding[] {
  return new Pipeline(opts).detect(text);
}
