import { createReadStream } from 'node:fs';
import { UserError } from '../errors.js';

/** Input that is not UTF-8 text. Commands report it; `scan` skips and counts it. */
export class NotTextError extends UserError {
  constructor(
    readonly source: string,
    readonly reason: 'binary' | 'encoding',
  ) {
    super(
      reason === 'binary'
        ? `${source}: looks like binary data, not text`
        : `${source}: is not valid UTF-8 text (convert it first, e.g. with iconv -f latin1 -t utf-8)`,
    );
  }
}

export const STDIN = '-';

export function displayName(source: string): string {
  return source === STDIN ? '<stdin>' : source;
}

/**
 * Decodes a byte stream as UTF-8, strictly: invalid sequences and NUL bytes are errors, never
 * replaced, so nothing is silently garbled. A BOM is kept as U+FEFF so that it survives the
 * round trip byte for byte. Multi-byte characters split across reads are reassembled.
 */
export async function* decodeUtf8(bytes: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for await (const chunk of bytes) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (buf.includes(0)) throw new NotTextError(source, 'binary');
    let text: string;
    try {
      text = decoder.decode(buf, { stream: true });
    } catch {
      throw new NotTextError(source, 'encoding');
    }
    if (text) yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new NotTextError(source, 'encoding');
  }
  if (tail) yield tail;
}

function openBytes(source: string): AsyncIterable<Buffer> {
  if (source === STDIN) return process.stdin;
  return createReadStream(source, { highWaterMark: 1 << 20 });
}

/** Text of a file (or stdin for "-"), in pieces, with clear one-line errors. */
export async function* readTextPieces(source: string): AsyncGenerator<string> {
  try {
    yield* decodeUtf8(openBytes(source), displayName(source));
  } catch (e) {
    throw toUserError(e, source);
  }
}

export async function readAllText(source: string): Promise<string> {
  const parts: string[] = [];
  for await (const p of readTextPieces(source)) parts.push(p);
  return parts.join('');
}

export function toUserError(e: unknown, source: string): unknown {
  if (e instanceof UserError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  const name = displayName(source);
  if (code === 'ENOENT') return new UserError(`${name}: no such file`);
  if (code === 'EISDIR') return new UserError(`${name}: is a directory`);
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`${name}: permission denied`);
  return e;
}
