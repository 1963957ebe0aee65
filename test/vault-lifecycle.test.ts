/**
 * `anonymize vault …` against the built binary (bin/anonymize.js, after `npx tsup`): init, info,
 * list, forget, export, retention, purge, rekey, verify — exit codes, masking, what is left on
 * disk. Vaults with old timestamps are written through the real library
 * (helpers/vault-lifecycle-fixtures.ts); the CLI under test is never mocked.
 * Kill-safety (SIGKILL during rekey and forget) is in vault-lifecycle-kill.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN } from './helpers/cli.js';
import { box, DAY, openWith, plaintextHits, seed, type Box } from './helpers/vault-lifecycle-fixtures.js';

beforeAll(assertBuilt);

const SAMPLE =
  'Sehr geehrte Frau Ayşe Demir, Tel. +49 171 2345678, a.demir@beispiel.de, IBAN DE44 5001 0517 5407 3249 31.\n' +
  'Frau Demir schreibt an Herrn Jonas Weber.\n';
const VALUES = ['Ayşe Demir', '+49 171 2345678', 'a.demir@beispiel.de', 'DE44 5001 0517 5407 3249 31', 'Jonas Weber'];

/** Sandbox with the sample anonymized: PERSON_1 Ayşe Demir, PERSON_2 Demir (derived), PHONE_1,
 * EMAIL_1, IBAN_1, PERSON_3 Jonas Weber, PERSON_4 Weber (derived). */
function withSample(): Box & { safe: string } {
  const b = box();
  const a = b.cli([], SAMPLE);
  expect(a.code).toBe(0);
  expect(a.stdout).toBe(
    'Sehr geehrte Frau [[PERSON_1]], Tel. [[PHONE_1]], [[EMAIL_1]], IBAN [[IBAN_1]].\nFrau [[PERSON_2]] schreibt an Herrn [[PERSON_3]].\n',
  );
  return Object.assign(b, { safe: a.stdout });
}

const keyOf = (b: Box) => ({ kind: 'keyfile' as const, path: b.keyPath });
const ids = async (b: Box) => (await openWith(b.vaultPath, keyOf(b))).entries().map((e) => e.id);

