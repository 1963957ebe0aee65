import type { Command } from 'commander';
import { fstatSync, statSync } from 'node:fs';
import type { TypeCounts } from '../pseudonymize/anonymize.js';
import type { TextSink } from '../io/text-output.js';
import { UserError } from '../errors.js';
import { tuneHeapForLongRun, untuneHeap } from './heap.js';
import { addDetectionOptions, globals, loadCommandConfig, notice, parseJobsFlag, pipelineOptions, type DetectionFlags } from './context.js';

interface AnonymizeFlags extends DetectionFlags {
  output?: string;
  clipboard?: boolean;
  jobs?: string;
}

const OUTPUT_BATCH = 4 << 20;

/** Input that starts the detection workers at once (ParallelAnonymizeStream's own threshold is 1 Mi characters). */
const LONG_INPUT = 1 << 20;

/** Bytes in the sources as far as known without reading them (regular files, also on stdin); 0 if unknown. */
function inputBytes(sources: readonly string[], stdin: string): number {
  let total = 0;
  for (const s of sources) {
    try {
      const st = s === stdin ? fstatSync(0) : statSync(s);
      if (st.isFile()) total += st.size;
    } catch {
      // unknown (a pipe, a missing file: reported when read)
    }
  }
  return total;
}

export function summarize(counts: TypeCounts): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`);
  return `replaced ${total} value${total === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export async function runAnonymize(files: string[], flags: AnonymizeFlags, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const config = loadCommandConfig(opts);
  const popts = pipelineOptions(flags, config);
  const jobs = parseJobsFlag(flags.jobs);
  // Loaded here, not at start-up: `--version` and `--help` must not pay for the detectors.
  const [{ anonymizeStreamWithVault, defaultDetectionThreads, parallelAnonymizeStreamWithVault }, { readTextPieces, STDIN }, { fileSink, stdoutSink }, { openVault }] = await Promise.all([
    import('../pseudonymize/session.js'),
    import('../io/text-input.js'),
    import('../io/text-output.js'),
    import('./open-vault.js'),
  ]);
  const sources = files.length ? files : [STDIN];
  if (flags.clipboard && (files.length || flags.output)) throw new UserError('--clipboard reads and writes the clipboard: no files and no --output with it');
  const clip = flags.clipboard ? await import('../io/clipboard.js') : undefined;
  const vault = await openVault(opts);
  // The lock is held for the whole run: ids are handed out against the newest vault, and a
  // concurrent run waits instead of handing the same id to another value.
  const { asUserError } = await import('./open-vault.js');
  const release = await vault.lock().catch((e) => {
    throw asUserError(e);
  });
  let sink: TextSink | undefined;
  let stream: ReturnType<typeof parallelAnonymizeStreamWithVault> | ReturnType<typeof anonymizeStreamWithVault> | undefined;
  // A big vault stays live for the whole run: tune the heap from the start (see below).
  let longRun = vault.size >= 20_000;
  if (longRun) tuneHeapForLongRun({ collectNow: true });
  try {
    sink = clip ? clip.clipboardSink() : flags.output ? await fileSink(flags.output) : stdoutSink();
    // Worker threads for the detectors once the input is long (1 Mi characters): by default one
    // per core besides this one, at most 4. This thread completes each chunk (the vault's known
    // values), replaces and writes, in order, and detects too when it would otherwise wait.
    // --jobs 0: everything in this thread, as before.
    // auto: stopped again if in their first second the process got no more than ~one core's worth of
    // CPU (another job has the other cores); see parallelAnonymizeStreamWithVault.
    const threads = jobs === 'auto' ? defaultDetectionThreads() : jobs;
    stream = threads === 0 ? anonymizeStreamWithVault(vault, popts) : parallelAnonymizeStreamWithVault(vault, popts, jobs === 'auto' ? undefined : jobs);
    // A long input whose size is known (files, or a file on standard input) starts the workers
    // now: they warm up while this thread reads and detects the first chunks.
    if ('startWorkers' in stream && !clip && inputBytes(sources, STDIN) >= LONG_INPUT) stream.startWorkers();
    // The mapping is saved before any text holding a new token goes out, so an interrupted
    // run never leaves tokens behind that the vault cannot restore. (A run that only saw known
    // values saves once at the end: last-seen times need no such care.) Text with new tokens
    // waits for up to OUTPUT_BATCH characters, so a big vault (a third of a second per save at
    // 250,000 entries) is saved once per 4 Mi characters of output rather than once per chunk.
    let savedSize = vault.size;
    let held: string[] = [];
    let heldChars = 0;
    const flush = async () => {
      if (vault.size !== savedSize) {
        await vault.save();
        savedSize = vault.size;
      }
      for (const text of held) await sink!.write(text);
      held = [];
      heldChars = 0;
    };
    const emit = async (text: string, final = false) => {
      if (!text) return;
      if (!longRun && !final) {
        longRun = true; // output before the end: the input is at least two chunks long
        tuneHeapForLongRun();
      }
      held.push(text);
      heldChars += text.length;
      if (vault.size === savedSize || heldChars >= OUTPUT_BATCH) await flush();
    };
    for (const pieces of clip ? [clip.clipboardPieces()] : sources.map(readTextPieces)) {
      for await (const piece of pieces) await emit(await stream.push(piece));
    }
    await emit(await stream.end(), true);
    await flush();
    if (vault.dirty) await vault.save();
    await sink.commit();
    if (process.stderr.isTTY || process.env.ANONYMIZE_VERBOSE || clip) {
      const workers = 'threads' in stream ? stream.threads : 0;
      const retired = 'threads' in stream && stream.workersRetired ? ' (stopped early: no spare core)' : '';
      notice(`${summarize(stream.counts)}${workers ? `; detection on ${workers} worker thread${workers === 1 ? '' : 's'}${retired}` : ''}`, opts);
    }
    return 0;
  } catch (e) {
    await sink?.abort();
    throw asUserError(e);
  } finally {
    if (stream && 'close' in stream) await stream.close();
    if (longRun) untuneHeap();
    await release();
  }
}

export function registerAnonymize(program: Command): void {
  addDetectionOptions(program)
    .argument('[files...]', 'files to anonymize ("-" or none: standard input)')
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('-c, --clipboard', 'anonymize the clipboard in place: read it, put the anonymized text back')
    .option('-j, --jobs <n>', 'worker threads for detection on long inputs (over 1 Mi characters): a number, 0 for none, or auto (default: auto, one per core besides the main thread, at most 4, stopped if no core is spare)')
    .action(async (files: string[], flags: AnonymizeFlags, cmd: Command) => {
      process.exitCode = await runAnonymize(files, flags, cmd);
    });
}
