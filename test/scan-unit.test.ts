import { describe, expect, it } from 'vitest';
import { Pipeline } from '../src/detect/pipeline.js';
import { isValidIban } from '../src/detect/iban.js';
import { escapeData, escapeProperty } from '../src/report/github.js';
import { maskEmail, maskIban, maskPerson, maskPhone, maskValue } from '../src/report/mask.js';
import { artifactUri } from '../src/report/sarif.js';
import { BaselineFilter, BaselineWriter, resolveKey, type BaselineFile } from '../src/scan/baseline.js';
import { BUILTIN_ALLOW, BUILTIN_ALLOW_GROUPS, isBuiltinAllowed } from '../src/scan/builtin-allow.js';
import { fingerprint, keyCheck, keyFromSecret, normalizeValue, PUBLIC_FINGERPRINT_KEY } from '../src/scan/fingerprint.js';
import { TextScanner } from '../src/scan/scan-text.js';
import type { FileResult, ScanFinding } from '../src/scan/types.js';
import { decodeResult, encodeResult } from '../src/scan/wire.js';

describe('masking', () => {
  it('keeps first letters of names only', () => {
    expect(maskPerson('Ayşe Demir')).toBe('A*** D***');
    expect(maskPerson('Hans-Peter Müller-Lüdenscheidt')).toBe('H***-P*** M***-L***');
    expect(maskPerson("Seán O'Brien")).toBe('S*** O***');
    // Not proportional: the length of a name is not revealed.
    expect(maskPerson('Mia Do')).toBe(maskPerson('Maximilian Dobrowolski'));
  });

  it('masks e-mail local part and domain labels, keeps the top-level domain', () => {
    expect(maskEmail('max.power@firma-intern.de')).toBe('m***@f***.de');
    expect(maskEmail('a@b.c.example.co')).toBe('a***@b***.c***.e***.co');
    expect(maskEmail('not-an-email')).toBe('n***');
  });

  it('keeps the last three digits of phone numbers and the country code', () => {
    expect(maskPhone('+49 171 2345678')).toBe('+49 *** ****678');
    expect(maskPhone('0171 2345678')).toBe('**** ****678');
    expect(maskPhone('+4917123456789')).toBe('+**********789');
    expect(maskPhone('(030) 1234-5678')).toBe('(***) ****-*678');
  });

  it('keeps country and check digits of an IBAN', () => {
    expect(maskIban('DE44 5001 0517 5407 3249 31')).toBe('DE44 **** **** **** **** **');
    expect(maskIban('DE44500105175407324931')).toBe('DE44******************');
  });

  it('never contains the hidden digits or letters', () => {
    const cases: Array<[Parameters<typeof maskValue>[0], string]> = [
      ['PERSON', 'Ayşe Demir'],
      ['EMAIL', 'max.power@firma-intern.de'],
      ['PHONE', '0171 2345678'],
      ['IBAN', 'DE44 5001 0517 5407 3249 31'],
    ];
    for (const [type, value] of cases) {
      const m = maskValue(type, value);
      expect(m).not.toBe(value);
      expect(m).not.toContain(value.slice(5, 9));
    }
  });
});

