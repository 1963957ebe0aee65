/**
 * Speed and memory of `anonymize scan` on a big tree.
 *
 *   npx tsup && node --import tsx scripts/bench-scan.ts [--files 10000] [--mb 100] [--seed 1]
 *                                                      [--runs 3] [--jobs auto] [--types LIST] [--keep]
 *                                                      [--pii-density 0.1]
 *
 * Generates (deterministically, from the seed) a tree of --files files totalling --mb MB of mixed
 * German and English text in a temp dir: business documents with personal data (letters, mails,
 * tickets, HR forms, SEPA rows, chat logs from scripts/lib/business-text.ts) between plain prose,
 * Markdown, code and CSV without any, plus a few binary files. Then runs the built CLI
 * `node bin/anonymize.js scan DIR --format json -o /dev/null` --runs times and prints files/s,
 * MB/s, wall time and the peak RSS of the scanning process (worker threads included), from
 * /usr/bin/time where present and from the CLI's own ANONYMIZE_SCAN_STATS report otherwise.
 * Target on a 2-core machine: 10,000 files / 100 MB in under 10 s, peak RSS under 400 MB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BusinessTextGenerator } from './lib/business-text.js';
import { prng } from './prng.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : dflt;
};
const FILES = Number(opt('files', '10000'));
const MB = Number(opt('mb', '100'));
const SEED = Number(opt('seed', '1'));
const RUNS = Number(opt('runs', '3'));
const JOBS = opt('jobs', 'auto');
const KEEP = args.includes('--keep');
/** Share of text blocks that are business documents with personal data (the rest has none). */
const DENSITY = Number(opt('pii-density', '0.1'));
/** e.g. --types IBAN,EMAIL: measures the scanner's own overhead with only the fast detectors. */
const TYPES = opt('types', '');

const ROOT = process.cwd();
const BIN = join(ROOT, 'bin', 'anonymize.js');
if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  console.error('bench-scan: build first (npx tsup)');
  process.exit(2);
}


// Text without personal data, the bulk of any real repository.
const FILLER = [
  'Die Anwendung liest die Konfiguration beim Start und prüft alle Werte, bevor sie den Dienst startet. Fehlerhafte Einträge werden mit einer klaren Meldung abgelehnt.\n',
  'The service reads its configuration at start-up and validates every value before it begins to accept requests. Invalid entries are rejected with a clear message.\n',
  '## Installation\n\nRun `npm install` and then `npm run build`. The build writes to `dist/` and takes about ten seconds on a laptop.\n\n',
  '| Quartal | Umsatz | Ziel |\n| --- | --- | --- |\n| Q1 | 1.204 Tsd. € | erreicht |\n| Q2 | 1.377 Tsd. € | erreicht |\n\n',
  'export function sum(values: number[]): number {\n  let total = 0;\n  for (const v of values) total += v;\n  return total;\n}\n\n',
  'Im nächsten Sprint überarbeiten wir die Suche: Ergebnisse sollen schneller erscheinen und Filter nach Datum, Status und Kategorie erlauben.\n',
  'Meeting notes: we agreed to move the release to the second week of the month, after the security review and the load test are done.\n',
  'id,sku,quantity,price\n1,A-1001,4,19.99\n2,B-2002,1,249.00\n3,C-3003,12,3.49\n',
  '{"name": "widget", "version": "2.3.1", "features": ["search", "export", "import"], "limits": {"rows": 50000}}\n',
  'Hinweis: Die Wartung am Samstag dauert voraussichtlich zwei Stunden. In dieser Zeit ist das Portal nicht erreichbar.\n',
];
const EXT = ['md', 'txt', 'csv', 'json', 'ts', 'eml', 'log', 'yml'];

