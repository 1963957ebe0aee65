import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rewriteAllSources } from './helpers/build-rewrites.js';
import { CLASS_MODULE, classBody, classLimit, classModule, rewriteSource } from '../scripts/lib/unicode-classes.js';
import { parseMarked } from '../src/eval/marked.js';
import { Pipeline } from '../src/detect/pipeline.js';

describe('classBody', () => {
  // Every code point, for each class the sources use: the rewrite must not change what matches,
  // up to the class's limit (letters, marks and numbers: the BMP; see scripts/lib/unicode-classes.ts).
  for (const names of [['L'], ['Lu'], ['Ll'], ['M'], ['N'], ['L', 'N'], ['L', 'M', 'N'], ['Extended_Pictographic']]) {
    it(`[${names.map((n) => `\\p{${n}}`).join('')}] matches the same code points up to its limit, none above`, () => {
      const want = new RegExp(`^[${names.map((n) => `\\p{${n}}`).join('')}]$`, 'u');
      const got = new RegExp(`^[${classBody(names)}]$`, 'u');
      const limit = classLimit(names);
      const differ: number[] = [];
      for (let c = 0; c <= 0x10ffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const s = String.fromCodePoint(c);
        if ((c <= limit && want.test(s)) !== got.test(s)) differ.push(c);
      }
      expect(differ).toEqual([]);
    });
  }

  it('cuts letters, marks and numbers to the BMP and keeps astral emoji', () => {
    expect(classLimit(['L', 'N'])).toBe(0xffff);
    expect(new RegExp(`^[${classBody(['Lu'])}]$`, 'u').test('Ä')).toBe(true);
    expect(new RegExp(`^[${classBody(['Lu'])}]$`, 'u').test('𝐀')).toBe(false);
    expect(new RegExp(`^[${classBody(['Extended_Pictographic'])}]$`, 'u').test('😊')).toBe(true);
  });
});

/** A TypeScript source as a module, its CLASS_MODULE import pointed at a file of the classes. */
async function load(source: string, used?: Set<string>): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'anonymize-uc-'));
  if (used) writeFileSync(join(dir, 'classes.mjs'), classModule(used));
  const js = ts.transpileModule(source.replace(`'${CLASS_MODULE}'`, "'./classes.mjs'"), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(join(dir, 'm.mjs'), js);
  return import(pathToFileURL(join(dir, 'm.mjs')).href);
}

const SAMPLE = String.raw`
export const top = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}'’]+(?![\p{L}\p{N}])/gu;
export const folded = /^\p{Lu}\p{Ll}+$/iu;
export const negated = /[^\p{L}\s]+/gu;
export const escaped = /\[\p{Lu}\]|\\p/u;
export const raw = new RegExp(String.raw${'`'}^[\p{L}\p{M}]{2,}(?:-\p{Lu}[\p{Ll}]+)?${'`'}, 'u');
export const plain = new RegExp(${'`'}(?:^|\\n)[ \\t>]*(?=\\p{Lu})${'`'}, 'gu');
export function inner(s: string): boolean { return /^\p{Lu}[\p{Ll}]*$/u.test(s); }
export function innerGlobal(s: string): string[] { return s.match(/\p{Lu}\p{Ll}+/gu) ?? []; }
`;

const PROBES = [
  'Müller', 'müller', 'ÉLODIE', 'Ørsted-Ås', 'Łukasz Żółć', 'Nguyễn Văn', 'Σωκράτης', 'Дмитрий', 'Ǆemal',
  'x Anna y', '[Z]', '\\p', 'a\u0301b', '李小龙', 'ｆｕｌｌ', 'Ⅻ', '²', 'ß', 'İstanbul', 'ǅ', 'ﬁ',
  "O'Brien", 'Jean-Luc', 'zz\nAbc', ' \n\tŻ', '  ', '42', 'A1b2', 'a-b', '\u{1F600} Ä',
];
/** Astral letters, which the rewritten letter classes leave out on purpose. */
const ASTRAL = '𝐀𝐁𝐂 𐐀𐐨';

