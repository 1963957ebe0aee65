/**
 * Ask for the vault passphrase on the terminal with echo off.
 *
 * - Reads from the controlling terminal even when stdin is a pipe (`cat notes.txt | anonymize`):
 *   process.stdin if it is a TTY, else /dev/tty. The prompt goes to stderr (or /dev/tty), never
 *   to stdout, which may be feeding an LLM.
 * - Nothing is echoed, not even asterisks (they would reveal the length).
 * - Raw mode is always restored: on Enter, Ctrl-C, Ctrl-D, errors, and process exit.
 * - Line editing: Backspace, Ctrl-U (clear line), Ctrl-W (delete word); escape sequences (arrow keys) and
 *   other control characters are ignored; a paste that ends in a newline submits.
 */
import { openSync } from 'node:fs';
import tty from 'node:tty';

export type PromptErrorCode = 'NO_TTY' | 'ABORTED' | 'MISMATCH' | 'EMPTY';

export class PassphrasePromptError extends Error {
  readonly code: PromptErrorCode;
  constructor(code: PromptErrorCode, message: string) {
    super(message);
    this.name = 'PassphrasePromptError';
    this.code = code;
  }
}

export interface LineState {
  value: string;
  /** Inside an escape sequence (ESC seen, waiting for its final byte). */
  esc: 0 | 1 | 2;
  done: boolean;
  aborted: boolean;
}

export function newLineState(): LineState {
  return { value: '', esc: 0, done: false, aborted: false };
}

/** Apply typed input to the line (pure; exported for tests). Stops consuming at Enter / abort. */
export function feed(state: LineState, input: string): LineState {
  let { value, esc, done, aborted } = state;
  for (const ch of input) {
    if (done || aborted) break;
    const c = ch.codePointAt(0)!;
    if (esc === 1) {
      // ESC [ … or ESC O … start a sequence; anything else was a lone ESC + key: drop both.
      esc = ch === '[' || ch === 'O' ? 2 : 0;
      continue;
    }
    if (esc === 2) {
      if (c >= 0x40 && c <= 0x7e) esc = 0; // final byte of a CSI sequence
      continue;
    }
    if (ch === '\r' || ch === '\n') done = true;
    else if (c === 0x03) aborted = true; // Ctrl-C
    else if (c === 0x04) {
      if (value === '') aborted = true; // Ctrl-D on an empty line: end of input
      else done = true;
    } else if (c === 0x7f || c === 0x08) value = Array.from(value).slice(0, -1).join('');
    else if (c === 0x15) value = ''; // Ctrl-U: clear the line
    else if (c === 0x17) value = value.replace(/\S*\s*$/u, ''); // Ctrl-W: delete the last word
    else if (c === 0x1b) esc = 1;
    else if (c < 0x20) continue;
    else value += ch;
  }
  return { value, esc, done, aborted };
}

export interface PromptOptions {
  /** Text shown before input (default "Vault passphrase: "). */
  prompt?: string;
  /** Ask twice and require both to match (for creating a vault). true or the second prompt. */
  confirm?: boolean | string;
  /** Streams to use instead of the terminal (tests); input must be a TTY-like stream. */
  input?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  output?: NodeJS.WritableStream;
}

interface Term {
  input: NonNullable<PromptOptions['input']>;
  output: NodeJS.WritableStream;
  close(): void;
}

function openTerminal(opts: PromptOptions): Term {
  if (opts.input) return { input: opts.input, output: opts.output ?? process.stderr, close() {} };
  if (process.stdin.isTTY) {
    return { input: process.stdin, output: opts.output ?? process.stderr, close: () => process.stdin.pause() };
  }
  if (process.platform !== 'win32') {
    try {
      const fd = openSync('/dev/tty', 'r+');
      const input = new tty.ReadStream(fd);
      const output = opts.output ?? (process.stderr.isTTY ? process.stderr : new tty.WriteStream(fd));
      return { input, output, close: () => input.destroy() };
    } catch {
      // no controlling terminal (CI, cron, detached)
    }
  }
  throw new PassphrasePromptError(
    'NO_TTY',
    'cannot ask for the vault passphrase: no terminal — set ANONYMIZE_PASSPHRASE or use a key file (ANONYMIZE_KEY_FILE)',
  );
}

function readHidden(term: Term, prompt: string): Promise<string> {
  const { input, output } = term;
  return new Promise((resolve, reject) => {
    let state = newLineState();
    const setRaw = (on: boolean) => {
      try {
        input.setRawMode?.(on);
      } catch {
        // stream already closed
      }
    };
    const restoreOnExit = () => setRaw(false);
    const finish = (err: Error | null) => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('error', onError);
      process.removeListener('exit', restoreOnExit);
      setRaw(false);
      input.pause();
      output.write('\n');
      if (err) reject(err);
      else resolve(state.value);
    };
    const onData = (chunk: string | Buffer) => {
      state = feed(state, typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      if (state.aborted) finish(new PassphrasePromptError('ABORTED', 'passphrase entry cancelled'));
      else if (state.done) finish(null);
    };
    const onEnd = () => finish(new PassphrasePromptError('ABORTED', 'passphrase entry cancelled (end of input)'));
    const onError = (err: Error) => finish(err);
    process.on('exit', restoreOnExit);
    (input as NodeJS.ReadStream).setEncoding?.('utf8'); // multi-byte characters split across reads
    setRaw(true);
    output.write(prompt);
    input.on('data', onData);
    input.once('end', onEnd);
    input.once('error', onError);
    input.resume();
  });
}

/** Prompt for a passphrase with echo off. Throws PassphrasePromptError (NO_TTY, ABORTED, MISMATCH, EMPTY). */
export async function promptPassphrase(opts: PromptOptions = {}): Promise<string> {
  const term = openTerminal(opts);
  try {
    const first = await readHidden(term, opts.prompt ?? 'Vault passphrase: ');
    if (first === '') throw new PassphrasePromptError('EMPTY', 'the passphrase must not be empty');
    if (opts.confirm) {
      const again = await readHidden(term, typeof opts.confirm === 'string' ? opts.confirm : 'Repeat passphrase: ');
      if (again !== first) throw new PassphrasePromptError('MISMATCH', 'the passphrases do not match');
    }
    return first;
  } finally {
    term.close();
  }
}
