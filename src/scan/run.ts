import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { PipelineOptions } from '../detect/pipeline.js';
import { fileSink } from '../io/text-output.js';
import { githubReporter } from '../report/github.js';
import { jsonReporter } from '../report/json.js';
import { reportSink } from '../report/output.js';
import { sarifReporter } from '../report/sarif.js';
import { textReporter } from '../report/text.js';
import type { FileError, ReportContext, Reporter, ScanSummary, SkippedFile } from '../report/types.js';
import { ENTITY_TYPES } from '../types.js';
import { BaselineFilter, BaselineWriter, readBaseline, resolveKey, type BaselineFile } from './baseline.js';
import { discover, findRoot, isOutputFile } from './discover.js';
import { stagedJobs } from './git.js';
import { IgnoreTree } from './ignore.js';
import { createFileScanner, scanInOrder } from './pool.js';
import { ProgressLine } from './progress.js';
import type { ScanJob } from './types.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export interface ScanRunOptions {
  cwd: string;
  /** Files, directories, globs, "-" (stdin); empty: the current directory. */
  paths: string[];
  /** Scan what is staged in git instead (paths then restrict it, as pathspecs). */
  staged: boolean;
  format: ReportFormat;
  /** Report file; undefined: standard output. */
  output?: string;
  showValues: boolean;
  inlineIgnore: boolean;
  gitignore: boolean;
  maxFileSize: number;
  /** Worker threads; "auto": none for small scans, one per core for big ones. */
  jobs: number | 'auto';
  pipeline: PipelineOptions;
  /** gitignore-style patterns relative to the repository root (config ignorePaths). */
  ignorePaths: readonly string[];
  baseline?: string;
  writeBaseline?: string;
  /** The configuration file in use: not scanned (its deny list would always be found). */
  configFile?: string;
  env: NodeJS.ProcessEnv;
  /** Colour in the text report. */
  color: boolean;
  /** Show a progress line on stderr (the caller checks that stderr is a terminal). */
  progress: boolean;
  toolVersion: string;
  onError: (message: string) => void;
  onWarning: (message: string) => void;
}

export interface ScanOutcome {
  summary: ScanSummary;
  /** Baseline entries written, when writing one. */
  baselineWritten?: number;
  /** Worker threads used (0: scanned in the main thread). */
  threads: number;
}

/** Scans with workers when there are at least this many files. */
const AUTO_MIN_FILES = 48;

/** Takes up to n jobs, then hands back an iterable that yields them followed by the rest. */
async function peek(src: AsyncIterable<ScanJob>, n: number): Promise<{ head: ScanJob[]; exhausted: boolean; all: AsyncIterable<ScanJob> }> {
  const it = src[Symbol.asyncIterator]();
  const head: ScanJob[] = [];
  let exhausted = false;
  while (head.length < n) {
    const r = await it.next();
    if (r.done) {
      exhausted = true;
      break;
    }
    head.push(r.value);
  }
  async function* all(): AsyncGenerator<ScanJob> {
    yield* head;
    if (exhausted) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, exhausted, all: all() };
}

