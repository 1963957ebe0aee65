import { Chalk, type ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import { loadConfig, parseAllowEntry, parseDenyEntry, parseTypes, type Config } from '../config.js';
import type { PipelineOptions } from '../detect/pipeline.js';
import { UserError } from '../errors.js';

/** Options every command understands (declared on the root program). */
export interface GlobalOptions {
  vault?: string;
  keyFile?: string;
  config?: string;
  debug?: boolean;
  quiet?: boolean;
  color?: boolean;
}

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/** Colour for stderr only, only on a TTY, never with NO_COLOR or --no-color. */
export function stderrColors(opts: GlobalOptions = {}): ChalkInstance {
  const enabled = process.stderr.isTTY && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && opts.color !== false;
  return new Chalk({ level: enabled ? 1 : 0 });
}

export function notice(message: string, opts: GlobalOptions = {}): void {
  if (opts.quiet) return;
  process.stderr.write(`${stderrColors(opts).dim('anonymize:')} ${message}\n`);
}

export function warn(message: string, opts: GlobalOptions = {}): void {
  process.stderr.write(`${stderrColors(opts).yellow('anonymize: warning:')} ${message}\n`);
}

/** Detection flags shared by anonymize, scan, ask and chat. */
export interface DetectionFlags {
  types?: string;
  region?: string;
  allow?: string[];
  deny?: string[];
  minScore?: string;
}

export function addDetectionOptions(cmd: Command): Command {
  return cmd
    .option('-t, --types <list>', 'detect only these types, comma-separated: PERSON,EMAIL,PHONE,IBAN')
    .option('--region <CC>', 'default country for national phone numbers (ISO code)', undefined)
    .option('--allow <value...>', 'never treat this value as personal data (repeatable; /regex/ allowed)')
    .option('--deny <value...>', 'always treat this value as personal data (repeatable; TYPE:value, default PERSON)')
    .option('--min-score <n>', 'drop findings below this confidence (0-1)');
}

export function loadCommandConfig(opts: GlobalOptions): Config {
  return loadConfig({ file: opts.config });
}

/** Merges config file and flags (flags win; allow/deny lists add up). */
export function pipelineOptions(flags: DetectionFlags, config: Config): PipelineOptions {
  const minScore = flags.minScore !== undefined ? Number(flags.minScore) : config.minScore;
  if (minScore !== undefined && !(minScore >= 0 && minScore <= 1)) throw new UserError('--min-score must be a number from 0 to 1');
  const region = flags.region ?? config.region ?? 'DE';
  if (!/^[A-Za-z]{2}$/.test(region)) throw new UserError(`--region must be a two-letter country code such as DE, not "${region}"`);
  return {
    types: flags.types ? parseTypes(flags.types, '--types') : config.types,
    region: region.toUpperCase(),
    minScore,
    allow: [...config.allow, ...(flags.allow ?? []).map((a) => parseAllowEntry(a, '--allow'))],
    deny: [...config.deny, ...(flags.deny ?? []).map((d) => parseDenyEntry(d, '--deny'))],
  };
}

/** A whole number flag within [min, max]; `orElse` names a word it also takes, for the message. */
export function parseIntFlag(text: string, flag: string, min: number, max: number, orElse?: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max) {
    throw new UserError(`${flag} must be a whole number from ${min} to ${max}${orElse ? `, or ${orElse};` : ','} not "${text}"`);
  }
  return Number(text);
}

/** --jobs (anonymize, scan): a number of worker threads (0: none) or "auto" (the default). */
export function parseJobsFlag(text: string | undefined): number | 'auto' {
  if (text === undefined || text.trim().toLowerCase() === 'auto') return 'auto';
  return parseIntFlag(text, '--jobs', 0, 64, 'auto');
}
