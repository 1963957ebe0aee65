/**
 * Kill-safety of the vault lifecycle commands, against the built binary: `vault rekey` and
 * `vault forget` are SIGKILLed at spread-out random moments across repeated runs; after each kill
 * the vault must open with exactly one of the old and the new key (rekey) and hold all its
 * entries, or the value either fully present or fully gone (forget). Never a broken vault.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Vault, VaultError, createKeyFile, type KeySource } from '../src/vault/index.js';
import { readKeyFile } from '../src/vault/keys.js';
import { assertBuilt, BIN } from './helpers/cli.js';
import { box, plaintextHits, seed, type Box } from './helpers/vault-lifecycle-fixtures.js';

beforeAll(assertBuilt);

/** Start the CLI; SIGKILL it after `killAfterMs` (if still running). Resolves with its exit code or signal. */
function runKilled(b: Box, args: string[], killAfterMs: number, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; signal: string | null; ms: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...b.env, ...env }, cwd: join(b.dir, 'work'), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = Number.isFinite(killAfterMs) ? setTimeout(() => child.kill('SIGKILL'), killAfterMs) : null;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - t0, stderr });
    });
  });
}

async function opens(vaultPath: string, key: KeySource): Promise<Vault | null> {
  try {
    return await Vault.open({ path: vaultPath, key, onNotice: () => {} });
  } catch (e) {
    if (e instanceof VaultError && (e.code === 'WRONG_KEY' || e.code === 'NO_KEY')) return null;
    throw e; // CORRUPT, IO …: a broken vault fails the test
  }
}

/** The killed process held the lock; it is dead, so its lock is stale. Remove it instead of waiting out the 10 s stale period (stale takeover is tested in vault-processes.test.ts). */
function clearDeadLock(vaultPath: string): void {
  rmSync(`${vaultPath}.lock`, { recursive: true, force: true });
}

/** Delay for run i of n: spread over [lo·D, hi·D] with jitter, so kills land at every stage of the run. */
const spread = (i: number, n: number, d: number, lo = 0.1, hi = 1.5) => d * (lo + ((hi - lo) * (i + Math.random())) / n);

const PEOPLE = Array.from({ length: 20_000 }, (_, i) => `Person${i} Nachname${i}`);
const SAMPLE = [PEOPLE[0]!, PEOPLE[9_999]!, PEOPLE[19_999]!, 'erika@beispiel.de'];

describe('SIGKILL during vault rekey', () => {
  it('key file → key file, killed at random moments: the vault always opens with the old key or the new one, with every entry', async () => {
    const b = box();
    const vp = b.vaultPath;
    let cur: KeySource = { kind: 'keyfile', path: join(b.dir, 'keys', 'k0.key') };
    await createKeyFile(cur.path);
    // A large vault makes the write take a while, so kills also land inside it.
    await seed(vp, cur, [...PEOPLE.map((value) => ({ type: 'PERSON' as const, value })), { type: 'EMAIL', value: 'erika@beispiel.de' }]);
    const total = PEOPLE.length + 1;

    const rekeyArgs = (from: KeySource & { kind: 'keyfile' }, to: string) => ['vault', 'rekey', '--vault', vp, '--key-file', from.path, '--new-key-file', to];
    // One undisturbed run: its duration scales the kill delays.
    const first = join(b.dir, 'keys', 'k1.key');
    const full = await runKilled(b, rekeyArgs(cur, first), Infinity);
    expect(full.code, full.stderr).toBe(0);
    expect(await opens(vp, cur)).toBeNull();
    cur = { kind: 'keyfile', path: first };

    const outcomes = { old: 0, new: 0 };
    const N = 16;
    for (let i = 0; i < N; i++) {
      const next = join(b.dir, 'keys', `k${i + 2}.key`);
      const r = await runKilled(b, rekeyArgs(cur, next), spread(i, N, full.ms));
      clearDeadLock(vp);
      const withOld = await opens(vp, cur);
      const withNew = existsSync(next) ? await opens(vp, { kind: 'keyfile', path: next }) : null;
      // Exactly one key opens it — never neither (broken, or a vault whose key is not on disk), never both.
      expect([!!withOld, !!withNew], `run ${i}: killed=${r.signal} after ${Math.round(r.ms)} ms`).toEqual(withNew ? [false, true] : [true, false]);
      const v = (withNew ?? withOld)!;
      expect(v.size).toBe(total);
      for (const s of SAMPLE) expect(v.findByValue(s)?.value).toBe(s);
      if (withNew) {
        outcomes.new++;
        cur = { kind: 'keyfile', path: next };
      } else outcomes.old++;
    }
    // Both outcomes occurred, so kills landed before and after the switch.
    expect(outcomes.old, JSON.stringify(outcomes)).toBeGreaterThan(0);
    expect(outcomes.new, JSON.stringify(outcomes)).toBeGreaterThan(0);

    // Whatever temp files the kills left are removed by the next write; nothing else is left.
    const done = await runKilled(b, ['vault', 'forget', '--vault', vp, '--key-file', cur.path, 'erika@beispiel.de'], Infinity);
    expect(done.code, done.stderr).toBe(0);
    expect(readdirSync(dirname(vp))).toEqual(['vault.anv']);
    expect(plaintextHits(b.dir, SAMPLE)).toEqual([]);
  }, 180_000);

  it('key file → passphrase, killed at random moments: the old key file or the new passphrase opens it', async () => {
    const b = box();
    const vp = b.vaultPath;
    const oldKey: KeySource = { kind: 'keyfile', path: join(b.dir, 'keys', 'old.key') };
    await createKeyFile(oldKey.path);
    await seed(vp, oldKey, PEOPLE.slice(0, 2000).map((value) => ({ type: 'PERSON' as const, value })));
    const args = ['vault', 'rekey', '--vault', vp, '--key-file', oldKey.path, '--new-passphrase-env', 'NEW_PW'];
    const pw: KeySource = { kind: 'passphrase', passphrase: 'neues Passwort' };
    // Run 0 is undisturbed and times the kills of the others. Whenever a run got through, the
    // vault is switched back to the old key file so that the next run starts from it again.
    const N = 5;
    let d = 0;
    const seen = { old: 0, new: 0 };
    for (let i = 0; i <= N; i++) {
      const r = await runKilled(b, args, i === 0 ? Infinity : spread(i - 1, N, d, 0.2, 1.1), { NEW_PW: pw.passphrase });
      if (i === 0) d = r.ms;
      clearDeadLock(vp);
      const withOld = await opens(vp, oldKey);
      const withNew = withOld ? null : await opens(vp, pw);
      expect(!!withOld !== !!withNew, `run ${i}: ${r.signal ?? r.code}`).toBe(true);
      expect((withOld ?? withNew)!.size).toBe(2000);
      if (withNew) {
        seen.new++;
        // Back to the old key file for the next round (the library, not the CLI under test).
        const release = await withNew.lock();
        try {
          await withNew.rekey({ kind: 'keyfile', key: await readKeyFile(oldKey.path) });
        } finally {
          await release();
        }
      } else seen.old++;
    }
    expect(seen.new).toBeGreaterThan(0); // at least the undisturbed first run
  }, 180_000);
});

