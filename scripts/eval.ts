/**
 * npm run eval [-- --corpus PATH ...] [--json] [--errors FILE] [--types PERSON,EMAIL] [--limit N]
 *
 * Runs the full detector pipeline over labelled JSONL corpora (default ../shared/corpus relative
 * to the repository) and prints precision, recall, F1, leak rate and over-masking per file, per
 * language and per type. `--errors germeval2014.jsonl` lists missed and spurious spans for that
 * file. Metric definitions live in src/eval/metrics.ts. Besides JSONL, `*.<lang>.marked.txt` files
 * (hand-written fixtures, see src/eval/marked.ts) are read, e.g. `--corpus fixtures/person`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pipeline } from '../src/detect/pipeline.js';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../src/types.js';
import {
  type Counts,
  type GoldDoc,
  mergeByType,
  ratios,
  scoreDoc,
  snippet,
  type Span,
  total,
} from '../src/eval/metrics.js';
import { langFromName, parseMarked } from '../src/eval/marked.js';

interface Args {
  corpora: string[];
  json: boolean;
  errors: string | null;
  types: EntityType[] | null;
  limit: number;
  sample: 'odd' | 'even' | null;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { corpora: [], json: false, errors: null, types: null, limit: Infinity, sample: null };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    const val = () => {
      const eq = x.indexOf('=');
      if (eq >= 0) return x.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Error(`${x} needs a value`);
      return v;
    };
    if (x === '--json') a.json = true;
    else if (x.startsWith('--corpus')) a.corpora.push(val());
    else if (x.startsWith('--errors')) a.errors = val();
    else if (x.startsWith('--limit')) a.limit = Number(val());
    else if (x.startsWith('--sample')) {
      const v = val();
      if (v !== 'odd' && v !== 'even') throw new Error('--sample takes odd or even');
      a.sample = v;
    }
    else if (x.startsWith('--types')) {
      const ts = val()
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean);
      for (const t of ts) if (!isEntityType(t)) throw new Error(`unknown type ${t} (known: ${ENTITY_TYPES.join(', ')})`);
      a.types = ts as EntityType[];
    } else if (x === '--help' || x === '-h') {
      console.log('usage: npm run eval -- [--corpus PATH]... [--json] [--errors FILE] [--types T1,T2] [--limit N] [--sample odd|even]');
      process.exit(0);
    } else throw new Error(`unknown argument ${x}`);
  }
  return a;
}

function listFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      console.error(`eval: ${p} not found, skipped`);
      continue;
    }
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith('.jsonl') || f.endsWith('.marked.txt')) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

function loadDocs(file: string, limit: number): GoldDoc[] {
  if (file.endsWith('.marked.txt')) {
    const name = basename(file);
    return parseMarked(readFileSync(file, 'utf8'), langFromName(name), name.replace(/\.marked\.txt$/, '')).slice(0, limit);
  }
  const docs: GoldDoc[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as GoldDoc;
    docs.push({ id: d.id, lang: d.lang ?? 'und', text: d.text, entities: d.entities ?? [] });
    if (docs.length >= limit) break;
  }
  return docs;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const num = (x: number) => x.toFixed(3).padStart(5);

function row(label: string, type: string, c: Counts): string {
  const r = ratios(c);
  return [
    label.padEnd(32),
    type.padEnd(9),
    String(c.gold).padStart(6),
    String(c.pred).padStart(6),
    String(c.tp).padStart(6),
    num(r.precision),
    num(r.recall),
    num(r.f1),
    pct(r.leakRate),
    pct(r.overMasking),
  ].join(' ');
}

const HEADER = [
  'scope'.padEnd(32),
  'type'.padEnd(9),
  'gold'.padStart(6),
  'pred'.padStart(6),
  'tp'.padStart(6),
  '    P',
  '    R',
  '   F1',
  '  leak',
  '  over',
].join(' ');

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const here = dirname(fileURLToPath(import.meta.url));
  const defaultCorpus = resolve(here, '..', '..', 'shared', 'corpus');
  const paths = args.corpora.length ? args.corpora : [defaultCorpus];
  if (!args.corpora.length && !existsSync(defaultCorpus)) {
    console.log(`eval: no corpus folder at ${defaultCorpus}; nothing to evaluate (use --corpus PATH).`);
    return;
  }
  const files = listFiles(paths);
  if (!files.length) {
    console.log('eval: no .jsonl corpus files found; nothing to evaluate.');
    return;
  }
  const typeFilter = args.types ? new Set<string>(args.types) : undefined;
  // With --types only those detectors run (faster; leaks then count coverage by those types only).
  const pipeline = new Pipeline(args.types ? { types: args.types } : {});

  const perFile = new Map<string, Map<string, Counts>>();
  const perLang = new Map<string, Map<string, Counts>>();
  const overall = new Map<string, Counts>();
  const errors: string[] = [];
  let chars = 0;
  let ms = 0;

  for (const file of files) {
    const name = basename(file);
    // --sample odd|even: every other document (held-out halves for models trained on the other).
    const docs = loadDocs(file, args.limit).filter((_, i) => !args.sample || i % 2 === (args.sample === 'odd' ? 1 : 0));
    const fileCounts = new Map<string, Counts>();
    for (const doc of docs) {
      const t0 = performance.now();
      const findings = pipeline.detect(doc.text);
      ms += performance.now() - t0;
      chars += doc.text.length;
      const res = scoreDoc(doc, findings, typeFilter);
      mergeByType(fileCounts, res.byType);
      let lang = perLang.get(doc.lang);
      if (!lang) perLang.set(doc.lang, (lang = new Map()));
      mergeByType(lang, res.byType);
      mergeByType(overall, res.byType);
      if (args.errors && (name === args.errors || file === args.errors)) {
        const show = (kind: string, s: Span) =>
          errors.push(`${kind.padEnd(8)} ${s.type.padEnd(7)} ${doc.id.padEnd(26)} ${snippet(doc.text, s)}`);
        for (const s of res.missed) show(res.leaks.includes(s) ? 'MISSED' : 'MISSED~', s);
        // Matched, so neither missed nor spurious, yet partly in clear: "Sommer, Laura" found as "Laura".
        for (const s of res.leaks) if (!res.missed.includes(s)) show('PARTIAL', s);
        for (const s of res.spurious) show('SPURIOUS', s);
      }
    }
    perFile.set(name, fileCounts);
  }

  if (args.json) {
    const obj = (m: Map<string, Counts>) =>
      Object.fromEntries([...m].map(([t, c]) => [t, { ...c, ...ratios(c) }]));
    const out = {
      files: Object.fromEntries([...perFile].map(([f, m]) => [f, obj(m)])),
      languages: Object.fromEntries([...perLang].map(([l, m]) => [l, obj(m)])),
      overall: obj(overall),
      throughput: { chars, ms, charsPerSecond: ms > 0 ? (chars / ms) * 1000 : null },
      errors: args.errors ? errors : undefined,
    };
    console.log(JSON.stringify(out, null, 2));
    return;
  }

  const lines: string[] = [HEADER, '-'.repeat(HEADER.length)];
  const block = (label: string, m: Map<string, Counts>) => {
    const types = [...m.keys()].sort();
    for (const t of types) lines.push(row(label, t, m.get(t)!));
    if (types.length > 1) lines.push(row(label, 'ALL', total(m)));
  };
  for (const [f, m] of perFile) block(f, m);
  lines.push('-'.repeat(HEADER.length));
  for (const [l, m] of [...perLang].sort()) block(`lang=${l}`, m);
  lines.push('-'.repeat(HEADER.length));
  block('overall', overall);
  console.log(lines.join('\n'));
  console.log(
    `\n${chars.toLocaleString('en')} chars in ${ms.toFixed(0)} ms (${((chars / Math.max(ms, 1e-9)) / 1000).toFixed(2)} M chars/s, pipeline.detect only)`,
  );
  console.log('leak = gold entities with letters/digits not covered by any finding; over = findings overlapping no label');
  if (args.errors) {
    console.log(`\nErrors in ${args.errors} (MISSED = leaked, MISSED~ = covered by another finding but not matched, PARTIAL = matched but partly leaked):`);
    if (!errors.length) console.log('  none (or file not evaluated)');
    for (const e of errors) console.log(e);
  }
}

main();
