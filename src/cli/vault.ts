/**
 * `anonymize vault …`: the vault's lifecycle — create, inspect, answer GDPR access and erasure
 * requests, enforce retention, rotate the key, verify. The work is in src/vault/lifecycle.ts;
 * this file parses flags and prints. Loaded at start-up, so it imports nothing heavy: the vault,
 * the detectors and libphonenumber are imported inside the actions.
 *
 * Output rules: data (listings, exports, JSON) on stdout; notices, warnings and errors on
 * stderr. Values are masked everywhere except `vault export` and `vault list --show-values`;
 * no message ever quotes a value the user asked about.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { Vault } from '../vault/vault.js';
import type { VaultEntry } from '../vault/format.js';
import type { KeyMaterial } from '../vault/crypto.js';
import type { KeySource } from '../vault/keys.js';
import type { SubjectResolution, VaultSummary } from '../vault/lifecycle.js';
import {
  formatDuration,
  parseDuration,
  parseRetention,
  RetentionError,
  retentionFromConfig,
  setConfiguredRetention,
  MIN_RETENTION_MS,
  type ConfiguredRetention,
} from '../vault/retention.js';
import { globals, notice, warn, type GlobalOptions } from './context.js';

// ------------------------------------------------------------------------------------ helpers

const lib = () => import('../vault/lifecycle.js');

function userError(e: unknown): unknown {
  if (e instanceof RetentionError) return new UserError(e.message);
  if (e instanceof Error && e.name === 'VaultError') return new UserError(e.message.replace(/^anonymize:\s*/, ''));
  return e;
}

async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw userError(e);
  }
}

function vaultPathOf(opts: GlobalOptions, defaultVaultPath: () => string): string {
  return resolve(opts.vault ?? process.env.ANONYMIZE_VAULT ?? defaultVaultPath());
}

/** Opens an existing vault (never creates a vault or a key: an operator typo must not). */
async function openExisting(opts: GlobalOptions): Promise<Vault> {
  const [{ defaultVaultPath }, { vaultExists }, { openVault }] = await Promise.all([import('../vault/keys.js'), lib(), import('./open-vault.js')]);
  const p = vaultPathOf(opts, defaultVaultPath);
  if (!(await vaultExists(p))) throw new UserError(`no vault at ${p} — create one with: anonymize vault init`);
  return openVault(opts);
}

/** The config file's retention (key "retention"), for messages; undefined when none. */
async function configRetention(opts: GlobalOptions): Promise<ConfiguredRetention | undefined> {
  const { loadConfig } = await import('../config.js');
  const cfg = loadConfig({ file: opts.config });
  const where = cfg.source ?? 'configuration';
  const ms = retentionFromConfig(cfg.extra.retention, where);
  return ms ? { ms, source: where } : undefined;
}

const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const entries = (n: number) => plural(n, 'entry', 'entries');

function out(text: string): void {
  process.stdout.write(text);
}

function json(x: unknown): void {
  out(`${JSON.stringify(x, null, 2)}\n`);
}

function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join('  ').trimEnd()).join('\n') + '\n';
}

/** Values and tokens: arguments, plus one per line from stdin with --stdin (keeps them out of shell history and `ps`). */
async function requestArgs(args: string[], fromStdin: boolean | undefined): Promise<string[]> {
  const all = [...args];
  if (fromStdin) {
    if (process.stdin.isTTY) notice('reading values from the terminal, one per line; end with Ctrl-D');
    const { readAllText, STDIN } = await import('../io/text-input.js');
    const text = await readAllText(STDIN);
    for (const line of text.split(/\r?\n/)) if (line.trim()) all.push(line.trim());
  }
  return all;
}

async function passphraseFromPrompt(prompt: string, confirm: string | false): Promise<string> {
  const { promptPassphrase, PassphrasePromptError } = await import('./passphrase.js');
  try {
    return await promptPassphrase({ prompt, confirm });
  } catch (e) {
    if (e instanceof PassphrasePromptError) {
      throw new UserError(e.code === 'NO_TTY' ? 'no terminal to ask for the passphrase on: use --passphrase-env VAR in scripts' : e.message);
    }
    throw e;
  }
}

function passphraseFromEnv(name: string, flag: string): string {
  const v = process.env[name];
  if (!v) throw new UserError(`${flag} ${name}: the environment variable ${name} is not set or empty`);
  return v;
}

