import { Worker } from 'node:worker_threads';
import type { TextScanner } from './scan-text.js';
import type { FileResult, ScanEngineOptions, ScanJob } from './types.js';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './worker.js';
import { decodeResult } from './wire.js';

/** Scans jobs, in this thread or on worker threads; results come back in any order. */
export interface FileScanner {
  scan(job: ScanJob): Promise<FileResult>;
  close(): Promise<void>;
  /** Worker threads in use (0: this thread). */
  readonly threads: number;
}

/** Jobs a worker holds at once: one running, one waiting, so it never idles between messages. */
const PER_WORKER = 2;

/** Scans in this thread. The detectors are loaded on first use, so a pool's main thread never loads them. */
class LocalScanner implements FileScanner {
  readonly threads = 0;
  private scanner: Promise<TextScanner> | undefined;
  constructor(private readonly options: ScanEngineOptions) {}
  async scan(job: ScanJob): Promise<FileResult> {
    this.scanner ??= import('./scan-text.js').then((m) => new m.TextScanner(this.options));
    return (await this.scanner).scanJob(job);
  }
  async close(): Promise<void> {}
}

interface Pending {
  job: ScanJob;
  resolve: (r: FileResult) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  inflight: Map<number, Pending>;
  dead: boolean;
}

/**
 * A small pool of worker threads, each with one Pipeline for its whole life. Jobs wait in one
 * queue and go to whichever worker has room, so a big file on one worker does not hold up the
 * others. Standard input is read by this thread (workers cannot read it).
 */
class WorkerPool implements FileScanner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private readonly local: LocalScanner;
  private failure: Error | undefined;

  constructor(
    url: URL,
    init: WorkerInit,
    readonly threads: number,
  ) {
    this.local = new LocalScanner(init.options);
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(url, { workerData: init });
      const slot: Slot = { worker, inflight: new Map(), dead: false };
      worker.on('message', (msg: WorkerResponse) => {
        if ('ready' in msg) return;
        const p = slot.inflight.get(msg.id);
        if (!p) return;
        slot.inflight.delete(msg.id);
        p.resolve(decodeResult(msg.result));
        this.pump();
      });
      const fail = (e: Error) => {
        if (slot.dead) return;
        slot.dead = true;
        this.failure ??= e;
        // Whatever this worker held goes back to the queue for the others.
        for (const p of slot.inflight.values()) this.queue.unshift(p);
        slot.inflight.clear();
        this.pump();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`scan worker exited with code ${code}`)));
      this.slots.push(slot);
    }
  }

  scan(job: ScanJob): Promise<FileResult> {
    if (job.stdin) return this.local.scan(job);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    const alive = this.slots.filter((s) => !s.dead);
    if (alive.length === 0) {
      const e = this.failure ?? new Error('no scan workers');
      for (const p of this.queue.splice(0)) p.reject(e);
      return;
    }
    while (this.queue.length) {
      let best: Slot | undefined;
      for (const s of alive) if (s.inflight.size < PER_WORKER && (!best || s.inflight.size < best.inflight.size)) best = s;
      if (!best) return;
      const p = this.queue.shift()!;
      const id = this.nextId++;
      best.inflight.set(id, p);
      best.worker.postMessage({ id, job: p.job } satisfies WorkerRequest);
    }
  }

  async close(): Promise<void> {
    for (const s of this.slots) s.dead = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * A scanner with `threads` workers (0: scan in this thread). When the code runs from TypeScript
 * sources (tests, tsx) workers cannot load it, and scanning stays in this thread.
 */
export async function createFileScanner(options: ScanEngineOptions, threads: number): Promise<FileScanner> {
  if (threads <= 0) return new LocalScanner(options);
  const { WORKER_URL, WORKER_MARK } = await import('./worker.js');
  // dist/cli.cjs (the CLI bundle) or dist/*.js (the library); a .ts source cannot start workers.
  if (!/\.c?js$/.test(WORKER_URL)) return new LocalScanner(options);
  return new WorkerPool(new URL(WORKER_URL), { mark: WORKER_MARK, options }, threads);
}

/**
 * Runs jobs through the scanner with up to `window` of them under way, and yields the results
 * in the jobs' order (reports are deterministic whatever finishes first). Memory stays bounded
 * by the window, not by the number of files.
 */
export async function* scanInOrder(jobs: AsyncIterable<ScanJob>, scanner: FileScanner, window: number): AsyncGenerator<FileResult> {
  const it = jobs[Symbol.asyncIterator]();
  const queue: Promise<FileResult>[] = [];
  let done = false;
  for (;;) {
    while (!done && queue.length < window) {
      const n = await it.next();
      if (n.done) {
        done = true;
        break;
      }
      const p = scanner.scan(n.value);
      p.catch(() => {}); // awaited below, in order; this only keeps an early failure from being "unhandled"
      queue.push(p);
    }
    const head = queue.shift();
    if (!head) return;
    yield await head;
  }
}
