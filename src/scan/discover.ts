import { existsSync, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { ALWAYS_SKIPPED_DIRS, type IgnoreTree } from './ignore.js';
import type { ScanJob } from './types.js';

export const STDIN_PATH = '-';

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** The repository root: the nearest directory upwards from `cwd` holding .git; else `cwd`. */
export function findRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(cwd);
    dir = up;
  }
}

export interface PathNamer {
  cwd: string;
  root: string;
}

/** Display path (relative to cwd when inside it) and uri (relative to the root when inside it). */
export function nameFor(abs: string, n: PathNamer): { path: string; uri: string } {
  const fromCwd = relative(n.cwd, abs);
  const fromRoot = relative(n.root, abs);
  const inside = (r: string) => r !== '' && !r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r);
  return {
    // Inside the working directory: relative; elsewhere in the repository: relative with "../";
    // outside both: absolute.
    path: toPosix(inside(fromCwd) || inside(fromRoot) ? fromCwd : abs),
    uri: inside(fromRoot) ? toPosix(fromRoot) : toPosix(abs),
  };
}

export interface DiscoverCounters {
  /** Files named explicitly (or matched by a glob) but ignored by the ignore rules. */
  ignored: number;
}

export interface DiscoverOptions extends PathNamer {
  /** Paths, directories, globs or "-"; empty: the current directory. */
  paths: readonly string[];
  ignore: IgnoreTree;
  counters: DiscoverCounters;
  /** Files never to scan (the report being written, baselines). */
  exclude: (abs: string) => boolean;
  onError: (path: string, message: string) => void;
  onWarning: (message: string) => void;
}

/**
 * Turns the command line into files to scan, lazily (a huge tree is never listed in memory):
 * directories are walked in name order honouring .gitignore and .anonymizeignore files at every
 * level; .git and node_modules are never entered; symbolic links are not followed (no loops, no
 * escaping the tree). Explicitly named files honour .anonymizeignore and the config's
 * ignorePaths, but not .gitignore: naming a file is asking for it.
 */
export async function* discover(o: DiscoverOptions): AsyncGenerator<ScanJob> {
  const seen = new Set<string>();
  const job = (abs: string): ScanJob | null => {
    if (seen.has(abs) || o.exclude(abs)) return null;
    seen.add(abs);
    return { ...nameFor(abs, o), abs };
  };
  const args = o.paths.length ? o.paths : ['.'];
  for (const arg of args) {
    if (arg === STDIN_PATH) {
      yield { path: STDIN_PATH, uri: STDIN_PATH, stdin: true };
      continue;
    }
    const abs = resolve(o.cwd, arg);
    let st;
    try {
      st = await stat(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && fg.isDynamicPattern(arg)) {
        yield* globbed(arg, o, job);
        continue;
      }
      o.onError(arg, code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`);
      continue;
    }
    if (st.isDirectory()) {
      yield* walk(abs, o, job);
    } else if (o.ignore.ignoredPath(abs, ['own'])) {
      o.counters.ignored++;
    } else {
      const j = job(abs);
      if (j) yield j;
    }
  }
}

async function* walk(dir: string, o: DiscoverOptions, job: (abs: string) => ScanJob | null): AsyncGenerator<ScanJob> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    o.onError(nameFor(dir, o).path || '.', code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read directory (${code})`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (ALWAYS_SKIPPED_DIRS.has(e.name) || o.ignore.ignoredInWalk(abs, true)) continue;
      yield* walk(abs, o, job);
    } else if (e.isFile()) {
      if (o.ignore.ignoredInWalk(abs, false)) continue;
      const j = job(abs);
      if (j) yield j;
    }
    // Symbolic links, sockets, FIFOs and devices found in a walk are not scanned.
  }
}

async function* globbed(pattern: string, o: DiscoverOptions, job: (abs: string) => ScanJob | null): AsyncGenerator<ScanJob> {
  const matches = await fg(pattern, {
    cwd: o.cwd,
    dot: true,
    onlyFiles: true,
    absolute: true,
    followSymbolicLinks: false,
    ignore: [...ALWAYS_SKIPPED_DIRS].map((d) => `**/${d}/**`),
  });
  if (matches.length === 0) o.onWarning(`no files match ${pattern}`);
  matches.sort();
  for (const m of matches) {
    const abs = resolve(m);
    if (o.ignore.ignoredPath(abs, ['git', 'own'])) {
      o.counters.ignored++;
      continue;
    }
    const j = job(abs);
    if (j) yield j;
  }
}

/** Is `abs` the report or one of the temporary files it is written through? */
export function isOutputFile(abs: string, output: string | undefined): boolean {
  if (!output) return false;
  if (abs === output) return true;
  const name = basename(abs);
  return dirname(abs) === dirname(output) && name.startsWith(`.${basename(output)}.`) && name.endsWith('.tmp');
}
