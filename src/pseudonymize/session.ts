import { availableParallelism } from 'node:os';
import { Pipeline, type PipelineOptions, type RawOptions } from '../detect/pipeline.js';
import type { KnownValue } from '../detect/types.js';
import type { KnownCursor } from '../vault/vault.js';
import type { EntityType, Finding } from '../types.js';
import { AnonymizeStream, replaceFindings, zeroCounts, type FindingSource, type TypeCounts } from './anonymize.js';
import { vaultLookup } from './vault-lookup.js';
import { ParallelAnonymizeStream, type ParallelOptions } from './parallel.js';

export { vaultLookup };

/** The part of the vault the pseudonymizer uses (the Vault class provides it). */
export interface TokenVault {
  add(type: EntityType, value: string, opts?: { parent?: string }): { id: string };
  get(id: string): { value: string } | undefined;
  entries(): readonly { type: EntityType; value: string }[];
  /** Optional (the Vault has them): incremental access to the values, see Vault.knownSince. */
  knownSince?(cursor: KnownCursor | null): { reset: boolean; count: number; values: Iterable<KnownValue>; cursor: KnownCursor };
  knownPending?(cursor: KnownCursor): number;
}

/**
 * Detection backed by a vault: everything the vault already holds is recognised again wherever
 * it appears. As the vault learns values during a long run, the known-values index is extended
 * now and then (geometrically, so the indexing cost stays linear overall). Values learned since
 * the last extension are still found by the detectors that found them in the first place.
 */
export class VaultDetector implements FindingSource {
  private readonly pipeline: Pipeline;
  private cursor: KnownCursor | null = null;
  private indexed = 0;

  constructor(
    private readonly vault: TokenVault,
    opts: PipelineOptions = {},
  ) {
    this.pipeline = new Pipeline(opts);
  }

  detect(text: string): Finding[] {
    return this.complete(text, this.pipeline.detectRaw(text));
  }

  /** The detectors' part of detect(), which depends on the text alone (may run on a worker). */
  detectRaw(text: string): Finding[] {
    return this.pipeline.detectRaw(text);
  }

  /** What detectRaw() depends on besides the text: for workers that run it (src/detect/parallel.ts). */
  get rawOptions(): RawOptions {
    return this.pipeline.rawOptions;
  }

  /** detect() given detectRaw(text), found here or elsewhere: adds the vault's known values. */
  complete(text: string, raw: Finding[]): Finding[] {
    this.refreshKnown();
    return this.pipeline.complete(text, raw);
  }

  private refreshKnown(): void {
    const v = this.vault;
    if (v.knownSince && v.knownPending) {
      const pending = this.cursor ? v.knownPending(this.cursor) : -1;
      if (pending < 0 || pending >= Math.max(16, this.indexed / 8)) {
        const { reset, count, values, cursor } = v.knownSince(this.cursor);
        if (reset) {
          this.pipeline.setKnown(values);
          this.indexed = 0;
        } else this.pipeline.extendKnown(values);
        this.indexed += count;
        this.cursor = cursor;
      }
    } else {
      // A plain TokenVault has no cheap way to say what changed: re-indexed as it grows.
      const entries = v.entries();
      const n = entries.length;
      if (this.cursor === null || n < this.indexed || n - this.indexed >= Math.max(16, this.indexed / 8)) {
        this.pipeline.setKnown(entries as KnownValue[]);
        this.indexed = n;
        this.cursor = { epoch: 0, end: n };
      }
    }
  }
}

/** Anonymizes a whole string with a vault; the caller saves the vault (inside its lock). */
export function anonymizeWithVault(text: string, vault: TokenVault, opts: PipelineOptions = {}): { text: string; counts: TypeCounts } {
  const counts = zeroCounts();
  const findings = new VaultDetector(vault, opts).detect(text);
  return { text: replaceFindings(text, findings, vault, counts), counts };
}

export function anonymizeStreamWithVault(vault: TokenVault, opts: PipelineOptions = {}, chunkSize?: number): AnonymizeStream {
  return new AnonymizeStream(new VaultDetector(vault, opts), vault, chunkSize);
}

/**
 * Worker threads for detection when none are given: one per core besides the calling thread
 * (which completes the chunks in order and detects too whenever it would otherwise wait; see
 * ParallelAnonymizeStream), at most 4; none on a single core. Each worker compiles and warms up
 * the detectors anew (measured: ~3 s of CPU over a 20 MB run, half of it in V8's optimizing
 * compiler), so on two cores one worker beside the busy main thread beats two.
 */
export function defaultDetectionThreads(): number {
  return Math.min(Math.max(availableParallelism() - 1, 0), 4);
}

/**
 * With the default number of workers, they are stopped again if, in the second after their first answer,
 * the process has used less than this many cores' worth of CPU: the machine's other cores are
 * busy, and the workers would only add their warm-up and messaging (measured on 2 cores with one
 * of them taken by another session: 20 MB in 21.9-23.5 s without workers, 26.9-28.6 s with one).
 */
const AUTO_RETIRE_BELOW = 1.4;

/**
 * anonymizeStreamWithVault() with the detectors on `threads` worker threads once the input is
 * long (see ParallelAnonymizeStream): the same output and the same vault. Without `threads`:
 * defaultDetectionThreads(), stopped again on a machine without a spare core (see
 * AUTO_RETIRE_BELOW); 0: none. push() and end() return promises; call close() when done.
 */
export function parallelAnonymizeStreamWithVault(vault: TokenVault, opts: PipelineOptions = {}, threads?: number, popts: ParallelOptions = {}): ParallelAnonymizeStream {
  const detector = new VaultDetector(vault, opts);
  const n = threads ?? defaultDetectionThreads();
  // Loaded when the workers start: a short run never loads worker_threads.
  const startPool = async () => (await import('../detect/parallel.js')).createRawDetectorPool(detector.rawOptions, n, (t) => detector.detectRaw(t));
  return new ParallelAnonymizeStream(detector, vault, n === 0 ? null : startPool, threads === undefined ? { retireBelow: AUTO_RETIRE_BELOW, ...popts } : popts);
}

// Restore needs no detectors; it lives in its own module so that `anonymize restore` starts
// without loading them. Re-exported here for library users.
export { restoreWithVault, restoreStreamWithVault } from './vault-lookup.js';
