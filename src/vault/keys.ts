/**
 * Where the key comes from, default locations, and key-file creation.
 *
 * The vault lives in the data dir and its key in the config dir, so the two are apart by
 * default (GDPR Art. 4(5): the "additional information" must be kept separately); a user can
 * move the key elsewhere (USB stick, password manager export) with ANONYMIZE_KEY_FILE.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import envPaths from 'env-paths';
import { VaultError, ioError, isErrno } from './errors.js';
import type { KeyMaterial } from './crypto.js';

export type KeySource = { kind: 'keyfile'; path: string } | { kind: 'passphrase'; passphrase: string };

const APP = 'anonymize';
const KEY_LEN = 32;

function appDirs(env: NodeJS.ProcessEnv): { data: string; config: string } {
  // env-paths reads XDG_* from process.env at call time. For an explicitly passed env (tests,
  // embedders) apply the same XDG rules to that env on Linux/BSD instead of silently using the
  // real home directory; macOS/Windows locations do not depend on XDG, so env-paths is right.
  if (env === process.env || process.platform === 'darwin' || process.platform === 'win32') {
    return envPaths(APP, { suffix: '' });
  }
  const home = env.HOME || os.homedir();
  return {
    data: path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), APP),
    config: path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP),
  };
}

/** `$XDG_DATA_HOME/anonymize/vault.anv` (platform equivalent elsewhere); ANONYMIZE_VAULT overrides. */
export function defaultVaultPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ANONYMIZE_VAULT) return path.resolve(env.ANONYMIZE_VAULT);
  return path.join(appDirs(env).data, 'vault.anv');
}

/** `$XDG_CONFIG_HOME/anonymize/vault.key` (platform equivalent elsewhere). */
export function defaultKeyFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(appDirs(env).config, 'vault.key');
}

export function createdKeyNotice(p: string): string {
  return `anonymize: created a new vault key at ${p} — back it up; without it the vault cannot be opened`;
}

export function defaultNotice(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

/** Whether a path exists; other errors than "not there" are reported, not taken as absence. */
export async function pathExists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch (err) {
    if (isErrno(err, 'ENOENT', 'ENOTDIR')) return false;
    throw ioError(`cannot access ${p}`, err);
  }
}

export interface ResolveKeyOptions {
  keyFile?: string;
  passphrase?: string;
  env?: NodeJS.ProcessEnv;
  /** Create the default key file if no key is configured (default true). */
  create?: boolean;
  onNotice?: (m: string) => void;
}

/**
 * Pick the key source. Precedence: explicit keyFile > explicit passphrase > ANONYMIZE_KEY_FILE >
 * ANONYMIZE_PASSPHRASE > the default key file, which is created on first use (unless
 * create === false) with exactly one notice.
 */
export async function resolveKeySource(o: ResolveKeyOptions = {}): Promise<KeySource> {
  const env = o.env ?? process.env;
  if (o.keyFile) return { kind: 'keyfile', path: path.resolve(o.keyFile) };
  if (o.passphrase !== undefined) {
    if (o.passphrase === '') throw new VaultError('NO_KEY', 'the passphrase is empty');
    return { kind: 'passphrase', passphrase: o.passphrase };
  }
  if (env.ANONYMIZE_KEY_FILE) return { kind: 'keyfile', path: path.resolve(env.ANONYMIZE_KEY_FILE) };
  if (env.ANONYMIZE_PASSPHRASE) return { kind: 'passphrase', passphrase: env.ANONYMIZE_PASSPHRASE };
  const p = defaultKeyFilePath(env);
  if (await pathExists(p)) return { kind: 'keyfile', path: p };
  if (o.create === false) {
    throw new VaultError(
      'NO_KEY',
      `no vault key: ${p} does not exist — restore it from your backup, or set ANONYMIZE_KEY_FILE or ANONYMIZE_PASSPHRASE`,
    );
  }
  if (await createKeyFile(p)) (o.onNotice ?? defaultNotice)(createdKeyNotice(p));
  return { kind: 'keyfile', path: p };
}

async function fsyncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Not supported everywhere (Windows, some network file systems); the data itself is synced.
  }
}

/**
 * Create a key file with 32 random bytes (base64 + newline, so it can be printed or pasted into
 * a password manager), mode 0600, parent dir created 0700. Never overwrites: the key is written
 * to a temp file and hard-linked into place, which fails if the file exists — two first runs
 * racing end up with one key, not one each. Returns false if another process created it first.
 */
export async function createKeyFile(p: string): Promise<boolean> {
  const dir = path.dirname(p);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw ioError(`cannot create directory ${dir}`, err);
  }
  const key = randomBytes(KEY_LEN);
  const text = Buffer.from(`${key.toString('base64')}\n`);
  key.fill(0);
  const tmp = `${p}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const fh = await open(tmp, 'wx', 0o600);
    try {
      await fh.writeFile(text);
      await fh.chmod(0o600); // in case a restrictive umask removed the owner's bits
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await link(tmp, p);
    } catch (err) {
      if (isErrno(err, 'EEXIST')) return false;
      if (!isErrno(err, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV')) throw err;
      // No hard links here (FAT, some network mounts): exclusive create is the fallback.
      try {
        const fh2 = await open(p, 'wx', 0o600);
        try {
          await fh2.writeFile(text);
          await fh2.sync();
        } finally {
          await fh2.close();
        }
      } catch (err2) {
        if (isErrno(err2, 'EEXIST')) return false;
        throw err2;
      }
    }
    await fsyncDir(dir);
    return true;
  } catch (err) {
    throw err instanceof VaultError ? err : ioError(`cannot create key file ${p}`, err);
  } finally {
    text.fill(0);
    await unlink(tmp).catch(() => {});
  }
}

const B64_KEY = /^[A-Za-z0-9+/]{43}=$/;

/** Read a key file: 32 raw bytes, or their base64 (surrounding whitespace ignored). */
export async function readKeyFile(p: string, onNotice?: (m: string) => void): Promise<Buffer> {
  let buf: Buffer;
  try {
    buf = await readFile(p);
  } catch (err) {
    if (isErrno(err, 'ENOENT', 'ENOTDIR')) throw new VaultError('NO_KEY', `key file ${p} not found`);
    throw ioError(`cannot read key file ${p}`, err);
  }
  if (process.platform !== 'win32' && onNotice) {
    const st = await stat(p).catch(() => null);
    if (st && st.mode & 0o077) {
      onNotice(`anonymize: warning: key file ${p} is accessible to other users (mode ${(st.mode & 0o777).toString(8)}) — run: chmod 600 ${p}`);
    }
  }
  if (buf.length === KEY_LEN) return buf;
  const text = buf.toString('latin1').trim();
  buf.fill(0);
  if (B64_KEY.test(text)) return Buffer.from(text, 'base64');
  throw new VaultError('NO_KEY', `key file ${p} is not a valid anonymize key (expected 32 random bytes, raw or base64)`);
}

export async function loadKeyMaterial(src: KeySource, onNotice?: (m: string) => void): Promise<KeyMaterial> {
  if (src.kind === 'keyfile') return { kind: 'keyfile', key: await readKeyFile(src.path, onNotice) };
  if (!src.passphrase) throw new VaultError('NO_KEY', 'the passphrase is empty');
  return { kind: 'passphrase', passphrase: src.passphrase };
}
