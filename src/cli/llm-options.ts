import type { Command } from 'commander';
import type { Config } from '../config.js';
import type { LlmConfig, LlmFlags } from '../llm/settings.js';
import { EXIT_CODES_HELP } from '../llm/errors.js';

/** Options shared by `ask` and `chat`. */
export interface LlmCommandFlags extends LlmFlags {
  file: string[];
  strict?: boolean;
  dryRun?: boolean;
}

const collect = (v: string, prev: string[]) => [...prev, v];

export function addLlmOptions(cmd: Command): Command {
  return cmd
    .option('-f, --file <file>', 'attach a file, pseudonymized like the prompt (repeatable; "-" = standard input)', collect, [])
    .option('-m, --model <name>', 'model; for Azure the deployment name (env ANONYMIZE_MODEL; OpenAI default gpt-4o-mini)')
    .option('--provider <name>', 'openai, azure or local (default: local with --base-url, azure with AZURE_OPENAI_ENDPOINT, else openai)')
    .option('--base-url <url>', 'OpenAI-compatible server, e.g. http://localhost:11434/v1 (env ANONYMIZE_BASE_URL)')
    .option('--azure-endpoint <url>', 'Azure OpenAI resource, https://NAME.openai.azure.com (env AZURE_OPENAI_ENDPOINT)')
    .option('--api-version <v>', 'Azure OpenAI API version (env OPENAI_API_VERSION; default 2024-10-21)')
    .option('--timeout <seconds>', 'wait at most this long for the answer to start, and between two pieces of it (default 120)')
    .option('--retries <n>', 'retries on rate limits, server errors and lost connections, with backoff (default 2)')
    .option('--temperature <t>', 'sampling temperature 0-2 (default: the model\'s)')
    .option('--no-stream', 'ask for the whole answer at once instead of streaming it')
    .option('--strict', 'exit 3 if the answer dropped, invented or mangled a placeholder')
    .option('--dry-run', 'print the anonymized request that would be sent (JSON) and send nothing')
    .option('--no-audit', 'do not append to the audit log (env ANONYMIZE_AUDIT_LOG moves it)');
}

/** The LLM flags, with "not given" kept apart from commander's defaults for --no-… options. */
export function llmFlags(flags: LlmCommandFlags, cmd: Command): LlmFlags {
  const given = (name: string) => cmd.getOptionValueSource(name) !== 'default' && cmd.getOptionValueSource(name) !== undefined;
  return {
    model: flags.model,
    provider: flags.provider,
    baseUrl: flags.baseUrl,
    azureEndpoint: flags.azureEndpoint,
    apiVersion: flags.apiVersion,
    timeout: flags.timeout,
    retries: flags.retries,
    temperature: flags.temperature,
    stream: given('stream') ? flags.stream : undefined,
    audit: given('audit') ? flags.audit : undefined,
  };
}

export async function llmConfig(config: Config): Promise<LlmConfig> {
  const { parseLlmConfig } = await import('../llm/settings.js');
  return parseLlmConfig(config.extra.llm, config.source ?? 'configuration');
}

export const PROVIDER_EXAMPLES = `
Providers (keys only from the environment, never from flags or the config file):
  OpenAI         OPENAI_API_KEY=sk-… anonymize ask "Fasse die Beschwerde zusammen" -f ticket.txt
  Azure OpenAI   AZURE_OPENAI_ENDPOINT=https://NAME.openai.azure.com AZURE_OPENAI_API_KEY=… \\
                 anonymize ask --model my-gpt4o-deployment --api-version 2024-10-21 "Summarize" -f mail.eml
  Ollama         anonymize ask --base-url http://localhost:11434/v1 --model llama3.1 "Fasse zusammen" -f ticket.txt
  LM Studio      anonymize ask --base-url http://localhost:1234/v1 --model qwen2.5-7b-instruct "…" -f ticket.txt
  llama.cpp/vLLM anonymize ask --base-url http://localhost:8080/v1 --model local "…" < ticket.txt
  (a local server gets no key unless ANONYMIZE_API_KEY is set; OPENAI_API_KEY is never sent to it)

Settings: flags, then environment (ANONYMIZE_PROVIDER, ANONYMIZE_MODEL, ANONYMIZE_BASE_URL,
ANONYMIZE_API_KEY, ANONYMIZE_TIMEOUT, ANONYMIZE_AUDIT_LOG), then the "llm" object of the config
file, e.g. {"llm": {"baseUrl": "http://localhost:11434/v1", "model": "llama3.1"}}.

The answer is checked: placeholders the prompt had but the answer dropped, placeholders it
invented (never restored, even if the vault knows them from another text) and placeholders
mangled beyond safe repair ("PERSON 1") are counted on stderr. Each request is recorded (counts,
sizes, host, model, token usage; never a value) in the audit log, by default
<data dir>/anonymize/audit.jsonl.

${EXIT_CODES_HELP}`;
