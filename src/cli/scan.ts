import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { tuneHeapForLongRun, untuneHeap } from './heap.js';
import pkg from '../../package.json' with { type: 'json' };
import { loadConfig } from '../config.js';
import { EXIT, UserError } from '../errors.js';
import { addDetectionOptions, globals, notice, parseIntFlag, parseJobsFlag, pipelineOptions, stderrColors, warn, type DetectionFlags, type GlobalOptions } from './context.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

interface ScanFlags extends DetectionFlags {
  format: (typeof FORMATS)[number];
  output?: string;
  showValues?: boolean;
  exitCode: string;
  staged?: boolean;
  baseline?: string;
  writeBaseline?: string;
  maxFileSize: string;
  inlineIgnore: boolean;
  builtinAllow?: boolean;
  gitignore: boolean;
  jobs?: string;
  config?: string;
  quiet?: boolean;
  color?: boolean;
}

/** "5M", "500k", "1.5 MB", "1048576" → bytes (k, M, G are powers of 1024). */
export function parseSize(text: string, flag = '--max-file-size'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  if (!m) throw new UserError(`${flag} must be a size such as 500k, 5M or 1G, not "${text}"`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  return Math.floor(Number(m[1]) * mult);
}

function noColor(): boolean {
  return 'NO_COLOR' in process.env && process.env.NO_COLOR !== '';
}

export async function runScanCommand(paths: string[], flags: ScanFlags, cmd: Command): Promise<number> {
  const g = globals(cmd);
  // Global options are accepted after "scan" too (anonymize scan --config x -q).
  const opts: GlobalOptions = {
    ...g,
    config: flags.config ?? g.config,
    quiet: flags.quiet || g.quiet,
    color: flags.color !== false && g.color !== false,
  };
  const exitCode = parseIntFlag(flags.exitCode, '--exit-code', 0, 255);
  const maxFileSize = parseSize(flags.maxFileSize);
  const jobs = parseJobsFlag(flags.jobs);
  if (flags.staged && paths.includes('-')) throw new UserError('--staged scans what git has staged; it cannot be combined with "-" (standard input)');
  const config = loadConfig({ file: opts.config });
  const popts = pipelineOptions(flags, config);
  const builtin = flags.builtinAllow ?? config.builtinAllow;

  // Loaded here, not at start-up: --version and --help must not pay for the detectors.
  const [{ runScan, summaryLine }, { BUILTIN_ALLOW }] = await Promise.all([import('../scan/run.js'), import('../scan/builtin-allow.js')]);
  if (builtin) popts.allow = [...(popts.allow ?? []), ...BUILTIN_ALLOW];

  const c = stderrColors(opts);
  // Worker threads share the process's V8 flags: the same heap tuning as a long anonymize run
  // (10,000 files with 389k findings peaked at 359–412 MB RSS without it).
  tuneHeapForLongRun();
  const outcome = await runScan({
    cwd: process.cwd(),
    paths,
    staged: !!flags.staged,
    format: flags.format,
    output: flags.output,
    showValues: !!flags.showValues,
    inlineIgnore: flags.inlineIgnore !== false,
    gitignore: flags.gitignore !== false,
    maxFileSize,
    jobs,
    pipeline: popts,
    ignorePaths: config.ignorePaths,
    baseline: flags.baseline,
    writeBaseline: flags.writeBaseline,
    // A dedicated config file is not scanned; package.json (source "… (\"anonymize\" key)") is.
    configFile: config.source && existsSync(config.source) ? config.source : undefined,
    env: process.env,
    color: !!process.stdout.isTTY && !noColor() && opts.color !== false,
    progress: !!process.stderr.isTTY && !opts.quiet,
    toolVersion: pkg.version,
    onError: (m) => process.stderr.write(`${c.red('anonymize: error:')} ${m}\n`),
    onWarning: (m) => warn(m, opts),
  }).finally(untuneHeap);
  const s = outcome.summary;
  notice(summaryLine(s, maxFileSize), opts);
  if (process.env.ANONYMIZE_SCAN_STATS) {
    // For scripts/bench-scan.ts: peak RSS of this process, worker threads included.
    process.stderr.write(`anonymize: stats ${JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS, threads: outcome.threads, summary: s })}\n`);
  }
  if (outcome.baselineWritten !== undefined) {
    notice(`wrote ${outcome.baselineWritten} fingerprint${outcome.baselineWritten === 1 ? '' : 's'} to ${flags.writeBaseline}`, opts);
  }
  if (s.errors > 0) return EXIT.ERROR;
  if (flags.writeBaseline) return EXIT.OK;
  return s.findings > 0 ? exitCode : EXIT.OK;
}

export function registerScan(program: Command): void {
  const cmd = program
    .command('scan')
    .description('find personal data in files without changing them (no vault); exit 1 when something is found')
    .argument('[paths...]', 'files, directories or quoted globs (default: the current directory); "-" reads standard input');
  addDetectionOptions(cmd)
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option('--show-values', 'print the raw values in the report (default: masked, e.g. m***@f***.de)')
    .option('--exit-code <n>', 'exit code when personal data is found', '1')
    .option('--staged', 'scan exactly what is staged in git (for pre-commit hooks); paths narrow it down')
    .option('--baseline <file>', 'report only findings that are not in this baseline')
    .option('--write-baseline <file>', 'record every current finding (by fingerprint) in this file; exits 0')
    .option('--max-file-size <size>', 'skip and count files larger than this (k, M, G)', '5M')
    .option('--no-inline-ignore', 'disregard anonymize-ignore and anonymize-ignore-next-line comments')
    .option('--builtin-allow', 'ignore well-known example data (default; config "builtinAllow")')
    .option('--no-builtin-allow', 'also report well-known example data (example.com, Max Mustermann, DE89 3704 …)')
    .option('--no-gitignore', 'do not honour .gitignore files (.anonymizeignore still applies)')
    .option('-j, --jobs <n>', 'worker threads: a number, 0 for none, or auto (default: auto, by scan size)')
    .option('--config <file>', 'configuration file (same as the global option)')
    .option('-q, --quiet', 'no summary on stderr (errors still appear)')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .addHelpText(
      'after',
      `
Exit codes: 0 nothing found, 1 personal data found (--exit-code), 2 error.

Examples:
  anonymize scan                                  # the current directory, recursively
  anonymize scan docs/ 'fixtures/**/*.json'
  git diff | anonymize scan -
  anonymize scan --staged                         # in a pre-commit hook
  anonymize scan --format sarif -o anonymize.sarif
  anonymize scan --write-baseline .anonymize-baseline.json
  anonymize scan --baseline .anonymize-baseline.json`,
    )
    .action(async (paths: string[], flags: ScanFlags, c: Command) => {
      process.exitCode = await runScanCommand(paths, flags, c);
    });
}
