import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { defineConfig } from 'tsup';
import { deferRegexes } from './scripts/lib/defer-regexes.js';
import { CLASS_MODULE, classModule, rewriteSource } from './scripts/lib/unicode-classes.js';

// Large JSON data (name lists, model weights) as a JSON.parse() of a string: V8 parses JSON
// several times faster than the equivalent JavaScript object literal, which is what esbuild
// would otherwise emit. Saves tens of milliseconds on every start.
//
// In the CLI bundle (dataFiles: true) the big ones (> 50 kB: name lists, person model, phone
// metadata; ~0.8 MB together) are files of their own, dist/data/*.json, read where the string
// was: as string literals they were read, hashed and decoded with the bundle on every start, and
// copied into its V8 code cache (~2.5 ms to deserialize; see src/cli/boot.ts).
const DATA_DIR = 'dist/data';
function jsonData(dataFiles: boolean) {
  const parse = async (json: string, file: string): Promise<string> => {
    if (!dataFiles || json.length < 50_000) return `JSON.parse(${JSON.stringify(json)})`;
    await mkdir(DATA_DIR, { recursive: true });
    // ASCII-only (\uXXXX escapes are JSON), so it can be read as latin1: a plain copy.
    await writeFile(`${DATA_DIR}/${file}`, json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    return `JSON.parse(require("fs").readFileSync(require("path").join(__dirname, "data", ${JSON.stringify(file)}), "latin1"))`;
  };
  return {
    name: 'json-as-string',
    setup(build: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<{ contents: string; loader: 'js' } | undefined>) => void }) {
      // libphonenumber-js ships its metadata as `export default {…}` (a 160 kB object literal).
      build.onLoad({ filter: /[\\/]libphonenumber-js[\\/]metadata\.(?:min|max)\.json\.js$/ }, async ({ path }) => {
        const src = await readFile(path, 'utf8');
        const at = src.indexOf('export default ');
        if (at < 0) return undefined;
        let data: unknown;
        try {
          data = JSON.parse(src.slice(at + 'export default '.length).trim().replace(/;$/, ''));
        } catch {
          return undefined; // not plain JSON after all: bundle it as it is
        }
        return { contents: `export default ${await parse(JSON.stringify(data), basename(path, '.js'))};`, loader: 'js' };
      });
      build.onLoad({ filter: /[\\/]src[\\/].*\.json$/ }, async ({ path }) => {
        const data = JSON.parse(await readFile(path, 'utf8'));
        if (/[\\/]person[\\/]model\.json$/.test(path)) return { contents: await packedModel(data, (json) => parse(json, 'model.json')), loader: 'js' };
        return { contents: `export default ${await parse(JSON.stringify(data), basename(path))};`, loader: 'js' };
      });
    },
  };
}

/**
 * The person model with its weights grouped by feature family ([value, weight, …]; see Model in
 * src/detect/person/features.ts): CompiledModel is then built without splitting 16k keys, and
 * JSON.parse makes arrays instead of a 16k-key object. `weights` is rebuilt only when asked for.
 */
async function packedModel(model: { weights: Record<string, number> } & Record<string, unknown>, parse: (json: string) => Promise<string>): Promise<string> {
  const { weights, ...rest } = model;
  const families: Record<string, Array<string | number | null>> = {};
  for (const [key, w] of Object.entries(weights)) {
    const eq = key.indexOf('=');
    (families[eq < 0 ? key : key.slice(0, eq)] ??= []).push(eq < 0 ? null : key.slice(eq + 1), w);
  }
  // Parsed on first use (a one-line run often never asks the model): every property is a getter.
  const keys = [...Object.keys(rest), 'families'];
  return `let m;
const load = () => (m ??= ${await parse(JSON.stringify({ ...rest, families }))});
let weights;
export default Object.defineProperties({}, {
${keys.map((k) => `  ${JSON.stringify(k)}: { enumerable: true, get: () => load()[${JSON.stringify(k)}] },`).join('\n')}
  weights: {
    enumerable: true,
    get() {
      if (!weights) {
        weights = {};
        const fs = load().families;
        for (const f in fs) {
          const a = fs[f];
          for (let i = 0; i < a.length; i += 2) weights[a[i] === null ? f : f + '=' + a[i]] = a[i + 1];
        }
      }
      return weights;
    },
  },
});`;
}

