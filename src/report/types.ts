import type { ScanFinding } from '../scan/types.js';
import type { EntityType } from '../types.js';

export type SkipReason = 'binary' | 'encoding' | 'oversize';

export interface SkippedFile {
  path: string;
  uri: string;
  reason: SkipReason;
}

export interface FileError {
  path: string;
  uri: string;
  message: string;
}

export interface ScanSummary {
  /** Files read and scanned. */
  files: number;
  bytes: number;
  /** Findings reported (new ones, when a baseline is used). */
  findings: number;
  byType: Record<EntityType, number>;
  /** Findings covered by the baseline (not reported). */
  baselined: number;
  /** Findings dropped by anonymize-ignore comments. */
  suppressed: number;
  skipped: { binary: number; encoding: number; oversize: number; ignored: number };
  errors: number;
  durationMs: number;
}

export interface ReportContext {
  toolVersion: string;
  /** Absolute repository root (SARIF's %SRCROOT%). */
  root: string;
  showValues: boolean;
  /** Colours for the text format. */
  color: boolean;
}

/**
 * A report format. Reports are streamed: begin(), then each finding as files finish, then
 * end() with the totals; each returns the text to write. Findings carry a value only with
 * --show-values; formats print `value ?? masked`.
 */
export interface Reporter {
  begin(): string;
  finding(f: ScanFinding): string;
  end(summary: ScanSummary, skipped: readonly SkippedFile[], errors: readonly FileError[]): string;
}
