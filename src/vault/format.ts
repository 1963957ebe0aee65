/**
 * Vault file format, version 1 (all integers big-endian; fixed 62-byte header):
 *
 *   off  len  field
 *     0    8  magic        89 41 4E 56 0D 0A 1A 0A  ("\x89ANV\r\n\x1a\n", PNG-style: the high
 *                          byte and CR/LF/^Z catch text-mode and 7-bit transfer damage)
 *     8    1  version      0x01 — a reader refuses anything newer (UNSUPPORTED_VERSION)
 *     9    1  flags        bit 0: payload is raw-DEFLATE compressed; other bits must be 0
 *    10    1  kdf          0x01 = HKDF-SHA256 over a 32-byte key file
 *                          0x02 = scrypt(passphrase) then HKDF-SHA256
 *    11    1  scrypt log2 N (0 for HKDF)
 *    12    1  scrypt r      (0 for HKDF)
 *    13    1  scrypt p      (0 for HKDF)
 *    14   16  salt         random per vault (kept across saves so the derived key can be cached)
 *    30   12  nonce        random 96-bit AES-GCM nonce, fresh on every write
 *    42   16  key check    HKDF(master, salt, "anonymize/vault/v1/check"): tells a wrong key
 *                          apart from a damaged file before decryption, and commits the file
 *                          to one key (GCM alone is not key-committing)
 *    58    4  header sum   first 4 bytes of SHA-256(bytes 0..57) — integrity only (diagnostics:
 *                          "damaged header" vs "wrong key"); authenticity comes from GCM
 *    62    n  ciphertext   AES-256-GCM(key = HKDF(master, salt, "anonymize/vault/v1/enc"),
 *                          AAD = bytes 0..61) of the payload
 *  62+n   16  GCM tag
 *
 * Payload (UTF-8 JSON, raw-DEFLATE compressed when ≥ 4 KiB, then encrypted):
 *   { "counters": { "PERSON": 3, ... },   // per-type high-water marks, never decrease
 *     "meta": { "created": <ms>, "retentionMs"?: <ms>, ... },
 *     "entries": {                        // columnar, one array element per entry
 *       "id": ["PERSON_1", ...],          // the type is the id's prefix
 *       "value": ["Anna Müller", ...],
 *       "firstSeen": [<ms>, ...], "lastSeen": [<ms>, ...],
 *       "parent": { "<index>": "PERSON_1", ... } } }  // sparse
 */
import { createHash } from 'node:crypto';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../types.js';
import { VaultError } from './errors.js';

export const MAGIC = Buffer.from([0x89, 0x41, 0x4e, 0x56, 0x0d, 0x0a, 0x1a, 0x0a]);
export const FORMAT_VERSION = 1;
export const HEADER_LEN = 62;
export const TAG_LEN = 16;
export const SALT_LEN = 16;
export const NONCE_LEN = 12;
export const CHECK_LEN = 16;
const SUM_OFF = 58;
const NONCE_OFF = 30;

export const FLAG_DEFLATE = 0x01;
export const KDF_HKDF = 0x01;
export const KDF_SCRYPT = 0x02;

export type KdfParams = { id: typeof KDF_HKDF } | { id: typeof KDF_SCRYPT; logN: number; r: number; p: number };

export interface Header {
  version: number;
  flags: number;
  kdf: KdfParams;
  salt: Buffer;
  nonce: Buffer;
  check: Buffer;
}

export interface VaultEntry {
  /** Canonical token id, e.g. "PERSON_3" (rendered elsewhere as [[PERSON_3]]). */
  id: string;
  type: EntityType;
  /** The exact raw surface. */
  value: string;
  /** Id of the entry this one derives from (e.g. a surname-alone entry of a full name). */
  parent?: string;
  /** Epoch ms. */
  firstSeen: number;
  lastSeen: number;
}

export interface VaultMeta {
  created: number;
  retentionMs?: number;
  [k: string]: unknown;
}

/**
 * The vault's contents as columns, one element per entry in insertion order (what the payload
 * holds, and what the Vault keeps in memory: a few flat arrays instead of an object per entry).
 */
export interface VaultState {
  counters: Record<string, number>;
  meta: VaultMeta;
  /** Per entry: index into ENTITY_TYPES, and the id's number (id = `${type}_${num}`). */
  types: number[];
  nums: number[];
  values: string[];
  firstSeen: number[];
  lastSeen: number[];
  /** Sparse: entry index → parent id. */
  parents: Map<number, string>;
}

/** scrypt bounds accepted on read — checked before deriving so a forged header cannot make us
 * allocate gigabytes. Writers use logN 15..17 (see crypto.ts). */
