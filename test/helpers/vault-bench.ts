/**
 * Measure vault open/save times: node --import tsx test/helpers/vault-bench.ts [sizes...]
 * Uses a temp dir; prints one line per size. Not part of the test suite.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Vault } from '../../src/vault/index.js';
import { ENTITY_TYPES } from '../../src/types.js';

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(100, 100_000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'vault-bench-'));
const keyPath = path.join(dir, 'k');
writeFileSync(keyPath, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
const first = ['Anna', 'Jürgen', 'Mehmet', 'Zoë', 'Olaf', 'Sophie', 'Karl-Heinz', 'Łukasz'];
const last = ['Müller', 'Schmidt', 'Özdemir', 'Nguyen', 'Smith', 'Wagner', 'Becker'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const quiet = () => {};
for (const n of sizes) {
  const p = path.join(dir, `v${n}.anv`);
  const key = { kind: 'keyfile' as const, path: keyPath };
  const v = await Vault.open({ path: p, key, onNotice: quiet });
  for (let i = 0; i < n; i++) {
    const t = ENTITY_TYPES[i % 4];
    const value =
      t === 'PERSON' ? `${first[i % 8]} ${last[i % 7]} ${i}` :
      t === 'EMAIL' ? `user${i}@example${i % 97}.de` :
      t === 'PHONE' ? `+49 30 ${1000000 + i}` : `DE89 3704 0044 0532 ${String(i).padStart(6, '0')}`;
    v.add(t, value);
  }
  const saves: number[] = [];
  const opens: number[] = [];
  for (let r = 0; r < 5; r++) {
    v.meta.retentionMs = r; // make it dirty
    let t0 = performance.now();
    await v.transaction(() => {});
    saves.push(performance.now() - t0);
    t0 = performance.now();
    const w = await Vault.open({ path: p, key, onNotice: quiet });
    opens.push(performance.now() - t0);
    if (w.entries().length !== n) throw new Error('count mismatch');
  }
  const size = statSync(p).size;
  console.log(`${n} entries: file ${(size / 1024).toFixed(1)} KiB, open ${median(opens).toFixed(1)} ms, transaction+save ${median(saves).toFixed(1)} ms (median of 5)`);
}
if (process.argv.includes('--pass') || true) {
  const p = path.join(dir, 'pp.anv');
  const key = { kind: 'passphrase' as const, passphrase: 'correct horse battery staple' };
  const v = await Vault.open({ path: p, key, onNotice: quiet });
  for (let i = 0; i < 100; i++) v.add('EMAIL', `p${i}@example.org`);
  let t0 = performance.now();
  await v.save();
  const s = performance.now() - t0;
  const opens: number[] = [];
  for (let r = 0; r < 3; r++) {
    t0 = performance.now();
    await Vault.open({ path: p, key, onNotice: quiet });
    opens.push(performance.now() - t0);
  }
  console.log(`passphrase (scrypt N=2^16,r=8,p=1), 100 entries: first save ${s.toFixed(0)} ms, open ${median(opens).toFixed(0)} ms`);
}
rmSync(dir, { recursive: true, force: true });
