/**
 * Crash-safe replace of the vault file: temp file in the same directory (O_EXCL, mode 0600),
 * write everything, fsync, rename over the target, fsync the directory.
 *
 * Why not write-file-atomic (which the project also depends on): v7 issues a single fs.write and
 * ignores the byte count it returns. On a filling disk write(2) may return a short count without
 * an error, and write-file-atomic then fsyncs and renames the truncated temp file over the good
 * vault — for an encrypted vault that is the loss of every mapping (see coder/xum#4282, which
 * hit exactly this). It also does not fsync the directory after the rename, and loads
 * signal-exit at import (~14 ms of a 150 ms cold-start budget). FileHandle.writeFile loops until
 * every byte is written, and we verify the size before the rename as a second guard.
 *
 * Temp names are `<vault>.tmp-<pid>-<hex>`; a process killed mid-write leaves one behind, which
 * is never read as the vault and is removed by the next writer holding the lock.
 */
import { randomBytes } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export function tempPathFor(target: string): string {
  return `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
}

export async function fsyncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch {
    // Not supported everywhere (Windows, some network file systems); the file itself is synced.
  } finally {
    await fh?.close().catch(() => {});
  }
}

/** Returns the stat of the written file (inode, size and mtime survive the rename). */
export async function writeFileAtomic(target: string, data: Uint8Array, mode = 0o600): Promise<BigIntStats> {
  const tmp = tempPathFor(target);
  const fh = await open(tmp, 'wx', mode);
  let renamed = false;
  let st: BigIntStats;
  try {
    try {
      await fh.writeFile(data);
      await fh.chmod(mode); // open()'s mode is filtered by the umask; make it exact
      await fh.sync();
      st = await fh.stat({ bigint: true });
      if (st.size !== BigInt(data.length)) {
        throw Object.assign(new Error(`short write (${st.size} of ${data.length} bytes)`), { code: 'EIO' });
      }
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
    renamed = true;
  } finally {
    if (!renamed) await unlink(tmp).catch(() => {});
  }
  await fsyncDir(path.dirname(target));
  return st;
}

/**
 * Remove temp files left by writers that died mid-write. Only call while holding the vault
 * lock: every writer holds it while its temp file exists, so any temp file present is garbage.
 */
export async function removeStaleTemps(target: string): Promise<number> {
  const dir = path.dirname(target);
  const prefix = `${path.basename(target)}.tmp-`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let n = 0;
  for (const name of names) {
    if (name.startsWith(prefix) && /^\d+-[0-9a-f]{8}$/.test(name.slice(prefix.length))) {
      await unlink(path.join(dir, name)).then(() => n++, () => {});
    }
  }
  return n;
}
