import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The clipboard round trip against a real X clipboard: a private Xvfb server is started on a free
 * display number, the clipboard is seeded and read with xclip, and the built CLI (clipboardy →
 * xsel) runs with DISPLAY pointing at it. Skipped, with the reason, only when Xvfb or xclip is
 * not installed (CI installs both: .ci/run).
 */

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'anonymize.js');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const missing = ['Xvfb', 'xclip'].filter((c) => !has(c));
const reason = missing.length ? ` — SKIPPED: ${missing.join(' and ')} not installed (apt-get install -y xvfb xclip)` : '';

const TEXT =
  'Sehr geehrte Frau Ayşe Demir,\r\n\r\nIhre IBAN DE44 5001 0517 5407 3249 31 ist vermerkt. Rückfragen: 0171 2345678 oder a.demir@beispiel.de.\n\nMit freundlichen Grüßen\nJonas Weber\n';
const ORIGINALS = ['Ayşe', 'Demir', 'DE44 5001 0517 5407 3249 31', '0171 2345678', 'a.demir@beispiel.de', 'Jonas', 'Weber'];

let xvfb: ChildProcess | undefined;
let display = '';

/** Starts Xvfb on a display number it picks itself (-displayfd: free, no race with other tests). */
function startXvfb(): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '320x200x24'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    xvfb = p;
    let buf = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start: ${err}`)), 15_000);
    p.stderr!.on('data', (d) => (err += d));
    p.stdio[3]!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${buf.trim()}`);
      }
    });
    p.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${err}`));
    });
  });
}

function xenv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, DISPLAY: display, ...extra };
}

/*
 * X has no clipboard store: the text lives in the process that owns the selection. xclip and xsel
 * fork that owner into the background, and the command returns before the owner has claimed the
 * selection, so a read right after a write can find no owner ("target STRING not available") or
 * the previous one (CI saw this on a loaded machine). So a seed waits until a read gives its text
 * back, and a read after the CLI wrote waits until the clipboard no longer holds what was seeded;
 * the test then asserts on the exact text.
 */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function readClipboard(): { ok: boolean; text: string; err: string } {
  const r = spawnSync('xclip', ['-selection', 'clipboard', '-o'], { env: xenv(), timeout: 10_000 });
  return { ok: r.status === 0, text: r.stdout?.toString('utf8') ?? '', err: r.stderr?.toString('utf8') ?? '' };
}

/** The clipboard once it no longer holds `before` (or, with no `before`, once it can be read). */
function clipboard(before?: string): string {
  return waitFor((text) => text !== before);
}

function waitFor(ready: (text: string) => boolean): string {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const r = readClipboard();
    if (r.ok && ready(r.text)) return r.text;
    if (Date.now() > deadline) throw new Error(r.ok ? 'the clipboard did not change within 10 s' : `xclip -o failed: ${r.err}`);
    sleep(50);
  }
}

/** Puts `text` on the clipboard and returns once a read gives it back (it throws after 10 s otherwise). */
function seed(text: string): string {
  const r = spawnSync('xclip', ['-selection', 'clipboard', '-i'], { input: text, env: xenv(), stdio: ['pipe', 'ignore', 'ignore'], timeout: 10_000 });
  if (r.status !== 0) throw new Error(`xclip -i failed (status ${r.status})`);
  return waitFor((t) => t === text);
}

function sandbox(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'anonymize-clip-'));
  const keyFile = join(dir, 'test.key');
  writeFileSync(keyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  return {
    dir,
    env: xenv({ HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), ANONYMIZE_KEY_FILE: keyFile, NO_COLOR: '1' }),
  };
}

function run(args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, cwd, input: '', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

describe.skipIf(missing.length > 0)(`clipboard round trip under Xvfb${reason}`, () => {
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npx tsup` first');
    display = await startXvfb();
  });
  afterAll(() => {
    xvfb?.kill();
  });

  it('anonymize -c replaces the clipboard with the anonymized text; restore -c brings back the original byte for byte', () => {
    const { dir, env } = sandbox();
    expect(seed(TEXT)).toBe(TEXT);

    const a = run(['-c'], env, dir);
    expect(a.stderr).toMatch(/replaced \d+ values/);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe('');
    const anonymized = clipboard(TEXT);
    for (const v of ORIGINALS) expect(anonymized).not.toContain(v);
    expect(anonymized).toMatch(/^Sehr geehrte Frau \[\[PERSON_\d+\]\],\r\n\r\nIhre IBAN \[\[IBAN_1\]\] ist vermerkt\. Rückfragen: \[\[PHONE_1\]\] oder \[\[EMAIL_1\]\]\.\n/);
    for (const v of ORIGINALS) expect(a.stderr).not.toContain(v);

    // What a model might give back, pasted into the clipboard.
    const answer = `${anonymized}\n> Antwort an **[[person_1]]** folgt.`;
    seed(answer);
    const r = run(['restore', '-c'], env, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(clipboard(answer)).toBe(`${TEXT}\n> Antwort an **Ayşe Demir** folgt.`);

    seed(anonymized);
    expect(run(['restore', '--clipboard'], env, dir).code).toBe(0);
    expect(clipboard(anonymized)).toBe(TEXT);
  });

  it('refuses files or -o together with -c, and leaves the clipboard alone', () => {
    const { dir, env } = sandbox();
    seed('Frau Ayşe Demir\n');
    writeFileSync(join(dir, 'x.txt'), 'x');
    const r = run(['-c', 'x.txt'], env, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--clipboard reads and writes the clipboard/);
    expect(readClipboard().text).toBe('Frau Ayşe Demir\n');
  });
});

describe('clipboard without a display', () => {
  it('fails with one clear line, exit 2, and no clipboard content in the message', () => {
    if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npx tsup` first');
    const { dir, env } = sandbox();
    delete env.DISPLAY;
    const r = run(['-c'], env, dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').filter((l) => l.includes('error'))).toEqual([
      'anonymize: error: cannot read the clipboard: no display to reach (needs an X11 or Wayland session: DISPLAY or WAYLAND_DISPLAY)',
    ]);
  });
});
