/**
 * The pieces of the vault lifecycle that need no process: masking, durations and retention
 * precedence, request matching (resolveSubjects) on a real in-memory vault, and the library's
 * Vault.rekey / retention-on-save. Real crypto and files in a temp dir; nothing is mocked.
 */
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Vault, VaultError, createKeyFile, type KeySource } from '../src/vault/index.js';
import { readKeyFile } from '../src/vault/keys.js';
import { maskValue } from '../src/report/mask.js';
import { parseTokenArgument, resolveSubjects } from '../src/vault/lifecycle.js';
import { effectiveRetention, formatDuration, parseDuration, parseRetention, retentionFromConfig, setConfiguredRetention } from '../src/vault/retention.js';
import { DAY, seed } from './helpers/vault-lifecycle-fixtures.js';

describe('masking', () => {
  it.each([
    ['PERSON', 'Anna Demir', 'A*** D***'],
    ['PERSON', 'Ursula von der Leyen', 'U*** v*** d*** L***'],
    ['PERSON', 'Müller-Lüdenscheidt, Hans', 'M***-L***, H***'],
    ['EMAIL', 'anna.demir@beispiel.de', 'a***@b***.de'],
    ['EMAIL', 'x@mail.uni-bonn.de', 'x***@m***.u***.de'],
    ['PHONE', '+49 171 2345678', '+49 *** ****678'],
    ['PHONE', '0171/2345678', '****/****678'],
    ['PHONE', '0049 30 1234567', '0049 ** ****567'],
    ['IBAN', 'DE44 5001 0517 5407 3249 31', 'DE44 **** **** **** **** **'],
    ['IBAN', 'de44500105175407324931', 'de44******************'],
  ] as const)('%s %s → %s', (type, value, masked) => {
    expect(maskValue(type, value)).toBe(masked);
  });

  it('never keeps more than the first letter of a name part or the last three digits of a number', () => {
    for (const [t, v] of [['PERSON', 'Ayşe Nur Yılmaz'], ['PHONE', '+44 20 7946 0958'], ['EMAIL', 'ayse.yilmaz@firma.example.com']] as const) {
      const m = maskValue(t, v);
      expect(m).not.toBe(v);
      expect(m).not.toMatch(/yş|Nur|7946|yilmaz|firma/);
    }
  });
});

describe('durations and retention', () => {
  it('parses d/h/w (and spelled-out units); rejects everything else', () => {
    expect(parseDuration('90d')).toBe(90 * DAY);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('2w')).toBe(14 * DAY);
    expect(parseDuration(' 3 Days ')).toBe(3 * DAY);
    for (const bad of ['', 'd', '0d', '-1d', '1.5d', '30m', '1y', '90', 'soon']) expect(parseDuration(bad), bad).toBeUndefined();
    expect(formatDuration(14 * DAY)).toBe('14 days');
    expect(formatDuration(DAY)).toBe('1 day');
    expect(formatDuration(36 * 3_600_000)).toBe('36 hours');
  });

  it('retention: off, at least an hour; config accepts a string, false or nothing', () => {
    expect(parseRetention('off', 'x')).toBeNull();
    expect(parseRetention('1h', 'x')).toBe(3_600_000);
    expect(() => parseRetention('0h', 'x')).toThrow(/not a duration/);
    expect(retentionFromConfig(undefined, 'c')).toBeUndefined();
    expect(retentionFromConfig(false, 'c')).toBeNull();
    expect(retentionFromConfig('30d', 'c')).toBe(30 * DAY);
    expect(() => retentionFromConfig(30, 'c')).toThrow(/must be a duration/);
  });

  it('the shorter of the vault setting and the configured one applies', () => {
    const cfg = { ms: 14 * DAY, source: '.anonymize.json' };
    expect(effectiveRetention({ created: 0 }, undefined)).toBeUndefined();
    expect(effectiveRetention({ created: 0, retentionMs: 90 * DAY }, undefined)).toEqual({ ms: 90 * DAY, source: 'vault' });
    expect(effectiveRetention({ created: 0, retentionMs: 90 * DAY }, cfg)).toEqual(cfg);
    expect(effectiveRetention({ created: 0, retentionMs: 7 * DAY }, cfg)).toEqual({ ms: 7 * DAY, source: 'vault' });
    expect(effectiveRetention({ created: 0 }, cfg)).toEqual(cfg);
  });
});

