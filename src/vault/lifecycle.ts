/**
 * Vault lifecycle for GDPR requests and key hygiene: what `anonymize vault …` does, without the
 * command-line parsing and printing (src/cli/vault.ts).
 *
 *   access / portability (Art. 15, 20)  resolveSubjects + exportDocument
 *   erasure (Art. 17)                   resolveSubjects + forget
 *   storage limitation (Art. 5(1)(e))   retention.ts (every write) + purge
 *   key rotation                        rekeyVault
 *   integrity                           verifyVault, describeVault
 *
 * Every change goes through Vault.transaction()/lock(): the cross-process lock is held, the file
 * is re-read if another process changed it, and the new version replaces the old one by one
 * atomic rename. Nothing here ever writes a value anywhere but into the encrypted vault.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EntityType } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import { checkMatches, deriveKeys, type KeyMaterial } from './crypto.js';
import { VaultError, ioError, isErrno } from './errors.js';
import { decodeHeader, KDF_HKDF, type KdfParams, type VaultEntry, type VaultMeta } from './format.js';
import { pathExists } from './keys.js';
import { lockPathFor } from './lock.js';
import { effectiveRetention, type ConfiguredRetention } from './retention.js';
import type { Vault } from './vault.js';

// ------------------------------------------------------------------------------------ files

/** Temp files a killed writer left next to the vault (atomic.ts names them `<vault>.tmp-<pid>-<hex>`). */
export async function staleTempFiles(vaultPath: string): Promise<string[]> {
  const prefix = `${path.basename(vaultPath)}.tmp-`;
  let names: string[];
  try {
    names = await readdir(path.dirname(vaultPath));
  } catch {
    return [];
  }
  return names.filter((n) => n.startsWith(prefix) && /^\d+-[0-9a-f]{8}$/.test(n.slice(prefix.length))).map((n) => path.join(path.dirname(vaultPath), n));
}

export const vaultExists = pathExists;

export interface FileFacts {
  path: string;
  size: number;
  /** Permission bits (e.g. 0o600); null on Windows. */
  mode: number | null;
  formatVersion: number;
  kdf: KdfParams;
}

/** Header facts of the file on disk (no key needed). Throws VaultError CORRUPT/UNSUPPORTED_VERSION. */
export async function fileFacts(p: string): Promise<FileFacts> {
  let bytes: Buffer;
  let st;
  try {
    bytes = await readFile(p);
    st = await stat(p);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) throw new VaultError('IO', `no vault at ${p}`);
    throw ioError(`cannot read vault ${p}`, err);
  }
  const { header } = decodeHeader(bytes, p);
  return {
    path: p,
    size: st.size,
    mode: process.platform === 'win32' ? null : st.mode & 0o777,
    formatVersion: header.version,
    kdf: header.kdf,
  };
}

export function describeKdf(kdf: KdfParams): string {
  if (kdf.id === KDF_HKDF) return 'key file (HKDF-SHA256)';
  return `passphrase (scrypt N=2^${kdf.logN}, r=${kdf.r}, p=${kdf.p}, then HKDF-SHA256)`;
}

/**
 * Would `material` open the vault file at `p` as it is now? Checked against the header's key
 * check value, without decrypting. Used by rekey to refuse a "new" key that is the old one.
 */
export async function keyOpensFile(p: string, material: KeyMaterial): Promise<boolean> {
  const { header } = decodeHeader(await readFile(p), p);
  if ((header.kdf.id === KDF_HKDF) !== (material.kind === 'keyfile')) return false;
  const keys = await deriveKeys(material, header.kdf, header.salt);
  return checkMatches(keys.check, header.check);
}

// ------------------------------------------------------------------------------------ info

