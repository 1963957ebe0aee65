import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, sandbox, type RunResult } from '../helpers/cli.js';

/**
 * The built CLI, copied once per test file: other work in the same tree may rebuild dist/ (tsup
 * empties it first) while these tests run. The copy lives under node_modules/.cache so that its
 * imports still resolve to the project's node_modules.
 */
let snapshot: string | undefined;
export let SCAN_BIN = join(ROOT, 'bin', 'anonymize.js');

export function prepareBinary(): void {
  const base = join(ROOT, 'node_modules', '.cache', 'anonymize-scan-tests');
  mkdirSync(base, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    const dir = mkdtempSync(join(base, 'bin-'));
    try {
      cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
      cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
      const bin = join(dir, 'bin', 'anonymize.js');
      const probe = spawnSync(process.execPath, [bin, 'scan', '--help'], { encoding: 'utf8' });
      if (probe.status === 0 && probe.stdout.includes('--write-baseline')) {
        snapshot = dir;
        SCAN_BIN = bin;
        return;
      }
    } catch {
      // dist/ was being rebuilt: try again
    }
    rmSync(dir, { recursive: true, force: true });
    if (attempt >= 20) throw new Error('dist/ is missing or incomplete: run `npx tsup` first');
    spawnSync('sleep', ['1']);
  }
}

export function removeBinary(): void {
  if (snapshot && existsSync(snapshot)) rmSync(snapshot, { recursive: true, force: true });
  snapshot = undefined;
}

export function run(args: string[], opts: { env: NodeJS.ProcessEnv; input?: string | Buffer; cwd?: string }): RunResult {
  const r = spawnSync(process.execPath, [SCAN_BIN, ...args], { env: opts.env, input: opts.input ?? '', cwd: opts.cwd, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}

/** Inputs any decent detector finds, and the raw values that must never leak into reports. */
export const PII_TEXT =
  'Sehr geehrte Frau Ayşe Demir,\n' +
  'bitte schreiben Sie an max.power@firma-intern.de oder rufen Sie an: Tel. 0171 2345678.\n' +
  'Unsere IBAN lautet DE44 5001 0517 5407 3249 31.\n';
export const RAW_VALUES = ['Ayşe Demir', 'max.power@firma-intern.de', '0171 2345678', 'DE44 5001 0517 5407 3249 31'];
/** Pieces of the raw values that a careless mask would still show. */
export const RAW_PIECES = ['Ayşe', 'Demir', 'max.power', 'firma-intern', '2345678', '1712345678', '5001 0517', '500105175407324931'];

export interface ScanTree {
  dir: string;
  env: NodeJS.ProcessEnv;
}

/**
 * A temp directory with the given files (an empty .git directory marks it as a repository root,
 * so no configuration or ignore file above it is picked up), and a private HOME/XDG environment.
 */
export function scanTree(files: Record<string, string | Buffer>, opts: { git?: boolean } = {}): ScanTree {
  const { dir, env } = sandbox();
  const root = join(dir, 'repo');
  mkdirSync(root);
  if (opts.git !== false) mkdirSync(join(root, '.git'));
  for (const [name, content] of Object.entries(files)) {
    const p = join(root, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return { dir: root, env };
}

export function scan(t: ScanTree, args: string[], input?: string | Buffer): RunResult {
  return run(['scan', ...args], { env: t.env, cwd: t.dir, input });
}

export interface JsonReport {
  findings: Array<{
    path: string;
    type: string;
    start: number;
    end: number;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    score: number;
    detector: string;
    fingerprint: string;
    occurrence: number;
    masked: string;
    value?: string;
  }>;
  summary: {
    files: number;
    findings: number;
    baselined: number;
    suppressed: number;
    skipped: { binary: number; encoding: number; oversize: number; ignored: number };
    errors: number;
  };
  skipped: Array<{ path: string; reason: string }>;
  errors: Array<{ path: string; message: string }>;
}

export function scanJson(t: ScanTree, args: string[], input?: string | Buffer): { r: RunResult; report: JsonReport } {
  const r = scan(t, ['--format', 'json', ...args], input);
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout.slice(0, 300)} / stderr: ${r.stderr.slice(0, 300)}`);
  }
  return { r, report };
}

/** Sorted "path TYPE" pairs: what was found where. */
export function found(report: JsonReport): string[] {
  return report.findings.map((f) => `${f.path} ${f.type}`).sort();
}