/** Options every vault subcommand accepts after its name (the root's must come before `vault`). */
function common(cmd: Command): Command {
  return cmd
    .option('--vault <file>', 'vault file (default: per-user data dir; env ANONYMIZE_VAULT)')
    .option('--key-file <file>', 'key file (env ANONYMIZE_KEY_FILE; or ANONYMIZE_PASSPHRASE)')
    .option('--config <file>', 'configuration file (for "retention" and "region")')
    .option('-q, --quiet', 'no notices on stderr');
}

// ------------------------------------------------------------------------------------ init

interface InitFlags {
  passphrase?: boolean;
  passphraseEnv?: string;
  retention?: string;
}

async function runInit(flags: InitFlags, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const [{ Vault }, keys, { initVault, vaultExists }] = await Promise.all([import('../vault/vault.js'), import('../vault/keys.js'), lib()]);
  const p = vaultPathOf(opts, keys.defaultVaultPath);
  const retention = flags.retention !== undefined ? parseRetention(flags.retention, '--retention') : null;
  if (flags.passphrase && flags.passphraseEnv) throw new UserError('--passphrase and --passphrase-env: choose one');
  const wantsPassphrase = flags.passphrase || flags.passphraseEnv !== undefined;
  if (opts.keyFile && wantsPassphrase) throw new UserError('--key-file and a passphrase: choose one');
  if (await vaultExists(p)) throw new UserError(`a vault already exists at ${p} — not overwriting it (use --vault for another file)`);

  // The key first, durably: there must never be a vault on disk whose key is not.
  let key: KeySource;
  let how: string;
  if (flags.passphraseEnv !== undefined) {
    key = { kind: 'passphrase', passphrase: passphraseFromEnv(flags.passphraseEnv, '--passphrase-env') };
    how = 'a passphrase';
  } else if (flags.passphrase) {
    key = { kind: 'passphrase', passphrase: await passphraseFromPrompt('New vault passphrase: ', 'Repeat passphrase: ') };
    how = 'a passphrase';
  } else if (!opts.keyFile && !process.env.ANONYMIZE_KEY_FILE && process.env.ANONYMIZE_PASSPHRASE) {
    key = { kind: 'passphrase', passphrase: process.env.ANONYMIZE_PASSPHRASE };
    how = 'the passphrase in ANONYMIZE_PASSPHRASE';
  } else {
    const file = resolve(opts.keyFile ?? process.env.ANONYMIZE_KEY_FILE ?? keys.defaultKeyFilePath());
    if (await keys.createKeyFile(file)) notice(keys.createdKeyNotice(file).replace(/^anonymize:\s*/, ''), { ...opts, quiet: false });
    else await keys.readKeyFile(file); // an existing file must be a valid key
    key = { kind: 'keyfile', path: file };
    how = `the key file ${file}`;
  }
  const onNotice = (m: string) => notice(m.replace(/^anonymize:\s*/, ''), { ...opts, quiet: false });
  const vault = await Vault.open({ path: p, key, onNotice });
  await initVault(vault, retention);
  notice(`created vault ${p}, protected by ${how}${retention ? `; entries unused for ${formatDuration(retention)} are removed` : ''}`, opts);
  return 0;
}

// ------------------------------------------------------------------------------------ info

function summaryText(s: VaultSummary): string {
  const types = Object.entries(s.byType)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  const r = s.retention;
  const retention = r.effective
    ? `${formatDuration(r.effective.ms)} since last use (${r.effective.source === 'vault' ? 'vault setting' : `from ${r.effective.source}`})` +
      (r.vault && r.config ? `; vault ${formatDuration(r.vault)}, config ${formatDuration(r.config.ms)}, the shorter applies` : '') +
      (r.expired ? `; ${entries(r.expired)} past it, removed on the next write` : '')
    : 'off (entries are kept until forgotten or purged)';
  const rows = [
    ['vault', s.path],
    ['format', `version ${s.formatVersion}, ${s.sizeBytes} bytes, AES-256-GCM`],
    ['key', s.kdf],
    ['created', when(Date.parse(s.created))],
    ['entries', `${s.entries} (${types})`],
    ['first seen', s.oldestFirstSeen ? `${when(Date.parse(s.oldestFirstSeen))} (oldest entry)` : '-'],
    ['last seen', s.newestLastSeen ? `${when(Date.parse(s.newestLastSeen))} (most recent use)` : '-'],
    ['least used', s.leastRecentlyUsed ? `${when(Date.parse(s.leastRecentlyUsed))} (next in line for retention)` : '-'],
    ['retention', retention],
  ];
  if (s.staleTempFiles) rows.push(['temp files', `${s.staleTempFiles} left by an interrupted write (removed on the next write)`]);
  return table(rows);
}