export interface VaultSummary {
  path: string;
  formatVersion: number;
  kdf: string;
  sizeBytes: number;
  created: string;
  entries: number;
  byType: Record<EntityType, number>;
  /** Earliest firstSeen / latest lastSeen over all entries (ISO 8601); null for an empty vault. */
  oldestFirstSeen: string | null;
  newestLastSeen: string | null;
  /** The earliest lastSeen: the entry next in line for retention. */
  leastRecentlyUsed: string | null;
  retention: {
    vault: number | null;
    config: { ms: number; source: string } | null;
    effective: { ms: number; source: string } | null;
    /** Entries already past the effective retention: removed by the next write. */
    expired: number;
  };
  staleTempFiles: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function summarize(vault: Vault, facts: FileFacts, configured: ConfiguredRetention | undefined, staleTemps: number, now = Date.now()): VaultSummary {
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  let first = Infinity;
  let last = -Infinity;
  let lru = Infinity;
  const entries = vault.entries();
  for (const e of entries) {
    byType[e.type]++;
    if (e.firstSeen < first) first = e.firstSeen;
    if (e.lastSeen > last) last = e.lastSeen;
    if (e.lastSeen < lru) lru = e.lastSeen;
  }
  const eff = effectiveRetention(vault.meta, configured);
  return {
    path: vault.path,
    formatVersion: facts.formatVersion,
    kdf: describeKdf(facts.kdf),
    sizeBytes: facts.size,
    created: iso(vault.meta.created),
    entries: entries.length,
    byType,
    oldestFirstSeen: entries.length ? iso(first) : null,
    newestLastSeen: entries.length ? iso(last) : null,
    leastRecentlyUsed: entries.length ? iso(lru) : null,
    retention: {
      vault: typeof vault.meta.retentionMs === 'number' && vault.meta.retentionMs > 0 ? vault.meta.retentionMs : null,
      config: configured ? { ms: configured.ms, source: configured.source } : null,
      effective: eff ? { ms: eff.ms, source: eff.source } : null,
      expired: eff ? expiredEntries(entries, eff.ms, now).length : 0,
    },
    staleTempFiles: staleTemps,
  };
}

export function expiredEntries(entries: readonly VaultEntry[], olderThanMs: number, now = Date.now()): VaultEntry[] {
  const cutoff = now - olderThanMs;
  return entries.filter((e) => e.lastSeen < cutoff);
}

// ------------------------------------------------------------------------------------ subjects

/** "[[PERSON_1]]", "PERSON_1", "[PERSON_1]", "person_1", "[[E-MAIL_2]]" → canonical id; else undefined. */
export function parseTokenArgument(arg: string): string | undefined {
  const m = /^\s*\[{0,2}\s*(person|e-?mail|phone|iban)_([1-9][0-9]{0,8})\s*\]{0,2}\s*$/i.exec(arg);
  if (!m) return undefined;
  return `${m[1]!.toUpperCase().replace('-', '')}_${m[2]}`;
}

type PhoneNormalizer = (value: string) => string;

/**
 * The comparison key of a value for one type, so that an erasure request finds the entry however
 * the person spells it: names case- and order-insensitively ("Demir, Anna" = "anna demir"),
 * e-mail case-insensitively, IBANs without spaces, phone numbers as E.164 (so "0171 2345678"
 * and "+49 171 2345678" are the same number). '' = cannot be of this type.
 */
export function matchKey(type: EntityType, value: string, phone: PhoneNormalizer): string {
  const v = value.normalize('NFKC').trim();
  switch (type) {
    case 'PERSON': {
      const words = v.toLowerCase().split(/[\s,]+/u).filter(Boolean);
      return words.sort().join(' ');
    }
    case 'EMAIL': {
      const e = v.toLowerCase().replace(/^mailto:/, '');
      return e.includes('@') ? e : '';
    }
    case 'IBAN': {
      const c = v.replace(/\s+/g, '').toUpperCase();
      return /^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,32}$/.test(c) ? c : '';
    }
    case 'PHONE':
      return phone(v);
    default:
      return '';
  }
}

async function phoneNormalizer(region: string): Promise<PhoneNormalizer> {
  const { phoneKey } = await import('./phone-key.js');
  return (v: string) => phoneKey(v, region);
}

export type Reason = 'token' | 'value' | 'derived' | 'surname';

export interface Selected {
  entry: VaultEntry;
  why: Reason;
  /** For derived and surname entries: the id of the entry they belong to. */
  of?: string;
  /** 1-based position of the request argument that led here. */
  argument: number;
}

export interface SubjectResolution {
  /** Entries to forget / to export, direct matches first, each once over all arguments. */
  selected: Selected[];
  /**
   * Surname-alone entries that derive from a selected person but also belong to someone who is
   * not selected ("Demir" of Anna Demir and of Ali Demir): not forgotten, listed so that the
   * operator can decide (forget it by its token). Export includes them.
   */
  shared: { entry: VaultEntry; of: string; alsoOf: string[]; argument: number }[];
  /**
   * A directly named entry derives from a person that is not selected (the request named the
   * surname "Demir", the vault also holds "Anna Demir"): that person is not forgotten
   * automatically — a surname may be shared — but reported, by token.
   */
  parents: { entry: VaultEntry; child: string; argument: number }[];
  /** 1-based argument positions that matched nothing. */
  unmatched: number[];
  /** Token arguments whose id the vault does not hold (already forgotten, or never issued). */
  unknownTokens: { argument: number; id: string }[];
}

