import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temp dir the tests make (sandboxes, vaults, scanned trees) goes under one root that is
 * removed afterwards: thousands of test homes with vaults and keys must not pile up in /tmp.
 * os.tmpdir() reads TMPDIR on each call, and the test workers inherit it.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'anonymize-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