async function runInfo(flags: { json?: boolean }, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const vault = await openExisting(opts);
  const { summarize, fileFacts, staleTempFiles } = await lib();
  const s = summarize(vault, await fileFacts(vault.path), await configRetention(opts), (await staleTempFiles(vault.path)).length);
  if (flags.json) json(s);
  else out(summaryText(s) + '(times in UTC)\n');
  return 0;
}

// ------------------------------------------------------------------------------------ list

interface ListFlags {
  type?: string;
  showValues?: boolean;
  json?: boolean;
}

async function runList(flags: ListFlags, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const { parseTypes } = await import('../config.js');
  const types = flags.type ? new Set(parseTypes(flags.type, '--type')) : null;
  const vault = await openExisting(opts);
  const { maskValue } = await import('../report/mask.js');
  const shown = vault.entries().filter((e) => !types || types.has(e.type));
  const value = (e: VaultEntry) => (flags.showValues ? e.value : maskValue(e.type, e.value));
  if (flags.json) {
    json(
      shown.map((e) => ({
        token: `[[${e.id}]]`,
        type: e.type,
        value: value(e),
        masked: !flags.showValues,
        firstSeen: new Date(e.firstSeen).toISOString(),
        lastSeen: new Date(e.lastSeen).toISOString(),
        ...(e.parent !== undefined ? { parent: e.parent } : {}),
      })),
    );
    return 0;
  }
  if (shown.length === 0) {
    notice(types ? 'no entries of that type' : 'the vault is empty', opts);
    return 0;
  }
  const rows = [['TOKEN', 'TYPE', 'VALUE', 'FIRST SEEN (UTC)', 'LAST SEEN (UTC)', 'DERIVED FROM']];
  for (const e of shown) rows.push([`[[${e.id}]]`, e.type, value(e), when(e.firstSeen), when(e.lastSeen), e.parent ?? '']);
  out(table(rows));
  if (flags.showValues && process.stdout.isTTY) warn('values are shown in plain text', opts);
  return 0;
}

// ------------------------------------------------------------------------------------ forget

interface RequestFlags {
  stdin?: boolean;
  region?: string;
  json?: boolean;
}

interface ForgetFlags extends RequestFlags {
  dryRun?: boolean;
}

async function regionOf(flags: RequestFlags, opts: GlobalOptions): Promise<string> {
  if (flags.region) {
    if (!/^[A-Za-z]{2}$/.test(flags.region)) throw new UserError(`--region must be a two-letter country code such as DE`);
    return flags.region.toUpperCase();
  }
  const { loadConfig } = await import('../config.js');
  return loadConfig({ file: opts.config }).region ?? 'DE';
}

async function describeResolution(res: SubjectResolution, verb: string) {
  const { maskValue } = await import('../report/mask.js');
  const m = (e: VaultEntry) => maskValue(e.type, e.value);
  const why = (s: SubjectResolution['selected'][number]) =>
    s.why === 'token' ? 'named by token' : s.why === 'value' ? 'named by value' : s.why === 'surname' ? `surname of ${s.of}` : `derived from ${s.of}`;
  return {
    rows: [
      ...res.selected.map((s) => [verb, `[[${s.entry.id}]]`, s.entry.type, m(s.entry), why(s)]),
      ...res.shared.map((s) => ['kept', `[[${s.entry.id}]]`, s.entry.type, m(s.entry), `surname of ${s.of}, but also of ${s.alsoOf.join(', ')}`]),
    ],
    json: {
      entries: res.selected.map((s) => ({ token: `[[${s.entry.id}]]`, type: s.entry.type, value: m(s.entry), reason: why(s), argument: s.argument })),
      kept: res.shared.map((s) => ({ token: `[[${s.entry.id}]]`, type: s.entry.type, value: m(s.entry), reason: `surname of ${s.of}, also of ${s.alsoOf.join(', ')}` })),
      parentsKept: res.parents.map((p) => ({ token: `[[${p.entry.id}]]`, type: p.entry.type, value: m(p.entry), parentOf: p.child })),
      unmatchedArguments: res.unmatched,
      unknownTokens: res.unknownTokens.map((u) => `[[${u.id}]]`),
    },
    mask: m,
  };
}

