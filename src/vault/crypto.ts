/**
 * AES-256-GCM sealing and key derivation (node:crypto only — no native or WASM dependency, and
 * nothing to load at start-up beyond what Node already has).
 *
 * Both key sources end in the same HKDF-SHA256 step over the per-vault salt:
 *   key file:   master = the 32 random bytes of the file       (HKDF suffices: already uniform)
 *   passphrase: master = scrypt(NFC(passphrase), salt, N, r, p) (stretching against guessing)
 *   encKey = HKDF(master, salt, "anonymize/vault/v1/enc", 32)
 *   check  = HKDF(master, salt, "anonymize/vault/v1/check", 16)
 * so one key file can serve several vaults without key reuse, and a wrong key is recognised
 * from the header alone.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { CHECK_LEN, KDF_HKDF, KDF_SCRYPT, NONCE_LEN, TAG_LEN, type KdfParams } from './format.js';

/** scrypt cost for new passphrase vaults: 2^16 × r=8 = 64 MiB, ≈0.2 s on a 2-core VM. */
export const SCRYPT_DEFAULT = { id: KDF_SCRYPT, logN: 16, r: 8, p: 1 } as const;

/** What the caller holds: 32 key-file bytes or a passphrase. */
export type KeyMaterial = { kind: 'keyfile'; key: Buffer } | { kind: 'passphrase'; passphrase: string };

export interface DerivedKeys {
  enc: Buffer;
  check: Buffer;
}

const INFO_ENC = 'anonymize/vault/v1/enc';
const INFO_CHECK = 'anonymize/vault/v1/check';

function scryptAsync(pw: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  // Memory is 128·N·r bytes; Node's default cap is 32 MiB, so raise it to what these params need.
  const maxmem = 128 * N * r * p + 16 * 1024 * 1024;
  return new Promise((resolve, reject) =>
    // Async: runs on the libuv pool, so the lock heartbeat timer keeps firing meanwhile.
    scrypt(pw.normalize('NFC'), salt, 32, { N, r, p, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function deriveKeys(material: KeyMaterial, kdf: KdfParams, salt: Buffer): Promise<DerivedKeys> {
  let master: Buffer;
  if (kdf.id === KDF_HKDF) {
    if (material.kind !== 'keyfile') throw new Error('kdf/key kind mismatch');
    master = material.key;
  } else {
    if (material.kind !== 'passphrase') throw new Error('kdf/key kind mismatch');
    master = await scryptAsync(material.passphrase, salt, kdf.logN, kdf.r, kdf.p);
  }
  const enc = Buffer.from(hkdfSync('sha256', master, salt, INFO_ENC, 32));
  const check = Buffer.from(hkdfSync('sha256', master, salt, INFO_CHECK, CHECK_LEN));
  if (material.kind === 'passphrase') master.fill(0);
  return { enc, check };
}

export function checkMatches(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function newNonce(): Buffer {
  return randomBytes(NONCE_LEN);
}

/** Encrypt; returns ciphertext ‖ tag. */
export function seal(key: Buffer, nonce: Buffer, aad: Buffer, plaintext: Buffer): Buffer {
  const c = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_LEN });
  c.setAAD(aad);
  const head = c.update(plaintext);
  const tail = c.final();
  return Buffer.concat([head, tail, c.getAuthTag()]);
}

/** Decrypt ciphertext ‖ tag; null when authentication fails (wrong key, damaged or modified). */
export function unseal(key: Buffer, nonce: Buffer, aad: Buffer, body: Buffer): Buffer | null {
  if (body.length < TAG_LEN) return null;
  const d = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_LEN });
  d.setAAD(aad);
  d.setAuthTag(body.subarray(body.length - TAG_LEN));
  const head = d.update(body.subarray(0, body.length - TAG_LEN));
  try {
    const tail = d.final();
    return tail.length ? Buffer.concat([head, tail]) : head;
  } catch {
    head.fill(0); // unauthenticated plaintext: never used, wiped
    return null;
  }
}
