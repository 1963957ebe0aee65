import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnonymizeStream, LineChunker } from '../src/pseudonymize/anonymize.js';
import { ParallelAnonymizeStream, type RawDetector } from '../src/pseudonymize/parallel.js';
import { VaultDetector, type TokenVault } from '../src/pseudonymize/session.js';
import type { EntityType, Finding } from '../src/types.js';
import { businessLines } from './helpers/business-lines.js';
import { assertBuilt, ROOT, run, sandbox } from './helpers/cli.js';

/** An in-memory TokenVault with the vault's numbering (TYPE_n per type, in order of first sight). */
function memoryVault(): TokenVault & { list: { type: EntityType; value: string; parent?: string }[] } {
  const byValue = new Map<string, string>();
  const byId = new Map<string, { value: string }>();
  const counters: Record<string, number> = {};
  const list: { type: EntityType; value: string; parent?: string }[] = [];
  return {
    list,
    add(type, value, opts) {
      let id = byValue.get(value);
      if (!id) {
        id = `${type}_${(counters[type] = (counters[type] ?? 0) + 1)}`;
        byValue.set(value, id);
        byId.set(id, { value });
        list.push({ type, value, parent: opts?.parent });
      }
      return { id };
    },
    get: (id) => byId.get(id),
    entries: () => list,
  };
}

/** Odd-sized pieces: 1 to 977 characters, varying. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (let pos = 0, i = 0; pos < text.length; i++) {
    const n = 1 + ((i * 7919) % 977);
    out.push(text.slice(pos, pos + n));
    pos += n;
  }
  return out;
}

function sequential(text: string, chunkSize: number) {
  const vault = memoryVault();
  const s = new AnonymizeStream(new VaultDetector(vault), vault, chunkSize);
  let out = '';
  for (const p of pieces(text)) out += s.push(p);
  out += s.end();
  return { out, vault, counts: s.counts };
}

/**
 * detectRaw() answered out of order: each text after a random delay, on the event loop, as
 * worker threads answer. Counts how many are under way at once.
 */