function reportUnmatched(res: SubjectResolution, opts: GlobalOptions): void {
  for (const a of res.unmatched) warn(`argument ${a}: no vault entry matches this value`, opts);
  for (const u of res.unknownTokens) warn(`[[${u.id}]] is not in the vault (already forgotten, expired, or never issued)`, opts);
}

async function runForget(args: string[], flags: ForgetFlags, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const request = await requestArgs(args, flags.stdin);
  if (request.length === 0) throw new UserError('name what to forget: values or tokens as arguments, or one per line with --stdin');
  const region = await regionOf(flags, opts);
  const vault = await openExisting(opts);
  const { forget } = await lib();
  const res = await forget(vault, request, { region, dryRun: flags.dryRun });
  const d = await describeResolution(res, flags.dryRun ? 'would forget' : 'forgot');
  if (flags.json) json({ dryRun: !!flags.dryRun, ...d.json });
  else if (d.rows.length) out(table(d.rows));
  reportUnmatched(res, opts);
  for (const s of res.shared) {
    notice(`kept [[${s.entry.id}]] (${d.mask(s.entry)}): it is also the surname of ${s.alsoOf.map((id) => `[[${id}]]`).join(', ')}; if it is only this person's, run: anonymize vault forget ${s.entry.id}`, opts);
  }
  for (const p of res.parents) {
    notice(`[[${p.child}]] is the surname of [[${p.entry.id}]] (${d.mask(p.entry)}), which is kept — if that is the same person, run: anonymize vault forget ${p.entry.id}`, opts);
  }
  const n = res.selected.length;
  if (flags.dryRun) notice(`dry run: would forget ${entries(n)}; nothing was changed`, opts);
  else if (n) notice(`forgot ${entries(n)}; their tokens in earlier texts can no longer be restored, and the values get new tokens if they turn up again`, opts);
  else notice('nothing to forget', opts);
  return 0;
}

// ------------------------------------------------------------------------------------ export

async function runExport(args: string[], flags: RequestFlags & { output?: string }, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const request = await requestArgs(args, flags.stdin);
  const region = request.length ? await regionOf(flags, opts) : 'DE';
  const vault = await openExisting(opts);
  const { resolveSubjects, exportDocument } = await lib();
  const res = request.length ? await resolveSubjects(vault, request, { region }) : null;
  const doc = exportDocument(vault.path, request, res, vault.entries());
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (flags.output) {
    if (resolve(flags.output) === vault.path) throw new UserError('-o names the vault itself: choose another file for the export');
    const { writeFileAtomic } = await import('../vault/atomic.js');
    await writeFileAtomic(resolve(flags.output), Buffer.from(text, 'utf8'), 0o600).catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`cannot write ${flags.output}${e.code ? ` (${e.code})` : ''}`);
    });
  } else out(text);
  if (res) reportUnmatched(res, opts);
  notice(
    `exported ${entries(doc.entries.length)}${flags.output ? ` to ${resolve(flags.output)}` : ''} — it contains personal data in plain text: hand it over securely and delete your copy`,
    opts,
  );
  return 0;
}

// ------------------------------------------------------------------------------------ retention, purge

async function runRetention(setting: string | undefined, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const ms = setting !== undefined ? parseRetention(setting, 'retention') : undefined;
  const vault = await openExisting(opts);
  const configured = await configRetention(opts);
  if (ms !== undefined) {
    const { setRetention } = await lib();
    await setRetention(vault, ms);
    notice(ms === null ? 'retention off in the vault: entries are kept until forgotten or purged' : `retention set: entries not used for ${formatDuration(ms)} are removed on every write`, opts);
  }
  const own = typeof vault.meta.retentionMs === 'number' && vault.meta.retentionMs > 0 ? vault.meta.retentionMs : null;
  out(`vault:  ${own ? formatDuration(own) : 'off'}\n`);
  out(`config: ${configured ? `${formatDuration(configured.ms)} (${configured.source})` : 'off'}\n`);
  const eff = own && configured ? Math.min(own, configured.ms) : (own ?? configured?.ms);
  out(`effective: ${eff ? `${formatDuration(eff)} since last use` : 'off'}\n`);
  return 0;
}