export const SCRYPT_LOGN_MIN = 10;
export const SCRYPT_LOGN_MAX = 20;

function headerSum(buf: Buffer): Buffer {
  return createHash('sha256').update(buf.subarray(0, SUM_OFF)).digest().subarray(0, 4);
}

export function encodeHeader(h: Omit<Header, 'version'>): Buffer {
  const b = Buffer.alloc(HEADER_LEN);
  MAGIC.copy(b, 0);
  b[8] = FORMAT_VERSION;
  b[9] = h.flags;
  b[10] = h.kdf.id;
  if (h.kdf.id === KDF_SCRYPT) {
    b[11] = h.kdf.logN;
    b[12] = h.kdf.r;
    b[13] = h.kdf.p;
  }
  h.salt.copy(b, 14);
  h.nonce.copy(b, NONCE_OFF);
  h.check.copy(b, 42);
  headerSum(b).copy(b, SUM_OFF);
  return b;
}

/**
 * Parse and sanity-check the header. Errors are CORRUPT or UNSUPPORTED_VERSION; `where` is the
 * file path used in messages.
 */
export function decodeHeader(file: Buffer, where: string): { header: Header; aad: Buffer; body: Buffer } {
  const corrupt = (why: string) => new VaultError('CORRUPT', `cannot open vault ${where}: ${why}`);
  if (file.length === 0) throw corrupt('the file is empty (0 bytes) — restore it from a backup or delete it');
  const magicLen = Math.min(file.length, MAGIC.length);
  if (!file.subarray(0, magicLen).equals(MAGIC.subarray(0, magicLen))) {
    throw corrupt('this is not an anonymize vault file (bad magic bytes)');
  }
  if (file.length <= 8) throw corrupt('the file is truncated');
  const version = file[8];
  if (version > FORMAT_VERSION) {
    throw new VaultError(
      'UNSUPPORTED_VERSION',
      `cannot open vault ${where}: it uses format version ${version}, this anonymize reads up to version ${FORMAT_VERSION} — upgrade anonymize`,
    );
  }
  if (version === 0) throw corrupt('invalid format version 0');
  if (file.length < HEADER_LEN + TAG_LEN) throw corrupt('the file is truncated');
  if (!headerSum(file).equals(file.subarray(SUM_OFF, HEADER_LEN))) {
    throw corrupt('the header is damaged (checksum mismatch)');
  }
  const flags = file[9];
  if (flags & ~FLAG_DEFLATE) throw corrupt('unknown header flags');
  let kdf: KdfParams;
  if (file[10] === KDF_HKDF) {
    kdf = { id: KDF_HKDF };
  } else if (file[10] === KDF_SCRYPT) {
    const logN = file[11];
    const r = file[12];
    const p = file[13];
    if (logN < SCRYPT_LOGN_MIN || logN > SCRYPT_LOGN_MAX || r < 1 || r > 32 || p < 1 || p > 4) {
      throw corrupt('scrypt parameters in the header are out of range');
    }
    kdf = { id: KDF_SCRYPT, logN, r, p };
  } else {
    throw corrupt(`unknown key-derivation id ${file[10]}`);
  }
  const header: Header = {
    version,
    flags,
    kdf,
    salt: Buffer.from(file.subarray(14, 30)),
    nonce: Buffer.from(file.subarray(NONCE_OFF, 42)),
    check: Buffer.from(file.subarray(42, SUM_OFF)),
  };
  return { header, aad: file.subarray(0, HEADER_LEN), body: file.subarray(HEADER_LEN) };
}

/**
 * The nonce identifies one write (fresh random 96 bits each time), so it is the cheapest exact
 * "has the file changed since we read it" fingerprint: 62 bytes read, no decryption. Returns
 * null when the file is shorter than a header (the caller then does a full read, which reports
 * the real problem).
 */
export function nonceOf(headerBytes: Buffer): Buffer | null {
  if (headerBytes.length < HEADER_LEN || !headerBytes.subarray(0, 8).equals(MAGIC)) return null;
  return Buffer.from(headerBytes.subarray(NONCE_OFF, NONCE_OFF + NONCE_LEN));
}

// ---------------------------------------------------------------------------------------------
// Payload — columnar: JSON.parse of a few flat arrays is ~3× faster than of 100k small arrays,
// and the type is the id's prefix, so it is not stored twice.

interface Columns {
  id: string[];
  value: string[];
  firstSeen: number[];
  lastSeen: number[];
  /** Sparse: entry index → parent id. */
  parent: Record<string, string>;
}

