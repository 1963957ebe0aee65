import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, run, runAsync, sandbox } from './helpers/cli.js';

const ISSUE_EXAMPLE =
  'Sehr geehrte Frau Ayşe Demir, Ihre IBAN DE44 5001 0517 5407 3249 31 … Tel. 0171 2345678, a.demir@beispiel.de\n';
const RAW = ['Ayşe', 'Demir', 'DE44 5001 0517 5407 3249 31', '0171 2345678', 'a.demir@beispiel.de'];

beforeAll(assertBuilt);

describe('anonymize → restore (built CLI)', () => {
  it('turns every value of the issue example into a token and restores the exact text', () => {
    const { env } = sandbox();
    const a = run([], { env, input: ISSUE_EXAMPLE });
    expect(a.code).toBe(0);
    for (const v of RAW) expect(a.stdout).not.toContain(v);
    expect(a.stdout).toMatch(/\[\[PERSON_\d+\]\]/);
    expect(a.stdout).toContain('[[IBAN_1]]');
    expect(a.stdout).toContain('[[PHONE_1]]');
    expect(a.stdout).toContain('[[EMAIL_1]]');
    const r = run(['restore'], { env, input: a.stdout });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(ISSUE_EXAMPLE);
    for (const v of RAW) expect(a.stderr + r.stderr).not.toContain(v);
  });

  it('creates the key on first use and says so exactly once', () => {
    const { env, dir } = sandbox();
    const first = run([], { env, input: 'Tel. 0171 2345678\n' });
    expect(first.code).toBe(0);
    expect(first.stderr.match(/key/gi)?.length ?? 0).toBeGreaterThanOrEqual(1);
    const keyFile = join(dir, 'config', 'anonymize', 'vault.key');
    expect(existsSync(keyFile)).toBe(true);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const second = run([], { env, input: 'Tel. 0171 2345678\n' });
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  });

  it('keeps tokens stable across runs and files, distinct for distinct values', () => {
    const { env, dir } = sandbox();
    writeFileSync(join(dir, 'a.txt'), 'Mail an anna.schmidt@firma.de\n');
    writeFileSync(join(dir, 'b.txt'), 'Kopie an jonas.weber@firma.de und anna.schmidt@firma.de\n');
    const a = run([join(dir, 'a.txt')], { env });
    const b = run([join(dir, 'b.txt')], { env });
    expect(a.stdout).toBe('Mail an [[EMAIL_1]]\n');
    expect(b.stdout).toBe('Kopie an [[EMAIL_2]] und [[EMAIL_1]]\n');
  });

  it('reads several files and "-" for stdin in order', () => {
    const { env, dir } = sandbox();
    writeFileSync(join(dir, 'a.txt'), 'eins anna@firma.de\n');
    const r = run([join(dir, 'a.txt'), '-'], { env, input: 'zwei bert@firma.de\n' });
    expect(r.stdout).toBe('eins [[EMAIL_1]]\nzwei [[EMAIL_2]]\n');
  });

  it('keeps CRLF line ends and a UTF-8 BOM through the round trip, byte for byte', () => {
    const { env } = sandbox();
    const input = Buffer.from('\uFEFFHallo Herr Jonas Weber,\r\nTel. 030 12345678\r\nMail: j.weber@firma.de\r\n', 'utf8');
    const a = run([], { env, input });
    expect(a.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(a.stdout).toContain('\r\n');
    const r = run(['restore'], { env, input: a.stdoutBytes });
    expect(r.stdoutBytes.equals(input)).toBe(true);
  });

  it('gives empty output for empty input', () => {
    const { env } = sandbox();
    const r = run([], { env, input: '' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('writes -o atomically and leaves the old file untouched when the run fails', () => {
    const { env, dir } = sandbox();
    const out = join(dir, 'out.txt');
    writeFileSync(out, 'previous content\n');
    const bad = run(['-o', out], { env, input: Buffer.from([0x48, 0x00, 0x01, 0x02]) });
    expect(bad.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous content\n');
    const ok = run(['-o', out], { env, input: 'an anna@firma.de\n' });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('an [[EMAIL_1]]\n');
  });

  it('honours --types, --allow and --deny', () => {
    const { env } = sandbox();
    const text = 'anna@firma.de, Tel. 0171 2345678, Projekt Falke\n';
    expect(run(['-t', 'EMAIL'], { env, input: text }).stdout).toBe('[[EMAIL_1]], Tel. 0171 2345678, Projekt Falke\n');
    expect(run(['--allow', 'anna@firma.de', '-t', 'EMAIL,PHONE'], { env, input: text }).stdout).toBe('anna@firma.de, Tel. [[PHONE_1]], Projekt Falke\n');
    expect(run(['--deny', 'Projekt Falke', '-t', 'EMAIL'], { env, input: text }).stdout).toMatch(/^\[\[EMAIL_1\]\], Tel\. 0171 2345678, \[\[PERSON_\d+\]\]\n$/);
  });

  it('recognises values from the vault again, including a known surname alone', () => {
    const { env } = sandbox();
    run([], { env, input: 'Sehr geehrte Frau Ayşe Demir,\n' });
    const later = run([], { env, input: 'Die Unterlagen von Demir liegen vor.\n' });
    expect(later.stdout).not.toContain('Demir');
    expect(run(['restore'], { env, input: later.stdout }).stdout).toBe('Die Unterlagen von Demir liegen vor.\n');
  });

  it('leaves unknown tokens in place and counts them in a warning', () => {
    const { env } = sandbox();
    run([], { env, input: 'anna@firma.de\n' });
    const r = run(['restore'], { env, input: '[[EMAIL_1]] und [[PERSON_77]] und [[PHONE_9]]\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('anna@firma.de und [[PERSON_77]] und [[PHONE_9]]\n');
    expect(r.stderr).toMatch(/2 tokens were not found in the vault/);
  });

  it('loses no mapping when 8 processes anonymize at once', async () => {
    const { env } = sandbox();
    run([], { env, input: 'warm-up: x@firma.de\n' }); // create the key once, before the race
    const inputs = Array.from({ length: 8 }, (_, i) => `Person ${i}: kontakt${i}@firma${i}.de, gemeinsam: team@firma.de\n`);
    const results = await Promise.all(inputs.map((input) => runAsync([], { env, input })));
    results.forEach((r) => expect(r.code).toBe(0));
    // Every output restores to its own input: no id was handed to two values.
    const restored = await Promise.all(results.map((r) => runAsync(['restore'], { env, input: r.stdout })));
    restored.forEach((r, i) => expect(r.stdout).toBe(inputs[i]));
    const shared = new Set(results.map((r) => /gemeinsam: (\[\[EMAIL_\d+\]\])/.exec(r.stdout)?.[1]));
    expect(shared.size).toBe(1);
  });
});

describe('bad input and errors (built CLI)', () => {
  it.each([
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), /binary/],
    ['invalid UTF-8', Buffer.from([0x48, 0x61, 0x6c, 0xe4, 0x6c, 0x6f, 0x0a]), /not valid UTF-8/],
  ])('rejects %s with one clear line and exit 2', (_n, input, message) => {
    const { env } = sandbox();
    run([], { env, input: '' }); // first use creates the key (and says so); not what is tested here
    const r = run([], { env, input });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a missing file and exits 2', () => {
    const { env, dir } = sandbox();
    const r = run([join(dir, 'nope.txt')], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
  });

  it('exits 2 on an unknown flag and a bad --types', () => {
    const { env } = sandbox();
    expect(run(['--frobnicate'], { env }).code).toBe(2);
    const t = run(['-t', 'NAMES'], { env, input: 'x' });
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/unknown type "NAMES"/);
  });

  it('refuses a wrong key with exit 2 and never overwrites the vault', () => {
    const { env, dir } = sandbox();
    run([], { env, input: 'anna@firma.de\n' });
    const vault = join(dir, 'data', 'anonymize', 'vault.anv');
    const before = readFileSync(vault);
    const wrongKey = join(dir, 'other.key');
    writeFileSync(wrongKey, Buffer.alloc(32, 7).toString('base64'), { mode: 0o600 });
    const r = run(['--key-file', wrongKey], { env, input: 'bert@firma.de\n' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('bert@firma.de');
    expect(readFileSync(vault).equals(before)).toBe(true);
    expect(run(['restore', '--key-file', wrongKey], { env, input: '[[EMAIL_1]]' }).code).toBe(2);
  });

  it('prints help and version with exit 0', () => {
    const { env } = sandbox();
    const h = run(['--help'], { env });
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Exit codes/);
    expect(run(['--version'], { env }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run(['restore', '--help'], { env }).stdout).toMatch(/real values back/);
  });
});
