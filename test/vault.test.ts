/**
 * Vault: format, crypto, errors and in-process behaviour. Real crypto, real files in temp dirs.
 * Multi-process behaviour (concurrent writers, SIGKILL, stale locks, zero-config key creation)
 * is in vault-processes.test.ts.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Vault,
  VaultError,
  createKeyFile,
  defaultKeyFilePath,
  defaultVaultPath,
  resolveKeySource,
  type KeySource,
  type VaultEntry,
} from '../src/vault/index.js';
import type { EntityType } from '../src/types.js';
import { HEADER_LEN } from '../src/vault/format.js';

let dir: string;
let keyPath: string;
let key: KeySource;
const quiet = () => {};

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vault-test-'));
  keyPath = path.join(dir, 'cfg', 'vault.key');
  await createKeyFile(keyPath);
  key = { kind: 'keyfile', path: keyPath };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const vp = (name = 'vault.anv') => path.join(dir, 'data', name);
const open = (p = vp(), k: KeySource = key) => Vault.open({ path: p, key: k, onNotice: quiet });

/** Expect a VaultError with this code, a one-line message free of the given secrets. */
async function expectVaultError(p: Promise<unknown>, code: string, secrets: string[] = []): Promise<VaultError> {
  const err = await p.then(
    () => {
      throw new Error(`expected VaultError ${code}, but it succeeded`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(VaultError);
  const ve = err as VaultError;
  expect(ve.code).toBe(code);
  expect(ve.message).not.toMatch(/\n/);
  expect(ve.stack).not.toMatch(/\n/);
  for (const s of secrets) expect(ve.message).not.toContain(s);
  return ve;
}

const SECRETS = ['Erika Mustermann', 'erika@example.de', '+49 30 1234567', 'DE89370400440532013000', 'Jürgen Groß-Öztürk'];

async function seeded(p = vp(), k: KeySource = key): Promise<Buffer> {
  const v = await open(p, k);
  await v.transaction((t) => {
    const full = t.add('PERSON', SECRETS[0]);
    t.add('PERSON', 'Mustermann', { parent: full.id });
    t.add('EMAIL', SECRETS[1]);
    t.add('PHONE', SECRETS[2]);
    t.add('IBAN', SECRETS[3]);
    t.add('PERSON', SECRETS[4]);
  });
  return readFileSync(p);
}

describe('round trip', () => {
  it('a missing file is an empty vault and is not written until save', async () => {
    const v = await open();
    expect(v.entries()).toEqual([]);
    expect(v.dirty).toBe(false);
    expect(existsSync(vp())).toBe(false);
    v.add('EMAIL', 'a@b.de');
    expect(existsSync(vp())).toBe(false);
    await v.save();
    expect(existsSync(vp())).toBe(true);
  });

  it('persists entries, parents, counters and meta', async () => {
    const v = await open();
    let full!: VaultEntry;
    await v.transaction((t) => {
      full = t.add('PERSON', SECRETS[0]);
      t.add('PERSON', 'Mustermann', { parent: full.id });
      t.add('EMAIL', SECRETS[1]);
      t.add('PERSON', SECRETS[4]);
      t.meta.retentionMs = 90 * 86_400_000;
    });
    expect(full.id).toBe('PERSON_1');
    const w = await open();
    expect(w.entries()).toEqual(v.entries());
    expect(w.get('PERSON_2')).toMatchObject({ type: 'PERSON', value: 'Mustermann', parent: 'PERSON_1' });
    expect(w.findByValue(SECRETS[4])?.id).toBe('PERSON_3');
    expect(w.findByValue(SECRETS[1])?.id).toBe('EMAIL_1');
    expect(w.findByValue('mustermann')).toBeUndefined(); // exact match only
    expect(w.meta.retentionMs).toBe(90 * 86_400_000);
    expect(w.meta.created).toBe(v.meta.created);
    expect(w.dirty).toBe(false);
  });

  it('returns the existing entry for a known value and touches lastSeen', async () => {
    const v = await open();
    const a = v.add('EMAIL', 'x@y.de');
    await new Promise((r) => setTimeout(r, 5));
    const b = v.add('EMAIL', 'x@y.de');
    expect(b.id).toBe(a.id);
    expect(b.firstSeen).toBe(a.firstSeen);
    expect(b.lastSeen).toBeGreaterThan(a.lastSeen);
    expect(v.entries()).toHaveLength(1);
    expect(Object.isFrozen(b)).toBe(true);
  });

  it('addId() gives the entries add() gives: ids, parents, lastSeen, and the same errors', async () => {
    const v = await open();
    const w = await open(vp('other.anv'));
    const text = 'x Erika Mustermann, Jürgen Groß-Öztürk und erika@example.de; wieder Erika Mustermann';
    const steps: [EntityType, number, number, number | undefined][] = [
      ['PERSON', 2, 18, undefined],
      ['PERSON', 8, 18, 0],
      ['PERSON', 20, 38, undefined],
      ['EMAIL', 43, 59, undefined],
      ['PERSON', 68, 84, undefined],
      ['PERSON', 8, 18, 0],
    ];
    const ids: string[] = [];
    for (const [type, start, end, parent] of steps) {
      const value = text.slice(start, end);
      const id = v.addId(type, value, parent === undefined ? undefined : ids[parent], 1000 + ids.length);
      const e = w.add(type, value, parent === undefined ? {} : { parent: ids[parent] });
      expect(id).toBe(e.id);
      ids.push(id);
    }
    const strip = (es: readonly VaultEntry[]) => es.map(({ id, type, value, parent }) => ({ id, type, value, parent }));
    expect(strip(v.entries())).toEqual(strip(w.entries()));
    expect(v.get('PERSON_1')).toMatchObject({ value: 'Erika Mustermann', firstSeen: 1000, lastSeen: 1004 });
    expect(v.get('PERSON_2')).toMatchObject({ value: 'Mustermann', parent: 'PERSON_1', firstSeen: 1001, lastSeen: 1005 });
    expect(() => v.addId('NAME' as never, 'x', undefined, 1)).toThrow(TypeError);
    expect(() => v.addId('PERSON', '', undefined, 1)).toThrow(TypeError);
    expect(() => v.addId('PERSON', 'Müller', 'PERSON_9', 1)).toThrow(/not in the vault/);
    expect(v.size).toBe(4);
  });

  it('rejects unknown types, empty values and unknown parents', async () => {
    const v = await open();
    expect(() => v.add('NAME' as never, 'x')).toThrow(TypeError);
    expect(() => v.add('PERSON', '')).toThrow(TypeError);
    expect(() => v.add('PERSON', 'Müller', { parent: 'PERSON_9' })).toThrow(/not in the vault/);
  });

  it('never reuses a counter after remove, also across save and reopen', async () => {
    const v = await open();
    await v.transaction((t) => {
      t.add('PERSON', 'A');
      t.add('PERSON', 'B');
      t.add('PERSON', 'C');
    });
    await v.transaction((t) => {
      expect(t.remove('PERSON_3')).toBe(true);
      expect(t.remove('PERSON_3')).toBe(false);
      expect(t.add('PERSON', 'D').id).toBe('PERSON_4');
      expect(t.remove('PERSON_4')).toBe(true);
    });
    const w = await open();
    expect(w.get('PERSON_3')).toBeUndefined();
    expect(w.findByValue('C')).toBeUndefined();
    expect(w.add('PERSON', 'E').id).toBe('PERSON_5');
    expect(w.add('PERSON', 'C').id).toBe('PERSON_6'); // a forgotten value comes back with a new id
    expect(w.add('EMAIL', 'e@f.de').id).toBe('EMAIL_1'); // counters are per type
  });

  it('round-trips a compressed vault of 5,000 entries with Unicode values', async () => {
    const v = await open();
    await v.transaction((t) => {
      for (let i = 0; i < 5000; i++) t.add('PERSON', `Zoë Ñandú-Łukasiewicz 👩‍⚕️ ${i}`);
    });
    const w = await open();
    expect(w.entries()).toHaveLength(5000);
    expect(w.get('PERSON_5000')?.value).toBe('Zoë Ñandú-Łukasiewicz 👩‍⚕️ 4999');
    expect(readFileSync(vp())[9] & 1).toBe(1); // deflate flag
  });

  it('meta changes make the vault dirty and are saved by a transaction', async () => {
    const v = await open();
    await v.transaction((t) => void t.add('EMAIL', 'a@b.de'));
    expect(v.dirty).toBe(false);
    v.meta.retentionMs = 1000;
    expect(v.dirty).toBe(true);
    await v.transaction(() => {});
    expect((await open()).meta.retentionMs).toBe(1000);
  });

  it('a passphrase vault round-trips and records the scrypt parameters in the header', async () => {
    const pk: KeySource = { kind: 'passphrase', passphrase: 'correct horse battery staple' };
    await seeded(vp(), pk);
    const head = readFileSync(vp()).subarray(0, HEADER_LEN);
    expect([head[10], head[11], head[12], head[13]]).toEqual([2, 16, 8, 1]);
    const t0 = performance.now();
    const w = await open(vp(), pk);
    expect(performance.now() - t0).toBeLessThan(1500); // ~0.2 s here; generous under load
    expect(w.findByValue(SECRETS[0])?.id).toBe('PERSON_1');
    // NFC and NFD spellings of the same passphrase open the same vault
    const nk: KeySource = { kind: 'passphrase', passphrase: 'Grüße'.normalize('NFC') };
    const v2 = await open(vp('nfc.anv'), nk);
    v2.add('EMAIL', 'n@f.c');
    await v2.save();
    const w2 = await open(vp('nfc.anv'), { kind: 'passphrase', passphrase: 'Grüße'.normalize('NFD') });
    expect(w2.entries()).toHaveLength(1);
  });

  it('one key file serves several vaults with different salts', async () => {
    await seeded(vp('a.anv'));
    await seeded(vp('b.anv'));
    const a = readFileSync(vp('a.anv'));
    const b = readFileSync(vp('b.anv'));
    expect(a.subarray(14, 30).equals(b.subarray(14, 30))).toBe(false); // salt
    expect((await open(vp('a.anv'))).entries()).toHaveLength(6);
    expect((await open(vp('b.anv'))).entries()).toHaveLength(6);
  });

  it('uses a fresh nonce on every write', async () => {
    const v = await open();
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i++) {
      await v.transaction((t) => void t.add('EMAIL', `n${i}@x.de`));
      nonces.add(readFileSync(vp()).subarray(30, 42).toString('hex'));
    }
    expect(nonces.size).toBe(5);
  });
});

describe('files on disk', () => {
  it('writes the vault 0600 in a 0700 directory and restores 0600 on save', async () => {
    await seeded();
    expect(statSync(vp()).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(vp())).mode & 0o777).toBe(0o700);
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    chmodSync(vp(), 0o644);
    const v = await open();
    await v.transaction((t) => void t.add('EMAIL', 'm@o.de'));
    expect(statSync(vp()).mode & 0o777).toBe(0o600);
  });

  it('never stores a value in plaintext (UTF-8, UTF-16, Latin-1; small and compressed vaults)', async () => {
    const values = [...SECRETS, 'Mustermann'];
    const small = await seeded();
    const v = await open(vp('big.anv'));
    await v.transaction((t) => {
      for (const s of values) t.add('PERSON', `${s}`);
      for (let i = 0; i < 3000; i++) t.add('EMAIL', `filler${i}@example.org`);
    });
    const big = readFileSync(vp('big.anv'));
    for (const bytes of [small, big]) {
      for (const s of values) {
        for (const enc of ['utf8', 'utf16le', 'latin1'] as const) {
          expect(bytes.includes(Buffer.from(s, enc))).toBe(false);
        }
      }
      expect(bytes.includes(Buffer.from('filler1', 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from('"entries"', 'utf8'))).toBe(false);
    }
    // nothing but the vault itself is left in its directory (no temp files, lock released)
    expect(readdirSync(path.dirname(vp())).sort()).toEqual(['big.anv', 'vault.anv']);
  });

  it('removes temp files left by a writer that died mid-write', async () => {
    await seeded();
    const junk = `${vp()}.tmp-999999-deadbeef`;
    writeFileSync(junk, 'half a vault', { mode: 0o600 });
    const v = await open(); // readers ignore it
    expect(v.entries()).toHaveLength(6);
    await v.transaction((t) => void t.add('EMAIL', 'z@z.de'));
    expect(existsSync(junk)).toBe(false);
  });
});

describe('refusing bad files (and never overwriting them)', () => {
  async function expectRejected(bytes: Buffer, code: string, k: KeySource = key, secrets = SECRETS) {
    mkdirSync(path.dirname(vp()), { recursive: true });
    writeFileSync(vp(), bytes);
    const e = await expectVaultError(open(vp(), k), code, secrets);
    expect(readFileSync(vp()).equals(bytes)).toBe(true);
    return e;
  }

  it('wrong key file → WRONG_KEY', async () => {
    const good = await seeded();
    const other = path.join(dir, 'other.key');
    await createKeyFile(other);
    const e = await expectRejected(good, 'WRONG_KEY', { kind: 'keyfile', path: other });
    expect(e.message).toMatch(/wrong key/);
  });

  it('wrong passphrase → WRONG_KEY; key-kind mismatch → WRONG_KEY with a hint', async () => {
    const good = await seeded(vp(), { kind: 'passphrase', passphrase: 'right one' });
    const e = await expectRejected(good, 'WRONG_KEY', { kind: 'passphrase', passphrase: 'wrong one' });
    expect(e.message).toMatch(/wrong passphrase/);
    const e2 = await expectRejected(good, 'WRONG_KEY', key);
    expect(e2.message).toMatch(/protected by a passphrase/);
    const kv = await seeded(vp('k.anv'));
    writeFileSync(vp(), kv);
    const e3 = await expectVaultError(open(vp(), { kind: 'passphrase', passphrase: 'x' }), 'WRONG_KEY');
    expect(e3.message).toMatch(/protected by a key file/);
  });

  it('empty (0-byte) file → CORRUPT, not an empty vault', async () => {
    const e = await expectRejected(Buffer.alloc(0), 'CORRUPT');
    expect(e.message).toMatch(/empty/);
  });

  it('truncated file at any length → CORRUPT', async () => {
    const good = await seeded();
    for (const len of [1, 8, 9, 30, HEADER_LEN - 1, HEADER_LEN, HEADER_LEN + 15, HEADER_LEN + 16, good.length >> 1, good.length - 1]) {
      await expectRejected(good.subarray(0, len), 'CORRUPT');
    }
  });

  it('a flipped bit anywhere in the header → CORRUPT', async () => {
    const good = await seeded();
    for (let i = 0; i < HEADER_LEN; i++) {
      const bad = Buffer.from(good);
      bad[i] ^= 0x01;
      await expectRejected(bad, 'CORRUPT');
    }
  });

  it('a header changed with a recomputed checksum is still caught (header is GCM AAD)', async () => {
    const good = await seeded();
    const bad = Buffer.from(good);
    bad[30] ^= 0x80; // nonce
    createHash('sha256').update(bad.subarray(0, 58)).digest().copy(bad, 58, 0, 4);
    const e = await expectRejected(bad, 'CORRUPT');
    expect(e.message).toMatch(/authentication failed/);
  });

  it('a flipped byte in the ciphertext or tag → CORRUPT', async () => {
    const good = await seeded();
    for (const i of [HEADER_LEN, (HEADER_LEN + good.length) >> 1, good.length - 17, good.length - 1]) {
      const bad = Buffer.from(good);
      bad[i] ^= 0x01;
      const e = await expectRejected(bad, 'CORRUPT');
      expect(e.message).toMatch(/damaged or was modified/);
    }
  });

  it('a newer format version → UNSUPPORTED_VERSION', async () => {
    const good = await seeded();
    const newer = Buffer.from(good);
    newer[8] = 2;
    const e = await expectRejected(newer, 'UNSUPPORTED_VERSION');
    expect(e.message).toMatch(/version 2/);
  });

  it('not a vault at all → CORRUPT', async () => {
    await expectRejected(Buffer.from('{"entries": []}\n'), 'CORRUPT');
    await expectRejected(randomBytes(500), 'CORRUPT');
  });

  it('an unreadable key file → NO_KEY', async () => {
    const good = await seeded();
    const badKey = path.join(dir, 'bad.key');
    writeFileSync(badKey, 'not a key\n', { mode: 0o600 });
    await expectRejected(good, 'NO_KEY', { kind: 'keyfile', path: badKey });
    await expectRejected(good, 'NO_KEY', { kind: 'keyfile', path: path.join(dir, 'missing.key') });
    // raw 32-byte key files are accepted as well
    const raw = path.join(dir, 'raw.key');
    writeFileSync(raw, randomBytes(32), { mode: 0o600 });
    const v = await open(vp('raw.anv'), { kind: 'keyfile', path: raw });
    v.add('EMAIL', 'r@w.de');
    await v.save();
    expect((await open(vp('raw.anv'), { kind: 'keyfile', path: raw })).entries()).toHaveLength(1);
  });

  it('a vault damaged or replaced after it was opened is not overwritten later', async () => {
    const good = await seeded();
    for (const i of [good.length - 1, 30]) { // in place in the tag; in the header's nonce
      writeFileSync(vp(), good);
      const v = await open();
      const damaged = Buffer.from(good);
      damaged[i] ^= 1;
      writeFileSync(vp(), damaged);
      await expectVaultError(v.transaction((t) => void t.add('EMAIL', 'q@q.de')), 'CORRUPT');
      await expectVaultError(v.save(), 'CORRUPT'); // broken for good
      expect(readFileSync(vp()).equals(damaged)).toBe(true);
    }
    // replaced by a vault under another key
    writeFileSync(vp(), good);
    const v = await open();
    const other = path.join(dir, 'other.key');
    await createKeyFile(other);
    const foreign = await seeded(vp('foreign.anv'), { kind: 'keyfile', path: other });
    writeFileSync(vp(), foreign);
    await expectVaultError(v.lock(), 'WRONG_KEY');
    expect(readFileSync(vp()).equals(foreign)).toBe(true);
  });
});

describe('concurrency within one process', () => {
  it('a transaction re-reads the file when another writer changed it', async () => {
    const a = await open();
    const b = await open();
    await a.transaction((t) => void t.add('EMAIL', 'a@x.de'));
    const id = await b.transaction((t) => t.add('EMAIL', 'b@x.de').id);
    expect(id).toBe('EMAIL_2');
    expect(b.findByValue('a@x.de')?.id).toBe('EMAIL_1');
    const w = await open();
    expect(w.entries().map((e) => e.id)).toEqual(['EMAIL_1', 'EMAIL_2']);
  });

  it('save() without the lock refuses to overwrite changes it has not seen', async () => {
    const a = await open();
    const b = await open();
    await b.transaction((t) => void t.add('EMAIL', 'b@x.de'));
    a.add('EMAIL', 'a@x.de'); // would also be EMAIL_1
    await expectVaultError(a.save(), 'LOCKED', ['a@x.de']);
    expect((await open()).findByValue('b@x.de')?.id).toBe('EMAIL_1');
    // the supported way works: the transaction reloads first
    expect(await a.transaction((t) => t.add('EMAIL', 'a@x.de').id)).toBe('EMAIL_2');
  });

  it('a failed transaction saves nothing and resets memory to the file', async () => {
    const v = await open();
    await v.transaction((t) => void t.add('EMAIL', 'keep@x.de'));
    await expect(
      v.transaction((t) => {
        t.add('EMAIL', 'drop@x.de');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(v.findByValue('drop@x.de')).toBeUndefined();
    expect(v.dirty).toBe(false);
    const w = await open();
    expect(w.entries()).toHaveLength(1);
    // EMAIL_2 was handed to the failed transaction (which may have printed it): never reused
    expect(w.add('EMAIL', 'next@x.de').id).toBe('EMAIL_3');
    expect(await v.transaction((t) => t.add('EMAIL', 'next@x.de').id)).toBe('EMAIL_3');
  });

  it('concurrent transactions on one object and on two objects lose nothing', async () => {
    const a = await open();
    const b = await open();
    const ids = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).transaction((t) => t.add('PHONE', `+49 ${i}`).id)),
    );
    expect(new Set(ids).size).toBe(40);
    const w = await open();
    expect(w.entries()).toHaveLength(40);
    for (let i = 0; i < 40; i++) expect(w.findByValue(`+49 ${i}`)?.id).toBe(ids[i]);
  });

  it('lock() holds the lock for a long run; transactions inside it run directly', async () => {
    const v = await open();
    const other = await open();
    const release = await v.lock();
    await v.transaction((t) => void t.add('EMAIL', 'in@lock.de'));
    v.add('EMAIL', 'also@lock.de');
    await v.save();
    // another writer has to wait for the release
    let otherDone = false;
    const p = other.transaction((t) => void t.add('EMAIL', 'other@x.de')).then(() => (otherDone = true));
    await new Promise((r) => setTimeout(r, 150));
    expect(otherDone).toBe(false);
    await release();
    await release(); // idempotent
    await p;
    expect(other.findByValue('other@x.de')?.id).toBe('EMAIL_3');
  });
});

describe('key sources and default paths', () => {
  it('precedence: keyFile > passphrase > ANONYMIZE_KEY_FILE > ANONYMIZE_PASSPHRASE > default file', async () => {
    const env = { HOME: path.join(dir, 'home'), XDG_CONFIG_HOME: path.join(dir, 'xdgc'), ANONYMIZE_KEY_FILE: '/k/env', ANONYMIZE_PASSPHRASE: 'envpw' };
    const notes: string[] = [];
    const onNotice = (m: string) => notes.push(m);
    expect(await resolveKeySource({ keyFile: '/k/explicit', passphrase: 'pw', env })).toEqual({ kind: 'keyfile', path: '/k/explicit' });
    expect(await resolveKeySource({ passphrase: 'pw', env })).toEqual({ kind: 'passphrase', passphrase: 'pw' });
    expect(await resolveKeySource({ env })).toEqual({ kind: 'keyfile', path: '/k/env' });
    expect(await resolveKeySource({ env: { ...env, ANONYMIZE_KEY_FILE: '' } })).toEqual({ kind: 'passphrase', passphrase: 'envpw' });
    const bare = { HOME: env.HOME, XDG_CONFIG_HOME: env.XDG_CONFIG_HOME };
    await expectVaultError(resolveKeySource({ env: bare, create: false, onNotice }), 'NO_KEY');
    const def = path.join(dir, 'xdgc', 'anonymize', 'vault.key');
    expect(defaultKeyFilePath(bare)).toBe(def);
    expect(await resolveKeySource({ env: bare, onNotice })).toEqual({ kind: 'keyfile', path: def });
    expect(await resolveKeySource({ env: bare, onNotice })).toEqual({ kind: 'keyfile', path: def });
    expect(notes).toEqual([`anonymize: created a new vault key at ${def} — back it up; without it the vault cannot be opened`]);
    expect(statSync(def).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(def)).mode & 0o777).toBe(0o700);
    expect(readFileSync(def, 'utf8')).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    await expectVaultError(resolveKeySource({ passphrase: '', env: bare }), 'NO_KEY');
  });

  it('default vault path follows XDG_DATA_HOME / HOME, ANONYMIZE_VAULT overrides', () => {
    expect(defaultVaultPath({ HOME: '/h' })).toBe('/h/.local/share/anonymize/vault.anv');
    expect(defaultVaultPath({ HOME: '/h', XDG_DATA_HOME: '/d' })).toBe('/d/anonymize/vault.anv');
    expect(defaultVaultPath({ HOME: '/h', ANONYMIZE_VAULT: '/v/my.anv' })).toBe('/v/my.anv');
    expect(defaultKeyFilePath({ HOME: '/h' })).toBe('/h/.config/anonymize/vault.key');
  });

  it('racing key-file creators end up with one key', async () => {
    const p = path.join(dir, 'race', 'vault.key');
    const created = await Promise.all(Array.from({ length: 6 }, () => createKeyFile(p)));
    expect(created.filter(Boolean)).toHaveLength(1);
    expect(readdirSync(path.dirname(p))).toEqual(['vault.key']);
  });
});

describe('scale', () => {
  it('100,000 entries: a compressed, streamed save opens to the same entries (speed: npm run bench)', async () => {
    const v = await open();
    for (let i = 0; i < 100_000; i++) v.add(i % 2 ? 'EMAIL' : 'PERSON', i % 2 ? `user${i}@example${i % 97}.de` : `Anna Müller ${i}`);
    v.add('PERSON', 'Müller', { parent: 'PERSON_1' });
    await v.save();
    // Compressed: far smaller than the 100k values themselves.
    expect(statSync(vp()).size).toBeLessThan(1_500_000);
    const w = await open();
    expect(w.entries()).toHaveLength(100_001);
    expect(w.findByValue('Anna Müller 99998')?.id).toBe('PERSON_50000');
    expect(w.findByValue(`user99999@example${99999 % 97}.de`)?.id).toBe('EMAIL_50000');
    expect(w.findByValue('Müller')).toMatchObject({ id: 'PERSON_50001', parent: 'PERSON_1' });
    expect(w.entries().map((e) => e.value)).toEqual(v.entries().map((e) => e.value));
  });
});
