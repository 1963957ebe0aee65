import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { found, PII_TEXT, prepareBinary, removeBinary, run, scan, scanJson, scanTree, type JsonReport } from './fixtures-scan/helpers.js';

// Each test spawns the CLI a few times; on a loaded 2-core machine that can take a while.
vi.setConfig({ testTimeout: 180_000 });
beforeAll(prepareBinary);
afterAll(removeBinary);

const EMAIL_LINE = 'Kontakt: max.power@firma-intern.de\n';

describe('anonymize scan: findings and exit codes', () => {
  it('lists findings as path:line:col  TYPE  masked  detector and exits 1', () => {
    const t = scanTree({ 'letter.txt': PII_TEXT });
    const r = scan(t, []);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain('letter.txt:1:19  PERSON  A*** D***  person');
    expect(lines).toContain('letter.txt:2:24  EMAIL  m***@f***.de  email');
    expect(lines.some((l) => /^letter\.txt:2:\d+ {2}PHONE {2}\*\*\*\* \*\*\*\*678 {2}phone$/.test(l))).toBe(true);
    expect(lines.some((l) => /^letter\.txt:3:\d+ {2}IBAN {2}DE44 \*\*\*\* \*\*\*\* \*\*\*\* \*\*\*\* \*\* {2}iban$/.test(l))).toBe(true);
    expect(r.stderr).toMatch(/scanned 1 file .*4 findings \(PERSON 1, EMAIL 1, PHONE 1, IBAN 1\)/);
  });

  it('exits 0 on a clean tree and says so', () => {
    const t = scanTree({ 'a.md': '# Readme\n\nNothing personal here.\n' });
    const r = scan(t, []);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no findings/);
  });

  it('--exit-code overrides the findings code only', () => {
    const t = scanTree({ 'a.txt': EMAIL_LINE, 'b.txt': 'clean\n' });
    const cases: Array<[string[], number]> = [
      [['--exit-code', '3'], 3],
      [['--exit-code', '0'], 0],
      [['--exit-code', '3', 'b.txt'], 0],
      [['--exit-code', '3', 'missing.txt'], 2],
    ];
    for (const [args, code] of cases) {
      const r = scan(t, args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
    }
  });

  it('exits 2 on bad flags, unreadable paths and bad values', () => {
    const t = scanTree({ 'a.txt': EMAIL_LINE });
    const cases: Array<[string[], RegExp]> = [
      [['--no-such-flag'], /unknown option/],
      [['--format', 'xml'], /Allowed choices are text, json, sarif, github/],
      [['--max-file-size', 'huge'], /--max-file-size must be a size/],
      [['--exit-code', '-1'], /--exit-code must be a whole number/],
      [['--jobs', 'many'], /--jobs must be a whole number/],
      [['--min-score', '7'], /--min-score/],
      [['nope.txt'], /nope\.txt: no such file or directory/],
      [['--baseline', 'missing.json'], /missing\.json: cannot read the baseline/],
      [['-o', 'no/such/dir/report.txt'], /cannot write the report/],
    ];
    for (const [args, message] of cases) {
      const r = scan(t, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('reports an unreadable file, scans the rest, and exits 2', () => {
    const t = scanTree({ 'a.txt': EMAIL_LINE, 'secret.txt': EMAIL_LINE });
    chmodSync(join(t.dir, 'secret.txt'), 0o000);
    const { r, report } = scanJson(t, []);
    chmodSync(join(t.dir, 'secret.txt'), 0o644);
    if (process.getuid?.() === 0) {
      // root reads anything: the file was scanned.
      expect(r.code).toBe(1);
      return;
    }
    expect(r.code).toBe(2);
    expect(report.errors).toEqual([{ path: 'secret.txt', message: 'permission denied' }]);
    expect(found(report)).toEqual(['a.txt EMAIL']);
  });
});

describe('anonymize scan: what gets scanned', () => {
  it('scans the current directory recursively without arguments, never .git or node_modules', () => {
    const t = scanTree({
      'a.txt': EMAIL_LINE,
      'docs/deep/b.md': EMAIL_LINE,
      'node_modules/pkg/c.txt': EMAIL_LINE,
      'src/node_modules/d.txt': EMAIL_LINE,
      '.git/COMMIT_EDITMSG': EMAIL_LINE,
      '.hidden/e.txt': EMAIL_LINE,
    });
    const { r, report } = scanJson(t, []);
    expect(r.code).toBe(1);
    expect(found(report)).toEqual(['.hidden/e.txt EMAIL', 'a.txt EMAIL', 'docs/deep/b.md EMAIL']);
  });

  it('scans named files, directories and quoted globs, each file once', () => {
    const t = scanTree({ 'a.txt': EMAIL_LINE, 'docs/x.md': EMAIL_LINE, 'docs/sub/y.md': EMAIL_LINE, 'docs/z.txt': EMAIL_LINE, 'other/w.txt': EMAIL_LINE });
    expect(found(scanJson(t, ['a.txt', 'docs/sub']).report)).toEqual(['a.txt EMAIL', 'docs/sub/y.md EMAIL']);
    expect(found(scanJson(t, ['docs/**/*.md']).report)).toEqual(['docs/sub/y.md EMAIL', 'docs/x.md EMAIL']);
    expect(found(scanJson(t, ['docs', 'docs/x.md', '.']).report)).toHaveLength(5);
  });

  it('honours .gitignore files at every level, with negation, and --no-gitignore', () => {
    const t = scanTree({
      '.gitignore': '*.log\nbuild/\n',
      'app.log': EMAIL_LINE,
      'build/out.txt': EMAIL_LINE,
      'keep.txt': EMAIL_LINE,
      'sub/.gitignore': 'local.txt\n!important.log\n',
      'sub/local.txt': EMAIL_LINE,
      'sub/important.log': EMAIL_LINE,
      'sub/other.txt': EMAIL_LINE,
    });
    expect(found(scanJson(t, []).report)).toEqual(['keep.txt EMAIL', 'sub/important.log EMAIL', 'sub/other.txt EMAIL']);
    expect(found(scanJson(t, ['--no-gitignore']).report)).toHaveLength(6);
    // A file named explicitly is scanned even when .gitignore lists it.
    expect(found(scanJson(t, ['app.log']).report)).toEqual(['app.log EMAIL']);
  });

  it('honours .anonymizeignore (also for named files) and config ignorePaths', () => {
    const t = scanTree({
      '.anonymizeignore': 'fixtures/\n*.csv\n',
      '.anonymize.json': JSON.stringify({ ignorePaths: ['legacy/**', 'notes.txt'] }),
      'fixtures/people.json': EMAIL_LINE,
      'data.csv': EMAIL_LINE,
      'legacy/old/x.txt': EMAIL_LINE,
      'notes.txt': EMAIL_LINE,
      'docs/.anonymizeignore': 'draft.md\n',
      'docs/draft.md': EMAIL_LINE,
      'docs/final.md': EMAIL_LINE,
    });
    const { report } = scanJson(t, []);
    expect(found(report)).toEqual(['docs/final.md EMAIL']);
    const named = scanJson(t, ['data.csv', 'fixtures/people.json', 'docs/draft.md', 'docs/final.md']);
    expect(found(named.report)).toEqual(['docs/final.md EMAIL']);
    expect(named.report.summary.skipped.ignored).toBe(3);
    expect(named.r.stderr).toMatch(/3 ignored/);
  });

  it('skips and counts binary, non-UTF-8 and oversize files', () => {
    const t = scanTree({
      'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(EMAIL_LINE)]),
      'latin1.txt': Buffer.from('Grüße an max.power@firma-intern.de\n', 'latin1'),
      'big.txt': EMAIL_LINE.repeat(100),
      'ok.txt': 'clean text\n',
    });
    const { r, report } = scanJson(t, ['--max-file-size', '1k']);
    expect(r.code).toBe(0);
    expect(report.summary.files).toBe(1);
    expect(report.summary.skipped).toMatchObject({ binary: 1, encoding: 1, oversize: 1 });
    expect(report.skipped).toEqual([
      { path: 'big.txt', reason: 'oversize' },
      { path: 'image.png', reason: 'binary' },
      { path: 'latin1.txt', reason: 'encoding' },
    ]);
    expect(r.stderr).toMatch(/skipped 1 binary, 1 not UTF-8, 1 over 1\.0 KB/);
    // Under the default limit (5 MB) the big file is scanned.
    expect(found(scanJson(t, []).report)).toEqual(Array(100).fill('big.txt EMAIL'));
  });

  it('reads standard input for "-" (path "-"), and skips binary input', () => {
    const t = scanTree({});
    const { r, report } = scanJson(t, ['-'], PII_TEXT);
    expect(r.code).toBe(1);
    expect(report.findings.map((f) => f.path)).toEqual(['-', '-', '-', '-']);
    const bin = scanJson(t, ['-'], Buffer.from([1, 2, 0, 3]));
    expect(bin.r.code).toBe(0);
    expect(bin.report.summary.skipped.binary).toBe(1);
  });

  it('streams a large file in chunks with exact lines and offsets', () => {
    const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n';
    const body = line.repeat(100_000); // 5.7 MB: read as a stream, detected in several chunks
    const t = scanTree({ 'big.txt': `${body}${EMAIL_LINE}${body}${EMAIL_LINE}` });
    const { report } = scanJson(t, ['--types', 'EMAIL', '--max-file-size', '20M', '--show-values']);
    const text = readFileSync(join(t.dir, 'big.txt'), 'utf8');
    expect(report.findings.map((f) => [f.line, f.column, f.occurrence])).toEqual([
      [100_001, 10, 0],
      [200_002, 10, 1],
    ]);
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe('max.power@firma-intern.de');
  });
});

describe('anonymize scan: suppression, allow lists and config', () => {
  const INLINE = [
    'a.demir@firma-intern.de  # anonymize-ignore',
    '// anonymize-ignore-next-line',
    'b.demir@firma-intern.de',
    'c.demir@firma-intern.de',
  ].join('\n');

  it('honours inline anonymize-ignore comments, unless --no-inline-ignore', () => {
    const t = scanTree({ 'a.py': INLINE });
    const { report } = scanJson(t, ['--show-values']);
    expect(report.findings.map((f) => f.value)).toEqual(['c.demir@firma-intern.de']);
    expect(report.summary.suppressed).toBe(2);
    const strict = scanJson(t, ['--no-inline-ignore']).report;
    expect(strict.findings).toHaveLength(3);
    expect(strict.summary.suppressed).toBe(0);
  });

  it('ignores well-known example data by default; --no-builtin-allow and config builtinAllow:false report it', () => {
    const sample = 'Max Mustermann, info@example.com, Tel. +49 30 23125 123, IBAN DE89 3704 0044 0532 0130 00\n';
    const t = scanTree({ 'sample.txt': sample });
    const def = scan(t, []);
    expect(def.code).toBe(0);
    const off = scanJson(t, ['--no-builtin-allow']).report;
    expect(off.findings.map((f) => f.type).sort()).toEqual(expect.arrayContaining(['EMAIL', 'IBAN', 'PHONE']));
    writeFileSync(join(t.dir, '.anonymize.json'), JSON.stringify({ builtinAllow: false }));
    expect(scanJson(t, []).report.findings.length).toBe(off.findings.length);
    expect(scan(t, ['--builtin-allow']).code).toBe(0);
  });

  it('applies config types, minScore, allow (exact and /regex/) and deny', () => {
    const t = scanTree({
      'a.txt': 'Mail max.power@firma-intern.de, info@firma-intern.de, Tel. 0171 2345678, Projekt Zaphod\n',
      '.anonymize.json': JSON.stringify({ types: ['EMAIL', 'PERSON'], allow: ['info@firma-intern.de', '/.*@firma-intern\\.de/'], deny: ['Zaphod'] }),
    });
    const { report } = scanJson(t, ['--show-values']);
    expect(report.findings.map((f) => `${f.type} ${f.value}`)).toEqual(['PERSON Zaphod']);
    writeFileSync(join(t.dir, '.anonymize.json'), JSON.stringify({ minScore: 1.01 }));
    expect(scan(t, []).code).toBe(2); // out of range: a clear error
    writeFileSync(join(t.dir, '.anonymize.json'), JSON.stringify({ types: ['PHONE'], minScore: 0.1 }));
    expect(found(scanJson(t, []).report)).toEqual(['a.txt PHONE']);
  });

  it('reads the "anonymize" key of package.json, and --config FILE before or after "scan"', () => {
    const t = scanTree({ 'a.txt': EMAIL_LINE + 'Tel. 0171 2345678\n', 'package.json': JSON.stringify({ name: 'x', anonymize: { types: ['PHONE'] } }) });
    expect(found(scanJson(t, []).report)).toEqual(['a.txt PHONE']);
    mkdirSync(join(t.dir, 'cfg'));
    writeFileSync(join(t.dir, 'cfg', 'only-email.json'), JSON.stringify({ types: ['EMAIL'] }));
    expect(found(scanJson(t, ['--config', 'cfg/only-email.json']).report)).toEqual(['a.txt EMAIL']);
    const before = run(['--config', 'cfg/only-email.json', 'scan', '--format', 'json'], { env: t.env, cwd: t.dir });
    expect(before.code).toBe(1);
    expect(JSON.parse(before.stdout).findings.map((f: { type: string }) => f.type)).toEqual(['EMAIL']);
  });

  it('rejects a broken configuration with a clear message and exit 2', () => {
    const t = scanTree({ 'a.txt': EMAIL_LINE, '.anonymize.json': '{"types": ["EMAIL", "SSN"]}' });
    const r = scan(t, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.anonymize\.json: unknown type "SSN"/);
    writeFileSync(join(t.dir, '.anonymize.json'), '{"ignorePaths": "docs"');
    const r2 = scan(t, []);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/invalid JSON/);
  });
});

describe('scan: worker threads from the built CLI', () => {
  it('scans with the requested workers and reports the same findings as in one thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`docs/f${i}.txt`] = i % 3 === 0 ? PII_TEXT : `Plain note ${i}, nothing personal.\n`;
    const t = scanTree(files);
    const env = { ...t.env, ANONYMIZE_SCAN_STATS: '1' };
    const threads = (args: string[]) => {
      const r = run(['scan', '--format', 'json', ...args], { env, cwd: t.dir });
      const stats = /anonymize: stats (\{.*\})/.exec(r.stderr);
      return { threads: stats ? (JSON.parse(stats[1]!) as { threads: number }).threads : -1, report: JSON.parse(r.stdout) as JsonReport };
    };
    const pooled = threads(['--jobs', '2']);
    const local = threads(['--jobs', '0']);
    expect(pooled.threads).toBe(2);
    expect(local.threads).toBe(0);
    expect(found(pooled.report)).toEqual(found(local.report));
    expect(found(pooled.report).length).toBeGreaterThanOrEqual(4 * 4);
  });
});