describe('fingerprints', () => {
  const key = Buffer.alloc(32, 7);

  it('are HMAC-SHA256 hex, deterministic for one key', () => {
    const a = fingerprint(key, 'EMAIL', 'max.power@firma-intern.de', 'docs/a.md');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint(key, 'EMAIL', 'max.power@firma-intern.de', 'docs/a.md')).toBe(a);
  });

  it('depend on key, type, path and value, but not on layout or case', () => {
    const a = fingerprint(key, 'EMAIL', 'max.power@firma-intern.de', 'docs/a.md');
    expect(fingerprint(key, 'EMAIL', 'Max.Power@Firma-Intern.DE', 'docs/a.md')).toBe(a);
    expect(fingerprint(key, 'EMAIL', 'max.power@firma-intern.de', 'docs/b.md')).not.toBe(a);
    expect(fingerprint(Buffer.alloc(32, 8), 'EMAIL', 'max.power@firma-intern.de', 'docs/a.md')).not.toBe(a);
    expect(fingerprint(key, 'PERSON', 'max.power@firma-intern.de', 'docs/a.md')).not.toBe(a);
    expect(fingerprint(key, 'IBAN', 'DE44 5001 0517 5407 3249 31', 'x')).toBe(fingerprint(key, 'IBAN', 'de44500105175407324931', 'x'));
    expect(fingerprint(key, 'PHONE', '0171 2345678', 'x')).toBe(fingerprint(key, 'PHONE', '+49 171 234 5678', 'x'));
  });

  it('normalise phone numbers to E.164 in the default region', () => {
    expect(normalizeValue('PHONE', '0171 2345678', 'DE')).toBe('+491712345678');
    expect(normalizeValue('PHONE', '0044 20 7946 0123', 'DE')).toBe('+442079460123');
    expect(normalizeValue('PERSON', '  Ayşe   Demir ')).toBe('ayşe demir');
  });

  it('never contain the value', () => {
    const fp = fingerprint(PUBLIC_FINGERPRINT_KEY, 'PHONE', '0171 2345678', 'a.txt');
    expect(fp).not.toContain('1712345678');
  });

  it('derive a key from a secret with a check value that does not reveal it', () => {
    const k = keyFromSecret('correct horse');
    expect(k).toHaveLength(32);
    expect(keyCheck(k)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyCheck(k)).not.toBe(keyCheck(keyFromSecret('correct horse!')));
  });
});

describe('baseline keys', () => {
  const salted: BaselineFile = { version: 1, tool: 'anonymize', fingerprint: { algorithm: 'HMAC-SHA256', salt: 'ab'.repeat(32) }, findings: [] };

  it('uses the salt of the baseline being read, even when a secret is set', () => {
    const r = resolveKey({ baseline: salted, writing: false, env: { ANONYMIZE_FINGERPRINT_KEY: 'x' } });
    expect(r.key.toString('hex')).toBe('ab'.repeat(32));
  });

  it('makes a fresh random salt for a new baseline, and keeps an old one when rewriting', () => {
    const a = resolveKey({ writing: true, env: {} });
    const b = resolveKey({ writing: true, env: {} });
    expect(a.record).toHaveProperty('salt');
    expect(a.key.equals(b.key)).toBe(false);
    expect(resolveKey({ previous: salted, writing: true, env: {} }).key.toString('hex')).toBe('ab'.repeat(32));
  });

  it('records only a check value for a secret key, and refuses a wrong secret', () => {
    const r = resolveKey({ writing: true, env: { ANONYMIZE_FINGERPRINT_KEY: 's3cret' } });
    expect(r.record).toEqual({ keyFrom: 'env', keyCheck: keyCheck(keyFromSecret('s3cret')) });
    const file: BaselineFile = { version: 1, tool: 'anonymize', fingerprint: { algorithm: 'HMAC-SHA256', ...(r.record as { keyFrom: 'env'; keyCheck: string }) }, findings: [] };
    expect(() => resolveKey({ baseline: file, writing: false, env: {} })).toThrow(/ANONYMIZE_FINGERPRINT_KEY/);
    expect(() => resolveKey({ baseline: file, writing: false, env: { ANONYMIZE_FINGERPRINT_KEY: 'other' } })).toThrow(/not the key/);
    expect(resolveKey({ baseline: file, writing: false, env: { ANONYMIZE_FINGERPRINT_KEY: 's3cret' } }).key.equals(r.key)).toBe(true);
  });

  it('without baseline or secret, uses the public key', () => {
    expect(resolveKey({ writing: false, env: {} }).key.equals(PUBLIC_FINGERPRINT_KEY)).toBe(true);
  });
});

