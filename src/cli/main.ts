import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { EXIT, UserError } from '../errors.js';
import { registerAnonymize } from './anonymize.js';
import { registerAsk } from './ask.js';
import { registerChat } from './chat.js';
import { stderrColors } from './context.js';
import { registerRestore } from './restore.js';
import { registerScan } from './scan.js';
import { registerVault } from './vault.js';

const EXAMPLES = `
Examples:
  echo "Sehr geehrte Frau Demir, Tel. 0171 2345678" | anonymize > safe.txt
  anonymize restore < safe.txt
  anonymize letter.txt -o letter.safe.txt
  anonymize scan fixtures/            # exit 1 when personal data is found
  anonymize ask "Fasse die Beschwerde zusammen" -f ticket.txt
  anonymize vault info

Exit codes: 0 ok, 1 findings (scan), 2 usage or runtime error,
  3 integrity problem with --strict (ask/chat), 4 LLM authentication, 5 rate limited,
  6 network or timeout, 7 model or deployment not found.
Environment: ANONYMIZE_VAULT, ANONYMIZE_KEY_FILE, ANONYMIZE_PASSPHRASE, NO_COLOR.`;

export function buildProgram(): Command {
  const program = new Command('anonymize')
    .description('Pseudonymize personal data (names, emails, phone numbers, IBANs) before text goes to an LLM, and restore it afterwards.')
    .version(pkg.version, '-V, --version')
    .option('--vault <file>', 'vault file (default: per-user data dir; env ANONYMIZE_VAULT)')
    .option('--key-file <file>', 'key file for the vault (env ANONYMIZE_KEY_FILE; or set ANONYMIZE_PASSPHRASE)')
    .option('--config <file>', 'configuration file (default: nearest .anonymize.json or package.json "anonymize" key)')
    .option('-q, --quiet', 'no notices on stderr (warnings and errors still appear)')
    .option('--no-color', 'no colour on stderr (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces for errors')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES)
    .enablePositionalOptions();
  registerAnonymize(program);
  registerRestore(program);
  registerScan(program);
  registerAsk(program);
  registerChat(program);
  registerVault(program);
  return program;
}

function reportError(e: unknown, debug: boolean): number {
  const c = stderrColors();
  if (e instanceof UserError) {
    process.stderr.write(`${c.red('anonymize: error:')} ${e.message}\n`);
    if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const code = (e as { code?: unknown })?.code;
  if (code === 'EPIPE') return EXIT.OK; // the reader went away (e.g. `| head`): not our failure
  // Unexpected errors may carry text from the input in their message, so the message is only
  // shown with --debug; the one line names the kind of error.
  const name = e instanceof Error ? e.name : 'Error';
  process.stderr.write(`${c.red('anonymize: error:')} unexpected ${name}${typeof code === 'string' ? ` (${code})` : ''}; run with --debug for details\n`);
  if (debug) process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  return EXIT.ERROR;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // Commander exits with 1 on usage errors; 1 means "findings" here, so usage errors become 2.
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  override(program);
  const debug = argv.includes('--debug');
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.OK;
      return EXIT.ERROR; // commander already printed the message
    }
    return reportError(e, debug);
  }
}

/**
 * The CLI bundle (dist/cli.cjs) is also the script of the worker threads: the scan pool and the
 * detection pool (long `anonymize` runs) start them on the URL of the module holding their worker
 * code, which is this bundle. There it serves jobs instead of running the CLI. (The marks are
 * WORKER_MARK of src/scan/worker.ts and src/detect/worker.ts, not imported here: that would load
 * their code on every start.) Run by src/cli/boot.ts, which sets its import hook first, this is
 * the main thread: no need to load worker_threads to know.
 */
function workerKind(): 'scan' | 'detect' | null {
  if (Symbol.for('anonymize.import') in globalThis) return null;
  const { isMainThread, workerData } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  if (isMainThread) return null;
  const mark = (workerData as { mark?: unknown } | null)?.mark;
  return mark === 'anonymize-scan-worker' ? 'scan' : mark === 'anonymize-detect-worker' ? 'detect' : null;
}

const kind = workerKind();
if (kind === 'scan') {
  void import('../scan/worker.js');
} else if (kind === 'detect') {
  void import('../detect/worker.js');
} else {
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.exitCode = reportError(e, process.argv.includes('--debug'));
    },
  );
}
