import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' } },
  // Splitting keeps heavy, rarely used modules (openai, compromise) in their own chunks so
  // that `anonymize --version` and a one-line run start fast.
  splitting: true,
  sourcemap: false,
  clean: true,
  shims: false,
});