// libphonenumber-js builds `new RegExp('^(?:' + pattern + ')$')` on every validity check: a
// fresh string of a few hundred characters to hash and look up in V8's regexp cache, for every
// candidate number. The bundled copy keeps one RegExp per pattern (patterns come from the
// metadata: a bounded set). No g/y flag, so test() keeps no state between calls.
const phoneRegexCache = {
  name: 'libphonenumber-regex-cache',
  setup(build: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<{ contents: string; loader: 'js' } | undefined>) => void }) {
    build.onLoad({ filter: /libphonenumber-js[\\/]es6[\\/]helpers[\\/]matchesEntirely\.js$/ }, async ({ path }) => {
      const src = await readFile(path, 'utf8');
      // Only the implementation this replacement was written against.
      if (!src.includes("return new RegExp('^(?:' + regularExpressionText + ')$').test(text);")) return undefined;
      return {
        contents: `const cache = new Map();
export default function matchesEntirely(text, regularExpressionText) {
  text = text || '';
  let re = cache.get(regularExpressionText);
  if (re === undefined) cache.set(regularExpressionText, (re = new RegExp('^(?:' + regularExpressionText + ')$')));
  return re.test(text);
}`,
        loader: 'js',
      };
    });
  },
};

// Pure-ASCII output: Node decodes an ASCII module source on a fast path, and V8 scans it as a
// one-byte string. A few regular expressions in the bundle hold "ß", "’", "–" (esbuild keeps
// regex literals as written), which made the 700 kB detector chunk a UTF-16 source. \uXXXX is
// the same character in string, template and regex literals, comments and identifiers.
const asciiOnly = {
  name: 'ascii-only',
  renderChunk(code: string) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(code)) return;
    return { code: code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) };
  },
};

// Bundling the small dependencies saves the loader from resolving and compiling hundreds of
// files on every start: a one-line run must start in well under 150 ms. compromise and openai
// stay external: they are big and loaded lazily, only when needed.
const noExternal = [/^(?!compromise$|openai($|\/)|clipboardy$|@faker-js\/).*/];

// Start-up weight of two bundled CommonJS dependencies that no run of ours needs:
// - commander requires node:child_process at load (~2.5 ms: child_process, net, dgram) for
//   executable subcommands, which this CLI does not have; it is now required on first spawn().
// - proper-lockfile takes graceful-fs as its fs, and graceful-fs copies and patches the fs module
//   at load (~1.5 ms) to queue opens on EMFILE. The lock makes a handful of calls (mkdir, stat,
//   utimes, rmdir) per run, none of which opens a file descriptor: plain fs does the same.
// - chalk's colour detection (supports-color) requires node:tty, and with it node:net (~2 ms);
//   every Chalk of ours is made with an explicit level (src/cli/context.ts decides, from
//   isTTY and NO_COLOR), so the detection's answer is never read: it reports no colour here.
// - signal-exit (proper-lockfile's exit hook) requires node:assert (~1 ms) for one argument check.
// Each replacement applies only to the exact text it was written against; otherwise the module is
// bundled unchanged (slower, still correct).
const lighterDeps = {
  name: 'lighter-deps',
  setup(build: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<{ contents: string; loader: 'js' } | undefined>) => void }) {
    const replace = (filter: RegExp, from: string, to: string) =>
      build.onLoad({ filter }, async ({ path }) => {
        const src = await readFile(path, 'utf8');
        return src.includes(from) ? { contents: src.replace(from, to), loader: 'js' } : undefined;
      });
    replace(
      /[\\/]commander[\\/]lib[\\/]command\.js$/,
      "const childProcess = require('node:child_process');",
      "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
    );
    replace(/[\\/]proper-lockfile[\\/]lib[\\/](?:lockfile|adapter)\.js$/, "const fs = require('graceful-fs');", "const fs = require('fs');");
    replace(/[\\/]chalk[\\/]source[\\/]index\.js$/, "import supportsColor from '#supports-color';", 'const supportsColor = { stdout: false, stderr: false };');
    replace(
      /[\\/]signal-exit[\\/]index\.js$/,
      "var assert = require('assert')",
      "var assert = { equal: function (a, b, m) { if (a != b) throw new TypeError(m) } }",
    );
  },
};

// In the CommonJS bundle, import() of an ES module (clipboardy) or built-in must not be the
// bundle's own: src/cli/boot.ts runs the bundle with vm.Script, where Node 20 allows import() only
// with --experimental-vm-modules. boot.ts hands in an import() of its own (an ES module's), found
// under a global symbol; run as a plain CommonJS file (the scan workers) the native one is used.
// Any other import() left in the bundle fails the build rather than the user's run.
const IMPORT_HOOK = `var __anonymizeImport = globalThis[Symbol.for('anonymize.import')] || ((s) => import(s));`;
const importHook = {
  name: 'import-hook',
  renderChunk(code: string, chunk: { path: string }) {
    if (!/[\\/]cli\.cjs$/.test(chunk.path)) return undefined; // the bundle only, not boot.cjs
    const out = code.replace(/\bimport\(("[a-z:@/-]+")\)/g, '__anonymizeImport($1)');
    const left = /\bimport\(\s*[^)\s]/.exec(out);
    if (left) throw new Error(`import-hook: an import() the hook does not cover: ${out.slice(left.index, left.index + 60)}`);
    // After the "use strict" directive, which must stay the first statement.
    const strict = /^"use strict";\n/.exec(out)?.[0] ?? '';
    return { code: `${strict}${IMPORT_HOOK}\n${out.slice(strict.length)}` };
  },
};

