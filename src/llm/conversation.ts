import type OpenAI from 'openai';
import type { PipelineOptions } from '../detect/pipeline.js';
import { zeroCounts, type TypeCounts } from '../pseudonymize/anonymize.js';
import { anonymizeWithVault, type TokenVault } from '../pseudonymize/session.js';
import type { EntityType } from '../types.js';
import type { AuditRecord } from './audit.js';
import { buildRequestBody, sendChat, type ChatMessage, type ChatRequestBody, type ChatResult } from './client.js';
import { PayloadGuard } from './guard.js';
import { AnswerRestorer, tokenIdsIn, type IntegrityReport } from './integrity.js';
import { composeUserMessage, SYSTEM_INSTRUCTION } from './prompt.js';
import { hostOf, type LlmSettings } from './settings.js';

/** What a conversation needs from the vault (the Vault class provides it). */
export interface ConversationVault extends TokenVault {
  get(id: string): { id: string; type: EntityType; value: string; parent?: string } | undefined;
  entries(): readonly { id: string; type: EntityType; value: string; parent?: string }[];
  transaction<T>(fn: (v: ConversationVault) => T | Promise<T>): Promise<T>;
}

/** One user turn, in clear text: the prompt and the files attached to it. */
export interface TurnInput {
  prompt: string;
  files: readonly { text: string; ext: string }[];
}

export interface PreparedTurn {
  body: ChatRequestBody;
  /** Values replaced in this turn, per type (detection and the last check). */
  counts: TypeCounts;
  /** Of those, found only by the last check against the vault. */
  guardReplaced: number;
  /** Placeholders in this turn's user message. */
  promptIds: Set<string>;
  /** UTF-8 size of the JSON body. */
  requestBytes: number;
}

export interface TurnResult {
  result: ChatResult;
  report: IntegrityReport;
}

/**
 * A conversation with a model, kept anonymized throughout: the history holds placeholders only,
 * and the vault is locked per turn (a transaction while the turn's text is pseudonymized), never
 * for the whole session, so other anonymize runs can go on meanwhile.
 */
export class Conversation {
  readonly messages: ChatMessage[] = [{ role: 'system', content: SYSTEM_INSTRUCTION }];

  constructor(
    private readonly vault: ConversationVault,
    private readonly pipeline: PipelineOptions,
    private readonly settings: LlmSettings,
  ) {}

  /** Ids of every placeholder the user side of the conversation has contained so far. */
  private idsOf(messages: readonly ChatMessage[]): Set<string> {
    const ids = new Set<string>();
    for (const m of messages) if (m.role === 'user') tokenIdsIn(m.content, ids);
    return ids;
  }

  /** Pseudonymizes the turn (inside a vault transaction) and builds the request; sends nothing. */
  async prepare(input: TurnInput): Promise<PreparedTurn> {
    const counts = zeroCounts();
    const add = (c: TypeCounts) => {
      for (const t of Object.keys(c) as EntityType[]) counts[t] += c[t];
    };
    const user = await this.vault.transaction((v) => {
      const prompt = anonymizeWithVault(input.prompt, v, this.pipeline);
      add(prompt.counts);
      const files = input.files.map((f) => {
        const a = anonymizeWithVault(f.text, v, this.pipeline);
        add(a.counts);
        return { text: a.text, ext: f.ext };
      });
      return composeUserMessage(prompt.text, files);
    });
    // The last check runs over everything that goes out, history included: the vault may have
    // learned a value since an earlier turn was written.
    const guard = new PayloadGuard(this.vault, this.pipeline.allow);
    let guardReplaced = 0;
    const scrub = (text: string) => {
      const r = guard.scrub(text, counts);
      guardReplaced += r.replaced;
      return r.text;
    };
    for (const m of this.messages) m.content = scrub(m.content);
    const userMessage: ChatMessage = { role: 'user', content: scrub(user) };
    const body = buildRequestBody(this.settings, [...this.messages.map((m) => ({ ...m })), userMessage]);
    return {
      body,
      counts,
      guardReplaced,
      promptIds: tokenIdsIn(userMessage.content),
      requestBytes: Buffer.byteLength(JSON.stringify(body)),
    };
  }

  /**
   * Sends a prepared turn; the answer goes to `out` restored, piece by piece as it streams in.
   * Only a successful turn becomes part of the history.
   */
  async send(client: OpenAI, turn: PreparedTurn, out: (text: string) => Promise<void>, signal?: AbortSignal): Promise<TurnResult> {
    const user = turn.body.messages[turn.body.messages.length - 1]!;
    const ids = this.idsOf([...this.messages, user]);
    const restorer = new AnswerRestorer((id) => this.vault.get(id), ids);
    let result: ChatResult;
    try {
      result = await sendChat(client, this.settings, turn.body, async (delta) => {
        const text = restorer.push(delta);
        if (text) await out(text);
      }, signal);
    } finally {
      // Whatever arrived before a failure still goes out restored, including a held-back tail.
      const tail = restorer.end();
      if (tail) await out(tail);
    }
    this.messages.push(user, { role: 'assistant', content: result.text });
    return { result, report: restorer.report(turn.promptIds) };
  }

  /** Forgets the history (the system instruction stays). */
  reset(): void {
    this.messages.length = 1;
  }
}

export function auditRecord(
  command: 'ask' | 'chat',
  s: LlmSettings,
  turn: PreparedTurn,
  started: number,
  outcome: { result?: ChatResult; report?: IntegrityReport; exitCode?: number },
): AuditRecord {
  const r = outcome.report;
  return {
    time: new Date(started).toISOString(),
    command,
    provider: s.provider,
    host: hostOf(s),
    model: s.model,
    replaced: { ...turn.counts },
    guardReplaced: turn.guardReplaced,
    requestBytes: turn.requestBytes,
    responseBytes: outcome.result ? Buffer.byteLength(outcome.result.text) : 0,
    usage: outcome.result?.usage ?? null,
    outcome: outcome.exitCode ? 'error' : 'ok',
    ...(outcome.exitCode ? { exitCode: outcome.exitCode } : {}),
    ...(r ? { integrity: { restored: r.restored, repaired: r.repaired, dropped: r.dropped, invented: r.invented, mangled: r.mangled } } : {}),
    durationMs: Date.now() - started,
  };
}
