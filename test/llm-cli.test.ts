import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAsync } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'anonymize.js');

/**
 * A private home for one test of the built binary: temp HOME/XDG dirs, a temp key file, the
 * OpenAI key "test", no colour, and nothing else from the real environment (no real keys).
 */
function llmSandbox(extra: NodeJS.ProcessEnv = {}): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'anonymize-llm-'));
  const keyFile = join(dir, 'test.key');
  writeFileSync(keyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    ANONYMIZE_KEY_FILE: keyFile,
    OPENAI_API_KEY: 'test',
    NO_COLOR: '1',
    ...extra,
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return { dir, env };
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node bin/anonymize.js …` asynchronously (the fake server lives in this process). */
async function cli(args: string[], opts: { env: NodeJS.ProcessEnv; cwd: string; input?: string }): Promise<Result> {
  const started = Date.now();
  const r = await runAsync(args, opts);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

/** A long-running CLI process (chat) driven line by line. */
function cliSession(args: string[], opts: { env: NodeJS.ProcessEnv; cwd: string }) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [BIN, ...args], { env: opts.env, cwd: opts.cwd });
  let stdout = '';
  let stderr = '';
  const waiters: (() => void)[] = [];
  const poke = () => waiters.splice(0).forEach((w) => w());
  child.stdout.on('data', (d) => {
    stdout += d.toString('utf8');
    poke();
  });
  child.stderr.on('data', (d) => {
    stderr += d.toString('utf8');
    poke();
  });
  const done = new Promise<number | null>((ok) => child.on('close', ok));
  return {
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    send(line: string) {
      child.stdin.write(`${line}\n`);
    },
    end() {
      child.stdin.end();
    },
    /** Resolves when stdout satisfies `test`; rejects after `ms`. */
    async waitFor(test: (stdout: string) => boolean, ms = 10_000): Promise<void> {
      const deadline = Date.now() + ms;
      while (!test(stdout)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting; stdout so far: ${JSON.stringify(stdout)}; stderr: ${JSON.stringify(stderr)}`);
        await new Promise<void>((ok) => {
          waiters.push(ok);
          setTimeout(ok, 100);
        });
      }
    },
    done,
    kill: () => child.kill(),
  };
}

/** Placeholder ids in a request's last user message, per type, in order of appearance. */
function idsIn(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = { PERSON: [], EMAIL: [], PHONE: [], IBAN: [] };
  for (const m of text.matchAll(/\[\[(PERSON|EMAIL|PHONE|IBAN)_(\d+)\]\]/g)) {
    const id = `${m[1]}_${m[2]}`;
    if (!out[m[1]!]!.includes(id)) out[m[1]!]!.push(id);
  }
  return out;
}

function lastUser(json: any): string {
  const msgs = (json?.messages ?? []) as { role: string; content: string }[];
  return [...msgs].reverse().find((m) => m.role === 'user')?.content ?? '';
}

// ------------------------------------------------------------------------------------------------

import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, startFakeOpenAI, type FakeOptions, type FakeServer, type Reply } from './helpers/fake-openai-server.js';

const TICKET = `Betreff: Beschwerde über die Rechnung

Sehr geehrte Damen und Herren,

meine Rechnung wurde doppelt abgebucht (IBAN DE44 5001 0517 5407 3249 31). Bitte rufen Sie mich unter 0171 2345678 an oder schreiben Sie an a.demir@beispiel.de.

Mit freundlichen Grüßen
Ayşe Demir
`;
const NAME = 'Ayşe Demir';
const EMAIL = 'a.demir@beispiel.de';
const PHONE = '0171 2345678';
const IBAN = 'DE44 5001 0517 5407 3249 31';
/** Nothing of these may ever reach the server (nor stderr, nor the audit log). */
const ORIGINALS = [NAME, 'Ayşe', 'Demir', EMAIL, PHONE, IBAN, 'DE44500105175407324931', 'Jonas Weber', 'Weber'];

