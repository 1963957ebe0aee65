import { join } from 'node:path';
import envPaths from 'env-paths';
import { UserError } from '../errors.js';
import { LLM_EXIT } from './errors.js';

/**
 * Which API the request goes to. "compatible" is any server that speaks the OpenAI
 * chat-completions API (Ollama, LM Studio, llama.cpp, vLLM, a corporate gateway); "local" is
 * accepted as its alias on the command line.
 */
export type Provider = 'openai' | 'azure' | 'compatible';

export interface LlmSettings {
  provider: Provider;
  /** The model; for Azure the deployment name. */
  model: string;
  /** OpenAI/compatible: the base URL (…/v1). Azure: the resource endpoint (https://x.openai.azure.com). */
  baseURL: string;
  /** Undefined for a compatible server without a key: then no Authorization header is sent at all. */
  apiKey?: string;
  /** The environment variable the key is read from (for messages; never the key itself). */
  keyVariable: string;
  /** Azure only. */
  apiVersion?: string;
  /** Time to the response headers, and for a stream the longest silence between two chunks. */
  timeoutMs: number;
  retries: number;
  temperature?: number;
  stream: boolean;
  audit: { enabled: boolean; path: string };
}

/** What the command line contributes (commander's parsed options of ask/chat). */
export interface LlmFlags {
  model?: string;
  provider?: string;
  baseUrl?: string;
  azureEndpoint?: string;
  apiVersion?: string;
  timeout?: string;
  retries?: string;
  temperature?: string;
  /** From --no-stream; undefined when the flag was not given. */
  stream?: boolean;
  /** From --no-audit; undefined when the flag was not given. */
  audit?: boolean;
}

/** The "llm" object of the configuration file. Keys are never read from there. */
export interface LlmConfig {
  provider?: string;
  model?: string;
  baseUrl?: string;
  azureEndpoint?: string;
  apiVersion?: string;
  timeout?: number;
  retries?: number;
  temperature?: number;
  stream?: boolean;
  audit?: boolean;
  auditLog?: string;
}

export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
export const DEFAULT_AZURE_API_VERSION = '2024-10-21';
const OPENAI_BASE_URL = 'https://api.openai.com/v1';
const DEFAULT_TIMEOUT_S = 120;
const DEFAULT_RETRIES = 2;

const CONFIG_KEYS: Record<keyof LlmConfig, 'string' | 'number' | 'boolean'> = {
  provider: 'string',
  model: 'string',
  baseUrl: 'string',
  azureEndpoint: 'string',
  apiVersion: 'string',
  timeout: 'number',
  retries: 'number',
  temperature: 'number',
  stream: 'boolean',
  audit: 'boolean',
  auditLog: 'string',
};

/** Validates the config file's "llm" object (it arrives unvalidated in config.extra). */
export function parseLlmConfig(raw: unknown, where = 'configuration'): LlmConfig {
  if (raw === undefined) return {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UserError(`${where}: "llm" must be an object`);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (/key|secret|token|password/i.test(k)) {
      throw new UserError(`${where}: "llm.${k}" is not read from the configuration file (it is often committed); set the key in the environment, e.g. OPENAI_API_KEY`);
    }
    const want = CONFIG_KEYS[k as keyof LlmConfig];
    if (!want) throw new UserError(`${where}: unknown setting "llm.${k}" (known: ${Object.keys(CONFIG_KEYS).join(', ')})`);
    if (typeof v !== want) throw new UserError(`${where}: "llm.${k}" must be a ${want}`);
    out[k] = v;
  }
  return out as LlmConfig;
}

function parseProvider(p: string, where: string): Provider {
  const v = p.trim().toLowerCase();
  if (v === 'openai' || v === 'azure' || v === 'compatible') return v;
  if (v === 'local' || v === 'ollama' || v === 'lmstudio' || v === 'llamacpp' || v === 'vllm') return 'compatible';
  throw new UserError(`${where}: unknown provider "${p}" (use openai, azure or local)`);
}

function parseUrl(u: string, where: string): URL {
  try {
    const url = new URL(u);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return url;
  } catch {
    throw new UserError(`${where}: not an http(s) URL: "${u}"`);
  }
}

function num(v: string | number | undefined, where: string, min: number, max: number): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new UserError(`${where} must be a number from ${min} to ${max}`);
  return n;
}

const AZURE_HOST = /\.openai\.azure\.com$|\.cognitiveservices\.azure\.com$|\.services\.ai\.azure\.com$/i;

/** The audit log: ANONYMIZE_AUDIT_LOG, else the config's llm.auditLog, else <data dir>/audit.jsonl. */
export function auditLogPath(env: NodeJS.ProcessEnv, cfg: LlmConfig = {}): string {
  return env.ANONYMIZE_AUDIT_LOG || cfg.auditLog || join(envPaths('anonymize', { suffix: '' }).data, 'audit.jsonl');
}

/**
 * Settings from flags, then environment, then the configuration file, then defaults.
 *
 * Keys come from the environment only (a flag would show in `ps` and in shell history), and only
 * from the variable that belongs to the provider: the OpenAI key is never sent to another host
 * just because --base-url points there.
 */