function behaviour(m: Record<string, unknown>, probes: readonly string[] = PROBES): unknown[] {
  const out: unknown[] = [];
  for (const [name, v] of Object.entries(m).sort()) {
    for (const p of probes) {
      if (v instanceof RegExp) out.push([name, p, [...p.matchAll(new RegExp(v.source, v.flags.includes('g') ? v.flags : `${v.flags}g`))].map((x) => [x.index, x[0]])]);
      else if (typeof v === 'function') out.push([name, p, v(p)]);
    }
  }
  return out;
}

describe('rewriteSource', () => {
  it('rewrites property escapes in literals and templates, and the patterns match as before', async () => {
    const used = new Set<string>();
    const out = rewriteSource('sample.ts', SAMPLE, used);
    // Everything but the g-flagged literal inside a function (kept: V8 caches it per site).
    expect(out.match(/\\p\{/g)).toHaveLength(2);
    expect(out).toContain('/\\p{Lu}\\p{Ll}+/gu');
    expect(out).toContain('??= new RegExp(');
    expect([...used].sort()).toEqual(['L', 'L$M', 'L$N', 'Ll', 'Ll$M', 'Lu']);
    const before = behaviour(await load(SAMPLE));
    const after = behaviour(await load(out, used));
    expect(after).toEqual(before);
    // The probes do tell patterns apart: a wrong class would show.
    expect(JSON.stringify(before)).toContain('"Nguyễn"');
    // Astral letters are no letters after the rewrite: the one difference, and a deliberate one.
    const astral = (m: Record<string, unknown>) => Object.fromEntries((behaviour(m, [ASTRAL]) as Array<[string, string, unknown]>).map(([n, , r]) => [n, r]));
    const [was, now] = [astral(await load(SAMPLE)), astral(await load(out, used))];
    expect(was.negated).toEqual([]);
    expect(now.negated).toEqual([[0, '𝐀𝐁𝐂'], [7, '𐐀𐐨']]);
    expect(now.innerGlobal).toEqual(was.innerGlobal); // kept as written: \p{…} in full
  });

  it('leaves a source without property escapes as it is', () => {
    const src = 'export const a = /[A-Z]+/g; // p{ in a comment\n';
    expect(rewriteSource('a.ts', src)).toBe(src);
  });

  it('refuses a tagged template it does not know', () => {
    expect(() => rewriteSource('t.ts', 'const x = tag`\\p{L}`;')).toThrow(/tagged tag/);
  });

  it('rewrites every source file in src/ to valid TypeScript', () => {
    const rewritten = rewriteAllSources((file, src) => rewriteSource(file, src));
    for (const r of rewritten) expect(r.diagnostics, r.file).toEqual([]);
    expect(rewritten.length).toBeGreaterThan(10);
  });
});

describe('the built library', () => {
  // The bundle is rewritten, the sources are not: both must find the same on real documents.
  it('finds exactly what the sources find on the fixtures', async () => {
    const dist = (await import(pathToFileURL(join(process.cwd(), 'dist/index.js')).href)) as { Pipeline: typeof Pipeline };
    const texts: string[] = [];
    for (const set of ['person', 'blind13']) {
      for (const f of readdirSync(join('fixtures', set)).filter((x) => x.endsWith('.marked.txt'))) {
        for (const d of parseMarked(readFileSync(join('fixtures', set, f), 'utf8'), 'x', f)) texts.push(d.text);
      }
    }
    const src = new Pipeline();
    const built = new dist.Pipeline();
    const show = (p: Pipeline) => texts.map((t) => p.detect(t).map((x) => `${x.type}:${x.start}-${x.end}:${x.score.toFixed(3)}`).join(' '));
    const fromSrc = show(src);
    expect(fromSrc.join(' ').length).toBeGreaterThan(10_000);
    expect(show(built)).toEqual(fromSrc);
  });
});