// Our regexes' \p{…} classes as shared strings of explicit ranges: the same characters, parsed
// several times faster, ~25 ms of a one-line run (see scripts/lib/unicode-classes.ts). Then
// module-level patterns are made on first use: ~9 ms of a one-line run made patterns it never
// ran (see scripts/lib/defer-regexes.ts).
function unicodeClasses() {
  // Every file is rewritten once up front: the shared module must list every class before
  // esbuild, which loads files in parallel, asks for it.
  const rewritten = new Map<string, string>();
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const src = readFileSync(p, 'utf8');
        const out = deferRegexes(p, rewriteSource(p, src, used));
        if (out !== src) rewritten.set(join(process.cwd(), p), out);
      }
    }
  };
  walk('src');
  return {
    name: 'unicode-classes',
    setup(build: {
      onResolve: (o: { filter: RegExp }, cb: () => { path: string; namespace: string }) => void;
      onLoad: (o: { filter: RegExp; namespace?: string }, cb: (a: { path: string }) => { contents: string; loader: 'js' | 'ts' } | undefined) => void;
    }) {
      build.onResolve({ filter: new RegExp(`^${CLASS_MODULE}$`) }, () => ({ path: CLASS_MODULE, namespace: 'unicode-classes' }));
      build.onLoad({ filter: /.*/, namespace: 'unicode-classes' }, () => ({ contents: classModule(used), loader: 'js' }));
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
        const contents = rewritten.get(path);
        return contents === undefined ? undefined : { contents, loader: 'ts' };
      });
    },
  };
}

// esbuild rewrites every regular expression literal with \p{…} into `new RegExp("…", "u")`
// for node20 (its table dates full support of property escapes later), so such a literal inside
// a function hashed its source into V8's regexp cache on every evaluation, in some rules once
// per character. Node 20 supports them: keep the literals.
const regexpLiterals = (o: { supported?: Record<string, boolean> }) => {
  o.supported = { ...o.supported, 'regexp-unicode-property-escapes': true };
};

export default defineConfig([
  {
    // The library (ES modules), and dist/cli.js: the CLI's start-up for ES module importers
    // (bin/anonymize.js requires dist/boot.cjs directly), which runs dist/cli.cjs with a V8 code cache.
    entry: { index: 'src/index.ts', cli: 'src/cli/esm-entry.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: { entry: { index: 'src/index.ts' } },
    // Splitting keeps rarely used code (openai, the LLM and scan code) in chunks of its own,
    // loaded only when needed.
    splitting: true,
    noExternal,
    // Bundled CommonJS code calls require() for Node built-ins; ESM has no require of its own.
    banner: { js: "import { createRequire as __anonymizeCreateRequire } from 'node:module'; const require = __anonymizeCreateRequire(import.meta.url);" },
    esbuildPlugins: [unicodeClasses(), jsonData(false), phoneRegexCache],
    esbuildOptions: regexpLiterals,
    plugins: [asciiOnly],
    sourcemap: false,
    // Everything but the CommonJS files, which the second build writes at the same time.
    clean: ['!cli.cjs', '!boot.cjs', '!data/**'],
    shims: false,
  },
  {
    // The CLI as one CommonJS-style bundle (no splitting: esbuild wraps the modules that are
    // imported dynamically in functions that run on first use, so they cost parsing only, and
    // with the code cache not even that). Node 20 can cache compiled code only for scripts
    // (vm.Script cachedData), not for ES modules: see src/cli/boot.ts.
    // boot.cjs: the start-up code run by bin/anonymize.js (CommonJS, see bin/package.json).
    entry: { cli: 'src/cli/main.ts', boot: 'src/cli/boot.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    target: 'node20',
    platform: 'node',
    splitting: false,
    noExternal,
    esbuildPlugins: [unicodeClasses(), jsonData(true), phoneRegexCache, lighterDeps],
    esbuildOptions: regexpLiterals,
    plugins: [importHook, asciiOnly],
    sourcemap: false,
    clean: false,
    // import.meta.url becomes the bundle's own file URL (english.ts resolves compromise from it,
    // the scan pool starts its workers on it).
    shims: true,
  },
]);
