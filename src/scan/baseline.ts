import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../types.js';
import { FINGERPRINT_KEY_ENV, keyCheck, keyFromSecret, newSalt, PUBLIC_FINGERPRINT_KEY } from './fingerprint.js';
import type { ScanFinding } from './types.js';

/**
 * A baseline records the findings a project has accepted, by fingerprint only: no value, no
 * masked value. A later scan with --baseline reports only what is new. Counts are kept per
 * fingerprint, so a second copy of an accepted value in the same file is still new.
 */
export interface BaselineEntry {
  fingerprint: string;
  type: EntityType;
  path: string;
  count: number;
}

export type BaselineKey = { salt: string } | { keyFrom: 'env'; keyCheck: string };

export interface BaselineFile {
  $comment?: string;
  version: 1;
  tool: 'anonymize';
  fingerprint: { algorithm: 'HMAC-SHA256' } & BaselineKey;
  findings: BaselineEntry[];
}

const COMMENT =
  'Findings accepted by `anonymize scan --write-baseline`; `anonymize scan --baseline <this file>` reports only new ones. ' +
  'Fingerprints are HMAC-SHA256 of type, normalised value and path; no values are stored.';

export function readBaseline(path: string): BaselineFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${path}: cannot read the baseline${code === 'ENOENT' ? ' (no such file; create it with --write-baseline)' : ''}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${path}: the baseline is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const bad = (what: string) => new UserError(`${path}: not an anonymize baseline: ${what}`);
  if (!raw || typeof raw !== 'object') throw bad('expected a JSON object');
  const o = raw as Record<string, unknown>;
  if (o.version !== 1) throw bad(`unsupported version ${JSON.stringify(o.version)} (expected 1)`);
  const fp = o.fingerprint as Record<string, unknown> | undefined;
  if (!fp || fp.algorithm !== 'HMAC-SHA256') throw bad('"fingerprint.algorithm" must be "HMAC-SHA256"');
  let key: BaselineKey;
  if (typeof fp.salt === 'string' && /^[0-9a-f]{64}$/.test(fp.salt)) key = { salt: fp.salt };
  else if (fp.keyFrom === 'env' && typeof fp.keyCheck === 'string') key = { keyFrom: 'env', keyCheck: fp.keyCheck };
  else throw bad('"fingerprint" needs a 64-hex-digit "salt" or "keyFrom": "env" with "keyCheck"');
  if (!Array.isArray(o.findings)) throw bad('"findings" must be a list');
  const findings = o.findings.map((e, i) => {
    const f = e as Record<string, unknown>;
    if (!f || typeof f.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(f.fingerprint)) throw bad(`findings[${i}].fingerprint must be 64 hex digits`);
    if (typeof f.type !== 'string' || !isEntityType(f.type)) throw bad(`findings[${i}].type must be one of ${ENTITY_TYPES.join(', ')}`);
    if (typeof f.path !== 'string') throw bad(`findings[${i}].path must be a string`);
    const count = f.count === undefined ? 1 : f.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw bad(`findings[${i}].count must be a positive integer`);
    return { fingerprint: f.fingerprint, type: f.type, path: f.path, count };
  });
  return { version: 1, tool: 'anonymize', fingerprint: { algorithm: 'HMAC-SHA256', ...key }, findings };
}

/**
 * The fingerprint key for this run, and how a baseline written now should record it.
 * Order: the baseline being read decides (its salt, or the secret it was written with); then the
 * secret in ANONYMIZE_FINGERPRINT_KEY; then the baseline being rewritten keeps its salt; then a
 * new salt when a baseline is written; otherwise the public key.
 */
export function resolveKey(opts: { baseline?: BaselineFile; previous?: BaselineFile; writing: boolean; env: NodeJS.ProcessEnv }): {
  key: Buffer;
  record: BaselineKey | null;
} {
  const secret = opts.env[FINGERPRINT_KEY_ENV];
  const fromBaseline = (b: BaselineFile, what: string): { key: Buffer; record: BaselineKey } => {
    const fp = b.fingerprint;
    if ('salt' in fp) return { key: Buffer.from(fp.salt, 'hex'), record: { salt: fp.salt } };
    if (!secret) throw new UserError(`${what} was written with the secret key from ${FINGERPRINT_KEY_ENV}; set that variable`);
    const key = keyFromSecret(secret);
    if (keyCheck(key) !== fp.keyCheck) throw new UserError(`${FINGERPRINT_KEY_ENV} is not the key ${what} was written with`);
    return { key, record: { keyFrom: 'env', keyCheck: fp.keyCheck } };
  };
  if (opts.baseline) return fromBaseline(opts.baseline, 'the baseline');
  if (secret) {
    const key = keyFromSecret(secret);
    return { key, record: { keyFrom: 'env', keyCheck: keyCheck(key) } };
  }
  if (opts.previous && 'salt' in opts.previous.fingerprint) return fromBaseline(opts.previous, 'the previous baseline');
  if (opts.writing) {
    const salt = newSalt().toString('hex');
    return { key: Buffer.from(salt, 'hex'), record: { salt } };
  }
  return { key: PUBLIC_FINGERPRINT_KEY, record: null };
}

/** Accepted counts per fingerprint, consumed as findings are matched. */
export class BaselineFilter {
  private readonly counts = new Map<string, number>();

  constructor(baseline: BaselineFile) {
    for (const e of baseline.findings) this.counts.set(e.fingerprint, (this.counts.get(e.fingerprint) ?? 0) + e.count);
  }

  /** True when the finding is covered by the baseline (its occurrence is within the accepted count). */
  covers(f: ScanFinding): boolean {
    return f.occurrence < (this.counts.get(f.fingerprint) ?? 0);
  }
}

/** Collects findings for --write-baseline. */
export class BaselineWriter {
  private readonly entries = new Map<string, BaselineEntry>();

  add(f: ScanFinding): void {
    const e = this.entries.get(f.fingerprint);
    if (e) e.count++;
    else this.entries.set(f.fingerprint, { fingerprint: f.fingerprint, type: f.type, path: f.uri, count: 1 });
  }

  get size(): number {
    return this.entries.size;
  }

  /** Sorted by path, type, fingerprint: rewriting an unchanged baseline changes no byte. */
  serialize(key: BaselineKey): string {
    const findings = [...this.entries.values()].sort(
      (a, b) => cmp(a.path, b.path) || cmp(a.type, b.type) || cmp(a.fingerprint, b.fingerprint),
    );
    const file: BaselineFile = { $comment: COMMENT, version: 1, tool: 'anonymize', fingerprint: { algorithm: 'HMAC-SHA256', ...key }, findings };
    return `${JSON.stringify(file, null, 2)}\n`;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
