import { createRequire } from 'node:module';

/**
 * Heap tuning for long runs: anonymize with a big vault or a big input, scans of big trees.
 *
 * V8 lets the heap grow to up to four times what survived the last full GC before collecting
 * again. Streaming a big input through the detectors produces garbage that outlives the young
 * generation, so with a big vault live, a 20 MB input reached 700 MB RSS. A 20 % growth step
 * keeps a 1 GB run under 300 MB (a full GC of the vault-sized heap takes tens of milliseconds).
 * The flag is read at every GC, so setting it now works; set only for long runs, as loading
 * node:v8 costs 2 ms that a one-line run does not spend.
 */
export function tuneHeapForLongRun(opts: { collectNow?: boolean } = {}): void {
  const require = createRequire(import.meta.url);
  const v8 = require('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--heap-growing-percent=20');
  if (opts.collectNow) {
    // Opening a big vault leaves its decrypted JSON (tens of MB as a string) and the parse behind
    // as garbage, and the growth step above only applies from the next full GC on: one full GC
    // now (~50 ms with a 250k-entry vault, which took a second to open) keeps that start-up
    // garbage from setting the run's peak. --expose-gc only makes gc() available to new contexts.
    v8.setFlagsFromString('--expose-gc');
    const gc = (require('node:vm') as typeof import('node:vm')).runInNewContext('gc') as () => void;
    gc();
  }
}

/**
 * Back to V8's default flags once the work is done: the start-up code cache (src/cli/boot.ts)
 * is written at exit and V8 stamps it with a hash of the flags; one made under changed flags
 * would be rejected by every later run (and rewritten each time: ~50 ms per run).
 */
export function untuneHeap(): void {
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--heap-growing-percent=0');
  v8.setFlagsFromString('--no-expose-gc');
}
