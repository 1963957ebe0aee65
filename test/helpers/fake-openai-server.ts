import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions API the way the
 * services do: JSON for a plain request, Server-Sent Events (`data: {…}\n\n` … `data: [DONE]\n\n`)
 * for `stream: true`, OpenAI's /v1/chat/completions and Azure's
 * /openai/deployments/{deployment}/chat/completions?api-version=… shapes, and OpenAI-style error
 * bodies. Every request body is checked for the original values that must never arrive.
 */

export interface FakeRequest {
  n: number;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  raw: string;
  json: any;
  /** Azure shape: the deployment from the path. */
  deployment?: string;
}

export type Reply =
  /** An answer; streamed as SSE when the request asked for it, split into these content pieces. */
  | { kind: 'answer'; content: string | string[]; usage?: { prompt_tokens: number; completion_tokens: number }; finishReason?: string; status?: number }
  /** An OpenAI-style error. */
  | { kind: 'error'; status: number; message: string; type?: string; code?: string | null; headers?: Record<string, string> }
  /** Accept the request, never answer. */
  | { kind: 'hang' }
  /** Start a stream, send these pieces, then go silent. */
  | { kind: 'stall'; content: string[] }
  /** Bytes exactly as given (for SSE split at arbitrary byte positions). */
  | { kind: 'raw'; status?: number; headers: Record<string, string>; chunks: (string | Buffer)[]; delayMs?: number };

export interface FakeServer {
  url: string;
  port: number;
  requests: FakeRequest[];
  /** Original values found in a request: must stay empty. */
  leaks: string[];
  close(): Promise<void>;
}

export interface FakeOptions {
  /** Values that must never arrive (checked in the raw body and in the decoded JSON strings). */
  forbidden?: readonly string[];
  reply: (req: FakeRequest) => Reply | Promise<Reply>;
}

let counter = 0;

function chunkJson(id: string, model: string, delta: Record<string, unknown>, finish: string | null): string {
  return `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 1_700_000_000, model, system_fingerprint: 'fp_fake', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
}

/** The SSE byte stream the real API sends for an answer split into `pieces`. */
export function sseEvents(pieces: readonly string[], opts: { model?: string; usage?: { prompt_tokens: number; completion_tokens: number }; finishReason?: string; includeUsage?: boolean } = {}): string[] {
  const id = `chatcmpl-fake${++counter}`;
  const model = opts.model ?? 'fake-model';
  const events = [chunkJson(id, model, { role: 'assistant', content: '', refusal: null }, null)];
  for (const p of pieces) events.push(chunkJson(id, model, { content: p }, null));
  events.push(chunkJson(id, model, {}, opts.finishReason ?? 'stop'));
  if (opts.includeUsage) {
    const u = opts.usage ?? { prompt_tokens: 0, completion_tokens: 0 };
    events.push(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [], usage: { ...u, total_tokens: u.prompt_tokens + u.completion_tokens } })}\n\n`,
    );
  }
  events.push('data: [DONE]\n\n');
  return events;
}

function completionJson(content: string, model: string, usage?: { prompt_tokens: number; completion_tokens: number }, finish = 'stop'): string {
  const u = usage ?? { prompt_tokens: 0, completion_tokens: 0 };
  return JSON.stringify({
    id: `chatcmpl-fake${++counter}`,
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: finish }],
    usage: { ...u, total_tokens: u.prompt_tokens + u.completion_tokens },
  });
}

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

export async function startFakeOpenAI(opts: FakeOptions): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const leaks: string[] = [];
  const sockets = new Set<Socket>();
  const forbidden = (opts.forbidden ?? []).filter((v) => v.length > 0);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const bodyParts: Buffer[] = [];
    for await (const c of req) bodyParts.push(c as Buffer);
    const raw = Buffer.concat(bodyParts).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let json: any;
    try {
      json = raw ? JSON.parse(raw) : undefined;
    } catch {
      json = undefined;
    }
    const az = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(url.pathname);
    const r: FakeRequest = {
      n: requests.length + 1,
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      raw,
      json,
      deployment: az ? decodeURIComponent(az[1]!) : undefined,
    };
    requests.push(r);

    const decoded = strings(json).join('\n');
    for (const v of forbidden) if (raw.includes(v) || decoded.includes(v)) leaks.push(v);
    if (leaks.length) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'test server: an original value arrived', type: 'leak', code: 'leak' } }));
      return;
    }
    if (req.method !== 'POST' || !(url.pathname.endsWith('/chat/completions'))) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `Unknown request URL: ${req.method} ${url.pathname}`, type: 'invalid_request_error', code: 'unknown_url' } }));
      return;
    }

    const reply = await opts.reply(r);
    const model = json?.model ?? 'fake-model';
    switch (reply.kind) {
      case 'hang':
        return; // the socket stays open until close()
      case 'error':
        res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
        res.end(JSON.stringify({ error: { message: reply.message, type: reply.type ?? 'invalid_request_error', param: null, code: reply.code ?? null } }));
        return;
      case 'raw': {
        res.writeHead(reply.status ?? 200, reply.headers);
        for (const c of reply.chunks) {
          res.write(c);
          if (reply.delayMs !== undefined) await new Promise((ok) => setTimeout(ok, reply.delayMs));
        }
        res.end();
        return;
      }
      case 'stall': {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const events = sseEvents(reply.content, { model });
        for (const e of events.slice(0, 1 + reply.content.length)) res.write(e);
        return; // silence
      }
      case 'answer': {
        const pieces = typeof reply.content === 'string' ? [reply.content] : reply.content;
        if (json?.stream) {
          res.writeHead(reply.status ?? 200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
          const events = sseEvents(pieces, { model, usage: reply.usage, finishReason: reply.finishReason, includeUsage: json?.stream_options?.include_usage === true });
          for (const e of events) res.write(e);
          res.end();
        } else {
          res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
          res.end(completionJson(pieces.join(''), model, reply.usage, reply.finishReason));
        }
        return;
      }
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    leaks,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

/** A port nothing listens on (bound once, then released). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}
