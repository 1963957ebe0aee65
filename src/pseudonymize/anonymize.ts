import { ownString } from '../util/own-string.js';
import type { EntityType, Finding } from '../types.js';
import { nameVariants } from '../detect/person.js';
import { formatToken } from './tokens.js';

/** What anonymize needs from a vault: hand out (or look up) the id for a value. */
export interface TokenStore {
  add(type: EntityType, value: string, opts?: { parent?: string }): { id: string };
  /**
   * Optional (the Vault has it): add() returning the id alone, with the caller's clock; `value`
   * may be a slice of the text (the store copies what it keeps). See Vault.addId.
   */
  addId?(type: EntityType, value: string, parent: string | undefined, now: number): string;
}

export type TypeCounts = Record<EntityType, number>;

export function zeroCounts(): TypeCounts {
  return { PERSON: 0, EMAIL: 0, PHONE: 0, IBAN: 0 };
}

// nameVariants() is a pure function of the surface, and the same names recur throughout a
// text: remembered per surface (bounded; cleared when full). `value` may be a slice of a chunk:
// what the cache keeps (the key, and the variants, slices of it) is cut from a copy, so that it
// does not keep the chunk alive.
const variantCache = new Map<string, readonly string[]>();
function cachedVariants(value: string): readonly string[] {
  let v = variantCache.get(value);
  if (v === undefined) {
    if (variantCache.size >= 50_000) variantCache.clear();
    const own = ownString(value);
    variantCache.set(own, (v = nameVariants(own)));
  }
  return v;
}

/**
 * Replaces each finding (non-overlapping, sorted by start — what the pipeline returns) by its
 * token. A person's other surfaces (the surname alone) are registered as derived entries, so
 * that a later text mentioning only "Demir" is caught through the vault's known values.
 */
export function replaceFindings(text: string, findings: readonly Finding[], store: TokenStore, counts: TypeCounts = zeroCounts()): string {
  if (findings.length === 0) return text;
  // Through TokenStore.addId where the store has it (the Vault): one clock read for the chunk,
  // no entry object per finding, and the slice copied only if the store keeps it (the variant
  // cache copies on a miss: see cachedVariants). Else add(), with a copy of each value.
  const now = Date.now();
  const idOf = store.addId
    ? (type: EntityType, value: string, parent?: string) => store.addId!(type, value, parent, now)
    : (type: EntityType, value: string, parent?: string) => store.add(type, ownString(value), parent === undefined ? undefined : { parent }).id;
  const parts: string[] = [];
  let pos = 0;
  for (const f of findings) {
    const value = text.slice(f.start, f.end);
    const id = idOf(f.type, value);
    if (f.type === 'PERSON') {
      for (const v of cachedVariants(value)) if (v !== value) idOf('PERSON', v, id);
    }
    parts.push(text.slice(pos, f.start), formatToken(id));
    pos = f.end;
    counts[f.type]++;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Something that finds personal data in a piece of text (a Pipeline). */
export interface FindingSource {
  detect(text: string): Finding[];
}

// Chunks end at a line break so that no entity is cut in two; a line longer than this is cut
// at white space, and only a line without any white space at all is cut hard. 128 Ki units,
// not more: the detectors' working set for a chunk (a token object per word) lives as long as
// the chunk is being detected, and at 1 MiB it outlived the young generation and was promoted
// — measured on 50 MB against a 251k-entry vault: 1 MiB chunks 315 MB RSS and 34.7 s CPU,
// 128 KiB 254–262 MB and 31–34 s (the 2 kB of context re-detected per chunk cost ~1.5 %).
const CHUNK = 1 << 17;
// Text already emitted that is shown to the detectors again as context, so that "Mit
// freundlichen Grüßen" at the end of one chunk still marks the name at the start of the next.
const CONTEXT = 2048;

function cutPoint(buf: string, limit: number): number {
  const nl = buf.lastIndexOf('\n', limit);
  if (nl > limit / 2) return nl + 1;
  const ws = buf.slice(0, limit).search(/\s\S*$/);
  if (ws > limit / 2) return ws + 1;
  return limit;
}

/** A chunk of the input, with the text before it that the detectors see as context. */
export interface Chunk {
  context: string;
  chunk: string;
}

/**
 * Cuts a stream of text into chunks at line ends (see CHUNK), each with the CONTEXT characters
 * before it. A chunk and its context depend on the text alone, so a chunk can be detected as soon
 * as it is cut, on any thread.
 */
export class LineChunker {
  private buf = '';
  private context = '';
  constructor(private readonly chunkSize = CHUNK) {}

  /** Feed text; returns the chunks that are complete so far (often none). */
  push(text: string, out: Chunk[] = []): Chunk[] {
    this.buf += text;
    while (this.buf.length >= this.chunkSize * 2) {
      const cut = cutPoint(this.buf, this.chunkSize);
      this.emit(this.buf.slice(0, cut), out);
      this.buf = this.buf.slice(cut);
    }
    return out;
  }

  /** The rest of the text as a last chunk (none if there is no rest). */
  end(out: Chunk[] = []): Chunk[] {
    const rest = this.buf;
    this.buf = '';
    if (rest) this.emit(rest, out);
    return out;
  }

  private emit(chunk: string, out: Chunk[]): void {
    const context = this.context;
    this.context = (context + chunk).slice(-CONTEXT);
    out.push({ context, chunk });
  }
}

/**
 * The findings of `context + chunk` that belong to the chunk, with offsets into the chunk. A
 * finding reaching back into the context (only possible after a cut inside a very long line) is
 * clipped, not dropped: its part in this chunk must not leak.
 */
export function chunkFindings(findings: readonly Finding[], contextLength: number): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.end <= contextLength) continue;
    out.push({ ...f, start: Math.max(f.start, contextLength) - contextLength, end: f.end - contextLength });
  }
  return out;
}

/**
 * Streaming anonymizer with bounded memory: text goes in in pieces of any size, anonymized text
 * comes out chunk by chunk. An entity that straddles two input pieces is still found, because
 * detection only ever runs on whole lines.
 */
export class AnonymizeStream {
  private readonly chunker: LineChunker;
  readonly counts: TypeCounts = zeroCounts();

  constructor(
    private readonly detector: FindingSource,
    private readonly store: TokenStore,
    chunkSize = CHUNK,
  ) {
    this.chunker = new LineChunker(chunkSize);
  }

  /** Feed text; returns the anonymized text that is final so far (may be empty). */
  push(text: string): string {
    return this.processAll(this.chunker.push(text));
  }

  end(): string {
    return this.processAll(this.chunker.end());
  }

  private processAll(chunks: Chunk[]): string {
    let out = '';
    for (const { context, chunk } of chunks) {
      const findings = chunkFindings(this.detector.detect(context + chunk), context.length);
      out += replaceFindings(chunk, findings, this.store, this.counts);
    }
    return out;
  }
}
