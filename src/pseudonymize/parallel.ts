import type { Finding } from '../types.js';
import { LineChunker, chunkFindings, replaceFindings, zeroCounts, type Chunk, type FindingSource, type TokenStore, type TypeCounts } from './anonymize.js';

/**
 * A detector split in two (VaultDetector): detectRaw() is a pure function of the text (the
 * detectors), complete() adds what depends on state (the vault's known values, allow and deny
 * lists) and merges. complete(text, detectRaw(text)) is detect(text).
 */
export interface SplitDetector extends FindingSource {
  detectRaw(text: string): Finding[];
  complete(text: string, raw: Finding[]): Finding[];
}

/** Where detectRaw() runs for a long input: worker threads (see createRawDetectorPool). */
export interface RawDetector {
  detect(text: string): Promise<Finding[]>;
  close(): Promise<void>;
  readonly threads: number;
}

export interface ParallelOptions {
  /** Chunk size in UTF-16 units (default: AnonymizeStream's, 128 Ki). */
  chunkSize?: number;
  /** Characters of input after which the workers are started (default 1 Mi): a short text never starts them. */
  startAfter?: number;
  /** Chunks under way at once (default: two per worker, at least two). */
  window?: number;
}

const START_AFTER = 1 << 20;

interface InFlight {
  chunk: Chunk;
  text: string;
  raw: Promise<Finding[]>;
  done: boolean;
}

/**
 * AnonymizeStream with the detectors on worker threads: the same output, byte for byte, and the
 * same vault. Once the input has passed `startAfter` characters, each chunk (with its context,
 * cut as AnonymizeStream cuts it) goes to a worker as soon as it is cut; this thread then, in
 * input order, completes each chunk's findings (the vault's known values: a value found in an
 * earlier chunk is found again in later ones), replaces them with tokens and hands the text out.
 * Up to `window` chunks are under way, so the workers stay busy while this thread replaces; a
 * push() that fills the window waits for the oldest chunk, so memory stays bounded however fast
 * the input is read (as long as the caller awaits each push() before the next).
 *
 * Before the workers start (and always without `startPool`), chunks are detected in this thread.
 * Calls are served one at a time, in the order they were made. After a failure (a worker that
 * crashed) every later call fails with the same error. close() stops the workers.
 */
export class ParallelAnonymizeStream {
  readonly counts: TypeCounts = zeroCounts();
  private readonly chunker: LineChunker;
  private readonly startAfter: number;
  private readonly window: number | undefined;
  private seen = 0;
  private started = 0;
  private pool: RawDetector | undefined;
  private readonly inflight: InFlight[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private failure: unknown;
  private closed = false;

  constructor(
    private readonly detector: SplitDetector,
    private readonly store: TokenStore,
    private readonly startPool: (() => Promise<RawDetector>) | null,
    opts: ParallelOptions = {},
  ) {
    this.chunker = new LineChunker(opts.chunkSize);
    this.startAfter = opts.startAfter ?? START_AFTER;
    this.window = opts.window;
  }

  /** Worker threads started (0 until they start, and for a short input). */
  get threads(): number {
    return this.started;
  }

  /** Feed text; resolves to the anonymized text that is final so far (may be empty). */
  push(text: string): Promise<string> {
    return this.serial(() => this.feed(this.chunker.push(text), text.length, false));
  }

  /** No more input: resolves to the rest of the anonymized text. */
  end(): Promise<string> {
    return this.serial(() => this.feed(this.chunker.end(), 0, true));
  }

  /** Stops the workers (if they were started). Safe to call more than once, and after a failure. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }

  private serial(step: () => Promise<string>): Promise<string> {
    const run = this.queue.then(() => {
      if (this.failure !== undefined) throw this.failure;
      if (this.closed) throw new Error('the anonymize stream is closed');
      return step();
    });
    this.queue = run.catch((e: unknown) => {
      this.failure ??= e;
    });
    return run;
  }

  private async feed(chunks: Chunk[], chars: number, final: boolean): Promise<string> {
    this.seen += chars;
    if (!this.pool && this.startPool && this.seen >= this.startAfter) {
      this.pool = await this.startPool();
      this.started = this.pool.threads;
    }
    const pool = this.pool;
    let out = '';
    if (!pool || pool.threads === 0) {
      // In this thread: as AnonymizeStream does.
      for (const chunk of chunks) {
        const text = chunk.context + chunk.chunk;
        out += this.finish(chunk, text, this.detector.detectRaw(text));
      }
      return out;
    }
    const window = this.window ?? Math.max(2, 2 * pool.threads);
    for (const chunk of chunks) {
      const text = chunk.context + chunk.chunk;
      const entry: InFlight = { chunk, text, raw: pool.detect(text), done: false };
      // Awaited below, in order; this marks it done and keeps an early failure from being "unhandled".
      entry.raw.then(
        () => (entry.done = true),
        () => (entry.done = true),
      );
      this.inflight.push(entry);
      // Chunks already detected are replaced now, while the workers go on with the others.
      while (this.inflight.length > 0 && (this.inflight[0]!.done || this.inflight.length >= window)) out += await this.takeHead();
    }
    if (final) while (this.inflight.length > 0) out += await this.takeHead();
    return out;
  }

  private async takeHead(): Promise<string> {
    const head = this.inflight[0]!;
    const raw = await head.raw;
    this.inflight.shift();
    return this.finish(head.chunk, head.text, raw);
  }

  private finish(chunk: Chunk, text: string, raw: Finding[]): string {
    const findings = chunkFindings(this.detector.complete(text, raw), chunk.context.length);
    return replaceFindings(chunk.chunk, findings, this.store, this.counts);
  }
}
