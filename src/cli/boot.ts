/**
 * Start-up of the CLI (dist/boot.cjs, required by bin/anonymize.js; dist/cli.js for ES module
 * importers): runs the CLI bundle dist/cli.cjs with a V8 code cache.
 *
 * Why: compiling the ~1.7 MB of JavaScript a one-line run needs (the detectors, commander, the
 * vault) and resolving and linking ~30 ES modules was the largest part of its start-up time
 * (issue #3). Node 20 has no compile cache for ES modules (module.enableCompileCache is Node 22),
 * but vm.Script takes V8 code cache data. So the CLI is built as one CommonJS-style bundle, and
 * after a run that found no usable cache the compiled code (including every function that run
 * compiled lazily) is written to the user's cache directory, e.g.
 * ~/.cache/anonymize/v8/<kind>-<sha1>.bin.
 *
 * Robustness: the cache file is named after the SHA-1 of the bundle's bytes, the V8 version
 * and the CPU architecture, so a changed bundle (new version, rebuilt dist/) never meets an old
 * cache; V8 checks its own version, flags and the source length again and rejects a mismatch
 * (we then run without cache and write a new one). A cache directory that cannot be created or
 * written, a file that cannot be read, or one not owned by this user or writable by others is
 * simply not used (the run is as fast as without this mechanism, never broken). Writes are
 * temp file + fsync + rename, so a reader never sees half a file; caches of older builds are
 * pruned (the newest few are kept). One cache per kind of run
 * (plain anonymize, each subcommand, --help/--version) holds exactly the code that kind runs.
 * ANONYMIZE_CODE_CACHE=off disables it; ANONYMIZE_CODE_CACHE=<dir> puts it elsewhere.
 */
import { createRequire } from 'node:module';

// Built-ins through require(), not import: an ES module import of a built-in builds its ES
// facade, which reads every export, and the lazy ones load modules of their own (crypto's
// webcrypto, fs's streams and promises, buffer's File): ~2 ms this start-up does not need.
const req = createRequire(import.meta.url);
const { createHash } = req('node:crypto') as typeof import('node:crypto');
const { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } =
  req('node:fs') as typeof import('node:fs');
const { isAscii } = req('node:buffer') as typeof import('node:buffer');
const os = req('node:os') as typeof import('node:os');
const path = req('node:path') as typeof import('node:path');
const vm = req('node:vm') as typeof import('node:vm');

const { fileURLToPath } = req('node:url') as typeof import('node:url');

const BUNDLE = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const COMMANDS = new Set(['restore', 'scan', 'ask', 'chat', 'vault']);

/** The per-user cache directory (env-paths' `cache` for "anonymize"), or null when disabled. */
function cacheDir(): string | null {
  const env = process.env;
  const set = env.ANONYMIZE_CODE_CACHE;
  if (set !== undefined && set !== '') {
    if (/^(0|off|false|no)$/i.test(set)) return null;
    return path.resolve(set);
  }
  const home = os.homedir();
  let base: string;
  if (process.platform === 'darwin') base = path.join(home, 'Library', 'Caches', 'anonymize');
  else if (process.platform === 'win32') base = path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'anonymize', 'Cache');
  else base = path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'anonymize');
  return path.join(base, 'v8');
}

/** Runs longer than this write no cache (ANONYMIZE_CODE_CACHE_MAX_RUN_MS overrides; see below). */
function maxRunMs(): number {
  const set = Number(process.env.ANONYMIZE_CODE_CACHE_MAX_RUN_MS);
  return Number.isFinite(set) && set >= 0 && process.env.ANONYMIZE_CODE_CACHE_MAX_RUN_MS !== '' ? set : 2000;
}

