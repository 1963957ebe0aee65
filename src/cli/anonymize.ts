import { createRequire } from 'node:module';
import type { Command } from 'commander';
import type { TypeCounts } from '../pseudonymize/anonymize.js';
import type { TextSink } from '../io/text-output.js';
import { UserError } from '../errors.js';
import { addDetectionOptions, globals, loadCommandConfig, notice, pipelineOptions, type DetectionFlags } from './context.js';

interface AnonymizeFlags extends DetectionFlags {
  output?: string;
  clipboard?: boolean;
}

const OUTPUT_BATCH = 4 << 20;

/**
 * V8 lets the heap grow to up to four times what survived the last full GC before collecting
 * again. Streaming a big input through the detectors produces garbage that outlives the young
 * generation, so with a big vault live, a 20 MB input reached 700 MB RSS. A 20 % growth step
 * keeps a 1 GB run under 300 MB (a full GC of the vault-sized heap takes tens of milliseconds).
 * The flag is read at every GC, so setting it now works; set only for a big vault or once an
 * input turns out to be big, as loading node:v8 costs 2 ms that a one-line run does not spend.
 */
/**
 * Back to V8's default flags once the work is done: the start-up code cache (src/cli/boot.ts)
 * is written at exit and V8 stamps it with a hash of the flags; one made under changed flags
 * would be rejected by every later run (and rewritten each time: ~50 ms per run).
 */
function untuneHeap(): void {
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--heap-growing-percent=0');
  v8.setFlagsFromString('--no-expose-gc');
}

function tuneHeapForLongRun(opts: { collectNow?: boolean } = {}): void {
  const require = createRequire(import.meta.url);
  const v8 = require('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--heap-growing-percent=20');
  if (opts.collectNow) {
    // Opening a big vault leaves its decrypted JSON (tens of MB as a string) and the parse behind
    // as garbage, and the growth step above only applies from the next full GC on: one full GC
    // now (~50 ms with a 250k-entry vault, which took a second to open) keeps that start-up
    // garbage from setting the run's peak. --expose-gc only makes gc() available to new contexts.
    v8.setFlagsFromString('--expose-gc');
    const gc = (require('node:vm') as typeof import('node:vm')).runInNewContext('gc') as () => void;
    gc();
  }
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
  // Loaded here, not at start-up: `--version` and `--help` must not pay for the detectors.
  const [{ anonymizeStreamWithVault }, { readTextPieces, STDIN }, { fileSink, stdoutSink }, { openVault }] = await Promise.all([
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
  // A big vault stays live for the whole run: tune the heap from the start (see below).
  let longRun = vault.size >= 20_000;
  if (longRun) tuneHeapForLongRun({ collectNow: true });
  try {
    sink = clip ? clip.clipboardSink() : flags.output ? await fileSink(flags.output) : stdoutSink();
    const stream = anonymizeStreamWithVault(vault, popts);
    // The mapping is saved before any text holding a new token goes out, so an interrupted
    // run never leaves tokens behind that the vault cannot restore. (A run that only saw known
    // values saves once at the end: last-seen times need no such care.) Text with new tokens
    // waits for up to OUTPUT_BATCH characters, so a big vault (a third of a second per save at
    // 250,000 entries) is saved once per batch rather than once per 1 MiB chunk.
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
      for await (const piece of pieces) await emit(stream.push(piece));
    }
    await emit(stream.end(), true);
    await flush();
    if (vault.dirty) await vault.save();
    await sink.commit();
    if (process.stderr.isTTY || process.env.ANONYMIZE_VERBOSE || clip) notice(summarize(stream.counts), opts);
    return 0;
  } catch (e) {
    await sink?.abort();
    throw asUserError(e);
  } finally {
    if (longRun) untuneHeap();
    await release();
  }
}

export function registerAnonymize(program: Command): void {
  addDetectionOptions(program)
    .argument('[files...]', 'files to anonymize ("-" or none: standard input)')
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('-c, --clipboard', 'anonymize the clipboard in place: read it, put the anonymized text back')
    .action(async (files: string[], flags: AnonymizeFlags, cmd: Command) => {
      process.exitCode = await runAnonymize(files, flags, cmd);
    });
}
