import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { fileSink, stdoutSink, type TextSink } from '../io/text-output.js';

/**
 * Where a report goes: standard output, a regular file (written beside it and renamed into place
 * when complete, so a failed scan leaves no half report), or a device or pipe such as /dev/null
 * (written directly: renaming over a device would replace it).
 */
export async function reportSink(output: string | undefined): Promise<TextSink> {
  if (!output || output === '-') return stdoutSink();
  try {
    return await openSink(output);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? 'error');
    throw new UserError(`${output}: cannot write the report (${why})`);
  }
}

async function openSink(output: string): Promise<TextSink> {
  let special = false;
  try {
    const st = await stat(output);
    special = !st.isFile();
  } catch {
    // does not exist yet: a new regular file
  }
  if (!special) return fileSink(output);
  const stream = createWriteStream(output, { flags: 'w' });
  await once(stream, 'open');
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async commit() {
      stream.end();
      await once(stream, 'finish');
    },
    async abort() {
      stream.destroy();
    },
  };
}