let servers: FakeServer[] = [];
async function server(reply: FakeOptions['reply']): Promise<FakeServer> {
  const s = await startFakeOpenAI({ forbidden: ORIGINALS, reply });
  servers.push(s);
  return s;
}
afterEach(async () => {
  for (const s of servers) {
    // The server's own check: no original value arrived in any request of this test.
    expect(s.leaks).toEqual([]);
    await s.close();
  }
  servers = [];
});

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npx tsup` first');
});

/** Sandbox with the ticket written to ticket.txt. */
function setup(extra: NodeJS.ProcessEnv = {}) {
  const sb = llmSandbox(extra);
  writeFileSync(join(sb.dir, 'ticket.txt'), TICKET);
  return sb;
}

function noOriginals(text: string): void {
  for (const v of ORIGINALS) expect(text, `must not contain ${v}`).not.toContain(v);
}

const splitEvery = (s: string, n: number) => s.match(new RegExp(`[^]{1,${n}}`, 'gu')) ?? [];

describe('anonymize ask (built binary against a real HTTP server)', () => {
  it('sends only placeholders and streams the answer back restored, byte for byte, however mangled and split', async () => {
    const srv = await server((req) => {
      const ids = idsIn(lastUser(req.json));
      const [P] = ids.PERSON;
      const [E] = ids.EMAIL;
      const [T] = ids.PHONE;
      const [I] = ids.IBAN;
      // What models do to tokens: case, Markdown inside and around, spaces, a genitive inside,
      // an ending outside, a lost bracket; and every token split across SSE events.
      const answer =
        `Zusammenfassung: [[${P}]] beschwert sich über eine doppelte Abbuchung.\n` +
        `- Kontakt: [[${E!.toLowerCase()}]] oder **[[${T}]]**\n` +
        `- Konto: [[\`${I}\`]]\n` +
        `- [[${P}'s]] Anliegen; [[ ${P} ]]s Ton ist höflich; [${P}]] bittet um Rückruf.\n`;
      return { kind: 'answer', content: splitEvery(answer, 3), usage: { prompt_tokens: 321, completion_tokens: 54 } };
    });
    const { dir, env } = setup();
    const r = await cli(['ask', '--base-url', `${srv.url}/v1`, '--provider', 'openai', 'Fasse die Beschwerde zusammen', '-f', 'ticket.txt'], { env, cwd: dir });
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `Zusammenfassung: ${NAME} beschwert sich über eine doppelte Abbuchung.\n` +
        `- Kontakt: ${EMAIL} oder **${PHONE}**\n` +
        `- Konto: ${IBAN}\n` +
        `- ${NAME}'s Anliegen; ${NAME}s Ton ist höflich; ${NAME} bittet um Rückruf.\n`,
    );
    expect(srv.requests).toHaveLength(1);
    const req = srv.requests[0]!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer test');
    expect(req.json.stream).toBe(true);
    expect(req.json.model).toBe('gpt-4o-mini');
    expect(req.json.messages[0].role).toBe('system');
    expect(req.json.messages[0].content).toMatch(/exactly as written/);
    expect(req.json.messages[0].content).toMatch(/exakt so, wie er geschrieben ist/);
    const user = lastUser(req.json);
    expect(user).toMatch(/^Fasse die Beschwerde zusammen\n\n<<< file 1 \(\.txt\)\nBetreff: Beschwerde über die Rechnung/);
    expect(user).not.toContain('ticket.txt');
    noOriginals(r.stderr);
    expect(r.stderr).toMatch(/replaced 4 values \(PERSON 1, EMAIL 1, PHONE 1, IBAN 1\)/);
    expect(r.stderr).toMatch(/restored 7 values in the answer \(5 placeholders repaired/);
    expect(r.stderr).not.toMatch(/dropped|invented|mangled/);
  });

  it('gives the same output without streaming (--no-stream)', async () => {
    const srv = await server((req) => {
      const [P] = idsIn(lastUser(req.json)).PERSON;
      return { kind: 'answer', content: `Antwort an **[[${P}]]**: [[${P!.toLowerCase()}]]s Beschwerde ist berechtigt.` };
    });
    const { dir, env } = setup();
    const r = await cli(['ask', '--base-url', `${srv.url}/v1`, '--provider', 'openai', '--no-stream', 'Antworte', '-f', 'ticket.txt'], { env, cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Antwort an **${NAME}**: ${NAME}s Beschwerde ist berechtigt.`);
    expect(srv.requests[0]!.json.stream).toBeUndefined();
  });

  it('reads the prompt from standard input, and attaches piped input to a prompt argument', async () => {
    const seen: string[] = [];
    const srv = await server((req) => {
      seen.push(lastUser(req.json));
      return { kind: 'answer', content: 'ok' };
    });
    const { dir, env } = setup();
    const a = await cli(['ask', '--base-url', `${srv.url}/v1`, '--provider', 'openai'], { env, cwd: dir, input: `Wer ist ${NAME}?\n` });
    expect(a.code).toBe(0);
    expect(seen[0]).toMatch(/^Wer ist \[\[PERSON_\d+\]\]\?$/);
    const b = await cli(['ask', '--base-url', `${srv.url}/v1`, '--provider', 'openai', 'Fasse zusammen'], { env, cwd: dir, input: TICKET });
    expect(b.code).toBe(0);
    expect(seen[1]).toMatch(/^Fasse zusammen\n\n<<< file 1\nBetreff/);
  });

  it('uses the Azure OpenAI URL shape, the api-key header and the deployment from --model', async () => {
    const srv = await server((req) => ({ kind: 'answer', content: `Hallo [[${idsIn(lastUser(req.json)).PERSON[0]}]]` }));
    const { dir, env } = setup({
      OPENAI_API_KEY: undefined,
      AZURE_OPENAI_ENDPOINT: srv.url,
      AZURE_OPENAI_API_KEY: 'azure-test-key',
      OPENAI_API_VERSION: '2024-10-21',
    });
    const r = await cli(['ask', '--model', 'my-gpt4o', 'Grüße', '-f', 'ticket.txt'], { env, cwd: dir });
    expect(r.stderr).toMatch(/127\.0\.0\.1:\d+ \(my-gpt4o\)/);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Hallo ${NAME}`);
    const req = srv.requests[0]!;
    expect(req.path).toBe('/openai/deployments/my-gpt4o/chat/completions');
    expect(req.deployment).toBe('my-gpt4o');
    expect(req.query.get('api-version')).toBe('2024-10-21');
    expect(req.headers['api-key']).toBe('azure-test-key');
    expect(req.headers.authorization).toBeUndefined();
  });

  it('talks to a local OpenAI-compatible server without a key, and never sends it the OpenAI key', async () => {
    const srv = await server(() => ({ kind: 'answer', content: ['Gut', 'en Tag'] }));
    const { dir, env } = setup();
    const r = await cli(['ask', '--base-url', `${srv.url}/v1`, '--model', 'llama3.1', 'Sag hallo'], { env, cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Guten Tag');
    const req = srv.requests[0]!;
    expect(req.headers.authorization).toBeUndefined();
    expect(req.json.model).toBe('llama3.1');
    expect(req.json.stream_options).toBeUndefined();
  });

  it('takes settings from the "llm" object of the config file', async () => {
    const srv = await server(() => ({ kind: 'answer', content: 'ok' }));
    const { dir, env } = setup();
    writeFileSync(join(dir, '.anonymize.json'), JSON.stringify({ llm: { baseUrl: `${srv.url}/v1`, model: 'from-config', stream: false } }));
    const r = await cli(['ask', 'Hallo'], { env, cwd: dir });
    expect(r.code).toBe(0);
    expect(srv.requests[0]!.json.model).toBe('from-config');
    expect(srv.requests[0]!.json.stream).toBeUndefined();
    writeFileSync(join(dir, '.anonymize.json'), JSON.stringify({ llm: { apiKey: 'sk-oops' } }));
    const bad = await cli(['ask', 'Hallo'], { env, cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not read from the configuration file/);
    expect(bad.stderr).not.toContain('sk-oops');
  });

  it('--dry-run prints exactly the anonymized request and sends nothing (no key needed)', async () => {
    const srv = await server(() => ({ kind: 'answer', content: 'should not be asked' }));
    const { dir, env } = setup({ OPENAI_API_KEY: undefined });
    const r = await cli(['ask', '--dry-run', '--base-url', `${srv.url}/v1`, '--provider', 'openai', '--model', 'gpt-4.1', 'Fasse zusammen', '-f', 'ticket.txt'], { env, cwd: dir });
    expect(r.code).toBe(0);
    expect(srv.requests).toHaveLength(0);
    noOriginals(r.stdout);
    const body = JSON.parse(r.stdout);
    expect(Object.keys(body).sort()).toEqual(['messages', 'model', 'stream', 'stream_options']);
    expect(body.model).toBe('gpt-4.1');
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[1].content).toMatch(/\[\[PERSON_\d+\]\][\s\S]*$/);
    expect(r.stderr).toMatch(/dry run: nothing was sent/);
    // The tokens shown are in the vault: the dry-run output can be restored.
    const restored = await cli(['restore'], { env, cwd: dir, input: body.messages[1].content });
    expect(restored.stdout).toContain(NAME);
    expect(restored.stdout).toContain(IBAN);
    expect(existsSync(join(dir, 'data', 'anonymize', 'audit.jsonl'))).toBe(false);
  });

  it('the last check replaces a value the vault knows but detection left in (here: --types EMAIL)', async () => {
    const srv = await server(() => ({ kind: 'answer', content: 'ok' }));
    const { dir, env } = setup();
    const seed = await cli([], { env, cwd: dir, input: `Sehr geehrte Frau ${NAME},\n` });
    expect(seed.code).toBe(0);
    const r = await cli(['ask', '--base-url', `${srv.url}/v1`, '--provider', 'openai', '--types', 'EMAIL', `Was wollte ${NAME} von uns?`], { env, cwd: dir });
    expect(r.code).toBe(0);
    expect(lastUser(srv.requests[0]!.json)).toMatch(/^Was wollte \[\[PERSON_\d+\]\] von uns\?$/);
    expect(r.stderr).toMatch(/last check before sending replaced 1 known value/);
  });
});

describe('integrity report', () => {
  async function scenario(strict: boolean) {
    const { dir, env } = setup();
    // Another text, another person: the vault knows Jonas Weber from before.
    const seed = await cli([], { env, cwd: dir, input: 'Sehr geehrter Herr Jonas Weber,\n' });
    const weber = /\[\[(PERSON_\d+)\]\]/.exec(seed.stdout)![1]!;
    let answer = '';
    const srv = await server((req) => {
      const ids = idsIn(lastUser(req.json));
      const [P] = ids.PERSON;
      const [E] = ids.EMAIL;
      const [T] = ids.PHONE;
      expect(ids.PERSON).not.toContain(weber);
      // Drops the IBAN, invents a stranger and reuses Weber's token it was never shown,
      // writes the email without brackets and the phone in plain words.
      answer = `[[${P}]] (${E}) bittet um Rückruf unter ${T!.replace('_', ' ').toLowerCase()}. Kopie an [[${weber}]] und [[PERSON_999]].`;
      return { kind: 'answer', content: splitEvery(answer, 5) };
    });
    const args = ['ask', '--base-url', `${srv.url}/v1`, '--provider', 'openai', 'Fasse zusammen', '-f', 'ticket.txt'];
    const r = await cli(strict ? [...args, '--strict'] : args, { env, cwd: dir });
    return { r, answer, weber };
  }

  it('counts dropped, invented and mangled placeholders and never restores a stranger', async () => {
    const { r, answer, weber } = await scenario(false);
    expect(r.code).toBe(0);
    const [, E, T] = /\((EMAIL_\d+)\) bittet um Rückruf unter (phone \d+)/.exec(answer)!;
    expect(r.stdout).toBe(`${NAME} (${E}) bittet um Rückruf unter ${T}. Kopie an [[${weber}]] und [[PERSON_999]].`);
    expect(r.stdout).not.toContain('Jonas');
    expect(r.stderr).toMatch(/1 value from the prompt not mentioned in the answer \(dropped\)/);
    expect(r.stderr).toMatch(/2 placeholders the prompt never contained \(invented; left as written, 1 of them belongs to another text in the vault/);
    expect(r.stderr).toMatch(/2 placeholders altered beyond safe repair/);
    noOriginals(r.stderr);
  });

  it('--strict exits 3 on any of them', async () => {
    const { r } = await scenario(true);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(NAME); // the answer is still shown
  });

  it('--strict exits 0 for a clean answer', async () => {
    const srv = await server((req) => {
      const ids = idsIn(lastUser(req.json));
      return { kind: 'answer', content: Object.values(ids).flat().map((id) => `[[${id}]]`).join(', ') };
    });
    const { dir, env } = setup();
    const r = await cli(['ask', '--strict', '--base-url', `${srv.url}/v1`, '--provider', 'openai', 'Liste alles', '-f', 'ticket.txt'], { env, cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${NAME}, ${EMAIL}, ${PHONE}, ${IBAN}`);
    expect(r.stderr).not.toMatch(/warning/);
  });
});

describe('audit log', () => {
  it('records each request (host, model, counts, sizes, usage) and never a value', async () => {
    const srv = await server((req) => ({ kind: 'answer', content: `Danke, [[${idsIn(lastUser(req.json)).PERSON[0]}]].`, usage: { prompt_tokens: 123, completion_tokens: 7 } }));
    const { dir, env } = setup();
    const r = await cli(['ask', '--base-url', `${srv.url}/v1`, '--provider', 'openai', '--model', 'gpt-4.1-mini', 'Fasse zusammen', '-f', 'ticket.txt'], { env, cwd: dir });
    expect(r.code).toBe(0);
    const file = join(dir, 'data', 'anonymize', 'audit.jsonl');
    const text = readFileSync(file, 'utf8');
    noOriginals(text);
    expect(text).not.toMatch(/\[\[|Fasse|Beschwerde|ticket/);
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    const rec = lines[0];
    expect(rec).toMatchObject({
      command: 'ask',
      provider: 'openai',
      host: `127.0.0.1:${srv.port}`,
      model: 'gpt-4.1-mini',
      replaced: { PERSON: 1, EMAIL: 1, PHONE: 1, IBAN: 1 },
      guardReplaced: 0,
      requestBytes: Buffer.byteLength(srv.requests[0]!.raw),
      responseBytes: Buffer.byteLength(`Danke, [[${idsIn(lastUser(srv.requests[0]!.json)).PERSON[0]}]].`),
      usage: { promptTokens: 123, completionTokens: 7, totalTokens: 130 },
      outcome: 'ok',
    });
    expect(new Date(rec.time).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('ANONYMIZE_AUDIT_LOG moves it, --no-audit switches it off, failures are recorded too', async () => {
    const srv = await server(() => ({ kind: 'error', status: 401, message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' }));
    // Inside a temp dir of its own, so the test leaves nothing behind in the shared tmpdir.
    const moved = join(mkdtempSync(join(tmpdir(), 'anonymize-audit-')), 'moved.jsonl');
    const { dir, env } = setup({ ANONYMIZE_AUDIT_LOG: moved });
    const a = await cli(['ask', '--base-url', `${srv.url}/v1`, '--provider', 'openai', 'Hallo', '-f', 'ticket.txt'], { env, cwd: dir });
    expect(a.code).toBe(4);
    const rec = JSON.parse(readFileSync(moved, 'utf8').trim());
    expect(rec).toMatchObject({ outcome: 'error', exitCode: 4, usage: null });
    const b = await cli(['ask', '--no-audit', '--base-url', `${srv.url}/v1`, '--provider', 'openai', 'Hallo'], { env, cwd: dir });
    expect(b.code).toBe(4);
    expect(readFileSync(moved, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'data', 'anonymize', 'audit.jsonl'))).toBe(false);
  });
});

describe('errors: one line, a distinct exit code, no raw value', () => {
  // A server whose error messages quote the request, as real APIs and proxies sometimes do.
  const echo = (status: number, code: string, headers?: Record<string, string>) => (req: { json: any }): Reply => ({
    kind: 'error',
    status,
    code,
    headers,
    message: `ECHO-MARKER could not process: ${lastUser(req.json)}`,
  });
  const errorLine = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('anonymize: error:'));

  async function ask(srvUrl: string, extraArgs: string[] = [], extraEnv: NodeJS.ProcessEnv = {}) {
    const { dir, env } = setup(extraEnv);
    const r = await cli(['ask', '--base-url', `${srvUrl}/v1`, '--provider', 'openai', ...extraArgs, 'Fasse zusammen', '-f', 'ticket.txt'], { env, cwd: dir });
    noOriginals(r.stderr);
    expect(r.stderr).not.toContain('ECHO-MARKER');
    expect(r.stderr).not.toContain('[['); // not even the anonymized request is quoted
    return r;
  }

  it('no API key: exit 4 before anything is sent', async () => {
    const srv = await server(() => ({ kind: 'answer', content: 'x' }));
    const r = await ask(srv.url, [], { OPENAI_API_KEY: undefined });
    expect(r.code).toBe(4);
    expect(errorLine(r.stderr)).toEqual(['anonymize: error: no API key: set OPENAI_API_KEY (or use --base-url for a local server)']);
    expect(srv.requests).toHaveLength(0);
  });

  it('wrong key (401): exit 4', async () => {
    const srv = await server(echo(401, 'invalid_api_key'));
    const r = await ask(srv.url);
    expect(r.code).toBe(4);
    expect(errorLine(r.stderr)).toEqual([`anonymize: error: 127.0.0.1:${srv.port} rejected the API key (HTTP 401, invalid_api_key); check OPENAI_API_KEY`]);
    expect(srv.requests).toHaveLength(1); // not retried
  });

  it('rate limit (429): retried with the server\'s back-off, then success', async () => {
    const srv = await server((req) =>
      req.n === 1 ? echo(429, 'rate_limit_exceeded', { 'retry-after-ms': '50' })(req) : { kind: 'answer', content: `ok [[${idsIn(lastUser(req.json)).PERSON[0]}]]` },
    );
    const r = await ask(srv.url);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`ok ${NAME}`);
    expect(srv.requests).toHaveLength(2);
    expect(srv.requests[1]!.headers['x-stainless-retry-count']).toBe('1');
    expect(srv.requests[1]!.raw).toBe(srv.requests[0]!.raw);
  });

  it('rate limit (429) after all retries: exit 5', async () => {
    const srv = await server(echo(429, 'rate_limit_exceeded', { 'retry-after-ms': '20' }));
    const r = await ask(srv.url, ['--retries', '2']);
    expect(r.code).toBe(5);
    expect(srv.requests).toHaveLength(3);
    expect(errorLine(r.stderr)).toEqual([`anonymize: error: rate limit at 127.0.0.1:${srv.port} (HTTP 429, rate_limit_exceeded) (after 2 retries); try again later`]);
  });

  it('timeout while waiting for the answer: exit 6', async () => {
    const srv = await server(() => ({ kind: 'hang' }));
    const r = await ask(srv.url, ['--timeout', '0.3', '--retries', '0']);
    expect(r.code).toBe(6);
    expect(errorLine(r.stderr)).toEqual([`anonymize: error: no answer from 127.0.0.1:${srv.port} within 0.3 s (--timeout)`]);
    expect(r.ms).toBeLessThan(8000);
  });

  it('a stream that goes silent: exit 6, what arrived is shown restored', async () => {
    const srv = await server((req) => ({ kind: 'stall', content: ['Sehr geehrte [[', `${idsIn(lastUser(req.json)).PERSON[0]}]], wir`] }));
    const r = await ask(srv.url, ['--timeout', '0.4', '--retries', '0']);
    expect(r.code).toBe(6);
    expect(r.stdout).toBe(`Sehr geehrte ${NAME}, wir`);
    expect(errorLine(r.stderr)).toEqual([`anonymize: error: the answer from 127.0.0.1:${srv.port} stalled: nothing for 0.4 s (--timeout)`]);
  });

  it('unreachable host (a closed port): exit 6', async () => {
    const port = await closedPort();
    const r = await ask(`http://127.0.0.1:${port}`, ['--retries', '0']);
    expect(r.code).toBe(6);
    expect(errorLine(r.stderr)).toEqual([`anonymize: error: cannot reach 127.0.0.1:${port}: connection refused (is the server running?)`]);
  });

  it('model not found (404): exit 7', async () => {
    const srv = await server(echo(404, 'model_not_found'));
    const r = await ask(srv.url, ['--model', 'gpt-9-turbo']);
    expect(r.code).toBe(7);
    expect(errorLine(r.stderr)).toEqual([`anonymize: error: model "gpt-9-turbo" not found at 127.0.0.1:${srv.port} (HTTP 404, model_not_found); check --model`]);
  });

  it('server error (500) after retries: exit 6', async () => {
    const srv = await server(echo(500, 'server_error', { 'retry-after-ms': '10' }));
    const r = await ask(srv.url, ['--retries', '1']);
    expect(r.code).toBe(6);
    expect(srv.requests).toHaveLength(2);
  });

  it('usage errors stay exit 2', async () => {
    const { dir, env } = setup();
    expect((await cli(['ask', '--provider', 'nonsense', 'x'], { env, cwd: dir })).code).toBe(2);
    expect((await cli(['ask', '--timeout', 'soon', 'x'], { env, cwd: dir })).code).toBe(2);
    const noPrompt = await cli(['ask'], { env, cwd: dir, input: '' });
    expect(noPrompt.code).toBe(2);
    expect(noPrompt.stderr).toMatch(/no prompt/);
  });

  it('ask --help shows an example for each provider and the exit codes', async () => {
    const { dir, env } = setup();
    const r = await cli(['ask', '--help'], { env, cwd: dir });
    expect(r.code).toBe(0);
    for (const s of ['OPENAI_API_KEY=', 'AZURE_OPENAI_ENDPOINT=', 'http://localhost:11434/v1', 'http://localhost:1234/v1', '--dry-run', 'Exit codes']) expect(r.stdout).toContain(s);
  });
});

describe('anonymize chat', () => {
  it('keeps the history anonymized across turns and restores every answer', async () => {
    const srv = await server((req) => {
      const ids = idsIn(req.raw.replace(/\\"/g, '"'));
      if (req.n === 1) return { kind: 'answer', content: ['Hallo [[', `${ids.PERSON[0]}]]! Notiert.`] };
      return { kind: 'answer', content: `Ihre Adresse ist **[[${ids.EMAIL[0]}]]**, [[${ids.PERSON[0]}]].` };
    });
    const { dir, env } = setup();
    const r = await cli(['chat', '--base-url', `${srv.url}/v1`, '--provider', 'openai'], {
      env,
      cwd: dir,
      input: `Ich bin ${NAME}, meine Mail ist ${EMAIL}.\nWie lautet meine Mail?\n/exit\nthis line is never sent\n`,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Hallo ${NAME}! Notiert.\nIhre Adresse ist **${EMAIL}**, ${NAME}.\n`);
    expect(srv.requests).toHaveLength(2);
    const second = srv.requests[1]!.json.messages as { role: string; content: string }[];
    expect(second.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(second[1]!.content).toMatch(/^Ich bin \[\[PERSON_\d+\]\], meine Mail ist \[\[EMAIL_\d+\]\]\.$/);
    expect(second[2]!.content).toMatch(/^Hallo \[\[PERSON_\d+\]\]! Notiert\.$/); // the answer as the model wrote it
    expect(second[3]!.content).toBe('Wie lautet meine Mail?');
    noOriginals(r.stderr);
  });

  it('ends at EOF, and holds the vault lock only per turn (another run can write in between)', async () => {
    const srv = await server((req) => {
      const ids = idsIn(lastUser(req.json));
      return { kind: 'answer', content: req.n === 1 ? 'erste Antwort' : `Kontakt: [[${ids.PERSON[0]}]]` };
    });
    const { dir, env } = setup();
    const chat = cliSession(['chat', '--base-url', `${srv.url}/v1`, '--provider', 'openai'], { env, cwd: dir });
    try {
      chat.send('Guten Tag');
      await chat.waitFor((out) => out.includes('erste Antwort\n'));
      // While the chat is open, another process adds a person to the vault.
      const other = await cli([], { env, cwd: dir, input: 'Sehr geehrter Herr Jonas Weber,\n' });
      expect(other.code).toBe(0);
      expect(other.ms).toBeLessThan(10_000);
      // The next turn sees the vault as it is now: the name is known and replaced without any cue.
      chat.send('Bitte an Jonas Weber weiterleiten');
      await chat.waitFor((out) => out.includes('Kontakt:'));
      chat.end();
      expect(await chat.done).toBe(0);
    } finally {
      chat.kill();
    }
    expect(chat.stdout).toBe('erste Antwort\nKontakt: Jonas Weber\n');
    expect(lastUser(srv.requests[1]!.json)).toMatch(/^Bitte an \[\[PERSON_\d+\]\] weiterleiten$/);
  });

  it('a failed turn is reported and the chat goes on', async () => {
    const srv = await server((req) => (req.n === 1 ? { kind: 'error', status: 503, message: 'overloaded', code: 'overloaded' } : { kind: 'answer', content: 'wieder da' }));
    const { dir, env } = setup();
    const r = await cli(['chat', '--retries', '0', '--base-url', `${srv.url}/v1`, '--provider', 'openai'], { env, cwd: dir, input: 'Hallo\nHallo?\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('wieder da\n');
    expect(r.stderr).toMatch(/HTTP 503/);
    // The failed message is not part of the history.
    expect((srv.requests[1]!.json.messages as unknown[]).length).toBe(2);
  });
});