describe('baseline counts', () => {
  const f = (fp: string, occurrence: number): ScanFinding =>
    ({ fingerprint: fp, occurrence, type: 'EMAIL', uri: 'a.txt', path: 'a.txt' }) as ScanFinding;

  it('covers as many occurrences as were recorded, not more', () => {
    const w = new BaselineWriter();
    w.add(f('a'.repeat(64), 0));
    w.add(f('a'.repeat(64), 1));
    const file = JSON.parse(w.serialize({ salt: '0'.repeat(64) })) as BaselineFile;
    expect(file.findings).toEqual([{ fingerprint: 'a'.repeat(64), type: 'EMAIL', path: 'a.txt', count: 2 }]);
    const filter = new BaselineFilter(file);
    expect(filter.covers(f('a'.repeat(64), 1))).toBe(true);
    expect(filter.covers(f('a'.repeat(64), 2))).toBe(false);
    expect(filter.covers(f('b'.repeat(64), 0))).toBe(false);
  });
});

describe('built-in allow list', () => {
  it.each([
    ['EMAIL', 'info@example.com'],
    ['EMAIL', 'max@mail.example.org'],
    ['EMAIL', 'a.b@shop.test'],
    ['EMAIL', 'x@foo.invalid'],
    ['EMAIL', 'dev@localhost'],
    ['PHONE', '+49 30 23125 123'],
    ['PHONE', '030 23125123'],
    ['PHONE', '(0)30-23125-999'],
    ['PHONE', '0049 (0)89 99998 000'],
    ['PHONE', '0221 4710 555'],
    ['PHONE', '0152 28817386'],
    ['PHONE', '020 7946 0123'],
    ['PHONE', '+44 7700 900123'],
    ['PHONE', '01632 960001'],
    ['PHONE', '(415) 555-0142'],
    ['PHONE', '+1 212 555 0199'],
    ['PERSON', 'Max Mustermann'],
    ['PERSON', 'Erika Mustermann'],
    ['PERSON', 'Mustermann'],
    ['PERSON', 'John Doe'],
    ['PERSON', 'Jane Doe'],
    ['IBAN', 'DE89 3704 0044 0532 0130 00'],
    ['IBAN', 'de89370400440532013000'],
    ['IBAN', 'GB82 WEST 1234 5698 7654 32'],
  ] as const)('allows %s %s', (type, value) => {
    expect(isBuiltinAllowed(type, value)).toBe(true);
  });

  it.each([
    ['EMAIL', 'max.power@firma-intern.de'],
    ['EMAIL', 'someone@example.com.evil.de'],
    ['EMAIL', 'x@testing.de'],
    ['PHONE', '0171 2345678'],
    ['PHONE', '030 23126 123'],
    ['PHONE', '(415) 555-0200'],
    ['PHONE', '+44 7700 901123'],
    ['PERSON', 'Ayşe Demir'],
    ['PERSON', 'Max Müller'],
    ['IBAN', 'DE44 5001 0517 5407 3249 31'],
  ] as const)('does not allow %s %s', (type, value) => {
    expect(isBuiltinAllowed(type, value)).toBe(false);
  });

  it('holds only IBANs with valid check digits', () => {
    const ibans = BUILTIN_ALLOW_GROUPS.find((g) => g.type === 'IBAN')!.entries.map((r) => r.source.replace(/\[[^\]]*\]\?/g, ''));
    expect(ibans.length).toBeGreaterThan(10);
    for (const iban of ibans) expect(isValidIban(iban), iban).toBe(true);
  });

  it('works as a Pipeline allow list', () => {
    const text = 'Kontakt: info@example.com, Tel. +49 30 23125 456, IBAN DE89 3704 0044 0532 0130 00. Echt: max.power@firma-intern.de';
    const withList = new Pipeline({ allow: [...BUILTIN_ALLOW], types: ['EMAIL', 'IBAN', 'PHONE'] }).detect(text);
    const without = new Pipeline({ types: ['EMAIL', 'IBAN', 'PHONE'] }).detect(text);
    expect(withList.map((f) => text.slice(f.start, f.end))).toEqual(['max.power@firma-intern.de']);
    expect(without.length).toBeGreaterThan(withList.length);
  });
});

