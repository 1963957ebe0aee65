import type { Command } from 'commander';
import type { TextSink } from '../io/text-output.js';
import { UserError } from '../errors.js';
import { globals, warn } from './context.js';

interface RestoreFlags {
  output?: string;
  clipboard?: boolean;
}

export async function runRestore(files: string[], flags: RestoreFlags, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const [{ restoreStreamWithVault }, { readTextPieces, STDIN }, { fileSink, stdoutSink }, { openVault }] = await Promise.all([
    import('../pseudonymize/vault-lookup.js'),
    import('../io/text-input.js'),
    import('../io/text-output.js'),
    import('./open-vault.js'),
  ]);
  const sources = files.length ? files : [STDIN];
  if (flags.clipboard && (files.length || flags.output)) throw new UserError('--clipboard reads and writes the clipboard: no files and no --output with it');
  const clip = flags.clipboard ? await import('../io/clipboard.js') : undefined;
  // Reading needs no lock: writers replace the file atomically, so we see a whole vault.
  const vault = await openVault(opts);
  let sink: TextSink | undefined;
  try {
    sink = clip ? clip.clipboardSink() : flags.output ? await fileSink(flags.output) : stdoutSink();
    const stream = restoreStreamWithVault(vault);
    for (const pieces of clip ? [clip.clipboardPieces()] : sources.map(readTextPieces)) {
      for await (const piece of pieces) {
        const out = stream.push(piece);
        if (out) await sink.write(out);
      }
    }
    const tail = stream.end();
    if (tail) await sink.write(tail);
    await sink.commit();
    const { unknown } = stream.stats;
    if (unknown > 0) {
      warn(`${unknown} token${unknown === 1 ? ' was' : 's were'} not found in the vault and left as ${unknown === 1 ? 'it is' : 'they are'}`, opts);
    }
    return 0;
  } catch (e) {
    await sink?.abort();
    throw e;
  }
}

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('put the real values back in place of the tokens')
    .argument('[files...]', 'files to restore ("-" or none: standard input)')
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('-c, --clipboard', 'restore the clipboard in place: read it, put the restored text back')
    .addHelpText('after', '\nExample:\n  anonymize restore answer.txt > answer.restored.txt\n  pbpaste | anonymize restore | pbcopy')
    .action(async (files: string[], flags: RestoreFlags, cmd: Command) => {
      process.exitCode = await runRestore(files, flags, cmd);
    });
}
