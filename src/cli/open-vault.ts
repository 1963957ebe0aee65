import { resolveKeySource, Vault } from '../vault/index.js';
import { notice, type GlobalOptions } from './context.js';

/** Opens the vault named by flags/env, creating the default key on first use (said once). */
export async function openVault(opts: GlobalOptions): Promise<Vault> {
  const onNotice = (m: string) => notice(m.replace(/^anonymize:\s*/, ''), { ...opts, quiet: false });
  const key = await resolveKeySource({ keyFile: opts.keyFile, env: process.env, onNotice });
  return Vault.open({ path: opts.vault ?? process.env.ANONYMIZE_VAULT, key, onNotice });
}
