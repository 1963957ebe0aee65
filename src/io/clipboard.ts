import { UserError } from '../errors.js';
import type { TextSink } from './text-output.js';

/**
 * The system clipboard as a text source and a text sink, through clipboardy (pbcopy/pbpaste,
 * PowerShell, wl-clipboard, or xsel on X11 with a bundled fallback).
 *
 * Errors are described by kind only: a clipboard tool's error output can contain what it was
 * asked to copy, and that is exactly the personal data this tool exists to protect.
 */
function clipboardError(e: unknown, doing: 'read' | 'write'): UserError {
  // clipboardy on Linux tries the system xsel, then its bundled one, and reports the first
  // failure; the reason that matters (no display) is often only in the second one's stderr.
  const err = e as { message?: unknown; stderr?: unknown; xselError?: { stderr?: unknown }; fallbackError?: { stderr?: unknown; code?: unknown } };
  const texts = [err?.message, err?.stderr, err?.xselError?.stderr, err?.fallbackError?.stderr].filter((t): t is string => typeof t === 'string');
  const all = texts.join(' ');
  let why = 'the clipboard tool failed';
  if (/can't open display|cannot open display|display server|headless|wayland|X11|ioctl/i.test(all)) {
    why = 'no display to reach (needs an X11 or Wayland session: DISPLAY or WAYLAND_DISPLAY)';
  } else if (/couldn't find|not found|ENOENT/i.test(all)) {
    why = 'no clipboard tool found (Linux: install xsel, xclip or wl-clipboard)';
  }
  return new UserError(`cannot ${doing} the clipboard: ${why}`);
}

async function clipboardy() {
  return (await import('clipboardy')).default;
}

export async function readClipboard(): Promise<string> {
  const cb = await clipboardy();
  try {
    return await cb.read();
  } catch (e) {
    throw clipboardError(e, 'read');
  }
}

export async function writeClipboard(text: string): Promise<void> {
  const cb = await clipboardy();
  try {
    await cb.write(text);
  } catch (e) {
    throw clipboardError(e, 'write');
  }
}

/** The clipboard's text as one piece (the shape readTextPieces gives a file). */
export async function* clipboardPieces(): AsyncGenerator<string> {
  const text = await readClipboard();
  if (text.includes('\u0000')) throw new UserError('the clipboard holds binary data, not text');
  if (text) yield text;
}

/**
 * Collects the output and puts it on the clipboard when the run succeeded (commit): a failed
 * run leaves the clipboard as it was, never half-replaced.
 */
export function clipboardSink(): TextSink {
  const parts: string[] = [];
  return {
    write: async (t) => {
      parts.push(t);
    },
    commit: () => writeClipboard(parts.join('')),
    abort: async () => {
      parts.length = 0;
    },
  };
}
