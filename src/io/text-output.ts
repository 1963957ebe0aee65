import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface TextSink {
  write(text: string): Promise<void>;
  /** Make the output final (for a file: fsync and rename into place). */
  commit(): Promise<void>;
  /** Throw away a partial output (for a file: remove the temp file; the target is untouched). */
  abort(): Promise<void>;
}

async function writeTo(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export function stdoutSink(): TextSink {
  return {
    write: (t) => writeTo(process.stdout, t),
    commit: async () => {},
    abort: async () => {},
  };
}

/**
 * Writes to a temp file beside the target and renames it into place only when everything
 * went well: a failed or interrupted run never leaves a half-written output, and never
 * destroys the file that was there before.
 */
export async function fileSink(path: string): Promise<TextSink> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode = 0o600;
  try {
    mode = (await stat(path)).mode & 0o777;
  } catch {
    // New file: private by default, since it may still hold data the user did not expect.
  }
  const stream: WriteStream = createWriteStream(tmp, { mode, flags: 'wx' });
  await once(stream, 'open');
  return {
    write: (t) => writeTo(stream, t),
    async commit() {
      stream.end();
      await once(stream, 'finish');
      const fh = await open(tmp, 'r');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, path);
    },
    async abort() {
      stream.destroy();
      await rm(tmp, { force: true });
    },
  };
}

