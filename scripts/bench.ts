/**
 * npm run bench — speed and memory of anonymize, side by side with the npm peers.
 *
 *   throughput of the whole `anonymize` path (the built CLI, vault included) on generated
 *   mixed German/English business text, with the default --jobs and with --jobs 0; the
 *   detector pipeline alone, per detector;
 *   cold start of `anonymize --version` and of a one-line stdin run;
 *   peak RSS while anonymizing a large input (1 GB by default);
 *   the same text through openredaction, redact-pii, @arcjet/redact and anonymize-nlp.
 *
 * Options: --size-mb N (default 20)  --big-mb N (default 1024, 0 to skip)  --no-peers
 *          --peer-seconds N (time budget per peer, default 20)  --runs N (cold start, default 15)
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BusinessTextGenerator } from './lib/business-text.js';
import { DETECTORS, Pipeline } from '../src/detect/pipeline.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const SIZE_MB = opt('size-mb', 20);
const BIG_MB = opt('big-mb', 1024);
const PEER_SECONDS = opt('peer-seconds', 20);
const RUNS = opt('runs', 15);
const PEERS = !args.includes('--no-peers');

const BIN = join(process.cwd(), 'bin', 'anonymize.js');
if (!existsSync(join(process.cwd(), 'dist', 'cli.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'anonymize-bench-'));
const env = {
  ...process.env,
  ANONYMIZE_VAULT: join(work, 'vault.anv'),
  ANONYMIZE_KEY_FILE: join(work, 'vault.key'),
  XDG_DATA_HOME: join(work, 'data'),
  XDG_CONFIG_HOME: join(work, 'config'),
  // A start-up code cache of the bench's own: what the user's cache dir holds from other builds
  // and runs must not decide the cold-start figures.
  ANONYMIZE_CODE_CACHE: join(work, 'v8'),
  NO_COLOR: '1',
};
writeFileSync(env.ANONYMIZE_KEY_FILE, Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255)).toString('base64'), { mode: 0o600 });

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs a command, feeding `input` (a file path) to stdin; returns wall ms and peak RSS bytes. */
async function measure(argv: string[], inputFile?: string, runEnv: NodeJS.ProcessEnv = env): Promise<{ ms: number; rss: number; code: number | null; stderr: string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, argv, { env: runEnv, stdio: [inputFile ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  let rss = 0;
  // VmHWM is the kernel's high-water mark of the resident set: monotonic, so sampling it
  // misses at most the growth of the last interval before exit.
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) rss = Math.max(rss, Number(m[1]) * 1024);
    } catch {
      /* process gone */
    }
  }, 50);
  if (inputFile) {
    const { createReadStream } = await import('node:fs');
    createReadStream(inputFile).pipe(child.stdin!);
  }
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(poll);
  return { ms: performance.now() - t0, rss, code, stderr };
}

// Cold start is measured against a vault of its own: the throughput runs above fill the bench
// vault with ~100k values, and loading those would otherwise be counted as start-up time.
const coldEnv = { ...env, ANONYMIZE_VAULT: join(work, 'cold-vault.anv') };

function coldStart(argv: string[], input?: string, runEnv: NodeJS.ProcessEnv = coldEnv): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, argv, { env: runEnv, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'] });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`cold start run failed: ${argv.join(' ')}`);
  }
  return median(times);
}

