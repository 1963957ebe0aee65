import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// Large JSON data (name lists, model weights) as a JSON.parse() of a string: V8 parses JSON
// several times faster than the equivalent JavaScript object literal, which is what esbuild
// would otherwise emit. Saves tens of milliseconds on every start.
const jsonAsString = {
  name: 'json-as-string',
  setup(build: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<{ contents: string; loader: 'js' }>) => void }) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.json$/ }, async ({ path }) => {
      const data = JSON.parse(await readFile(path, 'utf8'));
      if (/[\\/]person[\\/]model\.json$/.test(path)) return { contents: packedModel(data), loader: 'js' };
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: 'js' };
    });
  },
};

/**
 * The person model with its weights grouped by feature family ([value, weight, …]; see Model in
 * src/detect/person/features.ts): CompiledModel is then built without splitting 16k keys, and
 * JSON.parse makes arrays instead of a 16k-key object. `weights` is rebuilt only when asked for.
 */
function packedModel(model: { weights: Record<string, number> } & Record<string, unknown>): string {
  const { weights, ...rest } = model;
  const families: Record<string, Array<string | number | null>> = {};
  for (const [key, w] of Object.entries(weights)) {
    const eq = key.indexOf('=');
    (families[eq < 0 ? key : key.slice(0, eq)] ??= []).push(eq < 0 ? null : key.slice(eq + 1), w);
  }
  return `const m = JSON.parse(${JSON.stringify(JSON.stringify({ ...rest, families }))});
let weights;
export default Object.defineProperty(m, 'weights', {
  enumerable: true,
  get() {
    if (!weights) {
      weights = {};
      for (const f in m.families) {
        const a = m.families[f];
        for (let i = 0; i < a.length; i += 2) weights[a[i] === null ? f : f + '=' + a[i]] = a[i + 1];
      }
    }
    return weights;
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

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' } },
  // Splitting keeps rarely used code (openai, the LLM and scan commands) in chunks of its own,
  // loaded only by the commands that need them.
  splitting: true,
  // Bundling the small dependencies saves the ESM loader from resolving and compiling hundreds
  // of files on every start: a one-line run must start in well under 150 ms. compromise and
  // openai stay external: they are big and loaded lazily, only when needed.
  noExternal: [/^(?!compromise$|openai($|\/)|clipboardy$|@faker-js\/).*/],
  // Bundled CommonJS code calls require() for Node built-ins; ESM has no require of its own.
  banner: { js: "import { createRequire as __anonymizeCreateRequire } from 'node:module'; const require = __anonymizeCreateRequire(import.meta.url);" },
  esbuildPlugins: [jsonAsString, phoneRegexCache],
  plugins: [asciiOnly],
  sourcemap: false,
  clean: true,
  shims: false,
});
