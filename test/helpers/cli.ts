import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'anonymize.js');

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm test` (it builds first) or `npx tsup`');
}

/**
 * The CLI's V8 code cache (src/cli/boot.ts), shared by all tests: with a fresh cache per sandbox
 * every run would write one (~2 MB), and directory listings in tests would show it.
 * test/code-cache.test.ts covers the default location.
 */
export const TEST_CODE_CACHE = join(tmpdir(), 'anonymize-test-code-cache');

/** A private home for one test: vault, key and config dirs in a fresh temp dir. */
export function sandbox(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'anonymize-test-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    ANONYMIZE_CODE_CACHE: TEST_CODE_CACHE,
    NO_COLOR: '1',
  };
  return { dir, env };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export function run(args: string[], opts: { env: NodeJS.ProcessEnv; input?: string | Buffer; cwd?: string }): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: opts.env, input: opts.input ?? '', cwd: opts.cwd, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}

export function runAsync(args: string[], opts: { env: NodeJS.ProcessEnv; input?: string; cwd?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: opts.env, cwd: opts.cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
    child.stdin.end(opts.input ?? '');
  });
}
