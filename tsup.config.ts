import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// Large JSON data (name lists, model weights) as a JSON.parse() of a string: V8 parses JSON
// several times faster than the equivalent JavaScript object literal, which is what esbuild
// would otherwise emit. Saves tens of milliseconds on every start.
const jsonAsString = {
  name: 'json-as-string',
  setup(build: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<{ contents: string; loader: 'js' }>) => void }) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.json$/ }, async ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(path, 'utf8'))))});`,
      loader: 'js',
    }));
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
  esbuildPlugins: [jsonAsString],
  sourcemap: false,
  clean: true,
  shims: false,
});
