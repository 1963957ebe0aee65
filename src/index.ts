/**
 * anonymize — library API. Everything the CLI does is available here: detection, the encrypted
 * vault, pseudonymization with reversible tokens and (streaming) restore.
 */
export { ENTITY_TYPES, isEntityType, type EntityType, type Finding } from './types.js';
export { EXIT, UserError } from './errors.js';
export type { Detector, DetectContext, KnownValue } from './detect/types.js';
export { Pipeline, detect, DETECTORS, type PipelineOptions, type AllowEntry, type RawOptions } from './detect/pipeline.js';
export { mergeFindings } from './detect/merge.js';
export { KnownValueMatcher } from './detect/known.js';
export { emailDetector } from './detect/email.js';
export { phoneDetector } from './detect/phone.js';
export { ibanDetector } from './detect/iban.js';
export { personDetector, nameVariants } from './detect/person.js';
export { formatToken, parseId, TOKEN_PATTERN } from './pseudonymize/tokens.js';
export { restoreText, RestoreStream, safeCut, type RestoreStats, type TokenLookup } from './pseudonymize/restore.js';
export { ParallelAnonymizeStream, type ParallelOptions, type SplitDetector, type RawDetector } from './pseudonymize/parallel.js';
export { createRawDetectorPool, type RawDetectorPool } from './detect/parallel.js';
export { replaceFindings, AnonymizeStream, LineChunker, chunkFindings, zeroCounts, type Chunk, type TokenStore, type TypeCounts, type FindingSource } from './pseudonymize/anonymize.js';
export {
  VaultDetector,
  anonymizeWithVault,
  restoreWithVault,
  anonymizeStreamWithVault,
  parallelAnonymizeStreamWithVault,
  defaultDetectionThreads,
  restoreStreamWithVault,
  vaultLookup,
  type TokenVault,
} from './pseudonymize/session.js';
export * from './vault/index.js';
export { loadConfig, validateConfig, type Config } from './config.js';
export {
  forget,
  resolveSubjects,
  exportDocument,
  expiredEntries,
  summarize as summarizeVault,
  parseTokenArgument,
  type SubjectResolution,
  type ExportDocument,
  type VaultSummary,
} from './vault/lifecycle.js';
export { TextScanner } from './scan/scan-text.js';
export { BUILTIN_ALLOW, BUILTIN_ALLOW_GROUPS, isBuiltinAllowed } from './scan/builtin-allow.js';
