import { Pipeline, type PipelineOptions } from '../detect/pipeline.js';
import type { KnownValue } from '../detect/types.js';
import type { EntityType, Finding } from '../types.js';
import { AnonymizeStream, replaceFindings, zeroCounts, type FindingSource, type TypeCounts } from './anonymize.js';
import { vaultLookup } from './vault-lookup.js';

export { vaultLookup };

/** The part of the vault the pseudonymizer uses (the Vault class provides it). */
export interface TokenVault {
  add(type: EntityType, value: string, opts?: { parent?: string }): { id: string };
  get(id: string): { value: string } | undefined;
  entries(): readonly { type: EntityType; value: string }[];
}

/**
 * Detection backed by a vault: everything the vault already holds is recognised again wherever
 * it appears. As the vault learns values during a long run, the known-values matcher is rebuilt
 * now and then (geometrically, so the rebuild cost stays linear overall).
 */
export class VaultDetector implements FindingSource {
  private readonly pipeline: Pipeline;
  private builtAt = -1;
  /** The value of the last entry indexed: tells whether the vault only grew since. */
  private lastValue: string | undefined;

  constructor(
    private readonly vault: TokenVault,
    opts: PipelineOptions = {},
  ) {
    this.pipeline = new Pipeline(opts);
  }

  detect(text: string): Finding[] {
    const entries = this.vault.entries();
    const n = entries.length;
    if (this.builtAt < 0 || n - this.builtAt >= Math.max(16, this.builtAt / 8)) {
      // Entries are kept in insertion order: when the first builtAt are still the ones indexed
      // (nothing removed), only the new ones need indexing, which builds the same index.
      if (this.builtAt > 0 && n >= this.builtAt && entries[this.builtAt - 1]!.value === this.lastValue) {
        this.pipeline.extendKnown(entries.slice(this.builtAt) as KnownValue[]);
      } else {
        this.pipeline.setKnown(entries as KnownValue[]);
      }
      this.builtAt = n;
      this.lastValue = n > 0 ? entries[n - 1]!.value : undefined;
    }
    return this.pipeline.detect(text);
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


// Restore needs no detectors; it lives in its own module so that `anonymize restore` starts
// without loading them. Re-exported here for library users.
export { restoreWithVault, restoreStreamWithVault } from './vault-lookup.js';
