import type { PipelineOptions } from '../detect/pipeline.js';
import type { EntityType } from '../types.js';

/** One finding in a scanned file. Never holds the raw value unless the scan asked for values. */
export interface ScanFinding {
  /** Where the file was named, relative to the working directory, forward slashes; "-" for stdin. */
  path: string;
  /** Relative to the repository root, forward slashes (SARIF, GitHub annotations, fingerprints). */
  uri: string;
  type: EntityType;
  /** UTF-16 offsets into the file's text, end exclusive. */
  start: number;
  end: number;
  /** 1-based; columns count UTF-16 code units; endColumn is the column after the last character. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  score: number;
  detector: string;
  /** HMAC-SHA256 of type, normalised value and uri (hex). Equal for every occurrence of the value in the file. */
  fingerprint: string;
  /** 0 for the first occurrence of this fingerprint in the file, 1 for the second … */
  occurrence: number;
  masked: string;
  /** The raw value: only with --show-values. */
  value?: string;
}

export type FileStatus = 'scanned' | 'binary' | 'encoding' | 'oversize' | 'error';

export interface FileResult {
  path: string;
  uri: string;
  status: FileStatus;
  /** Bytes read (scanned files) or the file size (oversize). */
  bytes: number;
  findings: ScanFinding[];
  /** Findings dropped by inline anonymize-ignore comments. */
  suppressed: number;
  /** For status "error": a one-line message without values. */
  error?: string;
}

/** What a worker (or the in-process scanner) needs; all of it structured-cloneable. */
export interface ScanEngineOptions {
  pipeline: PipelineOptions;
  /** Fingerprint key (HMAC). */
  key: Uint8Array;
  inlineIgnore: boolean;
  showValues: boolean;
  maxFileSize: number;
  region: string;
}

/** One unit of work: a file on disk, or bytes already in memory (stdin, git's staged blobs). */
export interface ScanJob {
  path: string;
  uri: string;
  /** Absolute path to read (files on disk). */
  abs?: string;
  /** Content, when not read from disk. */
  bytes?: Uint8Array;
  /** Read standard input (only the main thread can). */
  stdin?: boolean;
  /** Known to be over the size limit (this many bytes) without being read. */
  oversize?: number;
}
