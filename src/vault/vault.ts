/**
 * The Vault: token id ↔ value mapping, held in memory as two Maps (O(1) both ways) and persisted
 * as one encrypted file (format.ts). Concurrency model:
 *
 * - Reading never locks: the file is only ever replaced by an atomic rename, so a reader sees
 *   one complete version.
 * - Writing happens under the cross-process lock (lock.ts). On taking the lock we compare the
 *   file's fingerprint (per-write random nonce + inode, size, mtime) with the one we loaded and
 *   re-read it if another process wrote since — so ids handed out under the lock continue the
 *   latest counters.
 * - Every save is fenced: it refuses (LOCKED) to replace a file that is not the one we read.
 *   This is what makes a lost or doubly-taken lock a failed run instead of lost mappings.
 * - A vault that failed to open has no Vault object, so it cannot be overwritten; a vault that
 *   fails to *re*load under the lock is marked broken and refuses every later save.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open as openFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { isEntityType, type EntityType } from '../types.js';
import { checkMatches, deriveKeys, newNonce, seal, SCRYPT_DEFAULT, unseal, type DerivedKeys, type KeyMaterial } from './crypto.js';
import { VaultError, ioError, isErrno } from './errors.js';
import {
  decodeHeader,
  decodePayload,
  encodeHeader,
  payloadPieces,
  FLAG_DEFLATE,
  HEADER_LEN,
  KDF_HKDF,
  KDF_SCRYPT,
  nonceOf,
  SALT_LEN,
  type KdfParams,
  type VaultEntry,
  type VaultMeta,
  type VaultState,
} from './format.js';
import { EntryStore } from './store.js';
import { ownString } from '../util/own-string.js';
import type { KnownValue } from '../detect/types.js';
import { defaultNotice, defaultVaultPath, loadKeyMaterial, resolveKeySource, type KeySource } from './keys.js';
import { acquireLock, type LockOptions } from './lock.js';
import { removeStaleTemps, writeFileAtomic } from './atomic.js';
import { configuredRetention, effectiveRetention, formatDuration } from './retention.js';

/** Where an incremental reader of the vault's values stands (see Vault.knownSince). */
export interface KnownCursor {
  readonly epoch: number;
  readonly end: number;
}

export interface OpenOptions {
  /** Vault file; default defaultVaultPath() (ANONYMIZE_VAULT, else the platform data dir). */
  path?: string;
  /** Default: resolveKeySource({}) — env, then the default key file, created on first use. */
  key?: KeySource;
  /** One-line notices meant for stderr (default: written to stderr). */
  onNotice?: (msg: string) => void;
  /** Lock tuning (stale takeover after staleMs, give up after timeoutMs). */
  lock?: LockOptions;
}

/** Payloads at least this large are deflated before encryption (small ones gain nothing). */
const DEFLATE_MIN = 4096;

/**
 * node:zlib, loaded on first need: a vault under DEFLATE_MIN never deflates or inflates, and
 * loading the module took ~0.5 ms of a one-line run's start.
 */
