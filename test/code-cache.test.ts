import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { assertBuilt, ROOT, run, sandbox } from './helpers/cli.js';

/** The V8 code cache of the CLI bundle (src/cli/boot.ts). */
const LINE = 'Sehr geehrte Frau Ayşe Demir, Tel. 0171 2345678, a.demir@beispiel.de\n';

function box() {
  const { dir, env } = sandbox();
  delete env.ANONYMIZE_CODE_CACHE; // the default location: $XDG_CACHE_HOME/anonymize/v8
  return { dir, env: { ...env, ANONYMIZE_VAULT: join(dir, 'v.anv'), ANONYMIZE_KEY_FILE: join(dir, 'v.key') }, cache: join(dir, 'cache', 'anonymize', 'v8') };
}

function keyFile(path: string): void {
  writeFileSync(path, `${Buffer.alloc(32, 7).toString('base64')}\n`, { mode: 0o600 });
}

describe('code cache', () => {
  beforeAll(assertBuilt);

  it('is written on the first run of each kind, used by the next, and never changes the output', () => {
    const b = box();
    keyFile(b.env.ANONYMIZE_KEY_FILE);
    const first = run([], { env: b.env, input: LINE });
    expect(first.code).toBe(0);
    const files = readdirSync(b.cache);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^anonymize-[0-9a-f]{40}\.bin$/);
    const second = run([], { env: b.env, input: LINE });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toBe('Sehr geehrte Frau [[PERSON_1]], Tel. [[PHONE_1]], [[EMAIL_1]]\n');
    expect(readdirSync(b.cache)).toEqual(files); // not written again
    expect(run(['--version'], { env: b.env }).code).toBe(0);
    expect(readdirSync(b.cache).sort()).toEqual([...files, files[0]!.replace(/^anonymize-/, 'meta-')].sort());
    // Private to the user.
    if (process.platform !== 'win32') for (const f of readdirSync(b.cache)) expect(statSync(join(b.cache, f)).mode & 0o777).toBe(0o600);
  });

  it('a damaged cache file is ignored and replaced; of other builds only the newest three are kept', () => {
    const b = box();
    keyFile(b.env.ANONYMIZE_KEY_FILE);
    expect(run([], { env: b.env, input: LINE }).code).toBe(0);
    const [name] = readdirSync(b.cache);
    writeFileSync(join(b.cache, name!), 'not a code cache', { mode: 0o600 });
    const others = [1, 2, 3, 4].map((i) => `anonymize-${String(i).repeat(40)}.bin`);
    others.forEach((f, i) => {
      writeFileSync(join(b.cache, f), 'other build', { mode: 0o600 });
      utimesSync(join(b.cache, f), 1_000_000 + i, 1_000_000 + i); // others[0] is the oldest
    });
    const r = run([], { env: b.env, input: LINE });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Sehr geehrte Frau [[PERSON_1]], Tel. [[PHONE_1]], [[EMAIL_1]]\n');
    expect(readdirSync(b.cache).sort()).toEqual([name, ...others.slice(1)].sort());
    expect(readFileSync(join(b.cache, name!)).length).toBeGreaterThan(1000);
  });

  it('ANONYMIZE_CODE_CACHE=off writes nothing; an unwritable cache directory is no error', () => {
    const b = box();
    keyFile(b.env.ANONYMIZE_KEY_FILE);
    const off = run([], { env: { ...b.env, ANONYMIZE_CODE_CACHE: 'off' }, input: LINE });
    expect(off.code).toBe(0);
    expect(existsSync(b.cache)).toBe(false);
    if (process.platform === 'win32' || process.getuid?.() === 0) return; // root writes anywhere
    mkdirSync(join(b.dir, 'ro'));
    chmodSync(join(b.dir, 'ro'), 0o500);
    const ro = run([], { env: { ...b.env, ANONYMIZE_CODE_CACHE: join(b.dir, 'ro', 'v8') }, input: LINE });
    expect(ro.code).toBe(0);
    expect(ro.stderr).toBe('');
    expect(ro.stdout).toBe('Sehr geehrte Frau [[PERSON_1]], Tel. [[PHONE_1]], [[EMAIL_1]]\n');
  });

  it('is not written by a run longer than ANONYMIZE_CODE_CACHE_MAX_RUN_MS, but by the next short one', () => {
    const b = box();
    keyFile(b.env.ANONYMIZE_KEY_FILE);
    // Every run is "long" at a limit of 0 ms (the real limit, 2 s, would need a big input).
    const long = run([], { env: { ...b.env, ANONYMIZE_CODE_CACHE_MAX_RUN_MS: '0' }, input: LINE });
    expect(long.code).toBe(0);
    expect(existsSync(b.cache)).toBe(false);
    expect(run([], { env: b.env, input: LINE }).code).toBe(0);
    expect(readdirSync(b.cache)).toHaveLength(1);
  });

  it('is not written by a failed run', () => {
    const b = box();
    const r = run(['--no-such-flag'], { env: b.env, input: LINE });
    expect(r.code).toBe(2);
    expect(existsSync(b.cache)).toBe(false);
  });

  it('dist/cli.js, the ES module entry, runs the same CLI', () => {
    const b = box();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--version'], { env: b.env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('a cache file that other users can write is not used', () => {
    if (process.platform === 'win32') return;
    const b = box();
    keyFile(b.env.ANONYMIZE_KEY_FILE);
    expect(run([], { env: b.env, input: LINE }).code).toBe(0);
    const [name] = readdirSync(b.cache);
    const file = join(b.cache, name!);
    writeFileSync(file, 'planted');
    chmodSync(file, 0o666);
    const r = run([], { env: b.env, input: LINE });
    expect(r.code).toBe(0);
    // Not used, and replaced by a good one of the user's own.
    expect(readFileSync(file, 'utf8')).not.toBe('planted');
  });
});
