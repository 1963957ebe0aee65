export { Vault, type OpenOptions } from './vault.js';
export { VaultError, type VaultErrorCode } from './errors.js';
export type { VaultEntry, VaultMeta } from './format.js';
export {
  createKeyFile,
  defaultKeyFilePath,
  defaultVaultPath,
  resolveKeySource,
  type KeySource,
  type ResolveKeyOptions,
} from './keys.js';
export type { LockOptions } from './lock.js';
