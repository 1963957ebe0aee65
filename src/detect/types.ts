import type { EntityType, Finding } from '../types.js';

/** Values already known (from the vault or earlier in the text): a known-values list. */
export interface KnownValue {
  type: EntityType;
  value: string;
}

export interface DetectContext {
  /** Default region for national phone numbers (ISO 3166-1 alpha-2), e.g. "DE". */
  region: string;
}

/**
 * Every detector has this one small interface: text in, findings out.
 * Detectors are pure and synchronous; they must not keep state between calls.
 */
export interface Detector {
  readonly name: string;
  readonly type: EntityType;
  detect(text: string, ctx: DetectContext): Finding[];
}