async function runPurge(flags: { olderThan?: string; dryRun?: boolean; json?: boolean }, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  let ms: number | undefined;
  if (flags.olderThan !== undefined) {
    ms = parseDuration(flags.olderThan);
    if (ms === undefined) throw new UserError(`--older-than: "${flags.olderThan}" is not a duration — use e.g. 30d, 12h, 2w`);
    if (ms < MIN_RETENTION_MS) throw new UserError('--older-than: the shortest period is 1h');
  }
  const vault = await openExisting(opts);
  if (ms === undefined) {
    const { effectiveRetention } = await import('../vault/retention.js');
    const eff = effectiveRetention(vault.meta, await configRetention(opts));
    if (!eff) throw new UserError('no retention period is set: give --older-than (e.g. 30d), or set one with: anonymize vault retention 90d');
    ms = eff.ms;
  }
  const { purge } = await lib();
  const gone = await purge(vault, ms, { dryRun: flags.dryRun });
  const { maskValue } = await import('../report/mask.js');
  if (flags.json) {
    json({
      dryRun: !!flags.dryRun,
      olderThanMs: ms,
      entries: gone.map((e) => ({ token: `[[${e.id}]]`, type: e.type, value: maskValue(e.type, e.value), lastSeen: new Date(e.lastSeen).toISOString() })),
    });
  } else if (flags.dryRun && gone.length) {
    out(table(gone.map((e) => ['would purge', `[[${e.id}]]`, e.type, maskValue(e.type, e.value), `last seen ${when(e.lastSeen)} UTC`])));
  }
  notice(`${flags.dryRun ? 'dry run: would purge' : 'purged'} ${entries(gone.length)} not used for more than ${formatDuration(ms)}`, { ...opts, quiet: false });
  return 0;
}

// ------------------------------------------------------------------------------------ rekey

interface RekeyFlags {
  newKeyFile?: string;
  newPassphraseEnv?: string;
  newPassphrase?: boolean;
}

async function runRekey(flags: RekeyFlags, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const chosen = [flags.newKeyFile !== undefined, flags.newPassphraseEnv !== undefined, !!flags.newPassphrase].filter(Boolean).length;
  if (chosen !== 1) {
    throw new UserError('say what the new key is: --new-key-file FILE, --new-passphrase-env VAR (scripts), or --new-passphrase (asks on the terminal)');
  }
  const vault = await openExisting(opts);
  const [{ Vault }, keys, { rekeyVault }] = await Promise.all([import('../vault/vault.js'), import('../vault/keys.js'), lib()]);
  const onNotice = (m: string) => notice(m.replace(/^anonymize:\s*/, ''), { ...opts, quiet: false });
  let source: KeySource;
  let how: string;
  if (flags.newKeyFile !== undefined) {
    const file = resolve(flags.newKeyFile);
    const current = opts.keyFile ?? process.env.ANONYMIZE_KEY_FILE ?? keys.defaultKeyFilePath();
    const { KDF_HKDF } = await import('../vault/format.js');
    if (vault.kdf.id === KDF_HKDF && resolve(current) === file) {
      throw new UserError(`--new-key-file must name a new file, not the current key ${file} (rekey never overwrites a key file: other vaults or backups may need it)`);
    }
    // Step 1: the new key exists, fsynced, before any vault needs it.
    if (await keys.createKeyFile(file)) onNotice(keys.createdKeyNotice(file));
    source = { kind: 'keyfile', path: file };
    how = `the key file ${file}`;
  } else if (flags.newPassphraseEnv !== undefined) {
    source = { kind: 'passphrase', passphrase: passphraseFromEnv(flags.newPassphraseEnv, '--new-passphrase-env') };
    how = 'the new passphrase';
  } else {
    source = { kind: 'passphrase', passphrase: await passphraseFromPrompt('New vault passphrase: ', 'Repeat new passphrase: ') };
    how = 'the new passphrase';
  }
  const material: KeyMaterial = await keys.loadKeyMaterial(source, onNotice);
  const { entries: n } = await rekeyVault(vault, material, () => Vault.open({ path: vault.path, key: source, onNotice }));
  notice(`re-encrypted ${vault.path} (${entries(n)}) with ${how}; the old key no longer opens it`, { ...opts, quiet: false });
  if (source.kind === 'keyfile') {
    notice(`from now on use --key-file ${source.path} or ANONYMIZE_KEY_FILE=${source.path}; delete the old key file unless another vault, or a backup you must keep, needs it`, opts);
  } else {
    notice('from now on give the new passphrase (ANONYMIZE_PASSPHRASE, or at the prompt)', opts);
  }
  return 0;
}

