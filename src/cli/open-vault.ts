import { open as openFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { defaultVaultPath, Vault, VaultError, type KeySource } from '../vault/index.js';
import { KDF_SCRYPT, MAGIC } from '../vault/format.js';
import { notice, type GlobalOptions } from './context.js';

/** Whether an existing vault file was created with a passphrase (header byte 10). */
async function isPassphraseVault(path: string): Promise<boolean> {
  let fh;
  try {
    fh = await openFile(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(11);
    const { bytesRead } = await fh.read(head, 0, 11, 0);
    return bytesRead === 11 && head.subarray(0, 8).equals(MAGIC) && head[10] === KDF_SCRYPT;
  } finally {
    await fh.close();
  }
}

/**
 * The key for this run: --key-file, else whatever Vault.open resolves from the environment
 * (ANONYMIZE_KEY_FILE, ANONYMIZE_PASSPHRASE, the default key file — created only for a vault
 * that does not exist yet). A passphrase vault with no passphrase in the environment asks for
 * it on the terminal, even when stdin is a pipe.
 */
async function keyFor(opts: GlobalOptions, vaultPath: string): Promise<KeySource | undefined> {
  if (opts.keyFile) return { kind: 'keyfile', path: resolve(opts.keyFile) };
  if (process.env.ANONYMIZE_KEY_FILE || process.env.ANONYMIZE_PASSPHRASE) return undefined;
  if (!(await isPassphraseVault(vaultPath))) return undefined;
  const { promptPassphrase, PassphrasePromptError } = await import('./passphrase.js');
  try {
    return { kind: 'passphrase', passphrase: await promptPassphrase({ prompt: 'Vault passphrase: ' }) };
  } catch (e) {
    if (e instanceof PassphrasePromptError) {
      throw new UserError(
        e.code === 'NO_TTY' ? 'this vault needs a passphrase: set ANONYMIZE_PASSPHRASE or run on a terminal' : e.message,
      );
    }
    throw e;
  }
}

/** Opens the vault named by flags/env. Vault errors become one-line user errors (exit 2). */
export async function openVault(opts: GlobalOptions): Promise<Vault> {
  const onNotice = (m: string) => notice(m.replace(/^anonymize:\s*/, ''), { ...opts, quiet: false });
  const path = resolve(opts.vault ?? process.env.ANONYMIZE_VAULT ?? defaultVaultPath());
  try {
    return await Vault.open({ path, key: await keyFor(opts, path), onNotice });
  } catch (e) {
    throw asUserError(e);
  }
}

export function asUserError(e: unknown): unknown {
  if (e instanceof VaultError) return new UserError(e.message.replace(/^anonymize:\s*/, ''));
  return e;
}
