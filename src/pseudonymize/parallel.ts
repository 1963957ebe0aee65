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
  /**
   * Chunks pending at once (default: eight per thread, this one included). Four per worker are
   * under way; the rest is what this thread can detect while a worker is slow with the oldest chunk.
   */
  window?: number;
  /**
   * Stop the workers when, in the `probeMs` (default 1000) after their first answer, the whole
   * process has used less CPU than this many cores' worth (default: never). On a machine whose other
   * cores are busy the workers only add their own warm-up and messaging; detection then goes on
   * in this thread, with the same output.
   */
  retireBelow?: number;
  probeMs?: number;
}

const START_AFTER = 1 << 20;
const PROBE_MS = 1000;

/** CPU time of the whole process (every thread), in milliseconds. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A chunk cut and not yet handed out, in input order. */
interface Pending {
  chunk: Chunk;
  /** context + chunk: what the detectors see. */
  text: string;
  /** The detectors' findings, once known (from a worker or from this thread). */
  raw: Finding[] | undefined;
  /** Set once sent to a worker; rejects if the worker failed. */
  sent: Promise<Finding[]> | undefined;
}

/**
 * Texts a worker holds at once: one being detected, three waiting. With one waiting, a worker sat
 * idle ~10 % of a 20 MB run, whenever this thread was busy detecting or replacing a chunk of its
 * own when the worker's answer came in; with three, under 5 %.
 */
