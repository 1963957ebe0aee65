import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TextScanner } from './scan-text.js';
import type { ScanEngineOptions, ScanJob } from './types.js';
import { encodeResult, type WireResult } from './wire.js';

/**
 * The scan worker. The pool starts a worker on this module's own URL (whatever chunk the bundler
 * put it in), with workerData marking it; the module then serves jobs with one Pipeline for its
 * whole life. Imported in the main thread it does nothing.
 */
export const WORKER_URL = import.meta.url;
export const WORKER_MARK = 'anonymize-scan-worker';

export interface WorkerInit {
  mark: typeof WORKER_MARK;
  options: ScanEngineOptions;
}

export type WorkerRequest = { id: number; job: ScanJob };
export type WorkerResponse = { id: number; result: WireResult } | { ready: true };

if (!isMainThread && parentPort && (workerData as WorkerInit | undefined)?.mark === WORKER_MARK) {
  const port = parentPort;
  const scanner = new TextScanner((workerData as WorkerInit).options);
  port.on('message', (msg: WorkerRequest) => {
    scanner.scanJob(msg.job).then(
      (result) => {
        const { message, transfer } = encodeResult(result);
        port.postMessage({ id: msg.id, result: message } satisfies WorkerResponse, transfer);
      },
      (e: unknown) => {
        const failed = { path: msg.job.path, uri: msg.job.uri, status: 'error' as const, bytes: 0, findings: [], suppressed: 0, error: `scan failed (${(e as Error)?.name ?? 'Error'})` };
        port.postMessage({ id: msg.id, result: encodeResult(failed).message } satisfies WorkerResponse);
      },
    );
  });
  port.postMessage({ ready: true } satisfies WorkerResponse);
}
