import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, AzureOpenAI, OpenAIError } from 'openai';
import { UserError } from '../errors.js';
import { CancelledError, LLM_EXIT } from './errors.js';
import { hostOf, type LlmSettings } from './settings.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The request body exactly as it is sent (and as --dry-run prints it). */
export interface ChatRequestBody {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  stream?: true;
  stream_options?: { include_usage: true };
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export interface ChatResult {
  /** The answer as received (still anonymized). */
  text: string;
  usage: Usage | null;
  finishReason: string | null;
}

export function buildRequestBody(s: LlmSettings, messages: ChatMessage[]): ChatRequestBody {
  const body: ChatRequestBody = { model: s.model, messages };
  if (s.temperature !== undefined) body.temperature = s.temperature;
  if (s.stream) {
    body.stream = true;
    // Token usage for the audit log. Local servers differ in what they accept beyond the core
    // API, so the option is only sent to the two services known to support it.
    if (s.provider !== 'compatible') body.stream_options = { include_usage: true };
  }
  return body;
}

export function createClient(s: LlmSettings, debug = false): OpenAI {
  const common = {
    maxRetries: s.retries,
    timeout: s.timeoutMs,
    // The SDK's own logging would print request details; errors are reported by us, in one line.
    logLevel: debug ? ('info' as const) : ('off' as const),
    organization: null,
    project: null,
  };
  if (s.provider === 'azure') {
    // baseURL rather than endpoint: the SDK would otherwise also read OPENAI_BASE_URL and refuse
    // the combination.
    return new AzureOpenAI({ ...common, apiKey: s.apiKey, baseURL: `${s.baseURL}/openai`, apiVersion: s.apiVersion, deployment: s.model });
  }
  if (s.provider === 'compatible' && !s.apiKey) {
    // No key: no Authorization header at all (the SDK insists on a key, so one is given and its
    // header removed again). Never OPENAI_API_KEY: that key belongs to api.openai.com.
    return new OpenAI({ ...common, apiKey: 'unused', adminAPIKey: null, baseURL: s.baseURL, defaultHeaders: { Authorization: null } });
  }
  return new OpenAI({ ...common, apiKey: s.apiKey, adminAPIKey: null, baseURL: s.baseURL });
}

function usageOf(u: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | null | undefined): Usage | null {
  if (!u) return null;
  return { promptTokens: u.prompt_tokens ?? 0, completionTokens: u.completion_tokens ?? 0, totalTokens: u.total_tokens ?? 0 };
}

/**
 * Sends one chat request and hands the answer text to `onDelta` as it arrives (once, whole,
 * without streaming). Every failure becomes a one-line UserError with the exit code of its kind.
 */
export async function sendChat(
  client: OpenAI,
  s: LlmSettings,
  body: ChatRequestBody,
  onDelta: (text: string) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<ChatResult> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let stalled = false;
  let timer: NodeJS.Timeout | undefined;
  // The SDK's timeout covers the wait for the response headers; a stream that then goes silent
  // is caught by this idle timer.
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, s.timeoutMs);
  };
  try {
    if (body.stream) {
      const stream = await client.chat.completions.create({ ...body, stream: true }, { signal: controller.signal });
      arm();
      const parts: string[] = [];
      let usage: Usage | null = null;
      let finishReason: string | null = null;
      for await (const chunk of stream) {
        arm();
        if (chunk.usage) usage = usageOf(chunk.usage);
        const choice = chunk.choices?.[0];
        if (!choice) continue; // Azure's prompt_filter_results, the usage chunk
        if (choice.finish_reason) finishReason = choice.finish_reason;
        const content = choice.delta?.content ?? choice.delta?.refusal;
        if (content) {
          parts.push(content);
          await onDelta(content);
        }
      }
      // The SDK ends the iteration quietly when the request is aborted: a stalled or cancelled
      // stream must not pass for a complete answer.
      if (controller.signal.aborted) throw new APIUserAbortError();
      return { text: parts.join(''), usage, finishReason };
    }
    const { stream: _stream, stream_options: _so, ...plain } = body;
    const r = await client.chat.completions.create(plain, { signal: controller.signal });
    const choice = r.choices?.[0];
    const text = choice?.message?.content ?? choice?.message?.refusal ?? '';
    if (text) await onDelta(text);
    return { text, usage: usageOf(r.usage), finishReason: choice?.finish_reason ?? null };
  } catch (e) {
    throw describeError(e, s, { stalled, cancelled: signal?.aborted === true });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The first errno-like code in an error's cause chain (ECONNREFUSED, ENOTFOUND, UND_ERR_…). */
function causeCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 6 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^(E[A-Z0-9_]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
    const errors = (cur as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length) cur = errors[0];
    else cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** An error code from the body ("model_not_found", "insufficient_quota"), if it is a plain identifier. */
function apiCode(e: APIError): string | undefined {
  const c = e.code ?? (e.error as { code?: unknown } | undefined)?.code;
  return typeof c === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(c) ? c : undefined;
}

/**
 * Maps whatever the SDK throws to one line. The SDK's own messages are never shown: an API
 * error message may quote the request (an "invalid content" error, a proxy's error page), so
 * only the status, the host, our settings and a sanitised error code appear.
 */
export function describeError(e: unknown, s: LlmSettings, ctx: { stalled?: boolean; cancelled?: boolean } = {}): unknown {
  if (e instanceof UserError) return e;
  const host = hostOf(s);
  const secs = `${Number((s.timeoutMs / 1000).toFixed(2))} s`;
  const tries = s.retries ? ` (after ${s.retries} ${s.retries === 1 ? 'retry' : 'retries'})` : '';
  if (ctx.stalled) return new UserError(`the answer from ${host} stalled: nothing for ${secs} (--timeout)`, LLM_EXIT.NETWORK);
  if (ctx.cancelled || e instanceof APIUserAbortError) return new CancelledError();
  if (e instanceof APIConnectionTimeoutError) return new UserError(`no answer from ${host} within ${secs}${tries} (--timeout)`, LLM_EXIT.NETWORK);
  if (e instanceof APIConnectionError) {
    const code = causeCode(e);
    const why =
      code === 'ECONNREFUSED' ? 'connection refused (is the server running?)'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host name not found'
      : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' ? 'connection closed by the server'
      : code ? `network error ${code}`
      : 'network error';
    return new UserError(`cannot reach ${host}: ${why}${tries}`, LLM_EXIT.NETWORK);
  }
  if (e instanceof APIError) {
    const status = e.status as number | undefined;
    const code = apiCode(e);
    const detail = code ? `, ${code}` : '';
    if (status === 401) return new UserError(`${host} rejected the API key (HTTP 401${detail}); check ${s.keyVariable}`, LLM_EXIT.AUTH);
    if (status === 403) return new UserError(`${host} denied access (HTTP 403${detail}); check ${s.keyVariable} and its permissions`, LLM_EXIT.AUTH);
    if (status === 404) {
      const what = s.provider === 'azure' ? `deployment "${s.model}"` : `model "${s.model}"`;
      const hint = s.provider === 'azure' ? 'check --model (the deployment name) and the endpoint' : s.provider === 'compatible' ? 'check --model and --base-url (it usually ends in /v1)' : 'check --model';
      return new UserError(`${what} not found at ${host} (HTTP 404${detail}); ${hint}`, LLM_EXIT.NOT_FOUND);
    }
    if (status === 429) {
      const quota = code === 'insufficient_quota' ? 'quota exhausted' : 'rate limit';
      return new UserError(`${quota} at ${host} (HTTP 429${detail})${tries}; try again later`, LLM_EXIT.RATE_LIMIT);
    }
    if (status !== undefined && status >= 500) return new UserError(`${host} failed (HTTP ${status}${detail})${tries}`, LLM_EXIT.NETWORK);
    if (status === undefined) return new UserError(`${host} reported an error in the middle of the answer${code ? ` (${code})` : ''}`, LLM_EXIT.NETWORK);
    return new UserError(`${host} refused the request (HTTP ${status}${detail})`, LLM_EXIT.ERROR);
  }
  if (e instanceof OpenAIError) return new UserError(`the OpenAI client could not send the request (${e.constructor.name})`, LLM_EXIT.ERROR);
  return e;
}
