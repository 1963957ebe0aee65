import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AllowEntry } from './detect/pipeline.js';
import type { KnownValue } from './detect/types.js';
import { UserError } from './errors.js';
import { ENTITY_TYPES, isEntityType, type EntityType } from './types.js';

/** Settings from `.anonymize.json` (or the "anonymize" key of package.json). */
export interface Config {
  types?: EntityType[];
  minScore?: number;
  region?: string;
  allow: AllowEntry[];
  deny: KnownValue[];
  ignorePaths: string[];
  /** The built-in allow list of well-known example data (scan); default on. */
  builtinAllow: boolean;
  /** Where the config came from, for messages; undefined when none was found. */
  source?: string;
  /** Extra keys other features read (llm settings, retention …), validated by them. */
  extra: Record<string, unknown>;
}

export const EMPTY_CONFIG: Config = { allow: [], deny: [], ignorePaths: [], builtinAllow: true, extra: {} };

const KNOWN_KEYS = new Set(['types', 'minScore', 'region', 'allow', 'deny', 'ignorePaths', 'builtinAllow']);

/**
 * Parses an allow-list entry: "/regex/flags" or {"regex": "…"} is a regular expression that
 * must match the whole value; anything else is an exact value.
 */
export function parseAllowEntry(entry: unknown, where: string): AllowEntry {
  if (typeof entry === 'string') {
    const m = /^\/(.+)\/([a-z]*)$/s.exec(entry);
    if (!m) return entry;
    return compileRegex(m[1]!, m[2]!, where);
  }
  if (entry && typeof entry === 'object' && typeof (entry as { regex?: unknown }).regex === 'string') {
    return compileRegex((entry as { regex: string }).regex, 'u', where);
  }
  throw new UserError(`${where}: allow entries must be strings or {"regex": "…"}`);
}

function compileRegex(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags.replace(/g/g, ''));
  } catch {
    throw new UserError(`${where}: invalid regular expression in allow list: /${source}/`);
  }
}

/** Parses a deny-list entry: "value" (a person) or "TYPE:value". */
export function parseDenyEntry(entry: unknown, where: string): KnownValue {
  if (typeof entry !== 'string' || entry.length === 0) throw new UserError(`${where}: deny entries must be non-empty strings`);
  const m = /^(PERSON|EMAIL|PHONE|IBAN):(.+)$/s.exec(entry);
  return m ? { type: m[1] as EntityType, value: m[2]! } : { type: 'PERSON', value: entry };
}

export function parseTypes(list: unknown, where: string): EntityType[] {
  const items = typeof list === 'string' ? list.split(',') : list;
  if (!Array.isArray(items)) throw new UserError(`${where}: types must be a list such as ["PERSON", "EMAIL"]`);
  return items.map((t) => {
    const u = String(t).trim().toUpperCase();
    if (!isEntityType(u)) throw new UserError(`${where}: unknown type "${String(t).trim()}" (known: ${ENTITY_TYPES.join(', ')})`);
    return u;
  });
}

export function validateConfig(raw: unknown, where: string): Config {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UserError(`${where}: the configuration must be a JSON object`);
  const o = raw as Record<string, unknown>;
  const cfg: Config = { ...EMPTY_CONFIG, allow: [], deny: [], ignorePaths: [], extra: {}, source: where };
  if (o.types !== undefined) cfg.types = parseTypes(o.types, where);
  if (o.minScore !== undefined) {
    if (typeof o.minScore !== 'number' || !(o.minScore >= 0 && o.minScore <= 1)) throw new UserError(`${where}: minScore must be a number from 0 to 1`);
    cfg.minScore = o.minScore;
  }
  if (o.region !== undefined) {
    if (typeof o.region !== 'string' || !/^[A-Za-z]{2}$/.test(o.region)) throw new UserError(`${where}: region must be a two-letter country code such as "DE"`);
    cfg.region = o.region.toUpperCase();
  }
  for (const [key, target] of [['allow', 'allow'], ['deny', 'deny'], ['ignorePaths', 'ignorePaths']] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (!Array.isArray(v)) throw new UserError(`${where}: "${key}" must be a list`);
    if (target === 'allow') cfg.allow = v.map((e) => parseAllowEntry(e, where));
    else if (target === 'deny') cfg.deny = v.map((e) => parseDenyEntry(e, where));
    else {
      if (!v.every((e) => typeof e === 'string')) throw new UserError(`${where}: "ignorePaths" must be a list of strings`);
      cfg.ignorePaths = v as string[];
    }
  }
  if (o.builtinAllow !== undefined) {
    if (typeof o.builtinAllow !== 'boolean') throw new UserError(`${where}: builtinAllow must be true or false`);
    cfg.builtinAllow = o.builtinAllow;
  }
  for (const [k, v] of Object.entries(o)) if (!KNOWN_KEYS.has(k)) cfg.extra[k] = v;
  return cfg;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`${path}: cannot read the configuration file`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UserError(`${path}: invalid JSON (${(e as Error).message.split('\n')[0]})`);
  }
}

/**
 * Loads the configuration: an explicit file, or the nearest `.anonymize.json` / package.json
 * with an "anonymize" key from `cwd` upwards (stopping at a repository root).
 */
export function loadConfig(opts: { file?: string; cwd?: string } = {}): Config {
  if (opts.file) return validateConfig(readJson(opts.file), opts.file);
  let dir = resolve(opts.cwd ?? process.cwd());
  for (;;) {
    const own = join(dir, '.anonymize.json');
    if (existsSync(own)) return validateConfig(readJson(own), own);
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const data = readJson(pkg) as Record<string, unknown>;
      if (data && typeof data === 'object' && 'anonymize' in data) return validateConfig(data.anonymize, `${pkg} ("anonymize" key)`);
    }
    if (existsSync(join(dir, '.git'))) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return { ...EMPTY_CONFIG, allow: [], deny: [], ignorePaths: [], extra: {} };
}