/** Which code a run needs: the subcommand, plain anonymize, or just help/version. */
function runKind(argv: readonly string[]): string {
  if (argv.some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version' || a === 'help')) return 'meta';
  const cmd = argv.find((a) => !a.startsWith('-'));
  return cmd !== undefined && COMMANDS.has(cmd) ? cmd : 'anonymize';
}

/** The cache file's bytes, unless it is missing, unreadable, or could have been planted. */
function readCache(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    // Code cache is code: only use a file this user wrote and nobody else can change.
    if (typeof process.getuid === 'function' && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return undefined;
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) return undefined;
      off += n;
    }
    return buf;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Caches of this many other builds are kept (e.g. a global and a project-local install in turn). */
const KEEP_OTHER_BUILDS = 3;

/**
 * Best effort: temp file (0600) + fsync + rename. Then caches of other builds are pruned, all but
 * the most recently written few: removing every other one would make two installed versions used
 * in turn throw away each other's cache on every run.
 */
function writeCache(dir: string, name: string, data: Buffer, key: string): void {
  const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fd = openSync(tmp, 'w', 0o600);
    try {
      let off = 0;
      while (off < data.length) off += writeSync(fd, data, off, data.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path.join(dir, name));
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    return;
  }
  try {
    const newest = new Map<string, number>(); // build key → newest mtime of its files
    const files: Array<[string, string]> = [];
    for (const f of readdirSync(dir)) {
      // Left by a writer that died; a live one renames its temp file within milliseconds.
      if (f.endsWith('.tmp') && statSync(path.join(dir, f)).mtimeMs < Date.now() - 3_600_000) unlinkSync(path.join(dir, f));
      const m = /^[a-z]+-([0-9a-f]{40})\.bin$/.exec(f);
      if (!m || m[1] === key) continue;
      files.push([f, m[1]!]);
      const t = statSync(path.join(dir, f)).mtimeMs;
      newest.set(m[1]!, Math.max(newest.get(m[1]!) ?? 0, t));
    }
    const keep = new Set([...newest].sort((a, b) => b[1] - a[1]).slice(0, KEEP_OTHER_BUILDS).map(([k]) => k));
    for (const [f, k] of files) if (!keep.has(k)) unlinkSync(path.join(dir, f));
  } catch {
    // another process may be pruning too
  }
}

// Less inlining in TurboFan. The person detector is dozens of large rule functions; with V8's
// default budget (920 bytes of bytecode inlined per function) each one absorbs its helpers, and
// a deopt in a rarely taken branch of any helper throws away and recompiles the big function
// (5-7 times for some). That compiling runs on V8's background threads, on the same two cores as
// the detector threads: 2.3-2.8 s of background CPU per 4 MB of text in one isolate, 1.6-1.9 s
// with 200, at the same main-thread speed. Process-wide, so the worker threads get it too; set
// before any code is compiled, so the code cache is made and checked under the same flags. A
// value given on node's command line wins.
if (!process.execArgv.some((a) => a.startsWith('--max-inlined-bytecode-size-cumulative'))) {
  (req('node:v8') as typeof import('node:v8')).setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}

const bytes = readFileSync(BUNDLE);
// The bundle is built ASCII-only; latin1 then decodes it with a plain copy (UTF-8 decoding of
// 1.7 MB costs several milliseconds). Should it ever hold other bytes, decode it properly.
const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
const dir = cacheDir();
const key = dir ? createHash('sha1').update(bytes).update(`\0${process.versions.v8}\0${process.arch}`).digest('hex') : '';
const cacheName = `${runKind(process.argv.slice(2))}-${key}.bin`;
const cachedData = dir ? readCache(path.join(dir, cacheName)) : undefined;

// The same wrapper Node puts around a CommonJS module (the bundle is plain CommonJS, and also
// runs as one: the scan workers load it with new Worker()).
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
// The bundle's import() of ES-module-only packages (clipboardy) and built-ins: Node 20 allows
// import() inside a vm.Script only with --experimental-vm-modules, so the bundle calls this one
// (see importHook in tsup.config.ts). Specifiers resolve as from dist/: the same node_modules.
(globalThis as Record<symbol, unknown>)[Symbol.for('anonymize.import')] = (specifier: string) => import(specifier);
if (dir && (cachedData === undefined || script.cachedDataRejected)) {
  // After the run, so that the cache also holds the functions compiled lazily during it; and
  // only after a run that did its work (exit 0, or 1: scan found something): a first run that
  // stops at a usage error or a missing key would leave a cache without the code the next runs of
  // its kind need (correct, but slower).
  //
  // And only after a short run: during a long one V8 flushes the bytecode of functions that have
  // not run for a while (argument parsing, vault opening), so its cache lacks them. A 20 MB run's
  // cache was 425 kB instead of 650 kB, and every one-line run after it took 196 ms instead of
  // 160 ms (as slow as with no cache at all). A long first run leaves the cache to the next run.
  process.once('exit', (code) => {
    if ((code === 0 || code === 1) && process.uptime() * 1000 <= maxRunMs()) writeCache(dir, cacheName, script.createCachedData(), key);
  });
}
const mod = { exports: {} };
(script.runInThisContext() as (...a: unknown[]) => void)(mod.exports, createRequire(BUNDLE), mod, BUNDLE, path.dirname(BUNDLE));