describe('order of operations in vault rekey', () => {
  it.skipIf(process.platform !== 'linux')('the new key file appears on disk before the vault that needs it (inotify order)', async () => {
    const b = box();
    const vp = b.vaultPath;
    const oldKey: KeySource = { kind: 'keyfile', path: join(b.dir, 'old.key') };
    await createKeyFile(oldKey.path);
    await seed(vp, oldKey, [{ type: 'EMAIL', value: 'erika@beispiel.de' }]);
    // The new key goes into the vault's own directory, so one watcher sees both, in order.
    const newKey = join(dirname(vp), 'new.key');
    const events: string[] = [];
    const w = watch(dirname(vp), (_type, name) => events.push(String(name)));
    try {
      const r = await runKilled(b, ['vault', 'rekey', '--vault', vp, '--key-file', oldKey.path, '--new-key-file', newKey], Infinity);
      expect(r.code, r.stderr).toBe(0);
      await new Promise((res) => setTimeout(res, 200));
    } finally {
      w.close();
    }
    const key = events.indexOf('new.key');
    const vault = events.indexOf('vault.anv');
    expect(key, events.join(' ')).toBeGreaterThanOrEqual(0);
    expect(vault, events.join(' ')).toBeGreaterThan(key);
  });
});

describe('SIGKILL during vault forget', () => {
  it('killed at random moments: the vault opens, the value is either fully there or fully gone, nothing else is lost', async () => {
    const b = box();
    const vp = b.vaultPath;
    const key: KeySource = { kind: 'keyfile', path: b.keyPath };
    await createKeyFile(key.path);
    const people = PEOPLE.slice(0, 5_000);
    await seed(vp, key, people.map((value) => ({ type: 'PERSON' as const, value })));
    const full = await runKilled(b, ['vault', 'forget', '--vault', vp, people[0]!], Infinity);
    expect(full.code, full.stderr).toBe(0);
    let remaining = people.length - 1;
    const N = 6;
    for (let i = 1; i <= N; i++) {
      const r = await runKilled(b, ['vault', 'forget', '--vault', vp, people[i]!], spread(i - 1, N, full.ms));
      clearDeadLock(vp);
      const v = (await opens(vp, key))!;
      expect(v, `run ${i}`).not.toBeNull();
      const gone = v.findByValue(people[i]!) === undefined;
      if (gone) remaining--;
      expect(v.size, `run ${i}: ${r.signal ?? r.code}`).toBe(remaining);
      expect(v.findByValue(people[N + 1]!)).toBeDefined();
    }
  }, 120_000);
});
