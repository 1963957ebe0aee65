import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { Finding } from '../types.js';
import type { RawOptions } from './pipeline.js';
import { decodeFindings, WORKER_MARK, WORKER_URL, type DetectRequest, type DetectResponse, type DetectWorkerInit } from './worker.js';

/** Runs Pipeline.detectRaw() off the caller's thread; results come back as promises, in any order. */
export interface RawDetectorPool {
  detect(text: string): Promise<Finding[]>;
  /** Stops the workers; detect() calls still under way are rejected. */
  close(): Promise<void>;
  /** Worker threads in use (0: detection runs in this thread). */
  readonly threads: number;
}

/** In this thread: where workers cannot run (the code runs from TypeScript sources) or none are wanted. */
class LocalPool implements RawDetectorPool {
  readonly threads = 0;
  constructor(private readonly fallback: (text: string) => Finding[]) {}
  async detect(text: string): Promise<Finding[]> {
    return this.fallback(text);
  }
  async close(): Promise<void> {}
}

interface Pending {
  resolve: (f: Finding[]) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  inflight: Map<number, Pending>;
}

/**
 * Worker threads, each with one Pipeline for its whole life. A text goes to the worker with the
 * fewest texts under way; the caller bounds how many are under way (ParallelAnonymizeStream keeps
 * about four per worker), so there is no queue here. A worker that fails or exits fails the pool:
 * every detect() under way and every later one is rejected with a UserError that names the kind
 * of failure only (an error's message may quote the text, which is personal data).
 *
 * A worker holds the process open only while it has work: a library user who forgets close()
 * does not keep the process alive.
 */
class WorkerPool implements RawDetectorPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private failure: UserError | undefined;
  private closed = false;

  constructor(
    url: URL,
    init: DetectWorkerInit,
    readonly threads: number,
  ) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(url, { workerData: init });
      worker.unref();
      const slot: Slot = { worker, inflight: new Map() };
      worker.on('message', (msg: DetectResponse) => {
        const p = slot.inflight.get(msg.id);
        if (!p) return;
        slot.inflight.delete(msg.id);
        if (slot.inflight.size === 0) worker.unref();
        if ('error' in msg) {
          const e = new UserError(`detection failed on a worker thread (${msg.error}); the run was stopped`);
          p.reject(e); // no longer in `inflight`: fail() would not reach it
          this.fail(e);
        } else p.resolve(decodeFindings(msg.findings));
      });
      worker.on('error', (e: Error) => {
        const code = (e as { code?: unknown }).code;
        this.fail(new UserError(`a detection worker thread failed (${e?.name ?? 'Error'}${typeof code === 'string' ? `, ${code}` : ''}); the run was stopped`));
      });
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new UserError(`a detection worker thread stopped unexpectedly (exit code ${code}); the run was stopped`));
      });
      this.slots.push(slot);
    }
  }

  detect(text: string): Promise<Finding[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('the detection pool is closed'));
    let best = this.slots[0]!;
    for (const s of this.slots) if (s.inflight.size < best.inflight.size) best = s;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (best.inflight.size === 0) best.worker.ref();
      best.inflight.set(id, { resolve, reject });
      best.worker.postMessage({ id, text } satisfies DetectRequest);
    });
  }

  /** The first failure rejects everything under way, and the other workers are stopped. */
  private fail(e: UserError): void {
    if (this.closed) return;
    this.failure ??= e;
    this.closed = true;
    for (const s of this.slots) {
      for (const p of s.inflight.values()) p.reject(this.failure);
      s.inflight.clear();
      void s.worker.terminate();
    }
  }

  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      const stopped = new Error('the detection pool was closed');
      for (const s of this.slots) {
        for (const p of s.inflight.values()) p.reject(stopped);
        s.inflight.clear();
      }
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Pipeline.detectRaw() with `options` on `threads` worker threads; with 0 threads, or when the
 * code runs from TypeScript sources (tests, tsx: a worker cannot load them), `fallback` runs it
 * in this thread. The workers run the CLI bundle (dist/cli.cjs) or the library's chunk that
 * holds src/detect/worker.ts, whichever this code was loaded from.
 */
export function createRawDetectorPool(options: RawOptions, threads: number, fallback: (text: string) => Finding[]): RawDetectorPool {
  if (threads <= 0 || !/\.c?js$/.test(WORKER_URL)) return new LocalPool(fallback);
  return new WorkerPool(new URL(WORKER_URL), { mark: WORKER_MARK, options }, threads);
}
