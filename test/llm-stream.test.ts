import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, sendChat } from '../src/llm/client.js';
import { AnswerRestorer, integrityIssues, tokenIdsIn } from '../src/llm/integrity.js';
import { PayloadGuard } from '../src/llm/guard.js';
import { resolveLlmSettings, type LlmSettings } from '../src/llm/settings.js';
import { MAX_TOKEN_LENGTH } from '../src/pseudonymize/tokens.js';
import { restoreText } from '../src/pseudonymize/restore.js';
import { sseEvents, startFakeOpenAI, type FakeServer, type Reply } from './helpers/fake-openai-server.js';

/*
 * Streaming restore through the real openai client against a real HTTP server: whatever way the
 * answer is cut into SSE events — and however the SSE bytes are cut into TCP writes — the
 * restored output equals the non-streaming output, which equals restoring the whole text.
 */

const VAULT: Record<string, { value: string; parent?: string }> = {
  PERSON_1: { value: 'Ayşe Demir' },
  PERSON_2: { value: 'Demir', parent: 'PERSON_1' },
  PERSON_12: { value: 'Jonas Weber' },
  EMAIL_1: { value: 'a.demir@beispiel.de' },
  PHONE_2: { value: '0171 2345678' },
  IBAN_1: { value: 'DE44 5001 0517 5407 3249 31' },
  // In the vault, but never in this conversation: must never be restored.
  PERSON_7: { value: 'Fremde Person' },
};
const lookup = (id: string) => VAULT[id];
const CONVERSATION = new Set(['PERSON_1', 'PERSON_2', 'PERSON_12', 'EMAIL_1', 'PHONE_2', 'IBAN_1']);
const convLookup = (id: string) => (CONVERSATION.has(id) ? VAULT[id]?.value : undefined);

const ID = fc.constantFrom('PERSON_1', 'PERSON_2', 'PERSON_12', 'EMAIL_1', 'PHONE_2', 'IBAN_1', 'PERSON_7', 'PERSON_99', 'EMAIL_3');
const FORM = fc.constantFrom(
  (id: string) => `[[${id}]]`,
  (id: string) => `[[${id.toLowerCase()}]]`,
  (id: string) => `**[[${id}]]**`,
  (id: string) => `[[**${id}**]]`,
  (id: string) => `[[ ${id} ]]`,
  (id: string) => `[[${id}'s]]`,
  (id: string) => `[[${id}]]s`,
  (id: string) => `[${id}]]`,
  (id: string) => `[[${id}]`,
  (id: string) => `[${id}]`,
  (id: string) => `[[${id.replace('_', ' ')}]]`,
  (id: string) => id, // bare: not restored (mangled)
  (id: string) => id.replace('_', ' ').toLowerCase(), // in words: not restored (mangled)
);
const TEXT = fc.constantFrom('Hallo ', 'Grüße, ', 'ß€😀 ', '[', '[[', ']]', ']', 'PERSON', '_', '1', ' ', '\n', '**', '`', 'e-mail ', 'Straße 5. ', '[Person 1] ');
const ANSWER = fc.array(fc.oneof(TEXT, fc.tuple(ID, FORM).map(([id, f]) => f(id))), { maxLength: 30 }).map((a) => a.join(''));

