import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProgressLine } from '../src/scan/progress.js';
import { found, PII_TEXT, prepareBinary, RAW_PIECES, RAW_VALUES, removeBinary, run, SCAN_BIN, scan, scanJson, scanTree, type ScanTree } from './fixtures-scan/helpers.js';

// Each test spawns the CLI a few times; on a loaded 2-core machine that can take a while.
vi.setConfig({ testTimeout: 180_000 });
beforeAll(prepareBinary);
afterAll(removeBinary);

const EMAIL_LINE = 'Kontakt: max.power@firma-intern.de\n';

function git(t: ScanTree, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd: t.dir, env: { ...t.env, GIT_CONFIG_NOSYSTEM: '1' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function gitRepo(files: Record<string, string>): ScanTree {
  const t = scanTree(files, { git: false });
  git(t, 'init', '-q');
  git(t, 'config', 'user.email', 'test@example.com');
  git(t, 'config', 'user.name', 'Test');
  return t;
}

describe('anonymize scan --staged', () => {
  it('scans exactly the staged content, not the working tree', () => {
    const t = gitRepo({ 'committed.txt': EMAIL_LINE, '.anonymizeignore': 'ignored/\n' });
    git(t, 'add', '.');
    git(t, 'commit', '-q', '-m', 'init');
    // staged with personal data, then cleaned in the working tree only
    writeFileSync(join(t.dir, 'a.txt'), `Zeile eins\n${EMAIL_LINE}`);
    git(t, 'add', 'a.txt');
    writeFileSync(join(t.dir, 'a.txt'), 'sauber\n');
    // staged clean, personal data only in the working tree
    writeFileSync(join(t.dir, 'b.txt'), 'sauber\n');
    git(t, 'add', 'b.txt');
    writeFileSync(join(t.dir, 'b.txt'), EMAIL_LINE);
    // untracked, ignored by .anonymizeignore, and a staged deletion
    writeFileSync(join(t.dir, 'untracked.txt'), EMAIL_LINE);
    writeFileSync(join(t.dir, 'ignored.txt'), '');
    spawnSync('mkdir', [join(t.dir, 'ignored')]);
    writeFileSync(join(t.dir, 'ignored', 'x.txt'), EMAIL_LINE);
    git(t, 'add', 'ignored/x.txt');
    git(t, 'rm', '-q', 'committed.txt');

    const { r, report } = scanJson(t, ['--staged']);
    expect(r.code).toBe(1);
    expect(found(report)).toEqual(['a.txt EMAIL']);
    expect(report.findings[0]).toMatchObject({ line: 2, column: 10 });
    expect(report.summary.skipped.ignored).toBe(1);

    // paths narrow it down; from a subdirectory the paths stay right
    expect(scan(t, ['--staged', 'b.txt']).code).toBe(0);
    const sub = run(['scan', '--staged', '--format', 'json'], { env: t.env, cwd: join(t.dir, 'ignored') });
    expect(JSON.parse(sub.stdout).findings.map((f: { path: string }) => f.path)).toEqual(['../a.txt']);
  });

  it('skips staged binary and oversize content, and exits 0 when nothing is staged', () => {
    const t = gitRepo({});
    expect(scan(t, ['--staged']).code).toBe(0);
    writeFileSync(join(t.dir, 'big.txt'), EMAIL_LINE.repeat(100));
    writeFileSync(join(t.dir, 'bin.dat'), Buffer.from([0, 1, 2, 3]));
    git(t, 'add', '.');
    const { r, report } = scanJson(t, ['--staged', '--max-file-size', '1k']);
    expect(r.code).toBe(0);
    expect(report.summary.skipped).toMatchObject({ binary: 1, oversize: 1 });
  });

  it('needs a git repository and cannot be combined with stdin', () => {
    const t = scanTree({ 'a.txt': EMAIL_LINE }, { git: false });
    const r = scan(t, ['--staged']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--staged needs a git repository/);
    expect(scan(t, ['--staged', '-']).code).toBe(2);
  });
});

describe('baselines', () => {
  it('records findings by fingerprint only, then reports only new ones', () => {
    const t = scanTree({ 'a.txt': PII_TEXT, 'docs/b.md': EMAIL_LINE });
    const w = scan(t, ['--write-baseline', '.anonymize-baseline.json']);
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/wrote 5 fingerprints to \.anonymize-baseline\.json/);
    const text = readFileSync(join(t.dir, '.anonymize-baseline.json'), 'utf8');
    for (const v of [...RAW_VALUES, ...RAW_PIECES, 'm***', 'A***']) expect(text).not.toContain(v);
    const file = JSON.parse(text);
    expect(file.version).toBe(1);
    expect(file.fingerprint.algorithm).toBe('HMAC-SHA256');
    expect(file.fingerprint.salt).toMatch(/^[0-9a-f]{64}$/);
    expect(file.findings).toHaveLength(5);
    expect(file.findings.map((e: { path: string }) => e.path)).toEqual(['a.txt', 'a.txt', 'a.txt', 'a.txt', 'docs/b.md']);

    // Nothing new: exit 0, everything counted as baselined. The baseline file itself is not scanned.
    const same = scanJson(t, ['--baseline', '.anonymize-baseline.json']);
    expect(same.r.code).toBe(0);
    expect(same.report.findings).toEqual([]);
    expect(same.report.summary.baselined).toBe(5);

    // Lines moved: still known. A new value, and a second copy of a known value: new.
    writeFileSync(join(t.dir, 'a.txt'), `Neue erste Zeile\n${PII_TEXT}Nochmal: max.power@firma-intern.de\nNeu: erika.neu@firma-intern.de\n`);
    const next = scanJson(t, ['--baseline', '.anonymize-baseline.json', '--show-values']);
    expect(next.r.code).toBe(1);
    expect(next.report.findings.map((f) => `${f.line} ${f.value}`)).toEqual(['5 max.power@firma-intern.de', '6 erika.neu@firma-intern.de']);
    expect(next.report.summary.baselined).toBe(5);

    // Rewriting keeps the salt; an unchanged tree gives a byte-identical baseline.
    writeFileSync(join(t.dir, 'a.txt'), PII_TEXT);
    scan(t, ['--write-baseline', '.anonymize-baseline.json']);
    expect(readFileSync(join(t.dir, '.anonymize-baseline.json'), 'utf8')).toBe(text);
  });

  it('can key fingerprints with a secret kept out of the repository', () => {
    const t = scanTree({ 'a.txt': EMAIL_LINE });
    const env = { ...t.env, ANONYMIZE_FINGERPRINT_KEY: 'ci-secret-1' };
    expect(run(['scan', '--write-baseline', 'base.json'], { env, cwd: t.dir }).code).toBe(0);
    const file = JSON.parse(readFileSync(join(t.dir, 'base.json'), 'utf8'));
    expect(file.fingerprint).toEqual({ algorithm: 'HMAC-SHA256', keyFrom: 'env', keyCheck: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(run(['scan', '--baseline', 'base.json'], { env, cwd: t.dir }).code).toBe(0);
    const without = scan(t, ['--baseline', 'base.json']);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/ANONYMIZE_FINGERPRINT_KEY/);
    expect(run(['scan', '--baseline', 'base.json'], { env: { ...env, ANONYMIZE_FINGERPRINT_KEY: 'wrong' }, cwd: t.dir }).code).toBe(2);
  });

  it('rejects a file that is not a baseline', () => {
    const t = scanTree({ 'a.txt': EMAIL_LINE, 'bad.json': '{"version": 1, "fingerprint": {"algorithm": "MD5"}, "findings": []}' });
    const r = scan(t, ['--baseline', 'bad.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: not an anonymize baseline/);
  });
});

describe('worker threads', () => {
  function tree(): ScanTree {
    const files: Record<string, string> = { '.gitignore': 'skip/\n' };
    for (let i = 0; i < 60; i++) files[`d${i % 3}/f${String(i).padStart(2, '0')}.txt`] = i % 4 ? `Zeile\nMail an k${i}.weber@firma-intern.de, Tel. 0171 23456${String(i).padStart(2, '0')}\n` : 'sauber\n';
    files['skip/x.txt'] = EMAIL_LINE;
    return scanTree(files);
  }
  const strip = (s: string) => {
    const o = JSON.parse(s);
    delete o.summary.durationMs;
    return o;
  };

  it('give the same report, in the same order, as scanning in one thread', () => {
    const t = tree();
    writeFileSync(join(t.dir, 'd0', 'bin.dat'), Buffer.from([0, 0, 0]));
    const one = scan(t, ['--format', 'json', '--jobs', '0']);
    const two = scan(t, ['--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(strip(two.stdout)).toEqual(strip(one.stdout));
    expect(strip(one.stdout).findings).toHaveLength(90);
  });

  it('are used automatically for big scans only', () => {
    const t = tree();
    const env = { ...t.env, ANONYMIZE_SCAN_STATS: '1' };
    const threads = (args: string[]) => {
      const r = run(['scan', '-q', ...args], { env, cwd: t.dir });
      return JSON.parse(/anonymize: stats (\{.*\})/.exec(r.stderr)![1]!).threads as number;
    };
    expect(threads([])).toBeGreaterThan(0);
    expect(threads(['d0'])).toBe(0);
    expect(threads(['--jobs', '1', 'd0'])).toBe(1);
  });
});

describe('progress', () => {
  it('draws a throttled line on a terminal after a delay, and erases it', async () => {
    let out = '';
    const stream = { columns: 40, write: (s: string) => ((out += s), true) } as unknown as NodeJS.WriteStream;
    let n = 0;
    const t0 = Date.now();
    const p = new ProgressLine(stream, () => `scanning… ${++n} files`, { delayMs: 100, intervalMs: 50 }).start();
    await new Promise((r) => setTimeout(r, 20));
    if (Date.now() - t0 < 90) expect(out).toBe(''); // nothing before the delay
    while (n < 3 && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 10));
    const elapsed = Date.now() - t0;
    p.stop();
    expect(out).toMatch(/\r\x1b\[2Kanonymize: scanning… \d+ files/);
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
    // Throttled: at most one draw per interval after the delay.
    expect(n).toBeLessThanOrEqual(Math.floor((elapsed - 100) / 50) + 2);
    expect(out.length).toBeLessThan(40 * (n + 2));
  });

  it('is silent on a non-terminal stderr, and shows on a terminal (via script(1))', () => {
    const files: Record<string, string> = {};
    // Big enough to outlast the progress line's 500 ms delay on a fast machine (~3 MB).
    for (let i = 0; i < 30; i++) files[`f${i}.txt`] = 'Sehr geehrte Frau Ayşe Demir, bitte melden Sie sich.\n'.repeat(2000);
    const t = scanTree(files);
    const plain = scan(t, []);
    expect(plain.stderr).not.toMatch(/scanning…|\x1b\[/);
    if (!existsSync('/usr/bin/script')) return;
    const r = spawnSync('/usr/bin/script', ['-qec', `${process.execPath} ${SCAN_BIN} scan -o report.txt`, '/dev/null'], {
      cwd: t.dir,
      env: { ...t.env, COLUMNS: '100' },
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/\r\x1b\[2Kanonymize: scanning… /);
    rmSync(t.dir, { recursive: true, force: true });
  });

  it('colours the text report only on a terminal and never with NO_COLOR; -q hides the summary', () => {
    const t = scanTree({ 'a.txt': EMAIL_LINE });
    const piped = scan(t, []);
    expect(piped.stdout).not.toContain('\x1b[');
    expect(scan(t, ['-q']).stderr).toBe('');
    if (!existsSync('/usr/bin/script')) return;
    const tty = (env: NodeJS.ProcessEnv, args = '') =>
      spawnSync('/usr/bin/script', ['-qec', `${process.execPath} ${SCAN_BIN} scan ${args}`, '/dev/null'], { cwd: t.dir, env, encoding: 'utf8' }).stdout;
    const { NO_COLOR: _, ...colourful } = t.env;
    expect(tty(colourful)).toContain('\x1b[1ma.txt:1:10\x1b[22m');
    expect(tty(t.env)).not.toContain('\x1b[1m');
    expect(tty(colourful, '--no-color')).not.toContain('\x1b[1m');
  });
});