describe('token arguments', () => {
  it('accepts [[PERSON_1]], PERSON_1, [PERSON_1], any case, E-MAIL; nothing else', () => {
    expect(parseTokenArgument('[[PERSON_1]]')).toBe('PERSON_1');
    expect(parseTokenArgument('PERSON_12')).toBe('PERSON_12');
    expect(parseTokenArgument(' [iban_3] ')).toBe('IBAN_3');
    expect(parseTokenArgument('[[E-MAIL_2]]')).toBe('EMAIL_2');
    for (const v of ['Anna', 'PERSON_0', 'PERSON 1', 'ADDRESS_1', 'PERSON_1x', '[[PERSON_1]] Anna']) expect(parseTokenArgument(v), v).toBeUndefined();
  });
});

let dir: string;
let key: KeySource;
let vp: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vault-lc-'));
  key = { kind: 'keyfile', path: path.join(dir, 'k.key') };
  await createKeyFile(key.path);
  vp = path.join(dir, 'v.anv');
});
afterEach(() => {
  setConfiguredRetention(null);
  rmSync(dir, { recursive: true, force: true });
});
const open = () => Vault.open({ path: vp, key, onNotice: () => {} });

describe('resolveSubjects', () => {
  it('matches names in any order and case, e-mail case, IBAN spacing, phone spellings; follows derived entries', async () => {
    await seed(vp, key, [
      { type: 'PERSON', value: 'Ayşe Demir' },
      { type: 'PERSON', value: 'Demir', parentValue: 'Ayşe Demir' },
      { type: 'PERSON', value: 'Demir, Ayşe' },
      { type: 'PHONE', value: '0171 2345678' },
      { type: 'PHONE', value: '+49 171 2345678' },
      { type: 'EMAIL', value: 'A.Demir@Beispiel.de' },
      { type: 'IBAN', value: 'DE44500105175407324931' },
      { type: 'PERSON', value: 'Jonas Weber' },
    ]);
    const v = await open();
    const r = await resolveSubjects(v, ['ayşe demir', '+49 (0)171 234 5678', 'a.demir@beispiel.de', 'DE44 5001 0517 5407 3249 31']);
    expect(r.selected.map((s) => [s.entry.value, s.why])).toEqual([
      ['Ayşe Demir', 'value'],
      ['Demir, Ayşe', 'value'],
      ['0171 2345678', 'value'],
      ['+49 171 2345678', 'value'],
      ['A.Demir@Beispiel.de', 'value'],
      ['DE44500105175407324931', 'value'],
      ['Demir', 'derived'],
    ]);
    expect(r.unmatched).toEqual([]);
    // A number that only shares digits with a name's entry, or a short digit run, matches nothing.
    expect((await resolveSubjects(v, ['12345', 'Weber Jonas Junior'])).unmatched).toEqual([1, 2]);
  });

  it('a surname variant without a parent link is still found; a shared one is kept and named', async () => {
    await seed(vp, key, [
      { type: 'PERSON', value: 'Demir' }, // seen alone first: no parent
      { type: 'PERSON', value: 'Ayşe Demir' },
      { type: 'PERSON', value: 'Weber' },
      { type: 'PERSON', value: 'Jonas Weber' },
      { type: 'PERSON', value: 'Lena Weber' },
    ]);
    const v = await open();
    const a = await resolveSubjects(v, ['Ayşe Demir']);
    expect(a.selected.map((s) => [s.entry.id, s.why, s.of])).toEqual([
      ['PERSON_2', 'value', undefined],
      ['PERSON_1', 'surname', 'PERSON_2'],
    ]);
    const j = await resolveSubjects(v, ['PERSON_4']);
    expect(j.selected.map((s) => s.entry.id)).toEqual(['PERSON_4']);
    expect(j.shared).toEqual([expect.objectContaining({ of: 'PERSON_4', alsoOf: ['PERSON_5'] })]);
    const both = await resolveSubjects(v, ['PERSON_4', 'Lena Weber']);
    expect(both.selected.map((s) => s.entry.id).sort()).toEqual(['PERSON_3', 'PERSON_4', 'PERSON_5']);
    expect(both.shared).toEqual([]);
    const unknown = await resolveSubjects(v, ['[[PERSON_99]]']);
    expect(unknown.unknownTokens).toEqual([{ argument: 1, id: 'PERSON_99' }]);
  });
});