function generate(dir: string): { files: number; bytes: number; binary: number } {
  const rnd = prng(SEED);
  const gen = new BusinessTextGenerator(SEED);
  // A pool of business documents (faker is the slow part); files draw from it.
  const pool: string[] = [];
  for (let size = 0; size < 6 << 20; ) {
    const d = gen.next();
    pool.push(d);
    size += d.length;
  }
  const avg = (MB * 1024 * 1024) / FILES;
  let bytes = 0;
  let binary = 0;
  for (let i = 0; i < FILES; i++) {
    const sub = join(dir, `d${String(i % 100).padStart(2, '0')}`, `s${Math.floor(i / 100) % 5}`);
    if (i < 500) mkdirSync(sub, { recursive: true });
    if (i % 200 === 199) {
      // A few binary files (images, archives): skipped and counted.
      const buf = Buffer.alloc(Math.floor(avg));
      for (let k = 0; k < buf.length; k++) buf[k] = Math.floor(rnd() * 256);
      buf[0] = 0;
      writeFileSync(join(sub, `f${i}.png`), buf);
      bytes += buf.length;
      binary++;
      continue;
    }
    const target = Math.floor(avg * (0.2 + 1.6 * rnd()));
    const parts: string[] = [];
    let len = 0;
    while (len < target) {
      const p = rnd() < DENSITY ? pool[Math.floor(rnd() * pool.length)]! : FILLER[Math.floor(rnd() * FILLER.length)]!;
      parts.push(p);
      len += p.length;
    }
    const text = parts.join('');
    writeFileSync(join(sub, `f${i}.${EXT[i % EXT.length]}`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: FILES, bytes, binary };
}

const dir = mkdtempSync(join(tmpdir(), 'anonymize-bench-scan-'));
const tree = join(dir, 'tree');
mkdirSync(tree);
const tg = performance.now();
const g = generate(tree);
console.log(`tree: ${g.files} files (${g.binary} binary), ${(g.bytes / 1024 / 1024).toFixed(1)} MB, PII density ${DENSITY}, generated in ${((performance.now() - tg) / 1000).toFixed(1)} s (seed ${SEED})`);

const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), NO_COLOR: '1', ANONYMIZE_SCAN_STATS: '1' };
const hasTime = existsSync('/usr/bin/time');
const rows: Array<{ wall: number; rssMB: number; stats: Record<string, unknown> }> = [];
for (let r = 0; r < RUNS; r++) {
  const argv = [BIN, 'scan', tree, '--format', 'json', '-o', '/dev/null', '--jobs', JOBS, ...(TYPES ? ['--types', TYPES] : [])];
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const cargs = hasTime ? ['-f', 'TIME %e %M', process.execPath, ...argv] : argv;
  const t0 = performance.now();
  const res = spawnSync(cmd, cargs, { env, cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - t0) / 1000;
  if (res.status !== 1 && res.status !== 0) {
    console.error(res.stderr);
    process.exit(2);
  }
  const statsLine = /anonymize: stats (\{.*\})/.exec(res.stderr ?? '');
  const stats = statsLine ? (JSON.parse(statsLine[1]!) as Record<string, unknown>) : {};
  const timeLine = /TIME ([\d.]+) (\d+)/.exec(res.stderr ?? '');
  const rssKB = timeLine ? Number(timeLine[2]) : Number(stats.maxRssKB ?? 0);
  rows.push({ wall, rssMB: rssKB / 1024, stats });
  const s = stats.summary as { files: number; bytes: number; findings: number; threads?: number } | undefined;
  console.log(
    `run ${r + 1}: ${wall.toFixed(2)} s wall, peak RSS ${(rssKB / 1024).toFixed(0)} MB` +
      (s ? `, ${s.files} files scanned, ${s.findings} findings, ${String(stats.threads)} worker threads` : ''),
  );
}
const best = [...rows].sort((a, b) => a.wall - b.wall)[Math.floor(rows.length / 2)]!;
const scannedMB = g.bytes / 1024 / 1024;
console.log(
  `\nmedian of ${RUNS}: ${best.wall.toFixed(2)} s wall, ${(g.files / best.wall).toFixed(0)} files/s, ${(scannedMB / best.wall).toFixed(1)} MB/s, ` +
    `peak RSS ${best.rssMB.toFixed(0)} MB (target: < 10 s, < 400 MB)`,
);
if (KEEP) console.log(`tree kept in ${tree}`);
else rmSync(dir, { recursive: true, force: true });
