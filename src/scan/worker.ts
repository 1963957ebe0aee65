import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TextScanner } from './scan-text.js';
import type { FileResult, ScanEngineOptions, ScanJob } from './types.js';

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
export type WorkerResponse = { id: number; result: FileResult } | { ready: true };

if (!isMainThread && parentPort && (workerData as WorkerInit | undefined)?.mark === WORKER_MARK) {
  const port = parentPort;
  const scanner = new TextScanner((workerData as WorkerInit).options);
  port.on('message', (msg: WorkerRequest) => {
    scanner.scanJob(msg.job).then(
      (result) => {
        // Path and uri are the same for every finding of a file: sent once, put back by the pool
        // (structured cloning copies every string, and a dense file has thousands of findings).
        for (const f of result.findings) {
          delete (f as Partial<typeof f>).path;
          delete (f as Partial<typeof f>).uri;
        }
        port.postMessage({ id: msg.id, result } satisfies WorkerResponse);
      },
      (e: unknown) =>
        port.postMessage({
          id: msg.id,
          result: { path: msg.job.path, uri: msg.job.uri, status: 'error', bytes: 0, findings: [], suppressed: 0, error: `scan failed (${(e as Error)?.name ?? 'Error'})` },
        } satisfies WorkerResponse),
    );
  });
  port.postMessage({ ready: true } satisfies WorkerResponse);
}