/** Cuts `s` at the given positions (code units; sorted, deduplicated). */
function cut(s: string, positions: number[]): string[] {
  const ps = [...new Set(positions.map((p) => p % (s.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of ps) {
    out.push(s.slice(last, p));
    last = p;
  }
  out.push(s.slice(last));
  return out.filter((x) => x.length > 0);
}

function cutBytes(b: Buffer, positions: number[]): Buffer[] {
  const ps = [...new Set(positions.map((p) => p % (b.length + 1)))].sort((a, c) => a - c);
  const out: Buffer[] = [];
  let last = 0;
  for (const p of ps) {
    out.push(b.subarray(last, p));
    last = p;
  }
  out.push(b.subarray(last));
  return out.filter((x) => x.length > 0);
}

let srv: FakeServer;
let next: Reply = { kind: 'answer', content: '' };
let stream: LlmSettings;
let plain: LlmSettings;

beforeAll(async () => {
  srv = await startFakeOpenAI({ reply: () => next });
  const flags = { provider: 'local', baseUrl: `${srv.url}/v1`, model: 'fake', retries: '0', timeout: '5' };
  stream = resolveLlmSettings({ ...flags, stream: true }, {}, {});
  plain = resolveLlmSettings({ ...flags, stream: false }, {}, {});
});
afterAll(() => srv.close());

async function viaServer(s: LlmSettings, reply: Reply): Promise<{ out: string; report: ReturnType<AnswerRestorer['report']>; raw: string }> {
  next = reply;
  const restorer = new AnswerRestorer(lookup, CONVERSATION);
  let out = '';
  const client = createClient(s);
  await sendChat(client, s, { model: 'fake', messages: [{ role: 'user', content: 'x' }], ...(s.stream ? { stream: true as const } : {}) }, (d) => {
    out += restorer.push(d);
  });
  out += restorer.end();
  return { out, report: restorer.report(new Set(['PERSON_1', 'EMAIL_1'])), raw: restorer.raw };
}

describe('streamed answers through the openai client', () => {
  it('streaming output equals non-streaming output for every split into SSE events', async () => {
    await fc.assert(
      fc.asyncProperty(ANSWER, fc.array(fc.nat(), { maxLength: 40 }), async (answer, positions) => {
        const pieces = cut(answer, positions);
        const streamed = await viaServer(stream, { kind: 'answer', content: pieces });
        const whole = await viaServer(plain, { kind: 'answer', content: answer });
        expect(streamed.raw).toBe(answer);
        expect(streamed.out).toBe(whole.out);
        expect(whole.out).toBe(restoreText(answer, convLookup).text);
        expect(streamed.report).toEqual(whole.report);
      }),
      { numRuns: 60 },
    );
  });

  it('…and for every split of the SSE bytes into TCP writes (inside UTF-8 characters, inside "data:")', async () => {
    await fc.assert(
      fc.asyncProperty(ANSWER, fc.array(fc.nat(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), async (answer, events, bytes) => {
        const sse = Buffer.from(sseEvents(cut(answer, events)).join(''), 'utf8');
        const streamed = await viaServer(stream, { kind: 'raw', headers: { 'content-type': 'text/event-stream' }, chunks: cutBytes(sse, bytes), delayMs: 1 });
        expect(streamed.out).toBe(restoreText(answer, convLookup).text);
      }),
      { numRuns: 25 },
    );
  });
});

describe('AnswerRestorer (no network)', () => {
  it('holds back only a possible token prefix: everything else goes out at once', () => {
    fc.assert(
      fc.property(ANSWER, fc.array(fc.nat(), { maxLength: 40 }), (answer, positions) => {
        const r = new AnswerRestorer(lookup, CONVERSATION);
        let received = '';
        let emitted = '';
        for (const piece of cut(answer, positions)) {
          received += piece;
          emitted += r.push(piece);
          // What is emitted is the restoration of a prefix of what arrived; the rest is short
          // and starts with "[" (a token that may still be completing).
          let held = -1;
          for (let k = received.length; k >= Math.max(0, received.length - MAX_TOKEN_LENGTH); k--) {
            if (restoreText(received.slice(0, k), convLookup).text === emitted && (k === received.length || received[k] === '[')) {
              held = received.length - k;
              break;
            }
          }
          expect(held).toBeGreaterThanOrEqual(0);
          expect(held).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
          if (!received.slice(received.length - held).includes('[')) expect(held).toBe(0);
        }
        emitted += r.end();
        expect(emitted).toBe(restoreText(answer, convLookup).text);
      }),
      { numRuns: 400 },
    );
  });

  it('never restores a value that was not in the conversation, however the token is written', () => {
    fc.assert(
      fc.property(ANSWER, (answer) => {
        const r = new AnswerRestorer(lookup, CONVERSATION);
        const out = r.push(answer) + r.end();
        expect(out).not.toContain('Fremde Person');
      }),
    );
  });

  it('reports dropped, invented (and which of them the vault knows) and mangled placeholders', () => {
    const r = new AnswerRestorer(lookup, CONVERSATION);
    const out = r.push('[[PERSON_2]] schrieb an [[PERSON_7]], [[PERSON_99]] und EMAIL_1; [[person_1]] nicht. Phone 2.') + r.end();
    expect(out).toBe('Demir schrieb an [[PERSON_7]], [[PERSON_99]] und EMAIL_1; Ayşe Demir nicht. Phone 2.');
    // Prompt had PERSON_1 (mentioned, also through its surname PERSON_2), EMAIL_1 (mangled),
    // PHONE_2 (mangled) and IBAN_1 (dropped).
    const report = r.report(new Set(['PERSON_1', 'EMAIL_1', 'PHONE_2', 'IBAN_1']));
    expect(report).toEqual({ restored: 2, repaired: 1, dropped: 1, invented: 2, inventedKnown: 1, mangled: 2 });
    expect(integrityIssues(report)).toBe(5);
  });

  it('a person mentioned only by surname counts as mentioned', () => {
    const r = new AnswerRestorer(lookup, CONVERSATION);
    r.push('Frau [[PERSON_2]]');
    r.end();
    expect(r.report(new Set(['PERSON_1'])).dropped).toBe(0);
  });

  it('tokenIdsIn reads ids the way restore does', () => {
    expect([...tokenIdsIn('[[PERSON_1]] [[email_2]] [IBAN_3] [Person 4] PHONE_5')]).toEqual(['PERSON_1', 'EMAIL_2', 'IBAN_3']);
  });
});

describe('PayloadGuard', () => {
  const vault = { entries: () => Object.entries(VAULT).map(([id, e]) => ({ id, type: id.split('_')[0] as 'PERSON', value: e.value })) };

  it('replaces every known value still in the text, longest first, whole words only', () => {
    const counts = { PERSON: 0, EMAIL: 0, PHONE: 0, IBAN: 0 };
    const r = new PayloadGuard(vault).scrub('Ayşe Demir und Frau Demir (a.demir@beispiel.de), Demirkan bleibt.', counts);
    expect(r.text).toBe('[[PERSON_1]] und Frau [[PERSON_2]] ([[EMAIL_1]]), Demirkan bleibt.');
    expect(r.replaced).toBe(3);
    expect(counts).toEqual({ PERSON: 2, EMAIL: 1, PHONE: 0, IBAN: 0 });
  });

  it('leaves values on the allow list alone', () => {
    expect(new PayloadGuard(vault, ['Demir']).scrub('Herr Demir').text).toBe('Herr Demir');
    expect(new PayloadGuard(vault, [/Dem.r/]).scrub('Herr Demir').text).toBe('Herr Demir');
  });
});

describe('settings', () => {
  it('infers the provider and never hands the OpenAI key to another host', () => {
    const env = { OPENAI_API_KEY: 'sk-openai' };
    expect(resolveLlmSettings({}, env)).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini', baseURL: 'https://api.openai.com/v1', apiKey: 'sk-openai' });
    const local = resolveLlmSettings({ baseUrl: 'http://localhost:11434/v1/', model: 'llama3.1' }, env);
    expect(local).toMatchObject({ provider: 'compatible', baseURL: 'http://localhost:11434/v1' });
    expect(local.apiKey).toBeUndefined();
    expect(resolveLlmSettings({ baseUrl: 'http://gw/v1', model: 'm' }, { ...env, ANONYMIZE_API_KEY: 'gw-key' }).apiKey).toBe('gw-key');
  });

  it('reads Azure from the environment or from a pasted portal URL', () => {
    const env = { AZURE_OPENAI_ENDPOINT: 'https://res.openai.azure.com/', AZURE_OPENAI_API_KEY: 'az', OPENAI_API_VERSION: '2024-06-01' };
    expect(resolveLlmSettings({ model: 'dep' }, env)).toMatchObject({ provider: 'azure', baseURL: 'https://res.openai.azure.com', apiVersion: '2024-06-01', model: 'dep', apiKey: 'az' });
    const pasted = resolveLlmSettings({ baseUrl: 'https://res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21' }, { AZURE_OPENAI_API_KEY: 'az' });
    expect(pasted).toMatchObject({ provider: 'azure', baseURL: 'https://res.openai.azure.com', model: 'gpt4o', apiVersion: '2024-10-21' });
  });

  it('flags beat the environment, which beats the config file', () => {
    const env = { OPENAI_API_KEY: 'k', ANONYMIZE_MODEL: 'from-env', ANONYMIZE_TIMEOUT: '7' };
    const cfg = { model: 'from-config', timeout: 9, retries: 4 };
    expect(resolveLlmSettings({ model: 'from-flag' }, env, cfg)).toMatchObject({ model: 'from-flag', timeoutMs: 7000, retries: 4 });
    expect(resolveLlmSettings({}, env, cfg).model).toBe('from-env');
    expect(resolveLlmSettings({}, { OPENAI_API_KEY: 'k' }, cfg).model).toBe('from-config');
  });

  it('a missing key is exit 4; a missing model for a local server is exit 2', () => {
    expect(() => resolveLlmSettings({}, {})).toThrow(expect.objectContaining({ exitCode: 4 }));
    expect(() => resolveLlmSettings({ baseUrl: 'http://localhost:1234/v1' }, {})).toThrow(expect.objectContaining({ exitCode: 2 }));
    expect(resolveLlmSettings({}, {}, {}, { requireKey: false }).apiKey).toBeUndefined();
  });
});
