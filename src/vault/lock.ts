/**
 * Cross-process lock for one vault: proper-lockfile on the sibling path `<vault>.lock` (a
 * directory created with mkdir, which is atomic on local and network file systems). The vault
 * itself may not exist yet, hence lockfilePath + realpath: false.
 *
 * Why proper-lockfile: it refreshes the lock's mtime while held, so a lock whose owner was
 * SIGKILLed is recognised as stale after `staleMs` and taken over, yet a long streaming run
 * keeps its lock alive; it releases on SIGINT/SIGTERM/normal exit. Its known weakness
 * (moxystudio/node-proper-lockfile#121): two waiters taking over the *same stale* lock at the
 * same instant can both succeed. The vault therefore fences every save (vault.ts checks that the
 * file is still the one it read, by its per-write nonce) and refuses instead of overwriting.
 *
 * It is imported lazily: read-only runs never pay its ~15 ms load time.
 *
 * Retry policy is ours rather than `retries` (whose total wait is hard to bound): poll with
 * jittered back-off from 5 ms up to 100 ms until `timeoutMs` (default 20 s) has passed.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { VaultError, ioError } from './errors.js';

export interface LockOptions {
  /** A held lock not refreshed for this long is considered abandoned (default 10 s, min 2 s). */
  staleMs?: number;
  /** Give up with VaultError LOCKED after waiting this long (default 20 s). */
  timeoutMs?: number;
}

export const DEFAULT_STALE_MS = 10_000;
export const DEFAULT_TIMEOUT_MS = 20_000;

export function lockPathFor(target: string): string {
  return `${target}.lock`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Acquire the lock. `onCompromised` is called (instead of proper-lockfile's default of throwing
 * from a timer, which would crash the process) if the lock is lost while held.
 */
export async function acquireLock(
  target: string,
  opts: LockOptions,
  onCompromised: (err: Error) => void,
): Promise<() => Promise<void>> {
  const { default: lockfile } = await import('proper-lockfile');
  const lockPath = lockPathFor(target);
  const dir = path.dirname(target);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw ioError(`cannot create directory ${dir}`, err);
  }
  const staleMs = Math.max(opts.staleMs ?? DEFAULT_STALE_MS, 2000);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  for (;;) {
    try {
      const release = await lockfile.lock(target, {
        lockfilePath: lockPath,
        realpath: false,
        stale: staleMs,
        retries: 0,
        onCompromised,
      });
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        // Rejects if the lock was already lost (compromised); nothing left to release then.
        await release().catch(() => {});
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw ioError(`cannot lock vault ${target}`, err);
      if (Date.now() >= deadline) {
        throw new VaultError(
          'LOCKED',
          `vault ${target} is locked by another anonymize process (waited ${Math.round(timeoutMs / 1000)} s); if none is running, the lock expires ${Math.round(staleMs / 1000)} s after its owner died, or remove ${lockPath}`,
        );
      }
      await sleep(delay * (0.5 + Math.random()));
      delay = Math.min(delay * 1.5, 100);
    }
  }
}