export function resolveLlmSettings(flags: LlmFlags, env: NodeJS.ProcessEnv, cfg: LlmConfig = {}, opts: { requireKey?: boolean } = {}): LlmSettings {
  const requireKey = opts.requireKey ?? true;
  const baseUrlIn = flags.baseUrl ?? env.ANONYMIZE_BASE_URL ?? cfg.baseUrl;
  const explicit = flags.provider ?? env.ANONYMIZE_PROVIDER ?? cfg.provider;

  let provider: Provider;
  if (explicit) provider = parseProvider(explicit, flags.provider ? '--provider' : env.ANONYMIZE_PROVIDER ? 'ANONYMIZE_PROVIDER' : 'llm.provider');
  else if (baseUrlIn) provider = AZURE_HOST.test(parseUrl(baseUrlIn, '--base-url').hostname) ? 'azure' : 'compatible';
  else if (flags.azureEndpoint || cfg.azureEndpoint || (env.AZURE_OPENAI_ENDPOINT && !env.OPENAI_API_KEY)) provider = 'azure';
  else provider = 'openai';

  let model = flags.model ?? env.ANONYMIZE_MODEL ?? cfg.model;
  let baseURL: string;
  let apiVersion: string | undefined;
  let apiKey: string | undefined;
  let keyVariable: string;

  if (provider === 'azure') {
    // The endpoint may be given as the whole URL from the Azure portal
    // (https://res.openai.azure.com/openai/deployments/dep/chat/completions?api-version=…).
    const raw = flags.azureEndpoint ?? flags.baseUrl ?? env.AZURE_OPENAI_ENDPOINT ?? env.ANONYMIZE_BASE_URL ?? cfg.azureEndpoint ?? cfg.baseUrl;
    if (!raw) throw new UserError('Azure OpenAI needs an endpoint: set AZURE_OPENAI_ENDPOINT or pass --azure-endpoint https://RESOURCE.openai.azure.com');
    const url = parseUrl(raw, '--azure-endpoint');
    const dep = /\/openai\/deployments\/([^/]+)/.exec(url.pathname);
    if (dep && !model) model = decodeURIComponent(dep[1]!);
    apiVersion = flags.apiVersion ?? url.searchParams.get('api-version') ?? env.OPENAI_API_VERSION ?? cfg.apiVersion ?? DEFAULT_AZURE_API_VERSION;
    const path = url.pathname.replace(/\/openai(\/.*)?$/, '').replace(/\/+$/, '');
    baseURL = `${url.origin}${path}`;
    keyVariable = env.ANONYMIZE_API_KEY ? 'ANONYMIZE_API_KEY' : 'AZURE_OPENAI_API_KEY';
    apiKey = env.ANONYMIZE_API_KEY || env.AZURE_OPENAI_API_KEY || undefined;
    if (!model) throw new UserError('Azure OpenAI needs the deployment name: pass --model DEPLOYMENT or set ANONYMIZE_MODEL');
  } else if (provider === 'openai') {
    baseURL = baseUrlIn ? parseUrl(baseUrlIn, '--base-url').href : env.OPENAI_BASE_URL ? parseUrl(env.OPENAI_BASE_URL, 'OPENAI_BASE_URL').href : OPENAI_BASE_URL;
    keyVariable = env.ANONYMIZE_API_KEY ? 'ANONYMIZE_API_KEY' : 'OPENAI_API_KEY';
    apiKey = env.ANONYMIZE_API_KEY || env.OPENAI_API_KEY || undefined;
    model ??= DEFAULT_OPENAI_MODEL;
  } else {
    if (!baseUrlIn) throw new UserError('a local or compatible server needs --base-url, e.g. http://localhost:11434/v1 (Ollama) or set ANONYMIZE_BASE_URL');
    baseURL = parseUrl(baseUrlIn, '--base-url').href;
    keyVariable = 'ANONYMIZE_API_KEY';
    apiKey = env.ANONYMIZE_API_KEY || undefined;
    if (!model) throw new UserError('no model: pass --model NAME (e.g. llama3.1 for Ollama) or set ANONYMIZE_MODEL');
  }
  baseURL = baseURL.replace(/\/+$/, '');

  if (requireKey && !apiKey && provider !== 'compatible') {
    throw new UserError(`no API key: set ${keyVariable}${provider === 'openai' ? ' (or use --base-url for a local server)' : ''}`, LLM_EXIT.AUTH);
  }

  const timeoutS = num(flags.timeout ?? env.ANONYMIZE_TIMEOUT ?? cfg.timeout, '--timeout', 0.01, 86_400) ?? DEFAULT_TIMEOUT_S;
  const retries = num(flags.retries ?? cfg.retries, '--retries', 0, 10) ?? DEFAULT_RETRIES;
  if (!Number.isInteger(retries)) throw new UserError('--retries must be a whole number');
  const temperature = num(flags.temperature ?? cfg.temperature, '--temperature', 0, 2);

  return {
    provider,
    model,
    baseURL,
    apiKey,
    keyVariable,
    apiVersion,
    timeoutMs: Math.round(timeoutS * 1000),
    retries,
    temperature,
    stream: flags.stream ?? cfg.stream ?? true,
    audit: { enabled: flags.audit ?? cfg.audit ?? true, path: auditLogPath(env, cfg) },
  };
}

/** The host the data goes to, for messages and the audit log (never a path or query). */
export function hostOf(s: Pick<LlmSettings, 'baseURL'>): string {
  try {
    return new URL(s.baseURL).host;
  } catch {
    return 'the server';
  }
}

/** The URL the chat request is posted to (for --dry-run and messages). */
export function endpointUrl(s: LlmSettings): string {
  if (s.provider === 'azure') {
    return `${s.baseURL}/openai/deployments/${encodeURIComponent(s.model)}/chat/completions?api-version=${encodeURIComponent(s.apiVersion ?? '')}`;
  }
  return `${s.baseURL}/chat/completions`;
}