async function main() {
  console.log(`anonymize bench — node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
  console.log(`work dir ${work}\n`);

  // 1. Text.
  const gen = new BusinessTextGenerator(42);
  const text = gen.generate(SIZE_MB * 1024 * 1024);
  const textFile = join(work, 'bench.txt');
  writeFileSync(textFile, text);
  console.log(`bench text: ${fmt(text.length)} chars (${mb(statSync(textFile).size)} MB), mixed German/English business text`);

  // 2. Detector pipeline in process (no vault, no I/O), whole and per detector.
  const pipeline = new Pipeline();
  pipeline.detect(text.slice(0, 100_000)); // warm-up: lazy loads, JIT
  let t0 = performance.now();
  let findings = 0;
  const CH = 1 << 20;
  for (let i = 0; i < text.length; i += CH) findings += pipeline.detect(text.slice(i, i + CH)).length;
  const pipeMs = performance.now() - t0;
  console.log(`\npipeline (in process): ${fmt(text.length / (pipeMs / 1000))} chars/s, ${fmt(findings)} findings`);
  for (const d of DETECTORS) {
    t0 = performance.now();
    for (let i = 0; i < text.length; i += CH) d.detect(text.slice(i, i + CH), { region: 'DE' });
    console.log(`  ${d.name.padEnd(8)} ${fmt(text.length / ((performance.now() - t0) / 1000))} chars/s`);
  }

  // 3. The whole anonymize path: the built CLI, stdin to stdout, vault and all. The default
  // (--jobs auto: detection on worker threads beside the main thread), then --jobs 0 (all in the
  // main thread) against a vault of its own, so that both start from an empty vault.
  const run = await measure([BIN], textFile);
  if (run.code !== 0) throw new Error(`anonymize failed: ${run.stderr}`);
  const oursCps = text.length / (run.ms / 1000);
  console.log(`\nanonymize CLI (${SIZE_MB} MB, stdin → stdout, vault, default --jobs auto): ${fmt(oursCps)} chars/s, wall ${(run.ms / 1000).toFixed(2)} s, peak RSS ${mb(run.rss)} MB`);
  const single = await measure([BIN, '--jobs', '0'], textFile, { ...env, ANONYMIZE_VAULT: join(work, 'jobs0-vault.anv') });
  if (single.code !== 0) throw new Error(`anonymize --jobs 0 failed: ${single.stderr}`);
  console.log(`  --jobs 0 (no worker threads): ${fmt(text.length / (single.ms / 1000))} chars/s, wall ${(single.ms / 1000).toFixed(2)} s, peak RSS ${mb(single.rss)} MB`);
  const warm = await measure([BIN], textFile);
  console.log(`  second run (vault now knows every value): ${fmt(text.length / (warm.ms / 1000))} chars/s`);

  // 4. Cold start.
  const coldVersion = coldStart([BIN, '--version']);
  const LINE = 'Sehr geehrte Frau Ayşe Demir, Tel. 0171 2345678, a.demir@beispiel.de\n';
  const coldLine = coldStart([BIN], LINE);
  const bigVaultLine = coldStart([BIN], LINE, env);
  console.log(`\ncold start (median of ${RUNS}): --version ${coldVersion.toFixed(0)} ms, one-line stdin run ${coldLine.toFixed(0)} ms`);
  console.log(`  one-line stdin run with the bench vault (every value of the ${SIZE_MB} MB text): ${bigVaultLine.toFixed(0)} ms`);

  // 5. Peak RSS on a big input.
  if (BIG_MB > 0) {
    const bigFile = join(work, 'big.txt');
    const block = Buffer.from(text);
    const out = createWriteStream(bigFile);
    let written = 0;
    while (written < BIG_MB * 1024 * 1024) {
      if (!out.write(block)) await once(out, 'drain');
      written += block.length;
    }
    out.end();
    await once(out, 'finish');
    console.log(`\nbig input: ${mb(written)} MB …`);
    const big = await measure([BIN, bigFile]);
    rmSync(bigFile, { force: true });
    if (big.code !== 0) throw new Error(`anonymize (big) failed: ${big.stderr}`);
    console.log(`  anonymize ${mb(written)} MB: wall ${(big.ms / 1000).toFixed(1)} s, ${fmt(written / (big.ms / 1000))} bytes/s, peak RSS ${mb(big.rss)} MB`);
  }

  // 6. Peers, same text, each within a time budget (some are two orders of magnitude slower).
  if (PEERS) {
    console.log(`\npeers (same text, up to ${PEER_SECONDS} s each; ratio = anonymize CLI chars/s ÷ peer chars/s):`);
    const peers: Array<[string, () => Promise<(s: string) => unknown | Promise<unknown>>]> = [
      ['openredaction', async () => { const { OpenRedaction } = await import('openredaction'); const r = new OpenRedaction({ redactionMode: 'placeholder' } as never); return (s) => r.detect(s); }],
      ['redact-pii', async () => { const { SyncRedactor } = await import('redact-pii'); const r = new SyncRedactor(); return (s) => r.redact(s); }],
      ['@arcjet/redact', async () => { const { redact } = await import('@arcjet/redact'); return (s) => redact(s, { entities: ['email', 'phone-number', 'credit-card-number', 'ip-address'] }); }],
      ['anonymize-nlp', async () => { const m = await import('anonymize-nlp'); const A = (m as { AnonymizeNlp: new () => { anonymize(s: string): string } }).AnonymizeNlp; const a = new A(); return (s) => a.anonymize(s); }],
    ];
    const PIECE = 64 * 1024;
    for (const [name, load] of peers) {
      try {
        const fn = await load();
        await fn(text.slice(0, 2000));
        let done = 0;
        const start = performance.now();
        while (done < text.length && performance.now() - start < PEER_SECONDS * 1000) {
          // Cut at a line break so that peers see whole lines, as we do.
          let end = Math.min(text.length, done + PIECE);
          const nl = text.lastIndexOf('\n', end);
          if (nl > done) end = nl + 1;
          await fn(text.slice(done, end));
          done = end;
        }
        const cps = done / ((performance.now() - start) / 1000);
        console.log(`  ${name.padEnd(16)} ${fmt(cps).padStart(12)} chars/s   anonymize is ${(oursCps / cps).toFixed(1)}× faster (measured on ${mb(done)} M chars)`);
      } catch (e) {
        console.log(`  ${name.padEnd(16)} failed: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }

  if (existsSync(join(process.cwd(), 'scripts', 'bench-scan.ts'))) {
    console.log('\nscan benchmark:');
    spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'bench-scan.ts')], { stdio: 'inherit' });
  }
}

main()
  .catch((e) => {
    console.error(`bench failed: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
