// npm run demo — anonymizes a built-in sample letter, shows what an LLM would see, and restores
// it. Uses a throw-away vault and key in a temp dir, so it leaves nothing behind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = process.argv[2] ?? join('fixtures', 'demo', 'brief.de.txt');
const dir = mkdtempSync(join(tmpdir(), 'anonymize-demo-'));
const env = { ...process.env, ANONYMIZE_VAULT: join(dir, 'vault.anv'), XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data') };
const run = (args, input) => {
  const r = spawnSync(process.execPath, [join('bin', 'anonymize.js'), ...args], { env, input, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(r.status ?? 2);
  }
  return r.stdout;
};
try {
  const original = readFileSync(file, 'utf8');
  const safe = run([file]);
  const restored = run(['restore'], safe);
  console.log(`── ${file}: what the LLM gets ──\n${safe}`);
  console.log(`── restored ──\n${restored}`);
  console.log(restored === original ? '✔ restored text is identical to the original' : '✘ restored text differs from the original');
  process.exitCode = restored === original ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