export interface ReadView {
  get(id: string): VaultEntry | undefined;
  findByValue(value: string): VaultEntry | undefined;
  entries(): readonly VaultEntry[];
}

/**
 * Find everything the vault holds about the people named by `args` (values or tokens): the
 * entries themselves, the entries derived from them (children by `parent`, recursively) and a
 * full name's surname-alone entries (nameVariants), unless such a surname also belongs to
 * another person who stays.
 */
export async function resolveSubjects(vault: ReadView, args: readonly string[], opts: { region?: string } = {}): Promise<SubjectResolution> {
  const out: SubjectResolution = { selected: [], shared: [], parents: [], unmatched: [], unknownTokens: [] };
  const all = vault.entries();
  const chosen = new Map<string, Selected>();
  const pick = (s: Selected) => {
    if (!chosen.has(s.entry.id)) {
      chosen.set(s.entry.id, s);
      out.selected.push(s);
    }
  };

  let phone: PhoneNormalizer | null = null;
  let keyed: Map<string, VaultEntry[]> | null = null;
  const valueArgs = args.some((a) => parseTokenArgument(a) === undefined);
  if (valueArgs) {
    phone = await phoneNormalizer(opts.region ?? 'DE');
    keyed = new Map();
    for (const e of all) {
      const k = matchKey(e.type, e.value, phone);
      if (!k) continue;
      const key = `${e.type}\u0000${k}`;
      const list = keyed.get(key);
      if (list) list.push(e);
      else keyed.set(key, [e]);
    }
  }

  // 1. Direct matches.
  args.forEach((arg, i) => {
    const argument = i + 1;
    const id = parseTokenArgument(arg);
    if (id !== undefined) {
      const e = vault.get(id);
      if (e) pick({ entry: e, why: 'token', argument });
      else out.unknownTokens.push({ argument, id });
      return;
    }
    const found = new Set<VaultEntry>();
    const exact = vault.findByValue(arg) ?? vault.findByValue(arg.trim());
    if (exact) found.add(exact);
    for (const t of ENTITY_TYPES) {
      const k = matchKey(t, arg, phone!);
      if (k) for (const e of keyed!.get(`${t}\u0000${k}`) ?? []) found.add(e);
    }
    if (found.size === 0) out.unmatched.push(argument);
    for (const e of found) pick({ entry: e, why: 'value', argument });
  });
  const direct = [...out.selected];

  // 2. Derived entries. Who else claims a surname: every full name having it as a variant, and
  //    the entry it was recorded under (parent).
  const children = new Map<string, VaultEntry[]>();
  for (const e of all) {
    if (e.parent === undefined) continue;
    const list = children.get(e.parent);
    if (list) list.push(e);
    else children.set(e.parent, [e]);
  }
  const persons = all.filter((e) => e.type === 'PERSON');
  let owners: Map<string, Set<string>> | null = null;
  let variantsOf: ((name: string) => string[]) | null = null;
  if (persons.length) {
    ({ nameVariants: variantsOf } = await import('../detect/person.js'));
    owners = new Map();
    for (const p of persons) {
      for (const v of variantsOf(p.value)) {
        if (v === p.value) continue;
        let s = owners.get(v);
        if (!s) owners.set(v, (s = new Set()));
        s.add(p.id);
      }
    }
  }
  const othersClaiming = (c: VaultEntry, via: string): string[] => {
    const claim = new Set(owners?.get(c.value) ?? []);
    if (c.parent !== undefined && vault.get(c.parent)) claim.add(c.parent);
    claim.delete(via);
    claim.delete(c.id);
    return [...claim].filter((id) => !chosen.has(id));
  };
  const sharedSeen = new Set<string>();
  const queue = [...direct];
  while (queue.length) {
    const s = queue.shift()!;
    const candidates: { entry: VaultEntry; why: Reason }[] = (children.get(s.entry.id) ?? []).map((entry) => ({ entry, why: 'derived' as Reason }));
    if (s.entry.type === 'PERSON' && variantsOf) {
      for (const v of variantsOf(s.entry.value)) {
        const e = vault.findByValue(v);
        if (e && e.type === 'PERSON' && e.id !== s.entry.id) candidates.push({ entry: e, why: 'surname' });
      }
    }
    for (const c of candidates) {
      if (chosen.has(c.entry.id)) continue;
      const others = othersClaiming(c.entry, s.entry.id);
      if (others.length) {
        if (!sharedSeen.has(c.entry.id)) {
          sharedSeen.add(c.entry.id);
          out.shared.push({ entry: c.entry, of: s.entry.id, alsoOf: others, argument: s.argument });
        }
        continue;
      }
      const sel: Selected = { entry: c.entry, why: c.why, of: s.entry.id, argument: s.argument };
      pick(sel);
      queue.push(sel);
    }
  }
  // A shared surname whose other claimants all turned out to be selected after all.
  out.shared = out.shared.filter((x) => !chosen.has(x.entry.id) && x.alsoOf.some((id) => !chosen.has(id)));

  // 3. Parents of directly named entries that stay.
  for (const s of direct) {
    const p = s.entry.parent !== undefined ? vault.get(s.entry.parent) : undefined;
    if (p && !chosen.has(p.id)) out.parents.push({ entry: p, child: s.entry.id, argument: s.argument });
  }
  return out;
}

