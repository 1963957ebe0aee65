import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { EntityType, Finding } from '../types.js';
import { Pipeline, type RawOptions } from './pipeline.js';
import { createStringTable } from '../util/string-table.js';

/**
 * The detection worker of long `anonymize` runs (see src/detect/parallel.ts). The pool starts a
 * worker on this module's own URL (the CLI bundle, or the library chunk holding this module),
 * with workerData marking it; the module then runs Pipeline.detectRaw() on the texts it is sent,
 * with one Pipeline for its whole life. Imported in the main thread it does nothing.
 */
export const WORKER_URL = import.meta.url;
export const WORKER_MARK = 'anonymize-detect-worker';

export interface DetectWorkerInit {
  mark: typeof WORKER_MARK;
  options: RawOptions;
}

export type DetectRequest = { id: number; text: string };
/** `error` is the name of the error only: its message may quote the text. */
export type DetectResponse = { id: number; findings: WireFindings } | { id: number; error: string };

/**
 * Findings as they cross from a worker to the main thread. Structured cloning an array of
 * finding objects copies every property name and string one by one (a 128 Ki chunk of business
 * text has ~1,000 findings); here the offsets and scores travel in transferred buffers, and
 * the type and detector names as one byte per finding indexing a small table.
 */
export interface WireFindings {
  count: number;
  /** start, end per finding (a chunk with its context is far below 2^32 units). */
  offsets: Uint32Array;
  scores: Float64Array;
  /** Per finding: index of its type in `table`, then of its detector. */
  refs: Uint16Array;
  table: string[];
}

export function encodeFindings(fs: readonly Finding[]): { wire: WireFindings; transfer: ArrayBuffer[] } {
  const offsets = new Uint32Array(fs.length * 2);
  const scores = new Float64Array(fs.length);
  const refs = new Uint16Array(fs.length * 2);
  const { table, ref } = createStringTable();
  for (let k = 0; k < fs.length; k++) {
    const f = fs[k]!;
    offsets[2 * k] = f.start;
    offsets[2 * k + 1] = f.end;
    scores[k] = f.score;
    refs[2 * k] = ref(f.type);
    refs[2 * k + 1] = ref(f.detector);
  }
  return {
    wire: { count: fs.length, offsets, scores, refs, table },
    transfer: [offsets.buffer as ArrayBuffer, scores.buffer as ArrayBuffer, refs.buffer as ArrayBuffer],
  };
}

export function decodeFindings(w: WireFindings): Finding[] {
  const out: Finding[] = new Array(w.count);
  const { offsets, scores, refs, table } = w;
  for (let k = 0; k < w.count; k++) {
    out[k] = { type: table[refs[2 * k]!] as EntityType, start: offsets[2 * k]!, end: offsets[2 * k + 1]!, score: scores[k]!, detector: table[refs[2 * k + 1]!]! };
  }
  return out;
}

if (!isMainThread && parentPort && (workerData as DetectWorkerInit | undefined)?.mark === WORKER_MARK) {
  const port = parentPort;
  const pipeline = new Pipeline((workerData as DetectWorkerInit).options);
  port.on('message', (msg: DetectRequest) => {
    let raw: Finding[];
    try {
      raw = pipeline.detectRaw(msg.text);
    } catch (e) {
      port.postMessage({ id: msg.id, error: (e as Error)?.name ?? 'Error' } satisfies DetectResponse);
      return;
    }
    const { wire, transfer } = encodeFindings(raw);
    port.postMessage({ id: msg.id, findings: wire } satisfies DetectResponse, transfer);
  });
}