// ------------------------------------------------------------------------------------ verify

async function runVerify(flags: { json?: boolean }, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  try {
    const [{ defaultVaultPath }, { fileFacts, verifyVault, vaultExists }] = await Promise.all([import('../vault/keys.js'), lib()]);
    const p = vaultPathOf(opts, defaultVaultPath);
    if (!(await vaultExists(p))) throw new UserError(`no vault at ${p}`);
    const facts = await fileFacts(p); // header: magic, version, checksum, KDF parameters
    const vault = await openExisting(opts); // key check, AES-GCM authentication, payload structure
    const r = await verifyVault(vault, facts);
    if (flags.json) json({ ok: true, path: p, ...r });
    else out(`ok: ${p} decrypts and is intact — ${entries(r.entries)}, format version ${r.formatVersion}, ${r.kdf}\n`);
    for (const n of r.notes) notice(n, opts);
    for (const w of r.warnings) warn(w, opts);
    return 0;
  } catch (e) {
    const u = userError(e);
    if (flags.json && u instanceof UserError) json({ ok: false, error: u.message });
    throw u;
  }
}

// ------------------------------------------------------------------------------------ commands

const GDPR_HELP = `
GDPR requests (see docs/gdpr.md):
  access / portability   anonymize vault export "Anna Demir" > anna.json
  erasure                anonymize vault forget --dry-run "Anna Demir"; then without --dry-run
  values from stdin      printf '%s\\n' "Anna Demir" a.demir@beispiel.de | anonymize vault forget --stdin
  storage limitation     anonymize vault retention 90d     (removed on every write once unused that long)
  key rotation           anonymize vault rekey --new-key-file ~/keys/vault-2025.key

Exit codes: 0 ok, 2 usage or runtime error (no vault, wrong key, damaged vault, locked).`;