// ------------------------------------------------------------------------------------ export

export interface ExportedEntry {
  token: string;
  id: string;
  type: EntityType;
  value: string;
  firstSeen: string;
  lastSeen: string;
  parent?: string;
  /** How it relates to the request: the named value/token itself, or derived from it. */
  relation?: string;
}

function exported(e: VaultEntry, relation?: string): ExportedEntry {
  const x: ExportedEntry = { token: `[[${e.id}]]`, id: e.id, type: e.type, value: e.value, firstSeen: iso(e.firstSeen), lastSeen: iso(e.lastSeen) };
  if (e.parent !== undefined) x.parent = e.parent;
  if (relation) x.relation = relation;
  return x;
}

export interface ExportDocument {
  format: 'anonymize-vault-export/1';
  exportedAt: string;
  vault: string;
  explanation: string;
  /** Present when the export was asked for particular values or tokens. */
  requests?: { argument: number; matched: boolean }[];
  entries: ExportedEntry[];
}

const EXPLANATION =
  'Each entry is one piece of personal data held in the pseudonymization vault: "value" is the data, "token" is the placeholder that replaced it in texts sent to a language model, "firstSeen"/"lastSeen" are when it was first and last processed (UTC). "parent" names the entry a derived entry (e.g. a surname used alone) belongs to. The vault holds no other data about a person.';

export function exportDocument(vaultPath: string, args: readonly string[], res: SubjectResolution | null, all: readonly VaultEntry[], now = Date.now()): ExportDocument {
  const doc: ExportDocument = { format: 'anonymize-vault-export/1', exportedAt: iso(now), vault: vaultPath, explanation: EXPLANATION, entries: [] };
  if (!res) {
    doc.entries = all.map((e) => exported(e));
    return doc;
  }
  const rel = (s: { why: Reason; of?: string }) =>
    s.why === 'token' ? 'named by token' : s.why === 'value' ? 'named by value' : s.why === 'surname' ? `surname of ${s.of}` : `derived from ${s.of}`;
  doc.entries = [
    ...res.selected.map((s) => exported(s.entry, rel(s))),
    ...res.shared.map((s) => exported(s.entry, `surname of ${s.of}, also of ${s.alsoOf.join(', ')}`)),
  ];
  const unmatched = new Set([...res.unmatched, ...res.unknownTokens.map((u) => u.argument)]);
  doc.requests = args.map((_, i) => ({ argument: i + 1, matched: !unmatched.has(i + 1) }));
  return doc;
}

// ------------------------------------------------------------------------------------ changes

/** Forget the selected entries in one transaction (lock, re-read, remove, atomic save). */
export async function forget(vault: Vault, args: readonly string[], opts: { region?: string; dryRun?: boolean } = {}): Promise<SubjectResolution> {
  if (opts.dryRun) return resolveSubjects(vault, args, opts);
  // Resolved inside the transaction: against the newest version of the file, under the lock.
  return vault.transaction(async (v) => {
    const res = await resolveSubjects(v, args, opts);
    for (const s of res.selected) v.remove(s.entry.id);
    return res;
  });
}