const PER_WORKER = 4;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * AnonymizeStream with the detectors on worker threads: the same output, byte for byte, and the
 * same vault. Once the input has passed `startAfter` characters, the chunks (each with its
 * context, cut as AnonymizeStream cuts them) go to the workers as soon as they are cut, four per
 * worker at a time; this thread then, in input order, completes each chunk's findings (the
 * vault's known values: a value found in an earlier chunk is found again in later ones),
 * replaces them with tokens and hands the text out. Chunks are taken in until `window` of them
 * are pending; then, rather than wait for a worker, this thread detects a pending chunk that no
 * worker has, if there is one, and otherwise waits for the oldest. So it shares the detecting
 * with the workers whenever it has nothing else to do (one worker on two cores keeps both busy,
 * and the detectors are compiled and warmed up in one more thread only), and a push() that
 * finds the window full returns only once there is room: memory stays bounded however fast the
 * input is read (as long as the caller awaits each push() before the next).
 *
 * Before the workers start (and always without `startPool`), chunks are detected in this thread;
 * with `retireBelow`, also after the workers were found not worth it on a busy machine.
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
  /** The workers being started early (see startWorkers), until feed() takes them. */
  private poolStart: Promise<RawDetector> | undefined;
  private readonly retireBelow: number | undefined;
  private readonly probeMs: number;
  private probe: { wall: number; cpu: number } | undefined;
  private probed = false;
  /**
   * The workers were found not worth it (see retireBelow): no more chunks go to them, and once none
   * is left with them they are stopped for good (the pool is gone, and not started again).
   */
  private retiring = false;
  private readonly pending: Pending[] = [];
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
    this.retireBelow = opts.retireBelow;
    this.probeMs = opts.probeMs ?? PROBE_MS;
  }

  /** Worker threads started (0 until they start, and for a short input). */
  get threads(): number {
    return this.started;
  }

  /** Whether the workers were stopped early because the machine had no spare core (see ParallelOptions.retireBelow). */
  get workersRetired(): boolean {
    return this.retiring;
  }

  /**
   * The input is known to be long (a big file): start the workers now, not after `startAfter`
   * characters. Each worker loads the bundle and runs its first chunks cold (a 20 MB run: its
   * first three chunks took 1.5 s, later ones 75 ms); started with the first push, it came in
   * only 2.4 s into the run, and this thread detected alone until then. Does nothing without
   * `startPool`, or once the workers were started.
   */
  startWorkers(): void {
    if (!this.startPool || this.pool || this.poolStart || this.retiring || this.closed) return;
    this.poolStart = this.startPool();
    this.poolStart.catch(() => {}); // a failure is reported by the feed() that awaits it
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
    const pool = this.pool ?? (await this.poolStart?.catch(() => undefined));
    this.pool = undefined;
    this.poolStart = undefined;
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
    if (!this.pool && !this.retiring && this.startPool && (this.poolStart || this.seen >= this.startAfter)) {
      this.pool = await (this.poolStart ?? this.startPool());
      this.poolStart = undefined;
      this.started = this.pool.threads;
    }
    let out = '';
    if ((!this.pool || this.pool.threads === 0) && this.pending.length === 0) {
      // In this thread: as AnonymizeStream does.
      for (const chunk of chunks) {
        const text = chunk.context + chunk.chunk;
        out += this.finish(chunk, text, this.detector.detectRaw(text));
      }
      return out;
    }
    // Workers, or chunks still pending from when they ran (then keep is 0: all is done here).
    const window = this.window ?? 2 * PER_WORKER * (this.started + 1);
    // One chunk at a time, so that a long text pushed at once is never all pending.
    for (const chunk of chunks) {
      this.pending.push({ chunk, text: chunk.context + chunk.chunk, raw: undefined, sent: undefined });
      out += await this.drain(this.retiring ? 0 : window - 1);
    }
    return out + (await this.drain(final || this.retiring ? 0 : window - 1));
  }

  /**
   * Hands out the chunks at the head that are detected, until at most `keep` are pending. Rather
   * than wait for a worker, this thread detects a pending chunk that no worker has, if any.
   */
  private async drain(keep: number): Promise<string> {
    let out = '';
    for (;;) {
      if (this.probe) this.checkLoad();
      const pool = this.pool;
      if (pool && this.retiring && !this.pending.some((p) => p.sent && !p.raw)) {
        // Nothing left with the workers: stop them. What is pending is detected here.
        this.pool = undefined;
        await pool.close();
      }
      if (this.pool && !this.retiring) this.dispatch(this.pool);
      // Chunks already detected are replaced now, while the workers go on with the others.
      while (this.pending.length > 0 && this.pending[0]!.raw) {
        const { chunk, text, raw } = this.pending.shift()!;
        out += this.finish(chunk, text, raw!);
      }
      if (this.pending.length <= keep) return out;
      const mine = this.pending.find((p) => !p.sent && !p.raw);
      if (mine) {
        mine.raw = this.detector.detectRaw(mine.text);
        await nextTurn(); // lets the workers' answers in, so that dispatch() gives them more
      } else await this.pending[0]!.sent; // a failure rejects it (and every other one under way)
    }
  }

  /** Once, probeMs after the workers' first answer: were they worth it? (see ParallelOptions.retireBelow) */
  private checkLoad(): void {
    const { wall, cpu } = this.probe!;
    const elapsed = performance.now() - wall;
    if (elapsed < this.probeMs) return;
    this.probe = undefined;
    if ((cpuMs() - cpu) / Math.max(elapsed, 1) < this.retireBelow!) this.retiring = true;
  }

  /** Sends pending chunks that nobody has to the workers, up to PER_WORKER each under way. */
  private dispatch(pool: RawDetector): void {
    let underWay = 0;
    for (const p of this.pending) if (p.sent && !p.raw) underWay++;
    for (const p of this.pending) {
      if (underWay >= PER_WORKER * pool.threads) return;
      if (p.sent || p.raw) continue;
      const sent = pool.detect(p.text);
      p.sent = sent;
      // Awaited in drain() when needed; this keeps a failure from being "unhandled" meanwhile.
      sent.then(
        (raw) => {
          p.raw = raw;
          // The load is judged from the first answer on, when the workers have started up.
          if (this.retireBelow !== undefined && !this.probed) {
            this.probed = true;
            this.probe = { wall: performance.now(), cpu: cpuMs() };
          }
        },
        () => {},
      );
      underWay++;
    }
  }

  private finish(chunk: Chunk, text: string, raw: Finding[]): string {
    const findings = chunkFindings(this.detector.complete(text, raw), chunk.context.length);
    return replaceFindings(chunk.chunk, findings, this.store, this.counts);
  }
}