export function registerVault(program: Command): void {
  // Retention from the configuration file applies to every command that writes the vault
  // (anonymize, ask, chat, vault …), not only to these: register it before any action runs.
  // Lazy — read-only runs never load the configuration for it.
  program.hook('preAction', (_root, action) => {
    const opts = globals(action);
    setConfiguredRetention(() =>
      configRetention(opts).catch((e) => {
        throw userError(e);
      }),
    );
  });

  const vault = program
    .command('vault')
    .description('manage the vault: GDPR access and erasure requests, retention, key rotation, integrity')
    .addHelpText('after', GDPR_HELP);

  common(vault.command('init'))
    .description('create a new vault (refuses to replace an existing one)')
    .option('--passphrase', 'protect it with a passphrase, asked on the terminal (twice)')
    .option('--passphrase-env <VAR>', 'protect it with the passphrase in environment variable VAR (scripts)')
    .option('--retention <period>', 'remove entries unused this long, e.g. 90d, 12h, 2w')
    .addHelpText('after', '\nWithout --key-file or a passphrase the default key file is used (created if missing).\nExample:\n  anonymize vault init --retention 90d')
    .action(async (flags: InitFlags, c: Command) => {
      process.exitCode = await guarded(() => runInit(flags, c));
    });

  common(vault.command('info'))
    .description('path, format, key type, entries per type, first/last use, retention — no values')
    .option('--json', 'machine-readable')
    .action(async (flags: { json?: boolean }, c: Command) => {
      process.exitCode = await guarded(() => runInfo(flags, c));
    });

  common(vault.command('list'))
    .description('tokens, types, first/last seen; values masked')
    .option('-t, --type <list>', 'only these types, comma-separated: PERSON,EMAIL,PHONE,IBAN')
    .option('--show-values', 'show the values in plain text')
    .option('--json', 'machine-readable')
    .action(async (flags: ListFlags, c: Command) => {
      process.exitCode = await guarded(() => runList(flags, c));
    });

  common(vault.command('forget'))
    .description("erase a person's data: the value, its token and what derives from it (GDPR Art. 17)")
    .argument('[value-or-token...]', 'values (e.g. a name, an e-mail address) or tokens ([[PERSON_1]] or PERSON_1)')
    .option('--stdin', 'read values or tokens from standard input, one per line (keeps them out of shell history and the process list)')
    .option('--dry-run', 'show what would be forgotten (masked), change nothing')
    .option('--region <CC>', 'country for national phone numbers (default: config "region", else DE)')
    .option('--json', 'machine-readable report (values masked)')
    .addHelpText(
      'after',
      `
Matching: a token names its entry; a value matches every entry of the same value, ignoring case
and word order for names ("Demir, Anna"), spaces in IBANs, and the spelling of phone numbers.
Also forgotten: entries derived from it (a full name's surname used alone) — unless that surname
also belongs to another person in the vault; such entries are listed as "kept".
Forgetting a surname alone does not forget the full name it came from; it is named, by token.

Examples:
  anonymize vault forget --dry-run "Anna Demir"
  anonymize vault forget PERSON_3 EMAIL_1
  anonymize vault forget --stdin < request-4711.txt`,
    )
    .action(async (args: string[], flags: ForgetFlags, c: Command) => {
      process.exitCode = await guarded(() => runForget(args, flags, c));
    });

  common(vault.command('export'))
    .description('everything the vault holds about a value, or all of it, as JSON (GDPR Art. 15, 20)')
    .argument('[value-or-token...]', 'values or tokens (none: the whole vault)')
    .option('--stdin', 'read values or tokens from standard input, one per line')
    .option('--json', 'JSON output (the only format; accepted for symmetry)')
    .option('-o, --output <file>', 'write to FILE (atomically, mode 600) instead of standard output')
    .option('--region <CC>', 'country for national phone numbers (default: config "region", else DE)')
    .action(async (args: string[], flags: RequestFlags & { output?: string }, c: Command) => {
      process.exitCode = await guarded(() => runExport(args, flags, c));
    });

  common(vault.command('retention'))
    .description('show, set or turn off the retention period (entries unused that long are removed on every write)')
    .argument('[period]', 'e.g. 90d, 12h, 2w, or off')
    .action(async (setting: string | undefined, _flags: unknown, c: Command) => {
      process.exitCode = await guarded(() => runRetention(setting, c));
    });

  common(vault.command('purge'))
    .description('remove entries not used for a while, now')
    .option('--older-than <period>', 'e.g. 30d, 12h, 2w (default: the retention period)')
    .option('--dry-run', 'show what would be removed (masked), change nothing')
    .option('--json', 'machine-readable (values masked)')
    .action(async (flags: { olderThan?: string; dryRun?: boolean; json?: boolean }, c: Command) => {
      process.exitCode = await guarded(() => runPurge(flags, c));
    });

  common(vault.command('rekey'))
    .description('re-encrypt the vault under a new key file or passphrase; the old key stops working')
    .option('--new-key-file <file>', 'the new key file (created if it does not exist; never the current one)')
    .option('--new-passphrase-env <VAR>', 'the new passphrase is in environment variable VAR (scripts)')
    .option('--new-passphrase', 'ask for the new passphrase on the terminal (twice)')
    .addHelpText(
      'after',
      `
Crash-safe: the new key file is written and synced first, then the vault is re-encrypted into a
temp file and renamed over the old one under the vault lock. Interrupted at any point, the vault
opens with either the old key or the new one. Example:
  anonymize vault rekey --new-key-file ~/keys/vault-2025.key`,
    )
    .action(async (flags: RekeyFlags, c: Command) => {
      process.exitCode = await guarded(() => runRekey(flags, c));
    });

  common(vault.command('verify'))
    .description('check that the vault is intact and decrypts with the key (exit 0), else exit 2')
    .option('--json', 'machine-readable')
    .action(async (flags: { json?: boolean }, c: Command) => {
      process.exitCode = await guarded(() => runVerify(flags, c));
    });
}
