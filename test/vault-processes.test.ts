/**
 * Vault behaviour across real OS processes: concurrent writers, writers SIGKILLed mid-write,
 * stale-lock takeover, zero-config key creation. Workers: test/helpers/vault-worker.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, unlinkSync, watch } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Vault, VaultError, createKeyFile, type KeySource } from '../src/vault/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKER = 'test/helpers/vault-worker.ts';

let dir: string;
let vaultPath: string;
let keyPath: string;
let key: KeySource;
const quiet = () => {};

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vault-proc-'));
  vaultPath = path.join(dir, 'data', 'vault.anv');
  keyPath = path.join(dir, 'vault.key');
  await createKeyFile(keyPath);
  key = { kind: 'keyfile', path: keyPath };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Environment without any of our settings leaking in from the developer's shell. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('ANONYMIZE_') && !k.startsWith('XDG_')) env[k] = v;
  }
  return { ...env, ...extra };
}

function start(args: string[], env = cleanEnv()): ChildProcess & { out: string; err: string; done: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const c = Object.assign(child, { out: '', err: '', done: null as unknown as Promise<number | null> });
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (c.out += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (c.err += s));
  c.done = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  return c;
}

async function waitFor(c: ReturnType<typeof start>, text: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!c.out.includes(text)) {
    if (Date.now() > until || c.exitCode !== null) throw new Error(`worker never printed ${text}: ${c.err}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const temps = () => readdirSync(path.dirname(vaultPath)).filter((n) => n.includes('.tmp-'));

describe('multiple processes', () => {
  it('8 processes adding 50 values each in transactions lose nothing and never share an id', async () => {
    const workers = Array.from({ length: 8 }, (_, i) => start(['add', vaultPath, keyPath, `w${i}`, '50']));
    const codes = await Promise.all(workers.map((w) => w.done));
    for (const w of workers) expect(w.err).toBe('');
    expect(codes).toEqual(Array(8).fill(0));
    const handedOut = new Map<string, string>(); // value -> id, as each worker saw it
    for (const w of workers) for (const [value, id] of Object.entries(JSON.parse(w.out) as Record<string, string>)) handedOut.set(value, id);
    expect(handedOut.size).toBe(400);
    expect(new Set(handedOut.values()).size).toBe(400);
    const v = await Vault.open({ path: vaultPath, key, onNotice: quiet });
    expect(v.entries()).toHaveLength(400);
    for (const [value, id] of handedOut) expect(v.findByValue(value)?.id).toBe(id);
    expect(new Set(v.entries().map((e) => e.id))).toEqual(new Set(Array.from({ length: 400 }, (_, i) => `EMAIL_${i + 1}`)));
    expect(temps()).toEqual([]);
    expect(existsSync(`${vaultPath}.lock`)).toBe(false);
  }, 90_000);

  it('a writer SIGKILLed at random moments mid-write never damages the vault or loses a commit', async () => {
    // A big vault makes each write take a while, so random kills often land inside one.
    const seed = await Vault.open({ path: vaultPath, key, onNotice: quiet });
    await seed.transaction((t) => {
      for (let i = 0; i < 20_000; i++) t.add('EMAIL', `seed${i}@example.org`);
    });
    const committed = new Set<string>();
    let killedMidWrite = 0;
    // Even rounds: kill at a random moment. Odd rounds: kill the moment a temp file appears
    // (i.e. between creating it and renaming it over the vault), after a random commit count.
    let armed: (() => void) | null = null;
    const watcher = watch(path.dirname(vaultPath), (_ev, name) => {
      if (armed && name?.includes('.tmp-')) armed();
    });
    try {
      for (let round = 0; round < 10; round++) {
        const w = start(['churn', vaultPath, keyPath, `r${round}`]);
        await waitFor(w, 'READY');
        if (round % 2 === 0) {
          await new Promise((r) => setTimeout(r, 30 + Math.random() * 200));
          w.kill('SIGKILL');
        } else {
          await waitFor(w, `C r${round}-${Math.floor(Math.random() * 4)}`);
          await new Promise<void>((resolve) => {
            armed = () => {
              armed = null;
              w.kill('SIGKILL');
              resolve();
            };
          });
        }
        await w.done;
        for (const line of w.out.split('\n')) if (line.startsWith('C ')) committed.add(line.slice(2));
        if (temps().length) killedMidWrite++;
        // The supervisor knows the owner is dead; stale takeover itself is tested below.
        rmSync(`${vaultPath}.lock`, { recursive: true, force: true });
        const v = await Vault.open({ path: vaultPath, key, onNotice: quiet });
        for (const value of committed) expect(v.findByValue(value), value).toBeDefined();
        expect(v.entries().length).toBeGreaterThanOrEqual(20_000 + committed.size);
        expect(new Set(v.entries().map((e) => e.id)).size).toBe(v.entries().length);
      }
    } finally {
      watcher.close();
    }
    expect(committed.size).toBeGreaterThan(0);
    // the next writer cleans up whatever temp files the killed ones left
    const v = await Vault.open({ path: vaultPath, key, onNotice: quiet });
    await v.transaction((t) => void t.add('EMAIL', 'after@example.org'));
    expect(temps()).toEqual([]);
    console.info(`[vault] ${committed.size} commits survived 10 SIGKILLs; ${killedMidWrite} kills landed mid-write (temp file left behind)`);
  }, 120_000);

  it('waits for a live lock holder (LOCKED after the timeout) and takes over a dead one’s stale lock', async () => {
    const seed = await Vault.open({ path: vaultPath, key, onNotice: quiet });
    await seed.transaction((t) => void t.add('EMAIL', 'before@example.org'));
    const holder = start(['hold', vaultPath, keyPath]);
    await waitFor(holder, 'HELD');
    // The holder is alive and refreshes its lock: we must give up, not break in. We wait
    // longer than staleMs, so a lock that was not kept fresh would have been taken over.
    const impatient = await Vault.open({ path: vaultPath, key, onNotice: quiet, lock: { staleMs: 2000, timeoutMs: 2500 } });
    const err = await impatient.transaction(() => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VaultError);
    expect((err as VaultError).code).toBe('LOCKED');
    expect((err as VaultError).message).not.toMatch(/\n/);
    holder.kill('SIGKILL');
    await holder.done;
    expect(existsSync(`${vaultPath}.lock`)).toBe(true); // left behind by the dead process
    const v = await Vault.open({ path: vaultPath, key, onNotice: quiet, lock: { staleMs: 2000 } });
    const t0 = Date.now();
    const id = await v.transaction((t) => t.add('EMAIL', 'after@example.org').id);
    const waited = Date.now() - t0;
    expect(id).toBe('EMAIL_2');
    expect(waited).toBeLessThan(5000);
    expect(existsSync(`${vaultPath}.lock`)).toBe(false);
  }, 30_000);
});

describe('zero-config first run', () => {
  const notice = (p: string) => `anonymize: created a new vault key at ${p} — back it up; without it the vault cannot be opened\n`;

  it('creates one 0600 key (with exactly one notice) and a 0600 vault under HOME', async () => {
    const home = path.join(dir, 'home');
    const env = cleanEnv({ HOME: home });
    const keyFile = path.join(home, '.config', 'anonymize', 'vault.key');
    const vaultFile = path.join(home, '.local', 'share', 'anonymize', 'vault.anv');
    const first = start(['zero', 'Erika Mustermann'], env);
    expect(await first.done).toBe(0);
    expect(first.err).toBe(notice(keyFile));
    expect(first.out).toBe(`OK ${vaultFile}\n`);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(keyFile)).mode & 0o777).toBe(0o700);
    expect(statSync(vaultFile).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(vaultFile)).mode & 0o777).toBe(0o700);

    const second = start(['zero', 'Max Mustermann'], env);
    expect(await second.done).toBe(0);
    expect(second.err).toBe(''); // no second notice, no new key
    const v = await Vault.open({ path: vaultFile, key: { kind: 'keyfile', path: keyFile }, onNotice: quiet });
    expect(v.entries().map((e) => e.value)).toEqual(['Erika Mustermann', 'Max Mustermann']);

    // Key lost, vault still there: say so, and do not mint a key that cannot open it.
    unlinkSync(keyFile);
    const third = start(['zero'], env);
    expect(await third.done).toBe(1);
    expect(third.err).toMatch(/NO_KEY .*vault\.key does not exist/);
    expect(third.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(keyFile)).toBe(false);
  }, 30_000);

  it('three first runs at once (XDG dirs) share one key and print one notice in total', async () => {
    const env = cleanEnv({ HOME: path.join(dir, 'home2'), XDG_CONFIG_HOME: path.join(dir, 'cfg'), XDG_DATA_HOME: path.join(dir, 'data2') });
    const runs = ['A', 'B', 'C'].map((n) => start(['zero', `Person ${n}`], env));
    expect(await Promise.all(runs.map((r) => r.done))).toEqual([0, 0, 0]);
    const keyFile = path.join(dir, 'cfg', 'anonymize', 'vault.key');
    expect(runs.map((r) => r.err).join('')).toBe(notice(keyFile));
    const v = await Vault.open({ path: path.join(dir, 'data2', 'anonymize', 'vault.anv'), key: { kind: 'keyfile', path: keyFile }, onNotice: quiet });
    expect(v.entries()).toHaveLength(3);
  }, 30_000);
});
