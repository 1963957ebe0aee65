import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PII_TEXT, prepareBinary, RAW_PIECES, RAW_VALUES, removeBinary, scan, scanJson, scanTree } from './fixtures-scan/helpers.js';

// Each test spawns the CLI a few times; on a loaded 2-core machine that can take a while.
vi.setConfig({ testTimeout: 180_000 });
beforeAll(prepareBinary);
afterAll(removeBinary);

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** The SARIF 2.1.0 schema as shipped by @microsoft/jest-sarif (Microsoft's SARIF SDK). */
function sarifValidator() {
  const path = join(import.meta.dirname, '..', 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  expect(schema.title).toMatch(/SARIF\) Version 2\.1\.0/);
  // A draft-04 schema: ajv 8 takes it once the draft-04 "$schema"/"id" keys are moved aside;
  // unicodeRegExp is off because one of the schema's patterns is not valid with the u flag.
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // ajv-formats is CommonJS with a default export: under NodeNext typing it is the module object.
  const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (a: Ajv) => void;
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('report formats', () => {
  it('json: one object with findings (offsets, 1-based lines/columns, fingerprints) and a summary', () => {
    const t = scanTree({ 'docs/letter.txt': PII_TEXT });
    const { r, report } = scanJson(t, ['--show-values']);
    expect(r.code).toBe(1);
    const text = readFileSync(join(t.dir, 'docs', 'letter.txt'), 'utf8');
    expect(report.findings.map((f) => f.type)).toEqual(['PERSON', 'EMAIL', 'PHONE', 'IBAN']);
    const lines = text.split('\n');
    for (const f of report.findings) {
      expect(f.path).toBe('docs/letter.txt');
      expect(text.slice(f.start, f.end)).toBe(f.value);
      expect(lines[f.line - 1]!.slice(f.column - 1, f.endColumn - 1)).toBe(f.value);
      expect(f.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(f.score).toBeGreaterThan(0);
      expect(f.detector).toBeTruthy();
    }
    expect(report.summary).toMatchObject({ files: 1, findings: 4, errors: 0 });
  });

  it('json: fingerprints are stable across runs and independent of the line a value is on', () => {
    const t = scanTree({ 'a.txt': 'Mail: max.power@firma-intern.de\n' });
    const first = scanJson(t, []).report.findings[0]!;
    expect(scanJson(t, []).report.findings[0]!.fingerprint).toBe(first.fingerprint);
    writeFileSync(join(t.dir, 'a.txt'), '\n\nNeue Zeilen davor.\nMail: max.power@firma-intern.de\n');
    const moved = scanJson(t, []).report.findings[0]!;
    expect(moved.line).toBe(4);
    expect(moved.fingerprint).toBe(first.fingerprint);
  });

  it('sarif: valid against the SARIF 2.1.0 schema, in the shape GitHub code scanning takes', () => {
    const t = scanTree({ 'docs/my letter.txt': PII_TEXT, 'img.bin': Buffer.from([0, 1, 2]) });
    const r = scan(t, ['--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('anonymize');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['pii/person', 'pii/email', 'pii/phone', 'pii/iban']);
    expect(run.results).toHaveLength(4);
    for (const res of run.results) {
      expect(res.ruleId).toMatch(/^pii\//);
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.level).toBe('error');
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation).toEqual({ uri: 'docs/my%20letter.txt', uriBaseId: '%SRCROOT%' });
      expect(loc.region.startLine).toBeGreaterThan(0);
      expect(loc.region.startColumn).toBeGreaterThan(0);
      expect(loc.region.endColumn).toBeGreaterThan(loc.region.startColumn);
      expect(Object.values(res.partialFingerprints)[0]).toMatch(/^[0-9a-f]{64}:0$/);
    }
    const email = run.results.find((x: { ruleId: string }) => x.ruleId === 'pii/email');
    expect(email.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 24, endLine: 2, endColumn: 49 });
    expect(run.invocations[0].executionSuccessful).toBe(true);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/binary/);
  });

  it('sarif: a clean scan is a valid log with no results', () => {
    const t = scanTree({ 'a.txt': 'nothing\n' });
    const r = scan(t, ['--format', 'sarif']);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  it('github: error annotations with file, line, column and escaped values', () => {
    const t = scanTree({ 'a,b:c.txt': 'Mail: max.power@firma-intern.de\n' });
    const r = scan(t, ['--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error file=a%2Cb%3Ac\.txt,line=1,col=7,endLine=1,endColumn=32,title=Personal data%3A E-mail address::EMAIL m\*\*\*@f\*\*\*\.de \(detector email, score [\d.]+\)\n$/,
    );
  });

  it('-o writes the report to a file (not stdout), and -o /dev/null works', () => {
    const t = scanTree({ 'a.txt': PII_TEXT });
    const r = scan(t, ['--format', 'json', '-o', 'report.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(t.dir, 'report.json'), 'utf8')).findings).toHaveLength(4);
    // A run does not scan the file its report goes to (here holding raw values from the last run).
    scan(t, ['--format', 'json', '--show-values', '-o', 'report.json']);
    scan(t, ['--format', 'json', '-o', 'report.json']);
    const again = JSON.parse(readFileSync(join(t.dir, 'report.json'), 'utf8')) as { findings: Array<{ path: string }> };
    expect(again.findings.map((f) => f.path)).toEqual(['a.txt', 'a.txt', 'a.txt', 'a.txt']);
    const devnull = scan(t, ['--format', 'sarif', '-o', '/dev/null']);
    expect(devnull.code).toBe(1);
    expect(devnull.stdout).toBe('');
  });
});

describe('raw values', () => {
  const noRaw = (out: string, what: string) => {
    for (const v of [...RAW_VALUES, ...RAW_PIECES]) expect(out, `${what} must not contain "${v}"`).not.toContain(v);
  };

  it.each(FORMATS)('never appear in the %s report or on stderr without --show-values', (format) => {
    const t = scanTree({ 'a.txt': PII_TEXT });
    const r = scan(t, ['--format', format]);
    expect(r.code).toBe(1);
    noRaw(r.stdout, `${format} report`);
    noRaw(r.stderr, 'stderr');
    const file = scan(t, ['--format', format, '-o', 'out.report']);
    noRaw(readFileSync(join(t.dir, 'out.report'), 'utf8'), `${format} report file`);
    noRaw(file.stderr, 'stderr');
  });

  it.each(FORMATS)('appear in the %s report with --show-values', (format) => {
    const t = scanTree({ 'a.txt': PII_TEXT });
    const r = scan(t, ['--format', format, '--show-values']);
    for (const v of RAW_VALUES) expect(r.stdout).toContain(format === 'json' || format === 'sarif' ? JSON.stringify(v).slice(1, -1) : v);
    noRaw(r.stderr, 'stderr');
  });

  it('never appear in error messages', () => {
    const t = scanTree({ 'a.txt': PII_TEXT, '.anonymize.json': '{"types": 5}' });
    const r = scan(t, []);
    expect(r.code).toBe(2);
    noRaw(r.stderr, 'stderr');
    const stdin = scan(t, ['--config', '/dev/null', '-'], PII_TEXT);
    expect(stdin.code).toBe(2);
    noRaw(stdin.stderr, 'stderr');
  });
});
