import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { nameFor, type PathNamer } from './discover.js';
import { ALWAYS_SKIPPED_DIRS, type IgnoreTree } from './ignore.js';
import type { ScanJob } from './types.js';

/** The work tree's top directory, or null outside a git repository (or without git). */
export function gitToplevel(cwd: string): string | null {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return r.stdout.replace(/\r?\n$/, '') || null;
}

/** Paths staged for commit (added, copied, modified, renamed), relative to the top directory. */
export function stagedPaths(cwd: string, pathspecs: readonly string[]): string[] {
  const r = spawnSync('git', ['-c', 'core.quotepath=off', 'diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--', ...pathspecs], {
    cwd,
    maxBuffer: 1 << 30,
  });
  if (r.error) throw new UserError('--staged needs git, which was not found');
  if (r.status !== 0) throw new UserError(`--staged: git diff failed: ${r.stderr.toString('utf8').trim().split('\n')[0]}`);
  return r.stdout
    .toString('utf8')
    .split('\0')
    .filter((p) => p.length > 0);
}

/** Reads a stream in lines and exact byte counts (git cat-file --batch output). */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private ended = false;
  private waiters: Array<() => void> = [];

  constructor(stream: Readable) {
    stream.on('data', (d: Buffer) => {
      this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      this.wake();
    });
    stream.on('end', () => {
      this.ended = true;
      this.wake();
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private more(): Promise<void> {
    if (this.ended) throw new UserError('--staged: git cat-file ended early');
    return new Promise((r) => this.waiters.push(r));
  }

  async line(): Promise<string> {
    for (;;) {
      const nl = this.buf.indexOf(10);
      if (nl >= 0) {
        const s = this.buf.subarray(0, nl).toString('utf8');
        this.buf = this.buf.subarray(nl + 1);
        return s;
      }
      await this.more();
    }
  }

  /** The next n bytes (copied out), or, with keep=false, skips them without holding them. */
  async bytes(n: number, keep: boolean): Promise<Uint8Array | null> {
    const parts: Buffer[] = [];
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0) await this.more();
      const take = Math.min(left, this.buf.length);
      if (keep) parts.push(this.buf.subarray(0, take));
      this.buf = this.buf.subarray(take);
      left -= take;
    }
    return keep ? new Uint8Array(Buffer.concat(parts)) : null;
  }
}

export interface StagedOptions extends PathNamer {
  pathspecs: readonly string[];
  ignore: IgnoreTree;
  maxFileSize: number;
  counters: { ignored: number };
}

/**
 * Exactly what is staged: the index's version of every added/changed file (`git cat-file --batch`
 * with ":path", one git process for all files), not the working tree's. Oversize blobs are
 * skipped without being held in memory.
 */
export async function* stagedJobs(o: StagedOptions): AsyncGenerator<ScanJob> {
  const top = gitToplevel(o.cwd);
  if (!top) throw new UserError('--staged needs a git repository (none found here)');
  const paths = stagedPaths(o.cwd, o.pathspecs).filter((p) => {
    if (p.split('/').some((seg) => ALWAYS_SKIPPED_DIRS.has(seg))) return false;
    if (o.ignore.ignoredPath(resolve(top, p), ['own'])) {
      o.counters.ignored++;
      return false;
    }
    return true;
  });
  if (paths.length === 0) return;
  const git = spawn('git', ['cat-file', '--batch'], { cwd: top, stdio: ['pipe', 'pipe', 'ignore'] });
  const reader = new ByteReader(git.stdout);
  // Requests are written as they are read back, so neither pipe can fill up and stall.
  try {
    for (const p of paths) {
      const names = nameFor(resolve(top, p), o);
      if (p.includes('\n')) {
        // The batch protocol is line based; such a name is fetched on its own.
        const r = spawnSync('git', ['show', `:${p}`], { cwd: top, maxBuffer: o.maxFileSize + 1 });
        if (r.status === 0) yield { ...names, bytes: new Uint8Array(r.stdout) };
        continue;
      }
      git.stdin.write(`:${p}\n`);
      const header = await reader.line();
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) continue; // "missing" (e.g. a submodule's commit): nothing to scan
      const size = Number(m[2]);
      const isBlob = m[1] === 'blob';
      const keep = isBlob && size <= o.maxFileSize;
      const bytes = await reader.bytes(size, keep);
      await reader.bytes(1, false); // the newline after the content
      if (!isBlob) continue;
      // Oversize content is passed on as an empty stand-in with its size, to be counted as skipped.
      yield bytes ? { ...names, bytes } : { ...names, bytes: new Uint8Array(0), oversize: size };
    }
  } finally {
    git.stdin.end();
    git.kill();
  }
}