/**
 * The payload JSON (the document described at the top of this file) in pieces of `batch`
 * entries per column, so that a big vault is never one string: 250,000 entries are a 16 MB document, 32 MB
 * as a UTF-16 string, plus its UTF-8 copy — at the end of a long run, on top of everything else
 * live. The writer feeds the pieces to the compressor one by one.
 */
export function* payloadPieces(s: VaultState, batch = 8192): Generator<string> {
  const n = s.values.length;
  const parent: Record<string, string> = {};
  for (const [i, p] of s.parents) parent[i] = p;
  yield `{"counters":${JSON.stringify(s.counters)},"meta":${JSON.stringify(s.meta)},"entries":{`;
  const column = function* (name: string, slice: (from: number, to: number) => unknown[]): Generator<string> {
    yield `${JSON.stringify(name)}:[`;
    for (let i = 0; i < n; i += batch) {
      const part = JSON.stringify(slice(i, Math.min(n, i + batch)));
      yield (i > 0 ? ',' : '') + part.slice(1, -1);
    }
    yield '],';
  };
  yield* column('id', (from, to) => {
    const ids: string[] = new Array(to - from);
    for (let i = from; i < to; i++) ids[i - from] = `${ENTITY_TYPES[s.types[i]!]}_${s.nums[i]}`;
    return ids;
  });
  yield* column('value', (from, to) => s.values.slice(from, to));
  yield* column('firstSeen', (from, to) => s.firstSeen.slice(from, to));
  yield* column('lastSeen', (from, to) => s.lastSeen.slice(from, to));
  yield `"parent":${JSON.stringify(parent)}}}`;
}

const ID_RE = /^([A-Z][A-Z0-9]*)_([1-9][0-9]*)$/;

/** Parse a decrypted payload. Any structural problem is CORRUPT with a message that quotes
 * nothing from the payload (JSON.parse's own messages do, so they are dropped). */
export function decodePayload(buf: Buffer, where: string): VaultState {
  const bad = (why: string) => new VaultError('CORRUPT', `cannot open vault ${where}: decrypted contents are malformed (${why})`);
  let raw: unknown;
  try {
    raw = JSON.parse(buf.toString('utf8'));
  } catch {
    throw bad('not JSON');
  }
  if (typeof raw !== 'object' || raw === null) throw bad('not an object');
  const { counters: rc, meta: rm, entries: re } = raw as Record<string, unknown>;
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isObj(rc)) throw bad('counters');
  if (!isObj(rm)) throw bad('meta');
  if (!isObj(re)) throw bad('entries');
  const counters: Record<string, number> = {};
  for (const [k, v] of Object.entries(rc)) {
    if (!Number.isSafeInteger(v) || (v as number) < 0) throw bad('counter value');
    counters[k] = v as number;
  }
  const meta = rm as VaultMeta;
  if (!Number.isFinite(meta.created)) throw bad('meta.created');
  if (meta.retentionMs !== undefined && !(Number.isFinite(meta.retentionMs) && meta.retentionMs >= 0)) {
    throw bad('meta.retentionMs');
  }
  const { id: ids, value: values, firstSeen: fs, lastSeen: ls, parent: parents } = re as unknown as Columns;
  if (!Array.isArray(ids) || !Array.isArray(values) || !Array.isArray(fs) || !Array.isArray(ls) || !isObj(parents)) {
    throw bad('entry columns');
  }
  const n = ids.length;
  if (values.length !== n || fs.length !== n || ls.length !== n) throw bad('entry column lengths');
  const types: number[] = new Array(n);
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    const value = values[i];
    const firstSeen = fs[i];
    const lastSeen = ls[i];
    const m = typeof id === 'string' ? ID_RE.exec(id) : null;
    if (!m || !isEntityType(m[1])) throw bad(`entry #${i} id`);
    if (typeof value !== 'string' || value === '') throw bad(`entry #${i} value`);
    if (typeof firstSeen !== 'number' || typeof lastSeen !== 'number') throw bad(`entry #${i} timestamps`);
    const type = m[1];
    // Never hand out an id that is already in the file, whatever the counter says.
    const num = Number(m[2]);
    if (!(counters[type] >= num)) counters[type] = num;
    types[i] = ENTITY_TYPES.indexOf(type);
    nums[i] = num;
  }
  const parentOf = new Map<number, string>();
  for (const [k, p] of Object.entries(parents)) {
    const i = Number(k);
    if (!Number.isInteger(i) || i < 0 || i >= n || typeof p !== 'string' || !ID_RE.test(p)) throw bad('parent column');
    parentOf.set(i, p);
  }
  return { counters, meta, types, nums, values, firstSeen: fs, lastSeen: ls, parents: parentOf };
}