function shuffledRaw(detector: VaultDetector, seed: number): RawDetector & { maxUnderWay: number; calls: number } {
  let a = seed;
  const random = () => ((a = (a * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let underWay = 0;
  const pool = {
    threads: 2,
    maxUnderWay: 0,
    calls: 0,
    detect(text: string): Promise<Finding[]> {
      pool.calls++;
      pool.maxUnderWay = Math.max(pool.maxUnderWay, ++underWay);
      return new Promise((resolve) =>
        setTimeout(() => {
          underWay--;
          resolve(detector.detectRaw(text));
        }, random() * 4),
      );
    },
    async close() {},
  };
  return pool;
}

describe('ParallelAnonymizeStream', () => {
  const text = businessLines(60_000, 7);

  it('gives the output and the vault of AnonymizeStream, with results arriving out of order', async () => {
    const want = sequential(text, 1000);
    const vault = memoryVault();
    const detector = new VaultDetector(vault);
    const raw = shuffledRaw(detector, 3);
    const s = new ParallelAnonymizeStream(detector, vault, async () => raw, { chunkSize: 1000, startAfter: 5000, window: 4 });
    let out = '';
    for (const p of pieces(text)) out += await s.push(p);
    out += await s.end();
    await s.close();
    expect(out).toBe(want.out);
    expect(vault.list).toEqual(want.vault.list);
    expect(s.counts).toEqual(want.counts);
    // The workers did the detecting (after the first 5000 characters), never more than the window at once.
    expect(s.threads).toBe(2);
    expect(raw.calls).toBeGreaterThan(40);
    expect(raw.maxUnderWay).toBeLessThanOrEqual(4);
    expect(raw.maxUnderWay).toBeGreaterThanOrEqual(2);
    // Values learned in early chunks were found again by the vault's known values alone.
    expect(want.vault.list.some((e) => e.parent !== undefined)).toBe(true);
  });

  it('serves calls made without waiting, in order', async () => {
    const want = sequential(text, 700);
    const vault = memoryVault();
    const detector = new VaultDetector(vault);
    const raw = shuffledRaw(detector, 11);
    const s = new ParallelAnonymizeStream(detector, vault, async () => raw, { chunkSize: 700, startAfter: 0 });
    const outs = pieces(text).map((p) => s.push(p));
    outs.push(s.end());
    expect((await Promise.all(outs)).join('')).toBe(want.out);
    expect(vault.list).toEqual(want.vault.list);
    await s.close();
    // The default window leaves chunks for this thread too: some were detected here, most there.
    const chunks = new LineChunker(700).push(text).length + 1;
    expect(raw.calls).toBeGreaterThan(chunks / 3);
    expect(raw.calls).toBeLessThan(chunks);
    expect(raw.maxUnderWay).toBeLessThanOrEqual(8); // four per worker, two workers
  });

  it('stops the workers when the process gets too little CPU, with the same output', async () => {
    const want = sequential(text, 800);
    for (const retireBelow of [1000, 0]) {
      const vault = memoryVault();
      const detector = new VaultDetector(vault);
      const raw = shuffledRaw(detector, 5);
      let closed = 0;
      const pool: RawDetector = { threads: 1, detect: (t) => raw.detect(t), close: async () => void closed++ };
      // 1000 cores' worth of CPU is never reached: stopped at the first look; 0 is always reached.
      const s = new ParallelAnonymizeStream(detector, vault, async () => pool, { chunkSize: 800, startAfter: 10_000, retireBelow, probeMs: 0 });
      let out = '';
      for (const p of pieces(text)) out += await s.push(p);
      out += await s.end();
      expect(out).toBe(want.out);
      expect(vault.list).toEqual(want.vault.list);
      expect(s.threads).toBe(1);
      expect(s.workersRetired).toBe(retireBelow > 0);
      if (retireBelow > 0) {
        expect(closed).toBe(1); // before close(): as soon as nothing was left with the worker
        expect(raw.calls).toBeLessThan(6);
      } else expect(raw.calls).toBeGreaterThan(10);
      await s.close();
    }
  });

  it('never starts the workers for a short input', async () => {
    const vault = memoryVault();
    let started = 0;
    const s = new ParallelAnonymizeStream(new VaultDetector(vault), vault, async () => {
      started++;
      throw new Error('must not start');
    });
    const out = (await s.push('Sehr geehrte Frau Ayşe Demir, Tel. 0171 2345678\n')) + (await s.end());
    await s.close();
    expect(out).toMatch(/^Sehr geehrte Frau \[\[PERSON_1\]\], Tel\. \[\[PHONE_1\]\]\n$/);
    expect(started).toBe(0);
  });

  it('startWorkers() starts them before the first push, with the same output; close() stops them even if never fed', async () => {
    const want = sequential(text, 900);
    const vault = memoryVault();
    const detector = new VaultDetector(vault);
    const raw = shuffledRaw(detector, 9);
    let started = 0;
    let closed = 0;
    const pool: RawDetector = { threads: 1, detect: (t) => raw.detect(t), close: async () => void closed++ };
    // startAfter is beyond the text: without startWorkers() no worker would ever start.
    const s = new ParallelAnonymizeStream(detector, vault, async () => (started++, pool), { chunkSize: 900, startAfter: 10 * text.length });
    s.startWorkers();
    s.startWorkers();
    expect(started).toBe(1);
    let out = '';
    for (const p of pieces(text)) out += await s.push(p);
    out += await s.end();
    expect(out).toBe(want.out);
    expect(vault.list).toEqual(want.vault.list);
    expect(s.threads).toBe(1);
    expect(raw.calls).toBeGreaterThan(5);
    await s.close();
    expect(closed).toBe(1);

    const idle = new ParallelAnonymizeStream(new VaultDetector(memoryVault()), memoryVault(), async () => pool);
    idle.startWorkers();
    await idle.close();
    expect(closed).toBe(2);
  });

  it('fails every call after a detection failure, and close() still works', async () => {
    const vault = memoryVault();
    const failing: RawDetector = { threads: 2, detect: () => Promise.reject(new Error('worker gone')), close: async () => {} };
    const s = new ParallelAnonymizeStream(new VaultDetector(vault), vault, async () => failing, { chunkSize: 500, startAfter: 0 });
    await expect(s.push(text)).rejects.toThrow('worker gone');
    await expect(s.push('more\n')).rejects.toThrow('worker gone');
    await expect(s.end()).rejects.toThrow('worker gone');
    await s.close();
  });
});

describe('parallelAnonymizeStreamWithVault on worker threads (built library)', () => {
  beforeAll(assertBuilt);

  it('gives the output and the vault of the sequential stream', async () => {
    const lib = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../src/index.js');
    const big = businessLines(300_000, 5);
    const want = sequential(big, 4000);
    const vault = memoryVault();
    const s = lib.parallelAnonymizeStreamWithVault(vault, {}, 2, { chunkSize: 4000, startAfter: 20_000 });
    let out = '';
    try {
      for (const p of pieces(big)) out += await s.push(p);
      out += await s.end();
      expect(s.threads).toBe(2);
    } finally {
      await s.close();
    }
    expect(out).toBe(want.out);
    expect(vault.list).toEqual(want.vault.list);
  });

  it('fails with a message that names the failure, not the text, when a worker crashes', async () => {
    const lib = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../src/index.js');
    // A region that is no string makes Pipeline's constructor throw in the worker as it starts.
    const pool = lib.createRawDetectorPool({ types: ['PERSON'], region: 42 as unknown as string }, 2, () => []);
    expect(pool.threads).toBe(2);
    const vault = memoryVault();
    const s = new lib.ParallelAnonymizeStream(new lib.VaultDetector(vault), vault, async () => pool, { chunkSize: 500, startAfter: 0 });
    const secret = 'Sehr geehrte Frau Ayşe Demir, Tel. 0171 2345678\n'.repeat(100);
    const err = await s
      .push(secret)
      .then(() => s.end())
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    await s.close();
    expect(err?.name).toBe('UserError');
    expect(err?.message).toMatch(/^a detection worker thread failed \(TypeError\); the run was stopped$/);
    expect(vault.list).toEqual([]);
  });
  it('rejects the call whose detection threw in a worker, and every later one', async () => {
    const lib = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../src/index.js');
    const pool = lib.createRawDetectorPool({ types: ['PERSON', 'EMAIL'], region: 'DE' }, 1, () => []);
    try {
      expect(await pool.detect('Mail an anna.schmidt@firma.de\n')).toEqual([expect.objectContaining({ type: 'EMAIL', start: 8, end: 29 })]);
      // Not a string: the detectors throw a TypeError inside the worker.
      const bad = pool.detect({ length: 5 } as unknown as string);
      await expect(bad).rejects.toThrow(/^detection failed on a worker thread \(TypeError\); the run was stopped$/);
      await expect(pool.detect('Mail an anna.schmidt@firma.de\n')).rejects.toThrow(/detection failed on a worker thread/);
    } finally {
      await pool.close();
    }
  });
});

describe('anonymize --jobs (built CLI)', () => {
  beforeAll(assertBuilt);

  it('gives the same output and vault with --jobs 0 and --jobs 2 on a multi-MB input, and restores it', () => {
    const input = businessLines(2_500_000, 42);
    const seq = sandbox();
    const par = sandbox();
    const a = run(['--jobs', '0'], { env: { ...seq.env, ANONYMIZE_VERBOSE: '1' }, input });
    const b = run(['--jobs', '2'], { env: { ...par.env, ANONYMIZE_VERBOSE: '1' }, input });
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stderr).not.toMatch(/worker/);
    expect(b.stderr).toMatch(/; detection on 2 worker threads$/m);
    expect(b.stdout.length).toBeGreaterThan(1_500_000);
    expect(b.stdout === a.stdout).toBe(true);
    const list = (env: NodeJS.ProcessEnv) => {
      const r = run(['vault', 'list', '--show-values', '--json'], { env });
      expect(r.code).toBe(0);
      // Same entries (token, type, value, parent); the times of day are the runs' own.
      return JSON.stringify(JSON.parse(r.stdout), (k, v) => (/seen|time|at$/i.test(k) ? undefined : v));
    };
    const vaultA = list(seq.env);
    expect(vaultA.length).toBeGreaterThan(10_000);
    expect(list(par.env)).toBe(vaultA);
    const back = run(['restore'], { env: par.env, input: b.stdout });
    expect(back.code).toBe(0);
    expect(back.stdout === input).toBe(true);
  }, 120_000);

  it('rejects a bad --jobs value with exit 2 and says what it takes', () => {
    const { env } = sandbox();
    for (const bad of ['many', '-1', '65', '1.5', '']) {
      const r = run(['--jobs', bad], { env, input: 'Tel. 0171 2345678\n' });
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain(`--jobs must be a whole number from 0 to 64, or auto; not "${bad}"`);
      expect(r.stdout).toBe('');
    }
    const ok = run(['-j', 'auto'], { env, input: 'Tel. 0171 2345678\n' });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('Tel. [[PHONE_1]]\n');
  });
});