function reporterFor(format: ReportFormat, ctx: ReportContext): Reporter {
  switch (format) {
    case 'json':
      return jsonReporter();
    case 'sarif':
      return sarifReporter(ctx);
    case 'github':
      return githubReporter();
    case 'text':
      return textReporter(ctx);
  }
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * `anonymize scan`, the engine: finds the files, scans them (on worker threads when there are
 * many), filters by baseline, and streams the report. Returns the totals; the caller decides
 * the exit code.
 */
export async function runScan(o: ScanRunOptions): Promise<ScanOutcome> {
  const t0 = Date.now();
  const cwd = resolve(o.cwd);
  const root = findRoot(cwd);
  const output = o.output && o.output !== '-' ? resolve(cwd, o.output) : undefined;
  const baselinePath = o.baseline ? resolve(cwd, o.baseline) : undefined;
  const writePath = o.writeBaseline ? resolve(cwd, o.writeBaseline) : undefined;

  const baseline: BaselineFile | undefined = baselinePath ? readBaseline(baselinePath) : undefined;
  let previous: BaselineFile | undefined;
  if (writePath && !baseline) {
    try {
      previous = readBaseline(writePath);
    } catch {
      previous = undefined; // absent or unreadable: a new salt
    }
  }
  const { key, record } = resolveKey({ baseline, previous, writing: !!writePath, env: o.env });
  const filter = baseline ? new BaselineFilter(baseline) : undefined;
  const writer = writePath ? new BaselineWriter() : undefined;

  const ignoreTree = new IgnoreTree(root, { rootPatterns: o.ignorePaths, gitignore: o.gitignore });
  const counters = { ignored: 0 };
  const errors: FileError[] = [];
  const skipped: SkippedFile[] = [];
  const fail = (path: string, uri: string, message: string) => {
    errors.push({ path, uri, message });
    o.onError(`${path}: ${message}`);
  };
  const configPath = o.configFile ? resolve(cwd, o.configFile) : undefined;
  const exclude = (abs: string) =>
    isOutputFile(abs, output) || abs === baselinePath || abs === writePath || isOutputFile(abs, writePath) || abs === configPath;

  const jobs: AsyncIterable<ScanJob> = o.staged
    ? stagedJobs({ cwd, root, pathspecs: o.paths, ignore: ignoreTree, maxFileSize: o.maxFileSize, counters })
    : discover({
        cwd,
        root,
        paths: o.paths,
        ignore: ignoreTree,
        counters,
        exclude,
        onError: (p, m) => fail(p, p, m),
        onWarning: o.onWarning,
      });

  // Small scans stay in this thread: starting workers costs more than it saves.
  let threads: number;
  let source: AsyncIterable<ScanJob> = jobs;
  if (o.jobs === 'auto') {
    const p = await peek(jobs, AUTO_MIN_FILES);
    source = p.all;
    threads = p.exhausted ? 0 : Math.min(availableParallelism(), 8);
  } else {
    threads = o.jobs;
  }

  const engine = {
    pipeline: o.pipeline,
    key: new Uint8Array(key),
    inlineIgnore: o.inlineIgnore,
    showValues: o.showValues,
    maxFileSize: o.maxFileSize,
    region: o.pipeline.region ?? 'DE',
  };
  const ctx: ReportContext = { toolVersion: o.toolVersion, root, showValues: o.showValues, color: o.color && !output };
  const reporter = reporterFor(o.format, ctx);
  const summary: ScanSummary = {
    files: 0,
    bytes: 0,
    findings: 0,
    byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as ScanSummary['byType'],
    baselined: 0,
    suppressed: 0,
    skipped: { binary: 0, encoding: 0, oversize: 0, ignored: 0 },
    errors: 0,
    durationMs: 0,
  };

  const progress = o.progress
    ? new ProgressLine(process.stderr, () => `scanning… ${summary.files} files, ${formatBytes(summary.bytes)}, ${summary.findings} findings`).start()
    : undefined;
  // The text report on the same terminal as the progress line: erase the line before writing.
  const sharesTerminal = !!progress && !output && process.stdout.isTTY;

  const sink = await reportSink(output);
  // Report text is gathered and written in blocks: one write per finding costs more than the finding.
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async () => {
    if (!pendingLength) return;
    const text = pending.join('');
    pending = [];
    pendingLength = 0;
    if (sharesTerminal) progress!.clear();
    await sink.write(text);
  };
  const write = async (s: string) => {
    if (!s) return;
    pending.push(s);
    pendingLength += s.length;
    if (pendingLength >= 1 << 16) await flush();
  };
  const scanner = await createFileScanner(engine, threads);
  try {
    await write(reporter.begin());
    for await (const r of scanInOrder(source, scanner, Math.max(64, threads * 16))) {
      switch (r.status) {
        case 'scanned':
          summary.files++;
          summary.bytes += r.bytes;
          break;
        case 'error':
          fail(r.path, r.uri, r.error ?? 'cannot read');
          continue;
        default:
          summary.skipped[r.status]++;
          skipped.push({ path: r.path, uri: r.uri, reason: r.status });
          continue;
      }
      summary.suppressed += r.suppressed;
      for (const f of r.findings) {
        writer?.add(f);
        if (filter?.covers(f)) {
          summary.baselined++;
          continue;
        }
        summary.findings++;
        summary.byType[f.type]++;
        await write(reporter.finding(f));
      }
      // Someone watching a terminal sees each file's findings as soon as the file is done.
      if (!output && process.stdout.isTTY) await flush();
    }
    summary.skipped.ignored = counters.ignored;
    summary.errors = errors.length;
    summary.durationMs = Date.now() - t0;
    await write(reporter.end(summary, skipped, errors));
    await flush();
    progress?.stop();
    await sink.commit();
  } catch (e) {
    progress?.stop();
    await sink.abort();
    throw e;
  } finally {
    await scanner.close();
  }

  let baselineWritten: number | undefined;
  if (writer && writePath) {
    const out = await fileSink(writePath);
    try {
      await out.write(writer.serialize(record!));
      await out.commit();
    } catch (e) {
      await out.abort();
      throw e;
    }
    baselineWritten = writer.size;
  }
  // What the scanner really used: the bundle falls back to this thread when workers cannot start.
  return { summary, baselineWritten, threads: scanner.threads };
}

/** The one-line summary for stderr. */
export function summaryLine(s: ScanSummary, maxFileSize: number): string {
  const parts = ENTITY_TYPES.filter((t) => s.byType[t] > 0).map((t) => `${t} ${s.byType[t]}`);
  let line = `scanned ${s.files} file${s.files === 1 ? '' : 's'} (${formatBytes(s.bytes)}) in ${(s.durationMs / 1000).toFixed(1)} s: `;
  line += s.findings ? `${s.findings} finding${s.findings === 1 ? '' : 's'} (${parts.join(', ')})` : 'no findings';
  const extra: string[] = [];
  if (s.baselined) extra.push(`${s.baselined} in the baseline`);
  if (s.suppressed) extra.push(`${s.suppressed} suppressed inline`);
  const sk: string[] = [];
  if (s.skipped.binary) sk.push(`${s.skipped.binary} binary`);
  if (s.skipped.encoding) sk.push(`${s.skipped.encoding} not UTF-8`);
  if (s.skipped.oversize) sk.push(`${s.skipped.oversize} over ${formatBytes(maxFileSize)}`);
  if (s.skipped.ignored) sk.push(`${s.skipped.ignored} ignored`);
  if (sk.length) extra.push(`skipped ${sk.join(', ')}`);
  if (s.errors) extra.push(`${s.errors} not readable`);
  return extra.length ? `${line}; ${extra.join('; ')}` : line;
}