let zlibModule: typeof import('node:zlib') | undefined;
const zlib = (): typeof import('node:zlib') => (zlibModule ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib'));
/**
 * The payload pieces as one buffer: raw-DEFLATE compressed (level 1) when they add up to
 * DEFLATE_MIN bytes or more, piece by piece, so that a big vault's JSON never exists whole.
 */
async function compressPayload(pieces: Iterable<string>): Promise<{ payload: Buffer; deflated: boolean }> {
  const it = pieces[Symbol.iterator]();
  const head: string[] = [];
  let size = 0;
  for (let r = it.next(); !r.done; r = it.next()) {
    head.push(r.value);
    size += Buffer.byteLength(r.value, 'utf8');
    if (size < DEFLATE_MIN) continue;
    // Output buffers of 256 KiB: zlib hands each full one back through this thread's event
    // loop before it goes on, so with the default 16 KiB a piece took several round trips.
    const z = zlib().createDeflateRaw({ level: 1, chunkSize: 1 << 18 });
    const out: Buffer[] = [];
    z.on('data', (b: Buffer) => out.push(b));
    const done = once(z, 'end');
    // The next piece is made (JSON.stringify, in this thread) while zlib compresses the last one
    // (on the thread pool): waiting for 'drain' before making it left this thread idle for
    // the whole compression, half of a save's time at 250,000 entries. At most one piece waits.
    let drained: Promise<unknown> | undefined;
    const feed = async (text: string) => {
      if (drained) await drained;
      drained = z.write(text, 'utf8') ? undefined : once(z, 'drain');
    };
    for (const text of head) await feed(text);
    head.length = 0;
    for (let q = it.next(); !q.done; q = it.next()) await feed(q.value);
    if (drained) await drained;
    z.end();
    await done;
    return { payload: Buffer.concat(out), deflated: true };
  }
  return { payload: Buffer.from(head.join(''), 'utf8'), deflated: false };
}

/** Upper bound for an inflated payload (an authenticated file cannot be a bomb, but be safe). */
const INFLATE_MAX = 1 << 30;

function sameKdf(a: KdfParams, b: KdfParams): boolean {
  if (a.id !== b.id) return false;
  if (a.id === KDF_SCRYPT && b.id === KDF_SCRYPT) return a.logN === b.logN && a.r === b.r && a.p === b.p;
  return true;
}

/**
 * Identity of one version of the file: its per-write random nonce plus inode, size and mtime.
 * Every legitimate write changes the nonce; the stat fields also catch in-place changes (damage,
 * a user's editor) so that we re-read — and refuse to overwrite what no longer decrypts.
 */
type Fingerprint = string;

/** Fingerprint of the file on disk; null if absent; '?' if unreadable as a vault (never matches). */
async function fingerprintOf(p: string): Promise<Fingerprint | null> {
  let fh;
  try {
    fh = await openFile(p, 'r');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw ioError(`cannot read vault ${p}`, err);
  }
  try {
    const buf = Buffer.alloc(HEADER_LEN);
    const { bytesRead } = await fh.read(buf, 0, HEADER_LEN, 0);
    return fingerprintFrom(buf.subarray(0, bytesRead), await fh.stat({ bigint: true }));
  } catch (err) {
    throw ioError(`cannot read vault ${p}`, err);
  } finally {
    await fh.close().catch(() => {});
  }
}

function sameFingerprint(onDisk: Fingerprint | null, ours: Fingerprint | null): boolean {
  return onDisk !== '?' && onDisk === ours;
}

function fingerprintFrom(head: Buffer, st: { ino: bigint; size: bigint; mtimeNs: bigint }): Fingerprint {
  const nonce = nonceOf(head);
  return nonce ? `${nonce.toString('hex')}:${st.ino}:${st.size}:${st.mtimeNs}` : '?';
}

/** The whole file and its fingerprint (from the same descriptor); null if it does not exist. */
async function readVaultFile(p: string): Promise<{ bytes: Buffer; fingerprint: Fingerprint } | null> {
  let fh;
  try {
    fh = await openFile(p, 'r');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw ioError(`cannot read vault ${p}`, err);
  }
  try {
    const st = await fh.stat({ bigint: true });
    const bytes = await fh.readFile();
    return { bytes, fingerprint: fingerprintFrom(bytes.subarray(0, HEADER_LEN), st) };
  } catch (err) {
    throw ioError(`cannot read vault ${p}`, err);
  } finally {
    await fh.close().catch(() => {});
  }
}

export class Vault {
  readonly path: string;
  /** Persisted settings; changes to it make the vault dirty. */
  meta: VaultMeta;

  #material: KeyMaterial;
  #lockOpts: LockOptions;
  #notice: (msg: string) => void;
  #kdf: KdfParams;
  #salt: Buffer;
  #keys: DerivedKeys | null = null;
  /** Fingerprint of the file version we hold in memory; null = no file. */
  #fingerprint: Fingerprint | null = null;

  #store = new EntryStore();
  #counters: Record<string, number> = {};
  #list: { version: number; entries: VaultEntry[] } | null = null;
  #dirty = false;
  #metaSnap = '';

  #release: (() => Promise<void>) | null = null;
  #holders = 0;
  #acquiring: Promise<void> | null = null;
  #compromised = false;
  #broken: VaultError | null = null;
  #saveChain: Promise<unknown> = Promise.resolve();

  private constructor(p: string, material: KeyMaterial, lockOpts: LockOptions, notice: (msg: string) => void) {
    this.path = p;
    this.#material = material;
    this.#lockOpts = lockOpts;
    this.#notice = notice;
    this.#kdf = material.kind === 'keyfile' ? { id: KDF_HKDF } : { ...SCRYPT_DEFAULT };
    this.#salt = randomBytes(SALT_LEN);
    this.meta = { created: Date.now() };
    this.#metaSnap = JSON.stringify(this.meta);
  }

  /**
   * Open (read + decrypt) the vault. A missing file is an empty vault, written on the first
   * save. Throws VaultError (WRONG_KEY, CORRUPT, UNSUPPORTED_VERSION, NO_KEY, IO).
   */
  static async open(opts: OpenOptions = {}): Promise<Vault> {
    const p = path.resolve(opts.path ?? defaultVaultPath());
    const notice = opts.onNotice ?? defaultNotice;
    const file = await readVaultFile(p);
    // Never mint a new key for a vault that already exists: it could not open it anyway, and
    // "wrong key" would hide the real problem (the key file is missing).
    const src = opts.key ?? (await resolveKeySource({ create: file === null, onNotice: notice }));
    const material = await loadKeyMaterial(src, notice);
    const v = new Vault(p, material, opts.lock ?? {}, notice);
    if (file) await v.#load(file.bytes, file.fingerprint);
    return v;
  }

  // ------------------------------------------------------------------------------ reading

  get(id: string): VaultEntry | undefined {
    const slot = this.#store.findId(id);
    return slot === undefined ? undefined : this.#store.entryAt(slot);
  }

  /** Exact match on the raw surface; O(1). */
  findByValue(value: string): VaultEntry | undefined {
    const slot = this.#store.findValue(value);
    return slot === undefined ? undefined : this.#store.entryAt(slot);
  }

  /** All entries in insertion order. The array is a snapshot; entries are frozen. */
  entries(): readonly VaultEntry[] {
    const s = this.#store;
    if (this.#list?.version !== s.version) {
      const entries: VaultEntry[] = [];
      for (const slot of s.liveSlots()) entries.push(s.entryAt(slot));
      this.#list = { version: s.version, entries };
    }
    return this.#list.entries;
  }

  get size(): number {
    return this.#store.size;
  }

  /**
   * The values held, for a known-values index kept up to date incrementally: pass the cursor
   * returned last time and get only what was added since — or, when entries were removed in
   * between (the old index would still find them), everything again with `reset` set.
   */
  knownSince(cursor: KnownCursor | null): { reset: boolean; count: number; values: Iterable<KnownValue>; cursor: KnownCursor } {
    const s = this.#store;
    const reset = cursor === null || cursor.epoch !== s.epoch || cursor.end > s.slots;
    const from = reset ? 0 : cursor.end;
    const end = s.slots;
    let count = 0;
    for (let i = from; i < end; i++) if (s.valueAt(i) !== undefined) count++;
    // Generated one at a time: 250,000 objects at once were 10+ MB at the start of a run.
    function* values(): Generator<KnownValue> {
      for (const slot of s.liveSlots(from)) {
        if (slot >= end) return;
        yield { type: s.typeAt(slot), value: s.valueAt(slot)! };
      }
    }
    return { reset, count, values: values(), cursor: { epoch: s.epoch, end } };
  }

  /** How many values knownSince(cursor) would return (without building them), or -1 after a removal. */
  knownPending(cursor: KnownCursor): number {
    const s = this.#store;
    return cursor.epoch !== s.epoch || cursor.end > s.slots ? -1 : s.slots - cursor.end;
  }

  /** Key derivation of the version in memory: HKDF (key file) or scrypt with its parameters. */
  get kdf(): KdfParams {
    return { ...this.#kdf };
  }

  get dirty(): boolean {
    return this.#dirty || JSON.stringify(this.meta) !== this.#metaSnap;
  }

  // ------------------------------------------------------------------------------ writing

  /**
   * The entry for `value`: the existing one (its lastSeen touched) or a new one with id
   * `${type}_${n}`, n one above the type's high-water mark — which never decreases, so the id
   * of a removed entry is never handed out again.
   */
  add(type: EntityType, value: string, opts: { parent?: string } = {}): VaultEntry {
    if (!isEntityType(type)) throw new TypeError(`unknown entity type ${JSON.stringify(String(type))}`);
    if (typeof value !== 'string' || value.length === 0) throw new TypeError('vault value must be a non-empty string');
    return this.#store.entryAt(this.#slotFor(type, value, opts.parent, Date.now(), false));
  }

  /**
   * add() for the anonymizer's hot path (replaceFindings): the same entry, but only its id is
   * returned (no entry object is built), `now` is the caller's (one clock read per chunk), and
   * `value` may be a slice of a big text: it is copied only when it is stored, as a new entry.
   * (Per finding, the entry object, its freeze and the parent lookup cost more than finding the
   * value; most findings of a long text are values the vault already holds.)
   */
  addId(type: EntityType, value: string, parent: string | undefined, now: number): string {
    return this.#store.idAt(this.#slotFor(type, value, parent, now, true));
  }

  /** The slot of `value`'s entry: the existing one (lastSeen touched) or a new one (see add()); `own`: copy the value when storing it. */
  #slotFor(type: EntityType, value: string, parent: string | undefined, now: number, own: boolean): number {
    const s = this.#store;
    const existing = s.findValue(value);
    if (existing !== undefined) {
      if (s.touch(existing, now)) this.#dirty = true;
      return existing;
    }
    if (!isEntityType(type)) throw new TypeError(`unknown entity type ${JSON.stringify(String(type))}`);
    if (typeof value !== 'string' || value.length === 0) throw new TypeError('vault value must be a non-empty string');
    if (parent !== undefined && s.findId(parent) === undefined) throw new TypeError(`parent ${parent} is not in the vault`);
    const n = (this.#counters[type] ?? 0) + 1;
    this.#counters[type] = n;
    this.#dirty = true;
    return s.append(type, n, own ? ownString(value) : value, now, parent);
  }

  /** Forget one entry (entries derived from it keep their `parent` id). Its id is never reused. */
  remove(id: string): boolean {
    const slot = this.#store.findId(id);
    if (slot === undefined) return false;
    this.#store.remove(slot);
    this.#dirty = true;
    return true;
  }

  /**
   * Retention: remove every entry not used (lastSeen) since `cutoff` (epoch ms). Returns what was
   * removed. Ids are never reused. Every save also does this with the configured retention
   * period (see retention.ts), so expired entries never outlive the next write.
   */
  removeUnusedSince(cutoff: number): VaultEntry[] {
    const s = this.#store;
    const gone: number[] = [];
    for (const slot of s.liveSlots()) if (s.lastSeenAt(slot) < cutoff) gone.push(slot);
    const entries = gone.map((slot) => s.entryAt(slot));
    for (const e of entries) this.remove(e.id);
    return entries;
  }

  /**
   * Re-encrypt the vault under new key material: a fresh salt, the KDF for the material's kind,
   * the whole file written atomically (temp file, fsync, rename). Must be called while holding
   * the lock (lock()/transaction()). Until the rename the file on disk is the old one and opens
   * only with the old key; after it, only with the new one. If the write fails, this object also
   * keeps the old key.
   */
  rekey(material: KeyMaterial): Promise<void> {
    const run = this.#saveChain.then(async () => {
      if (this.#broken) throw this.#broken;
      if (!this.#release) throw new TypeError('Vault.rekey() needs the lock: call it inside lock() or transaction()');
      const prev = { material: this.#material, kdf: this.#kdf, salt: this.#salt, keys: this.#keys };
      this.#material = material;
      this.#kdf = material.kind === 'keyfile' ? { id: KDF_HKDF } : { ...SCRYPT_DEFAULT };
      this.#salt = randomBytes(SALT_LEN);
      this.#keys = null;
      try {
        await this.#write();
      } catch (err) {
        this.#material = prev.material;
        this.#kdf = prev.kdf;
        this.#salt = prev.salt;
        this.#keys = prev.keys;
        throw err;
      }
    });
    this.#saveChain = run.catch(() => {});
    return run;
  }

  /**
   * Atomically write the vault. Meant to be called while holding the lock (transaction() or
   * lock()); called without it, it takes the lock just for the write and refuses (LOCKED) if
   * another process changed the file since it was read, rather than overwrite that change.
   */
  save(): Promise<void> {
    const run = this.#saveChain.then(async () => {
      if (this.#broken) throw this.#broken;
      if (this.#release) return this.#write();
      await this.#enter(false);
      try {
        await this.#write();
      } finally {
        await this.#leave();
      }
    });
    this.#saveChain = run.catch(() => {});
    return run;
  }

  /**
   * lock → re-read the file if another process changed it → fn → save if dirty → unlock
   * (always). If fn or the save throws, its changes are not saved and, unless an outer lock()
   * is still held, the in-memory state is reset to what is on disk — except the id counters:
   * fn may already have emitted ids it was given, so those are never handed out again.
   */
  async transaction<T>(fn: (v: Vault) => T | Promise<T>): Promise<T> {
    await this.#enter(true);
    let ok = false;
    try {
      const result = await fn(this);
      if (this.dirty) await this.save();
      ok = true;
      return result;
    } finally {
      if (!ok && this.#holders === 1 && !this.#broken) await this.#rollback();
      await this.#leave();
    }
  }

  /**
   * Hold the lock (e.g. for a long streaming run; it is kept fresh in the background). Re-reads
   * the file if another process changed it. Returns the release function (idempotent).
   * Re-entrant within this Vault object: transaction() inside a held lock() runs directly.
   */
  async lock(): Promise<() => Promise<void>> {
    await this.#enter(true);
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      await this.#leave();
    };
  }

  // ------------------------------------------------------------------------------ internals

  async #enter(reload: boolean): Promise<void> {
    for (;;) {
      if (this.#broken) throw this.#broken;
      if (this.#release) {
        this.#holders++;
        return;
      }
      if (!this.#acquiring) break;
      await this.#acquiring.catch(() => {});
    }
    const acquiring = (async () => {
      const release = await acquireLock(this.path, this.#lockOpts, () => {
        this.#compromised = true;
      });
      try {
        if (reload) await this.#reloadIfChanged();
      } catch (err) {
        await release();
        throw err;
      }
      this.#compromised = false;
      this.#release = release;
      this.#holders = 1;
    })();
    this.#acquiring = acquiring;
    try {
      await acquiring;
    } finally {
      this.#acquiring = null;
    }
  }

  async #leave(): Promise<void> {
    if (this.#holders <= 0) return;
    if (--this.#holders > 0) return;
    const release = this.#release;
    this.#release = null;
    await release?.();
  }

  /** Under the lock: back to the file's state, keeping (and persisting) our counter marks. */
  async #rollback(): Promise<void> {
    const marks = { ...this.#counters };
    try {
      await this.#reload();
    } catch {
      return; // now broken: refuses all writes
    }
    let raised = false;
    for (const [type, n] of Object.entries(marks)) {
      if (!((this.#counters[type] ?? 0) >= n)) {
        this.#counters[type] = n;
        raised = true;
      }
    }
    if (raised) {
      this.#dirty = true;
      await this.#write().catch(() => {}); // if this fails too, the next save persists them
    }
  }

  async #reloadIfChanged(): Promise<void> {
    if (sameFingerprint(await fingerprintOf(this.path), this.#fingerprint)) return;
    await this.#reload();
  }

  /** Replace the in-memory state with the file's (or an empty vault if it is gone). */
  async #reload(): Promise<void> {
    try {
      const file = await readVaultFile(this.path);
      if (file) {
        await this.#load(file.bytes, file.fingerprint);
      } else {
        this.#install(new EntryStore().toState({}, { created: Date.now() }), null);
      }
    } catch (err) {
      // From now on this object must never write: its view of the vault is unknown.
      this.#broken = err instanceof VaultError ? err : ioError(`cannot read vault ${this.path}`, err);
      throw this.#broken;
    }
  }

  async #load(file: Buffer, fingerprint: Fingerprint): Promise<void> {
    const where = this.path;
    const { header, aad, body } = decodeHeader(file, where);
    const m = this.#material;
    if (header.kdf.id === KDF_HKDF && m.kind !== 'keyfile') {
      throw new VaultError('WRONG_KEY', `cannot open vault ${where}: it is protected by a key file, but a passphrase was given`);
    }
    if (header.kdf.id === KDF_SCRYPT && m.kind !== 'passphrase') {
      throw new VaultError('WRONG_KEY', `cannot open vault ${where}: it is protected by a passphrase, but a key file was given`);
    }
    const cached = this.#keys && sameKdf(header.kdf, this.#kdf) && header.salt.equals(this.#salt);
    const keys = cached ? this.#keys! : await deriveKeys(m, header.kdf, header.salt);
    if (!checkMatches(keys.check, header.check)) {
      throw new VaultError(
        'WRONG_KEY',
        m.kind === 'keyfile'
          ? `cannot open vault ${where}: wrong key (this key file does not belong to this vault)`
          : `cannot open vault ${where}: wrong passphrase`,
      );
    }
    let plain = unseal(keys.enc, header.nonce, aad, body);
    if (!plain) {
      throw new VaultError('CORRUPT', `cannot open vault ${where}: the file is damaged or was modified (authentication failed)`);
    }
    if (header.flags & FLAG_DEFLATE) {
      const packed = plain;
      try {
        plain = zlib().inflateRawSync(packed, { maxOutputLength: INFLATE_MAX });
      } catch {
        throw new VaultError('CORRUPT', `cannot open vault ${where}: decrypted contents do not decompress`);
      } finally {
        packed.fill(0);
      }
    }
    const state = decodePayload(plain, where);
    plain.fill(0); // best effort: the parsed strings live on in the JS heap regardless
    this.#kdf = header.kdf;
    this.#salt = header.salt;
    this.#keys = keys;
    this.#install(state, fingerprint);
  }


  #install(state: VaultState, fingerprint: Fingerprint | null): void {
    const store = EntryStore.from(state);
    if (typeof store === 'number') {
      throw new VaultError('CORRUPT', `cannot open vault ${this.path}: decrypted contents are malformed (duplicate entry #${store})`);
    }
    this.#store = store;
    this.#counters = state.counters;
    this.meta = state.meta;
    this.#metaSnap = JSON.stringify(state.meta);
    this.#list = null;
    this.#dirty = false;
    this.#fingerprint = fingerprint;
  }

  async #write(): Promise<void> {
    const where = this.path;
    if (this.#compromised) {
      throw new VaultError('LOCKED', `not saving vault ${where}: its lock was taken over by another process while held — run again`);
    }
    if (!sameFingerprint(await fingerprintOf(where), this.#fingerprint)) {
      throw new VaultError('LOCKED', `not saving vault ${where}: another process changed it since it was read — run again`);
    }
    const retention = effectiveRetention(this.meta, await configuredRetention());
    this.#keys ??= await deriveKeys(this.#material, this.#kdf, this.#salt);
    const keys = this.#keys;

    // Storage limitation: expired entries never make it into a new version of the file.
    const expired = retention ? this.removeUnusedSince(Date.now() - retention.ms).length : 0;

    // Snapshot synchronously; mutations made while the write is in flight stay dirty.
    const metaSnap = JSON.stringify(this.meta);
    const state = this.#store.toState({ ...this.#counters }, JSON.parse(metaSnap) as VaultMeta);
    const wasDirty = this.#dirty;
    const prevSnap = this.#metaSnap;
    this.#dirty = false;
    this.#metaSnap = metaSnap;
    try {
      const { payload, deflated } = await compressPayload(payloadPieces(state));
      const nonce = newNonce();
      const header = encodeHeader({ flags: deflated ? FLAG_DEFLATE : 0, kdf: this.#kdf, salt: this.#salt, nonce, check: keys.check });
      const body = seal(keys.enc, nonce, header, payload);
      payload.fill(0);
      await mkdir(path.dirname(where), { recursive: true, mode: 0o700 });
      await removeStaleTemps(where);
      const st = await writeFileAtomic(where, Buffer.concat([header, body]), 0o600);
      this.#fingerprint = fingerprintFrom(header, st);
    } catch (err) {
      this.#dirty ||= wasDirty;
      this.#metaSnap = prevSnap;
      throw ioError(`cannot write vault ${where}`, err);
    }
    if (expired > 0 && retention) {
      const from = retention.source === 'vault' ? '' : ` (retention from ${retention.source})`;
      this.#notice(
        `anonymize: retention: removed ${expired} vault entr${expired === 1 ? 'y' : 'ies'} not used for more than ${formatDuration(retention.ms)}${from}`,
      );
    }
  }
}