describe('text scanner', () => {
  const scanner = new TextScanner({
    pipeline: { types: ['EMAIL'] },
    key: new Uint8Array(32),
    inlineIgnore: true,
    showValues: true,
    maxFileSize: 1 << 20,
    region: 'DE',
  });
  const job = { path: 'a.txt', uri: 'a.txt' };

  it('gives 1-based lines and UTF-16 columns, end exclusive', async () => {
    const text = 'erste Zeile\r\n😀 x max.power@firma-intern.de\n';
    const { findings } = await scanner.scanPieces([text], job);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(text.slice(f.start, f.end)).toBe('max.power@firma-intern.de');
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([2, 6, 2, 31]);
  });

  it('honours anonymize-ignore and anonymize-ignore-next-line', async () => {
    const text = [
      'a@firma-intern.de # anonymize-ignore',
      '// anonymize-ignore-next-line',
      'b@firma-intern.de',
      'c@firma-intern.de',
      '<!-- anonymize-ignore-next-line -->',
      '',
      'd@firma-intern.de',
    ].join('\n');
    const r = await scanner.scanPieces([text], job);
    expect(r.findings.map((f) => f.value)).toEqual(['c@firma-intern.de', 'd@firma-intern.de']);
    expect(r.suppressed).toBe(2);
  });

  it('gives the same findings whatever the pieces and chunk cuts', async () => {
    const line = 'Zeile mit max.power@firma-intern.de und mehr Text drumherum.\n';
    const text = line.repeat(20_000) + '// anonymize-ignore-next-line\nx@firma-intern.de\n'; // ~1.2M chars: two chunks
    const whole = await scanner.scanPieces([text], job);
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += 65_537) pieces.push(text.slice(i, i + 65_537));
    const split = await scanner.scanPieces(pieces, job);
    expect(split.findings.length).toBe(20_000);
    expect(split.suppressed).toBe(1);
    expect(split.findings.map((f) => [f.start, f.line, f.column, f.occurrence])).toEqual(whole.findings.map((f) => [f.start, f.line, f.column, f.occurrence]));
    const last = split.findings[split.findings.length - 1]!;
    expect(last.line).toBe(20_000);
    expect(last.occurrence).toBe(19_999);
    expect(text.slice(last.start, last.end)).toBe('max.power@firma-intern.de');
  });
});

describe('worker wire format', () => {
  const scan = (showValues: boolean) =>
    new TextScanner({ pipeline: {}, key: new Uint8Array(32), inlineIgnore: true, showValues, maxFileSize: 1 << 20, region: 'DE' });
  const text = 'Sehr geehrte Frau Jovanović,\nbitte rufen Sie 0171 2345678 an oder schreiben an j.jovanovic@firma-intern.de.\nIBAN DE89 3704 0044 0532 0130 00, Frau Jovanović\n';

  for (const showValues of [false, true]) {
    it(`carries every finding unchanged, in order and with the same keys (values ${showValues ? 'shown' : 'hidden'})`, async () => {
      const { findings } = await scan(showValues).scanPieces([text], { path: 'd/a.txt', uri: 'd/a.txt' });
      expect(findings.length).toBeGreaterThanOrEqual(5);
      const result: FileResult = { path: 'd/a.txt', uri: 'd/a.txt', status: 'scanned', bytes: text.length, findings, suppressed: 1 };
      const { message, transfer } = encodeResult(structuredClone(result));
      // What the worker posts survives structured cloning with its buffers transferred.
      const received = structuredClone(message, { transfer });
      const back = decodeResult(received);
      expect(JSON.stringify(back)).toBe(JSON.stringify(result));
      expect(back.findings.every((f) => ('value' in f) === showValues)).toBe(true);
    });
  }
});

describe('report escaping', () => {
  it('escapes GitHub workflow command data and properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('makes SARIF artifact URIs relative and percent-encoded', () => {
    expect(artifactUri('docs/my file#1.md')).toEqual({ uri: 'docs/my%20file%231.md', uriBaseId: '%SRCROOT%' });
    expect(artifactUri('/tmp/x y.txt').uri).toBe('file:///tmp/x%20y.txt');
  });
});
