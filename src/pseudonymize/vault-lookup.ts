import { restoreText, RestoreStream, type RestoreStats, type TokenLookup } from './restore.js';

/** The part of the vault restore needs. */
export interface TokenSource {
  get(id: string): { value: string } | undefined;
}

export function vaultLookup(vault: TokenSource): TokenLookup {
  return (id) => vault.get(id)?.value;
}

export function restoreWithVault(text: string, vault: TokenSource): { text: string; stats: RestoreStats } {
  return restoreText(text, vaultLookup(vault));
}

export function restoreStreamWithVault(vault: TokenSource): RestoreStream {
  return new RestoreStream(vaultLookup(vault));
}