describe('vault init', () => {
  it('creates a key-file vault with a retention period, refuses to overwrite it (exit 2); info shows it', () => {
    const b = box();
    const r = b.cli(['vault', 'init', '--retention', '90d']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`created vault ${b.vaultPath}`);
    expect(r.stderr).toContain('created a new vault key');
    expect(statSync(b.vaultPath).mode & 0o777).toBe(0o600);
    expect(statSync(b.keyPath).mode & 0o777).toBe(0o600);
    const before = readFileSync(b.vaultPath);

    const again = b.cli(['vault', 'init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^anonymize: error: a vault already exists at .* not overwriting it/);
    expect(readFileSync(b.vaultPath).equals(before)).toBe(true);

    const info = b.cli(['vault', 'info', '--json']);
    expect(info.code).toBe(0);
    const s = JSON.parse(info.stdout);
    expect(s).toMatchObject({ path: b.vaultPath, formatVersion: 1, entries: 0, byType: { PERSON: 0, EMAIL: 0, PHONE: 0, IBAN: 0 } });
    expect(s.kdf).toMatch(/key file/);
    expect(s.retention).toMatchObject({ vault: 90 * DAY, config: null, effective: { ms: 90 * DAY, source: 'vault' }, expired: 0 });
    const text = b.cli(['vault', 'info']);
    expect(text.stdout).toMatch(/retention\s+90 days since last use \(vault setting\)/);
    expect(text.stdout).toMatch(/key\s+key file \(HKDF-SHA256\)/);
  });

  it('uses --key-file (created if missing) or a passphrase from --passphrase-env; bad input exits 2 and creates nothing', () => {
    const b = box();
    const k1 = join(b.dir, 'keys', 'k1.key');
    const v1 = join(b.dir, 'v1.anv');
    expect(b.cli(['vault', 'init', '--vault', v1, '--key-file', k1]).code).toBe(0);
    expect(existsSync(k1)).toBe(true);
    expect(b.cli(['vault', 'verify', '--vault', v1, '--key-file', k1]).code).toBe(0);
    expect(b.cli(['vault', 'verify', '--vault', v1]).code).toBe(2); // the default key is another key
    expect(existsSync(b.keyPath)).toBe(false); // ...and it was not minted for an existing vault

    const v2 = join(b.dir, 'v2.anv');
    const pw = { MY_PW: 'correct horse battery staple' };
    expect(b.cli(['vault', 'init', '--vault', v2, '--passphrase-env', 'MY_PW'], '', pw).code).toBe(0);
    const info = b.cli(['vault', 'info', '--vault', v2, '--json'], '', { ANONYMIZE_PASSPHRASE: pw.MY_PW });
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout).kdf).toMatch(/^passphrase \(scrypt N=2\^16/);
    const wrong = b.cli(['vault', 'info', '--vault', v2], '', { ANONYMIZE_PASSPHRASE: 'nope' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/wrong passphrase/);

    const v3 = join(b.dir, 'v3.anv');
    const bad: [string[], RegExp][] = [
      [['--passphrase-env', 'UNSET_VAR'], /UNSET_VAR is not set/],
      [['--retention', '5x'], /not a duration/],
      [['--retention', '30m'], /not a duration/],
      [['--key-file', k1, '--passphrase-env', 'MY_PW'], /choose one/],
      [['--passphrase'], /no terminal/],
    ];
    for (const [args, msg] of bad) {
      const r = b.cli(['vault', 'init', '--vault', v3, ...args], '', pw);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(v3)).toBe(false);
    }
  });
});

describe('vault info and list', () => {
  it('list masks every value unless --show-values; --type filters; --json; info shows counts and no values', () => {
    const b = withSample();
    const list = b.cli(['vault', 'list']);
    expect(list.code).toBe(0);
    for (const v of [...VALUES, 'Demir', 'Weber', 'Ayşe', 'beispiel', '2345678']) expect(list.stdout).not.toContain(v);
    const row = (token: string) => list.stdout.split('\n').find((l) => l.startsWith(token)) ?? '';
    expect(row('[[PERSON_1]]')).toMatch(/PERSON\s+A\*\*\* D\*\*\*\s/);
    expect(row('[[PERSON_2]]')).toMatch(/D\*\*\*\s.*PERSON_1$/);
    expect(row('[[PHONE_1]]')).toContain('+49 *** ****678');
    expect(row('[[EMAIL_1]]')).toContain('a***@b***.de');
    expect(row('[[IBAN_1]]')).toContain('DE44 **** **** **** **** **');

    const plain = b.cli(['vault', 'list', '--show-values']);
    for (const v of VALUES) expect(plain.stdout).toContain(v);

    const typed = b.cli(['vault', 'list', '--type', 'email,iban', '--json']);
    const rows = JSON.parse(typed.stdout) as { token: string; value: string; masked: boolean; firstSeen: string; lastSeen: string }[];
    expect(rows.map((r) => r.token)).toEqual(['[[EMAIL_1]]', '[[IBAN_1]]']);
    expect(rows.every((r) => r.masked && !r.value.includes('demir') && !Number.isNaN(Date.parse(r.lastSeen)))).toBe(true);
    expect(b.cli(['vault', 'list', '--type', 'ADDRESS']).code).toBe(2);

    const info = b.cli(['vault', 'info']);
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(/entries\s+7 \(PERSON 4, EMAIL 1, PHONE 1, IBAN 1\)/);
    expect(info.stdout).toMatch(/retention\s+off/);
    for (const v of [...VALUES, 'Demir']) expect(info.stdout + info.stderr).not.toContain(v);
  });
});

describe('vault forget', () => {
  it('erases a person and the derived surname; restoring an old text leaves the tokens and says so; the value comes back with a new token', async () => {
    const b = withSample();
    const f = b.cli(['vault', 'forget', 'Ayşe Demir']);
    expect(f.code).toBe(0);
    expect(f.stdout).toMatch(/^forgot\s+\[\[PERSON_1\]\]\s+PERSON\s+A\*\*\* D\*\*\*\s+named by value$/m);
    expect(f.stdout).toMatch(/^forgot\s+\[\[PERSON_2\]\]\s+PERSON\s+D\*\*\*\s+derived from PERSON_1$/m);
    expect(f.stderr).toMatch(/forgot 2 entries/);
    for (const v of ['Ayşe', 'Demir']) expect(f.stdout + f.stderr).not.toContain(v);
    expect(await ids(b)).toEqual(['PHONE_1', 'EMAIL_1', 'IBAN_1', 'PERSON_3', 'PERSON_4']);
    expect(plaintextHits(b.dir, ['Ayşe Demir', 'Ayşe'])).toEqual([]);

    const r = b.cli(['restore'], b.safe);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Sehr geehrte Frau [[PERSON_1]], Tel. +49 171 2345678, a.demir@beispiel.de, IBAN DE44 5001 0517 5407 3249 31.\nFrau [[PERSON_2]] schreibt an Herrn Jonas Weber.\n');
    expect(r.stderr).toMatch(/warning: 2 tokens were not found in the vault/);

    const again = b.cli([], 'Frau Ayşe Demir ruft an. Frau Demir.\n');
    expect(again.stdout).toBe('Frau [[PERSON_5]] ruft an. Frau [[PERSON_6]].\n'); // ids are never reused
    expect(b.cli(['restore'], '[[PERSON_1]] [[PERSON_5]]').stdout).toBe('[[PERSON_1]] Ayşe Demir');
  });

  it('takes tokens as [[PERSON_1]] or PERSON_1, and a value however it is spelled', async () => {
    const b = withSample();
    const dry = b.cli(['vault', 'forget', '--dry-run', '--json', 'demir, AYŞE', '0171 2345678', 'A.Demir@Beispiel.DE', 'DE44500105175407324931']);
    expect(dry.code).toBe(0);
    const d = JSON.parse(dry.stdout);
    expect(d.dryRun).toBe(true);
    expect(d.entries.map((e: { token: string }) => e.token)).toEqual(['[[PERSON_1]]', '[[PHONE_1]]', '[[EMAIL_1]]', '[[IBAN_1]]', '[[PERSON_2]]']);
    expect(d.unmatchedArguments).toEqual([]);
    expect(JSON.stringify(d)).not.toMatch(/Demir|2345678|beispiel|5407/);

    const f = b.cli(['vault', 'forget', '[[EMAIL_1]]', 'PHONE_1', '[[iban_1]]']);
    expect(f.code).toBe(0);
    expect(await ids(b)).toEqual(['PERSON_1', 'PERSON_2', 'PERSON_3', 'PERSON_4']);
  });

  it('--dry-run changes nothing', () => {
    const b = withSample();
    const before = readFileSync(b.vaultPath);
    const r = b.cli(['vault', 'forget', '--dry-run', 'Jonas Weber']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^would forget\s+\[\[PERSON_3\]\]\s+PERSON\s+J\*\*\* W\*\*\*/m);
    expect(r.stdout).toMatch(/^would forget\s+\[\[PERSON_4\]\].*derived from PERSON_3$/m);
    expect(r.stderr).toMatch(/dry run: would forget 2 entries; nothing was changed/);
    expect(readFileSync(b.vaultPath).equals(before)).toBe(true);
  });

  it('--stdin takes values one per line, so they never appear in argv', async () => {
    const b = withSample();
    const r = b.cli(['vault', 'forget', '--stdin'], 'Jonas Weber\r\n\n  a.demir@beispiel.de  \nIBAN_1\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/forgot 4 entries/);
    expect(await ids(b)).toEqual(['PERSON_1', 'PERSON_2', 'PHONE_1']);
  });

  it('keeps a surname shared with another person; forgetting a surname alone names, but keeps, its full name', async () => {
    const b = box();
    expect(b.cli(['vault', 'init']).code).toBe(0);
    const id = await seed(b.vaultPath, keyOf(b), [
      { type: 'PERSON', value: 'Anna Demir' },
      { type: 'PERSON', value: 'Demir', parentValue: 'Anna Demir' },
      { type: 'PERSON', value: 'Ali Demir' },
      { type: 'PERSON', value: 'Jonas Weber' },
      { type: 'PERSON', value: 'Weber', parentValue: 'Jonas Weber' },
    ]);
    const f = b.cli(['vault', 'forget', 'Anna Demir']);
    expect(f.code).toBe(0);
    expect(f.stdout).toMatch(/^forgot\s+\[\[PERSON_1\]\]/m);
    expect(f.stdout).toMatch(/^kept\s+\[\[PERSON_2\]\]\s+PERSON\s+D\*\*\*\s+surname of PERSON_1, but also of PERSON_3$/m);
    expect(f.stderr).toContain('run: anonymize vault forget PERSON_2');
    expect(await ids(b)).toEqual([id['Demir'], id['Ali Demir'], id['Jonas Weber'], id['Weber']]);

    const s = b.cli(['vault', 'forget', 'Weber']);
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/^forgot\s+\[\[PERSON_5\]\]/m);
    expect(s.stderr).toMatch(/\[\[PERSON_5\]\] is the surname of \[\[PERSON_4\]\] \(J\*\*\* W\*\*\*\), which is kept .* run: anonymize vault forget PERSON_4/);
    expect(await ids(b)).toEqual(['PERSON_2', 'PERSON_3', 'PERSON_4']);
    // Both at once: the shared surname goes too, since every claimant is forgotten.
    b.cli(['vault', 'forget', 'Ali Demir', 'PERSON_2']);
    expect(await ids(b)).toEqual(['PERSON_4']);
  });

  it('warns about unknown tokens and unmatched values without echoing them; usage errors and a missing vault exit 2', () => {
    const b = withSample();
    const r = b.cli(['vault', 'forget', 'PERSON_99', 'Zoltan Nobody']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('[[PERSON_99]] is not in the vault');
    expect(r.stderr).toContain('argument 2: no vault entry matches');
    expect(r.stderr).not.toContain('Zoltan');
    expect(r.stderr).toMatch(/nothing to forget/);
    expect(b.cli(['vault', 'forget']).code).toBe(2);

    const empty = box();
    for (const cmd of [['forget', 'x'], ['info'], ['list'], ['export'], ['purge', '--older-than', '1d'], ['retention', '1d'], ['rekey', '--new-key-file', 'k'], ['verify']]) {
      const m = empty.cli(['vault', ...cmd]);
      expect(m.code, cmd.join(' ')).toBe(2);
      expect(m.stderr).toMatch(/no vault at /);
    }
    expect(readdirSync(empty.dir)).toEqual(['work']); // neither a vault nor a key was created
  });

  it('removes temp files that interrupted writes left behind, so no encrypted copy of a forgotten value survives', async () => {
    const b = withSample();
    // What a writer killed between writing its temp file and renaming it leaves: a complete
    // vault under a temp name (openable with the key, holding every value).
    const stale = `${b.vaultPath}.tmp-99999-deadbeef`;
    copyFileSync(b.vaultPath, stale);
    expect((await openWith(stale, keyOf(b))).findByValue('Ayşe Demir')).toBeDefined();
    const info = b.cli(['vault', 'info', '--json']);
    expect(JSON.parse(info.stdout).staleTempFiles).toBe(1);
    expect(b.cli(['vault', 'verify']).stderr).toMatch(/1 temp file left by an interrupted write/);

    expect(b.cli(['vault', 'forget', 'Ayşe Demir']).code).toBe(0);
    expect(readdirSync(join(b.dir, 'data', 'anonymize'))).toEqual(['vault.anv']); // no temp, no backup, no lock
    const v = await openWith(b.vaultPath, keyOf(b));
    expect(v.findByValue('Ayşe Demir')).toBeUndefined();
    expect(v.findByValue('Demir')).toBeUndefined();
  });
});

describe('vault export', () => {
  it('exports what the vault holds about a person (entry, derived entries, first/last seen); no arguments = everything', () => {
    const b = withSample();
    const r = b.cli(['vault', 'export', '--json', 'Ayşe Demir', 'PHONE_1', 'nobody@nowhere.example']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.format).toBe('anonymize-vault-export/1');
    expect(doc.entries).toEqual([
      expect.objectContaining({ token: '[[PERSON_1]]', type: 'PERSON', value: 'Ayşe Demir', relation: 'named by value' }),
      expect.objectContaining({ token: '[[PHONE_1]]', type: 'PHONE', value: '+49 171 2345678', relation: 'named by token' }),
      expect.objectContaining({ token: '[[PERSON_2]]', value: 'Demir', parent: 'PERSON_1', relation: 'derived from PERSON_1' }),
    ]);
    for (const e of doc.entries) expect(Date.parse(e.firstSeen)).toBeLessThanOrEqual(Date.parse(e.lastSeen));
    expect(doc.requests).toEqual([
      { argument: 1, matched: true },
      { argument: 2, matched: true },
      { argument: 3, matched: false },
    ]);
    expect(r.stderr).toMatch(/argument 3: no vault entry matches/);
    expect(r.stderr).toMatch(/contains personal data in plain text/);
    expect(r.stderr).not.toContain('nobody');

    const out = join(b.dir, 'work', 'all.json');
    const all = b.cli(['vault', 'export', '-o', out]);
    expect(all.code).toBe(0);
    expect(all.stdout).toBe('');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const everything = JSON.parse(readFileSync(out, 'utf8'));
    expect(everything.entries.map((e: { value: string }) => e.value)).toEqual([
      'Ayşe Demir',
      'Demir',
      '+49 171 2345678',
      'a.demir@beispiel.de',
      'DE44 5001 0517 5407 3249 31',
      'Jonas Weber',
      'Weber',
    ]);
    expect(everything.requests).toBeUndefined();

    const before = readFileSync(b.vaultPath);
    const onto = b.cli(['vault', 'export', '-o', b.vaultPath]);
    expect(onto.code).toBe(2);
    expect(onto.stderr).toMatch(/names the vault itself/);
    expect(readFileSync(b.vaultPath).equals(before)).toBe(true);

    const viaStdin = b.cli(['vault', 'export', '--stdin'], 'jonas weber\n');
    expect(JSON.parse(viaStdin.stdout).entries.map((e: { id: string }) => e.id)).toEqual(['PERSON_3', 'PERSON_4']);
  });
});

describe('retention', () => {
  it('entries unused longer than the vault retention are purged by the next write of any command, and it is reported', async () => {
    const b = box();
    expect(b.cli(['vault', 'init', '--retention', '30d']).code).toBe(0);
    const now = Date.now();
    await seed(b.vaultPath, keyOf(b), [
      { type: 'PERSON', value: 'Otto Altmann', at: now - 40 * DAY },
      { type: 'PERSON', value: 'Altmann', parentValue: 'Otto Altmann', at: now - 40 * DAY },
      { type: 'EMAIL', value: 'old@altmann.example', at: now - 31 * DAY },
      { type: 'EMAIL', value: 'reused@altmann.example', at: now - 50 * DAY },
      { type: 'EMAIL', value: 'fresh@frisch.example', at: now - 29 * DAY },
    ]);
    const info = JSON.parse(b.cli(['vault', 'info', '--json']).stdout);
    expect(info.retention.expired).toBe(4); // reading purges nothing
    expect(info.entries).toBe(5);

    const a = b.cli([], 'Mail an neu@beispiel.de und reused@altmann.example\n');
    expect(a.code).toBe(0);
    // The expired value seen again keeps its token (it is used, so no longer expired).
    expect(a.stdout).toBe('Mail an [[EMAIL_4]] und [[EMAIL_2]]\n');
    expect(a.stderr).toMatch(/retention: removed 3 vault entries not used for more than 30 days/);
    const v = await openWith(b.vaultPath, keyOf(b));
    expect(v.entries().map((e) => e.value)).toEqual(['reused@altmann.example', 'fresh@frisch.example', 'neu@beispiel.de']);
    expect(plaintextHits(b.dir, ['Otto Altmann', 'old@altmann.example'])).toEqual([]);
  });

  it('vault retention sets / turns off the period; the config file key "retention" binds every writer, the shorter wins', async () => {
    const b = box();
    expect(b.cli(['vault', 'init']).code).toBe(0);
    expect(b.cli(['vault', 'retention']).stdout).toBe('vault:  off\nconfig: off\neffective: off\n');
    const now = Date.now();
    await seed(b.vaultPath, keyOf(b), [
      { type: 'EMAIL', value: 'twenty@days.example', at: now - 20 * DAY },
      { type: 'EMAIL', value: 'ten@days.example', at: now - 10 * DAY },
    ]);
    const cfg = join(b.dir, 'work', '.anonymize.json');
    writeFileSync(cfg, JSON.stringify({ retention: '2w' }));
    const set = b.cli(['vault', 'retention', '90d']);
    expect(set.code).toBe(0);
    // Writing the setting is a write: the config's shorter 2 weeks already applied.
    expect(set.stderr).toContain(`retention: removed 1 vault entry not used for more than 14 days (retention from ${cfg})`);
    expect(set.stdout).toBe(`vault:  90 days\nconfig: 14 days (${cfg})\neffective: 14 days since last use\n`);
    const info = JSON.parse(b.cli(['vault', 'info', '--json']).stdout);
    expect(info.retention).toMatchObject({ vault: 90 * DAY, config: { ms: 14 * DAY, source: cfg }, effective: { ms: 14 * DAY, source: cfg } });

    writeFileSync(cfg, JSON.stringify({ retention: '1w' }));
    const a = b.cli([], 'an neu@beispiel.de\n');
    expect(a.code).toBe(0);
    expect(a.stderr).toMatch(/retention: removed 1 vault entry not used for more than 7 days/);

    expect(b.cli(['vault', 'retention', 'off']).stdout).toMatch(/^vault: {2}off\n/);
    expect(JSON.parse(b.cli(['vault', 'info', '--json']).stdout).retention.vault).toBeNull();
    expect(b.cli(['vault', 'retention', 'soon']).code).toBe(2);

    writeFileSync(cfg, JSON.stringify({ retention: 'soon' }));
    const bad = b.cli([], 'an noch@beispiel.de\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^anonymize: error: .*"retention".*not a duration/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('vault purge --older-than removes unused entries on demand; --dry-run lists them masked; no period set exits 2', async () => {
    const b = box();
    expect(b.cli(['vault', 'init']).code).toBe(0);
    const now = Date.now();
    await seed(b.vaultPath, keyOf(b), [
      { type: 'PHONE', value: '+49 30 1234567', at: now - 45 * DAY },
      { type: 'IBAN', value: 'DE89 3704 0044 0532 0130 00', at: now - 31 * DAY },
      { type: 'EMAIL', value: 'recent@beispiel.de', at: now - 1 * DAY },
    ]);
    const before = readFileSync(b.vaultPath);
    const dry = b.cli(['vault', 'purge', '--older-than', '30d', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^would purge\s+\[\[PHONE_1\]\]\s+PHONE\s+\+49 \*\* \*\*\*\*567/m);
    expect(dry.stdout).toMatch(/^would purge\s+\[\[IBAN_1\]\]\s+IBAN\s+DE89 \*\*\*\*/m);
    expect(dry.stdout).not.toMatch(/1234567|0532/);
    expect(readFileSync(b.vaultPath).equals(before)).toBe(true);

    const p = b.cli(['vault', 'purge', '--older-than', '30d', '-q']);
    expect(p.code).toBe(0);
    expect(p.stderr).toBe('anonymize: purged 2 entries not used for more than 30 days\n'); // reported even with -q
    expect(await ids(b)).toEqual(['EMAIL_1']);

    expect(b.cli(['vault', 'purge']).stderr).toMatch(/no retention period is set/);
    expect(b.cli(['vault', 'purge']).code).toBe(2);
    expect(b.cli(['vault', 'purge', '--older-than', 'yesterday']).code).toBe(2);
    // With a retention period, purge without --older-than uses it. (The seed is written "3 days
    // ago", so the vault holds an entry that has expired since.)
    expect(b.cli(['vault', 'retention', '2d']).code).toBe(0);
    await seed(b.vaultPath, keyOf(b), [{ type: 'EMAIL', value: 'stale@beispiel.de', at: now - 3 * DAY }]);
    const listed = b.cli(['vault', 'purge', '--dry-run', '--json']);
    expect(JSON.parse(listed.stdout)).toMatchObject({ dryRun: true, olderThanMs: 2 * DAY, entries: [{ token: '[[EMAIL_2]]', value: 's***@b***.de' }] });
    const byRetention = b.cli(['vault', 'purge']);
    expect(byRetention.stderr).toBe('anonymize: purged 1 entry not used for more than 2 days\n');
    expect(await ids(b)).toEqual(['EMAIL_1']);
  });
});

describe('vault rekey', () => {
  it('to a new key file: the old key stops opening the vault, the new one opens the same contents; same key and no option refused', async () => {
    const b = withSample();
    const before = (await openWith(b.vaultPath, keyOf(b))).entries();
    const newKey = join(b.dir, 'keys', 'new.key');
    const r = b.cli(['vault', 'rekey', '--new-key-file', newKey]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/re-encrypted .* \(7 entries\) with the key file .*new\.key; the old key no longer opens it/);
    expect(statSync(newKey).mode & 0o777).toBe(0o600);
    const old = b.cli(['vault', 'verify']);
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(/wrong key/);
    expect(b.cli(['vault', 'verify', '--key-file', newKey]).code).toBe(0);
    expect((await openWith(b.vaultPath, { kind: 'keyfile', path: newKey })).entries()).toEqual(before);
    expect(b.cli(['restore', '--key-file', newKey], b.safe).code).toBe(2); // root options come first…
    expect(b.cli(['--key-file', newKey, 'restore'], b.safe).stdout).toBe(SAMPLE); // …like this

    const same = b.cli(['vault', 'rekey', '--key-file', newKey, '--new-key-file', newKey]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/must name a new file, not the current key/);
    const copy = join(b.dir, 'keys', 'copy.key');
    copyFileSync(newKey, copy);
    const sameKey = b.cli(['vault', 'rekey', '--key-file', newKey, '--new-key-file', copy]);
    expect(sameKey.code).toBe(2);
    expect(sameKey.stderr).toMatch(/same as the current one/);
    expect(b.cli(['vault', 'rekey', '--key-file', newKey]).code).toBe(2);
    const garbage = join(b.dir, 'keys', 'garbage.key');
    writeFileSync(garbage, 'not a key\n');
    expect(b.cli(['vault', 'rekey', '--key-file', newKey, '--new-key-file', garbage]).stderr).toMatch(/not a valid anonymize key/);
    expect(b.cli(['vault', 'verify', '--key-file', newKey]).code).toBe(0);
  }, 60_000);

  it('to a passphrase (--new-passphrase-env) and back to a key file', () => {
    const b = withSample();
    const env = { NEW_PW: 'Tr0ub4dor&3 neu' };
    const r = b.cli(['vault', 'rekey', '--new-passphrase-env', 'NEW_PW'], '', env);
    expect(r.code).toBe(0);
    expect(b.cli(['vault', 'verify']).code).toBe(2);
    const info = b.cli(['vault', 'info', '--json'], '', { ANONYMIZE_PASSPHRASE: env.NEW_PW });
    expect(JSON.parse(info.stdout)).toMatchObject({ entries: 7, kdf: expect.stringMatching(/^passphrase/) });
    expect(b.cli(['vault', 'rekey', '--new-passphrase-env', 'NEW_PW'], '', { ...env, ANONYMIZE_PASSPHRASE: env.NEW_PW }).stderr).toMatch(/same as the current one/);
    const back = join(b.dir, 'back.key');
    expect(b.cli(['vault', 'rekey', '--new-key-file', back], '', { ANONYMIZE_PASSPHRASE: env.NEW_PW }).code).toBe(0);
    expect(b.cli(['vault', 'verify'], '', { ANONYMIZE_PASSPHRASE: env.NEW_PW }).code).toBe(2);
    expect(b.cli(['--key-file', back, 'restore'], b.safe).stdout).toBe(SAMPLE);
  }, 60_000);
});

describe('vault verify', () => {
  it('exit 0 for an intact vault; exit 2 for a flipped bit, a truncated file, a wrong key; --json', () => {
    const b = withSample();
    const ok = b.cli(['vault', 'verify', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, entries: 7, formatVersion: 1, warnings: [], notes: [] });
    expect(b.cli(['vault', 'verify']).stdout).toMatch(/^ok: .* decrypts and is intact — 7 entries, format version 1/);

    const good = readFileSync(b.vaultPath);
    const flipped = Buffer.from(good);
    flipped[good.length - 20] ^= 0x01;
    writeFileSync(b.vaultPath, flipped);
    const bad = b.cli(['vault', 'verify', '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: expect.stringMatching(/damaged or was modified/) });

    writeFileSync(b.vaultPath, good.subarray(0, 40));
    expect(b.cli(['vault', 'verify']).stderr).toMatch(/truncated/);
    writeFileSync(b.vaultPath, good);
    const other = join(b.dir, 'other.key');
    b.cli(['vault', 'init', '--vault', join(b.dir, 'o.anv'), '--key-file', other]);
    const wrong = b.cli(['vault', 'verify', '--key-file', other]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/wrong key/);
    expect(b.cli(['vault', 'verify']).code).toBe(0);
  });
});

describe('no plaintext on disk', () => {
  it('after every lifecycle operation, no file in the sandbox holds any stored value (raw bytes, UTF-8 and UTF-16)', () => {
    const b = box();
    const exportFile = join(b.dir, 'work', 'export.json');
    const values = [...VALUES, 'Demir', 'Weber', 'Ayşe', 'Mira Kühn', 'kuehn@beispiel.de'];
    const step = (args: string[], input = '', env: NodeJS.ProcessEnv = {}) => {
      const r = b.cli(args, input, env);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(plaintextHits(b.dir, values, [exportFile]), args.join(' ')).toEqual([]);
      return r;
    };
    step(['vault', 'init', '--retention', '30d']);
    step([], SAMPLE);
    step([], 'Frau Mira Kühn, kuehn@beispiel.de\n');
    step(['vault', 'list', '--show-values']);
    step(['vault', 'info']);
    step(['vault', 'export', '-o', exportFile]);
    expect(readFileSync(exportFile, 'utf8')).toContain('Mira Kühn'); // the export is plain on purpose
    step(['vault', 'forget', 'Mira Kühn', 'kuehn@beispiel.de']);
    step(['vault', 'retention', '60d']);
    step(['vault', 'purge', '--older-than', '1h']);
    const k2 = join(b.dir, 'k2.key');
    step(['vault', 'rekey', '--new-key-file', k2]);
    step(['vault', 'rekey', '--key-file', k2, '--new-passphrase-env', 'PW'], '', { PW: 'pass phrase' });
    step(['vault', 'verify'], '', { ANONYMIZE_PASSPHRASE: 'pass phrase' });
    step(['restore'], '[[PERSON_1]]', { ANONYMIZE_PASSPHRASE: 'pass phrase' });
  }, 90_000);
});

const haveScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;

describe.skipIf(!haveScript)('passphrase prompts on a terminal', () => {
  /** Run the CLI on a fresh pseudo-terminal (script(1)), typing each key string after its prompt. */
  function onPty(b: Box, args: string[], keys: string[], prompts: string[]): Promise<{ out: string; code: number | null }> {
    const cmd = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return new Promise((resolve, reject) => {
      const child = spawn('script', ['-qfec', cmd, '/dev/null'], { cwd: join(b.dir, 'work'), env: b.env, stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let next = 0;
      let from = 0;
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`pty timeout: ${JSON.stringify(out)}`));
      }, 20_000);
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        out += s;
        while (next < keys.length) {
          const at = out.indexOf(prompts[next]!, from);
          if (at < 0) break;
          from = at + prompts[next]!.length;
          child.stdin.write(keys[next++]);
        }
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ out, code });
      });
    });
  }

  it('init --passphrase asks twice; rekey --new-passphrase asks for the old one and the new one twice', async () => {
    const b = box();
    const mismatch = await onPty(b, ['vault', 'init', '--passphrase'], ['one\r', 'two\r'], ['New vault passphrase: ', 'Repeat passphrase: ']);
    expect(mismatch.out).toMatch(/do not match/);
    expect(existsSync(b.vaultPath)).toBe(false);
    const init = await onPty(b, ['vault', 'init', '--passphrase'], ['geheim eins\r', 'geheim eins\r'], ['New vault passphrase: ', 'Repeat passphrase: ']);
    expect(init.out).toMatch(/created vault/);
    expect(init.out).not.toContain('geheim');
    const rekey = await onPty(
      b,
      ['vault', 'rekey', '--new-passphrase'],
      ['geheim eins\r', 'geheim zwei\r', 'geheim zwei\r'],
      ['Vault passphrase: ', 'New vault passphrase: ', 'Repeat new passphrase: '],
    );
    expect(rekey.out).toMatch(/re-encrypted/);
    expect(b.cli(['vault', 'verify'], '', { ANONYMIZE_PASSPHRASE: 'geheim eins' }).code).toBe(2);
    expect(b.cli(['vault', 'verify'], '', { ANONYMIZE_PASSPHRASE: 'geheim zwei' }).code).toBe(0);
  }, 60_000);
});
