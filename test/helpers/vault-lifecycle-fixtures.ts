/**
 * Helpers for the vault lifecycle tests (test/vault-lifecycle*.test.ts): a sandbox with the
 * vault and key paths the built CLI will use, vaults seeded through the real Vault library with
 * chosen timestamps (to test retention without a fake clock in the product), and a byte-level
 * search for plaintext values in every file the sandbox holds.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Vault, type KeySource } from '../../src/vault/index.js';
import type { EntityType } from '../../src/types.js';
import { run, sandbox, type RunResult } from './cli.js';

export const DAY = 86_400_000;

export interface Box {
  dir: string;
  env: NodeJS.ProcessEnv;
  vaultPath: string;
  keyPath: string;
  /** Run the built CLI in this sandbox (cwd = the sandbox, so no config file leaks in). */
  cli(args: string[], input?: string, extraEnv?: NodeJS.ProcessEnv): RunResult;
}

export function box(): Box {
  const { dir, env } = sandbox();
  mkdirSync(join(dir, 'work'), { recursive: true });
  return {
    dir,
    env,
    vaultPath: join(dir, 'data', 'anonymize', 'vault.anv'),
    keyPath: join(dir, 'config', 'anonymize', 'vault.key'),
    cli: (args, input, extraEnv) => run(args, { env: { ...env, ...extraEnv }, input, cwd: join(dir, 'work') }),
  };
}

export interface SeedItem {
  type: EntityType;
  value: string;
  /** Value of the entry this one derives from (must come earlier in the list). */
  parentValue?: string;
  /** lastSeen (and firstSeen) of the entry, epoch ms. */
  at?: number;
}

/**
 * Adds entries with the given timestamps through the real library. Vault.add and the retention
 * check in the save path read Date.now(); it is pinned inside the transaction only (after the
 * lock is taken): to each item's time for its add, and for the save to the newest item's time —
 * as if the entries had been written back then, so a vault with a retention period keeps them
 * until the next write (as it would have, had time really passed).
 */
export async function seed(vaultPath: string, key: KeySource, items: SeedItem[]): Promise<Record<string, string>> {
  const v = await Vault.open({ path: vaultPath, key, onNotice: () => {} });
  const ids: Record<string, string> = {};
  const realNow = Date.now;
  const saveAt = items.some((it) => it.at === undefined) ? undefined : Math.max(...items.map((it) => it.at!));
  try {
    await v.transaction((t) => {
      for (const it of items) {
        const at = it.at;
        Date.now = () => at ?? realNow();
        const parent = it.parentValue !== undefined ? t.findByValue(it.parentValue)?.id : undefined;
        ids[it.value] = t.add(it.type, it.value, parent ? { parent } : {}).id;
      }
      Date.now = () => saveAt ?? realNow();
    });
  } finally {
    Date.now = realNow;
  }
  return ids;
}

export async function openWith(vaultPath: string, key: KeySource): Promise<Vault> {
  return Vault.open({ path: vaultPath, key, onNotice: () => {} });
}

/** Every regular file below `dir` (recursively). */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...filesUnder(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

/**
 * The files under `dir` whose raw bytes contain one of `values` (UTF-8 or UTF-16LE), as
 * "file: value" strings — [] when none does.
 */
export function plaintextHits(dir: string, values: string[], except: string[] = []): string[] {
  const hits: string[] = [];
  for (const f of filesUnder(dir)) {
    if (except.includes(f)) continue;
    const bytes = readFileSync(f);
    for (const v of values) {
      if (bytes.includes(Buffer.from(v, 'utf8')) || bytes.includes(Buffer.from(v, 'utf16le'))) hits.push(`${f}: ${v}`);
    }
  }
  return hits;
}
