#!/usr/bin/env node
// CommonJS (bin/package.json): Node then never starts its ES module loader, ~9 ms of every run.
require('../dist/boot.cjs');