describe('Vault.rekey and retention on save (library)', () => {
  it('rekey needs the lock, keeps the old key when the fenced write is refused, and switches keys when it is not', async () => {
    await seed(vp, key, [{ type: 'EMAIL', value: 'a@b.de' }]);
    const v = await open();
    const k2: KeySource = { kind: 'keyfile', path: path.join(dir, 'k2.key') };
    await createKeyFile(k2.path);
    const m2 = { kind: 'keyfile' as const, key: await readKeyFile(k2.path) };
    await expect(v.rekey(m2)).rejects.toThrow(/needs the lock/);
    const isCode = (code: string) => (e: unknown) => e instanceof VaultError && e.code === code;

    let release = await v.lock();
    try {
      // The file is replaced behind the lock's back (say, a backup restored): the write refuses.
      copyFileSync(vp, `${vp}.copy`);
      renameSync(`${vp}.copy`, vp);
      await expect(v.rekey(m2)).rejects.toSatisfy(isCode('LOCKED'));
    } finally {
      await release();
    }
    expect((await open()).size).toBe(1); // still the old key
    await expect(Vault.open({ path: vp, key: k2, onNotice: () => {} })).rejects.toSatisfy(isCode('WRONG_KEY'));

    const w = await open();
    const other = await open();
    await other.transaction((t) => void t.add('EMAIL', 'c@d.de'));
    release = await w.lock(); // re-reads the newer file under the lock
    try {
      await w.rekey(m2);
    } finally {
      await release();
    }
    await expect(open()).rejects.toSatisfy(isCode('WRONG_KEY'));
    const reopened = await Vault.open({ path: vp, key: k2, onNotice: () => {} });
    expect(reopened.entries().map((e) => e.value)).toEqual(['a@b.de', 'c@d.de']);
    // `w` goes on working with the new key.
    await w.transaction((t) => void t.add('EMAIL', 'e@f.de'));
    expect((await Vault.open({ path: vp, key: k2, onNotice: () => {} })).size).toBe(3);
    // A stale object with the old key and an old view cannot write over the rekeyed vault.
    other.add('EMAIL', 'g@h.de');
    await expect(other.save()).rejects.toSatisfy(isCode('LOCKED'));
  });

  it('every save removes entries unused longer than the effective retention and reports the count', async () => {
    const now = Date.now();
    await seed(vp, key, [
      { type: 'EMAIL', value: 'old@x.de', at: now - 10 * DAY },
      { type: 'EMAIL', value: 'new@x.de', at: now - DAY },
    ]);
    const notes: string[] = [];
    const v = await Vault.open({ path: vp, key, onNotice: (m) => notes.push(m) });
    setConfiguredRetention(async () => ({ ms: 5 * DAY, source: 'test config' }));
    await v.transaction((t) => void t.add('EMAIL', 'fresh@x.de'));
    expect(v.entries().map((e) => e.value)).toEqual(['new@x.de', 'fresh@x.de']);
    expect(notes).toEqual(['anonymize: retention: removed 1 vault entry not used for more than 5 days (retention from test config)']);
    expect((await open()).entries().map((e) => e.value)).toEqual(['new@x.de', 'fresh@x.de']);
  });
});
