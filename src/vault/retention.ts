/**
 * Storage limitation (GDPR Art. 5(1)(e)): how long an entry may stay in the vault after it was
 * last used.
 *
 * Two places can set a retention period:
 * - the vault itself (meta.retentionMs — `anonymize vault init --retention`, `vault retention`),
 * - the configuration file (key "retention"), which the CLI registers here with
 *   setConfiguredRetention() so that every writer of the vault honours it, not only the vault
 *   commands.
 * The shorter of the two applies: either can tighten the limit, neither can loosen the other's.
 * Entries whose lastSeen is older than the limit are removed on every write (vault.ts, in the
 * save path) and on demand (`vault purge`).
 */
import type { VaultMeta } from './format.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const UNITS: Record<string, number> = { h: HOUR, d: DAY, w: 7 * DAY };

/**
 * Shortest accepted period. Shorter ones could expire an entry during a long run that still
 * needs it (a chat session restores answers with the tokens it handed out at its start).
 */
export const MIN_RETENTION_MS = HOUR;
/** Longest accepted period (about 270 years): keeps every date arithmetic finite. */
const MAX_COUNT = 100_000;

/** "90d", "12h", "2w" (also "90 days", "12 hours", "2 weeks") → milliseconds; undefined if not a duration. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*([0-9]{1,6})\s*(h|hours?|d|days?|w|weeks?)\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n < 1 || n > MAX_COUNT) return undefined;
  return n * UNITS[m[2]![0]!.toLowerCase()]!;
}

/** For a retention setting: a duration of at least an hour, or "off". null = off. */
export function parseRetention(text: string, where: string): number | null {
  if (/^\s*(off|none|never)\s*$/i.test(text)) return null;
  const ms = parseDuration(text);
  if (ms === undefined) throw new RetentionError(`${where}: "${text}" is not a duration — use e.g. 90d, 12h, 2w, or off`);
  if (ms < MIN_RETENTION_MS) throw new RetentionError(`${where}: the shortest retention is 1h`);
  return ms;
}

export class RetentionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RetentionError';
  }
}

/** "90 days", "36 hours", "1 day". */
export function formatDuration(ms: number): string {
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (ms % DAY === 0) return plural(ms / DAY, 'day');
  if (ms % HOUR === 0) return plural(ms / HOUR, 'hour');
  return plural(Math.round(ms / 60_000), 'minute');
}

/** The "retention" key of the configuration file: "90d" / "off" / false / absent. */
export function retentionFromConfig(value: unknown, where: string): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === false || value === null) return null;
  if (typeof value !== 'string') throw new RetentionError(`${where}: "retention" must be a duration such as "90d", or "off"`);
  return parseRetention(value, `${where} ("retention")`);
}

export interface ConfiguredRetention {
  ms: number;
  /** Where it came from, for messages (the config file's path). */
  source: string;
}

type Resolver = () => Promise<ConfiguredRetention | undefined>;
let resolver: Resolver | null = null;
let cached: Promise<ConfiguredRetention | undefined> | null = null;

/**
 * Register the process-wide extra limit (the CLI reads it from the configuration file). Lazy: the
 * resolver runs on the first write, so read-only runs never load the configuration for it.
 */
export function setConfiguredRetention(r: Resolver | null): void {
  resolver = r;
  cached = null;
}

export function configuredRetention(): Promise<ConfiguredRetention | undefined> {
  if (!resolver) return Promise.resolve(undefined);
  return (cached ??= resolver());
}

export interface EffectiveRetention {
  ms: number;
  /** "vault" when the vault's own setting is the shorter (or only) one, else the config file. */
  source: string;
}

/** The shorter of the vault's own setting and the configured one; undefined = keep forever. */
export function effectiveRetention(meta: VaultMeta, configured: ConfiguredRetention | undefined): EffectiveRetention | undefined {
  const own = typeof meta.retentionMs === 'number' && meta.retentionMs > 0 ? meta.retentionMs : undefined;
  if (own === undefined && !configured) return undefined;
  if (!configured || (own !== undefined && own <= configured.ms)) return { ms: own!, source: 'vault' };
  return { ms: configured.ms, source: configured.source };
}
