/**
 * dist/cli.js: the CLI for whoever imports it as an ES module. bin/anonymize.js is CommonJS (see
 * bin/package.json) and requires dist/boot.cjs itself: an ES module entry point costs the start-up
 * of Node's ES module loader, ~9 ms of CPU time.
 */
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./boot.cjs');
