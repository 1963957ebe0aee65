import type { EntityType } from '../types.js';
import type { FileResult, ScanFinding } from './types.js';
import { createStringTable } from '../util/string-table.js';

/**
 * A file's findings as they cross from a scan worker to the main thread. Structured cloning an
 * array of finding objects copies every property name and string one by one, which cost the
 * workers more than a tenth of their time on dense trees. Here the numbers travel in one
 * transferred buffer and the strings once each in a table (a file repeats its fingerprints,
 * masks and detector names many times). Path and uri are the file's, so they are not sent per
 * finding at all.
 */
export interface WireFindings {
  count: number;
  /**
   * INTS integers per finding, see encodeResult(). Unsigned 32-bit unless a file is so large
   * that offsets do not fit: integers read from them stay small integers in the receiving
   * objects, where doubles would each be boxed (130 MB more on the bench tree's JSON report).
   */
  ints: Uint32Array | Float64Array;
  scores: Float64Array;
  /** STRS indexes into `table` per finding (value: -1 when absent). */
  refs: Int32Array;
  table: string[];
}

export type WireResult = Omit<FileResult, 'findings'> & { findings: WireFindings };

const INTS = 7;
const STRS = 5;

export function encodeResult(result: FileResult): { message: WireResult; transfer: ArrayBuffer[] } {
  const fs = result.findings;
  let max = 0;
  for (const f of fs) if (f.end > max) max = f.end;
  const ints = max > 0xffffffff ? new Float64Array(fs.length * INTS) : new Uint32Array(fs.length * INTS);
  const scores = new Float64Array(fs.length);
  const refs = new Int32Array(fs.length * STRS);
  const strings = createStringTable();
  const table = strings.table;
  const ref = (s: string | undefined): number => (s === undefined ? -1 : strings.ref(s));
  for (let k = 0; k < fs.length; k++) {
    const f = fs[k]!;
    const n = k * INTS;
    ints[n] = f.start;
    ints[n + 1] = f.end;
    ints[n + 2] = f.line;
    ints[n + 3] = f.column;
    ints[n + 4] = f.endLine;
    ints[n + 5] = f.endColumn;
    ints[n + 6] = f.occurrence;
    scores[k] = f.score;
    const r = k * STRS;
    refs[r] = ref(f.type);
    refs[r + 1] = ref(f.detector);
    refs[r + 2] = ref(f.fingerprint);
    refs[r + 3] = ref(f.masked);
    refs[r + 4] = ref(f.value);
  }
  const message: WireResult = { ...result, findings: { count: fs.length, ints, scores, refs, table } };
  return { message, transfer: [ints.buffer as ArrayBuffer, scores.buffer as ArrayBuffer, refs.buffer as ArrayBuffer] };
}

export function decodeResult(wire: WireResult): FileResult {
  const { count, ints, scores, refs, table } = wire.findings;
  const findings: ScanFinding[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const n = k * INTS;
    const r = k * STRS;
    const f: ScanFinding = {
      path: wire.path,
      uri: wire.uri,
      type: table[refs[r]!] as EntityType,
      start: ints[n]!,
      end: ints[n + 1]!,
      line: ints[n + 2]!,
      column: ints[n + 3]!,
      endLine: ints[n + 4]!,
      endColumn: ints[n + 5]!,
      score: scores[k]!,
      detector: table[refs[r + 1]!]!,
      fingerprint: table[refs[r + 2]!]!,
      occurrence: ints[n + 6]!,
      masked: table[refs[r + 3]!]!,
    };
    if (refs[r + 4]! >= 0) f.value = table[refs[r + 4]!]!;
    findings[k] = f;
  }
  return { ...wire, findings };
}