/** Remove entries not used for longer than `olderThanMs`, under the lock. */
export async function purge(vault: Vault, olderThanMs: number, opts: { dryRun?: boolean; now?: () => number } = {}): Promise<VaultEntry[]> {
  const now = opts.now ?? Date.now;
  if (opts.dryRun) return expiredEntries(vault.entries(), olderThanMs, now());
  return vault.transaction((v) => v.removeUnusedSince(now() - olderThanMs));
}

/** Set or clear the vault's own retention period (the save then applies it at once). */
export async function setRetention(vault: Vault, ms: number | null): Promise<void> {
  await vault.transaction((v) => {
    const meta: VaultMeta = { ...v.meta };
    if (ms === null) delete meta.retentionMs;
    else meta.retentionMs = ms;
    v.meta = meta;
  });
}


/**
 * Create a new, empty vault file (refusing to replace one). The key must already exist: a new
 * key file is created — and fsynced — by the caller before this runs, so there is never a vault
 * on disk whose key is not.
 */
export async function initVault(vault: Vault, retentionMs: number | null): Promise<void> {
  const release = await vault.lock();
  try {
    // Checked under the lock: two `vault init` at once create one vault, the other refuses.
    if (await vaultExists(vault.path)) throw new VaultError('IO', `a vault already exists at ${vault.path} — not overwriting it`);
    if (vault.size > 0) throw new VaultError('IO', `a vault already exists at ${vault.path} — not overwriting it`);
    if (retentionMs !== null) vault.meta = { ...vault.meta, retentionMs };
    await vault.save();
  } finally {
    await release();
  }
}

/**
 * Re-encrypt under a new key. Order of operations (each step durable before the next):
 *   1. the new key file exists and is fsynced (the caller creates it before calling this);
 *   2. under the vault lock, the whole vault is encrypted with a fresh salt into a temp file,
 *      fsynced, and renamed over the vault (then the directory is fsynced).
 * A kill before the rename leaves the old vault (old key) plus, at most, a temp file that the
 * next writer removes; after it, the new vault, whose key is already on disk. Then the file is
 * read back with the new key as a check.
 */
export async function rekeyVault(vault: Vault, material: KeyMaterial, reopen: () => Promise<Vault>): Promise<{ entries: number }> {
  const release = await vault.lock();
  try {
    if (await keyOpensFile(vault.path, material)) {
      throw new VaultError('NO_KEY', 'the new key is the same as the current one — nothing to rotate');
    }
    await vault.rekey(material);
  } finally {
    await release();
  }
  const check = await reopen();
  if (check.size !== vault.size) {
    throw new VaultError('CORRUPT', `re-encrypted vault ${vault.path} reads back with ${check.size} entries instead of ${vault.size}`);
  }
  return { entries: check.size };
}

/** What `vault verify` found beyond "it decrypts": problems that do not make it unusable. */
export interface VerifyReport {
  entries: number;
  formatVersion: number;
  kdf: string;
  /** Worth fixing (permissions, leftovers of a crash, a held lock). */
  warnings: string[];
  /** Normal states worth knowing. */
  notes: string[];
}

/**
 * Integrity and decryptability: the caller has opened the vault (header checksum, key check,
 * AES-GCM authentication of the whole file and the payload structure are verified by that);
 * this adds the cross-checks between entries and the state of the files around it.
 */
export async function verifyVault(vault: Vault, facts: FileFacts): Promise<VerifyReport> {
  const warnings: string[] = [];
  const notes: string[] = [];
  const ids = new Set(vault.entries().map((e) => e.id));
  let dangling = 0;
  for (const e of vault.entries()) if (e.parent !== undefined && !ids.has(e.parent)) dangling++;
  if (dangling) {
    notes.push(`${dangling} derived entr${dangling === 1 ? 'y refers' : 'ies refer'} to a person no longer in the vault (forgotten or expired; the surname was kept because it is shared, or is still in use)`);
  }
  if (facts.mode !== null && facts.mode & 0o077) {
    warnings.push(`the vault file is accessible to other users (mode ${facts.mode.toString(8)}) — run: chmod 600 ${facts.path}`);
  }
  const temps = await staleTempFiles(vault.path);
  if (temps.length) {
    warnings.push(`${temps.length} temp file${temps.length === 1 ? '' : 's'} left by an interrupted write (encrypted; removed by the next write)`);
  }
  if (await vaultExists(lockPathFor(vault.path))) warnings.push('the vault is locked by a running (or killed) anonymize process');
  return { entries: vault.size, formatVersion: facts.formatVersion, kdf: describeKdf(facts.kdf), warnings, notes };
}

