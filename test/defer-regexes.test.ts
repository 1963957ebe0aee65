import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rewriteAllSources } from './helpers/build-rewrites.js';
import { deferRegexes } from '../scripts/lib/defer-regexes.js';

/** A TypeScript source as a module. */
async function load(source: string): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'anonymize-defer-'));
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(join(dir, 'm.mjs'), js);
  return import(pathToFileURL(join(dir, 'm.mjs')).href);
}

const SAMPLE = `
export const made = { n: 0 };
const mark = (s: string) => (made.n++, s);
/** A comment stays with its pattern. */
const WORD = new RegExp(mark('[A-Z][a-z]+'), 'g');
const LITERAL = /\\d+/;
const BUILT = new RegExp(WORD.source + '!', 'g');
const SHADOWED = /x/;
const SHORTHAND = /y/;
export const EXPORTED = new RegExp(mark('z'));
const NOT_A_REGEX = mark('text');
export function words(s: string): string[] {
  const out: string[] = [];
  let m: RegExpExecArray | null;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(s))) out.push(m[0]);
  return out;
}
export const hasNumber = (s: string): boolean => LITERAL.test(s);
export const shout = (s: string): string[] => s.match(BUILT) ?? [];
export function shadow(SHADOWED: string): string { return SHADOWED + NOT_A_REGEX; }
export const bag = () => ({ SHORTHAND });
export const lastIndexKept = (s: string): number => { WORD.lastIndex = 0; WORD.exec(s); return WORD.lastIndex; };
`;

describe('deferRegexes', () => {
  it('makes module-level patterns on first use and keeps what they do', async () => {
    const out = deferRegexes('sample.ts', SAMPLE);
    expect(out).toContain('const __getWORD = (): RegExp => (__reWORD ??= new RegExp(');
    expect(out).toContain('__reBUILT ??= new RegExp(__getWORD().source');
    expect(out).toContain('const __getLITERAL');
    // Left as written: exported, declared again in a function, in a shorthand property, not a RegExp.
    expect(out).toContain('export const EXPORTED = new RegExp(');
    expect(out).toContain('const SHADOWED = /x/;');
    expect(out).toContain('const SHORTHAND = /y/;');
    expect(out).toContain("const NOT_A_REGEX = mark('text');");
    expect(out).toContain('/** A comment stays with its pattern. */\nlet __reWORD');

    const before = await load(SAMPLE);
    const after = await load(out);
    // Loading made WORD's pattern before (plus EXPORTED and the text), not after.
    expect((before.made as { n: number }).n).toBe(3);
    expect((after.made as { n: number }).n).toBe(2);
    for (const m of [before, after]) {
      expect((m.words as (s: string) => string[])('Anna and Bert met Carla')).toEqual(['Anna', 'Bert', 'Carla']);
      expect((m.hasNumber as (s: string) => boolean)('no 42')).toBe(true);
      expect((m.shout as (s: string) => string[])('Hi! Yo! no!')).toEqual(['Hi!', 'Yo!']);
      expect((m.shadow as (s: string) => string)('a')).toBe('atext');
      expect((m.lastIndexKept as (s: string) => number)('xx Abc')).toBe(6);
    }
    (after.words as (s: string) => string[])('Once');
    expect((after.made as { n: number }).n).toBe(3); // made once, on first use, and kept
    (after.words as (s: string) => string[])('Twice');
    expect((after.made as { n: number }).n).toBe(3);
  });

  it('leaves a source without module-level patterns as it is', () => {
    const src = 'export function f(s: string) { return /a/.test(s); }\n';
    expect(deferRegexes('a.ts', src)).toBe(src);
  });

  it('rewrites every source file in src/ to valid TypeScript', () => {
    const rewritten = rewriteAllSources((file, src) => deferRegexes(file, src));
    for (const r of rewritten) expect(r.diagnostics, r.file).toEqual([]);
    expect(rewritten.length).toBeGreaterThan(10);
  });
});
