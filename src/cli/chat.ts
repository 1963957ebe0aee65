import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { readAttachments, reportTurn, sentNotice } from './ask.js';
import { addDetectionOptions, globals, loadCommandConfig, notice, pipelineOptions, stderrColors, warn, type DetectionFlags } from './context.js';
import { addLlmOptions, llmConfig, llmFlags, PROVIDER_EXAMPLES, type LlmCommandFlags } from './llm-options.js';

interface ChatFlags extends DetectionFlags, LlmCommandFlags {}

const CHAT_HELP = `Type a message and press Enter. A line ending in \\ continues on the next line.
  /file PATH   attach a file to your next message (pseudonymized like the message)
  /reset       forget the conversation so far
  /exit        end the chat (also: /quit, Ctrl-D)
Ctrl-C stops an answer that is still coming.`;

export async function runChat(flags: ChatFlags, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const config = loadCommandConfig(opts);
  const popts = pipelineOptions(flags, config);
  const [{ resolveLlmSettings, hostOf, endpointUrl }, { openVault, asUserError }, { Conversation, auditRecord }, { stdoutSink }, { createInterface }, { LLM_EXIT, CancelledError }] =
    await Promise.all([
      import('../llm/settings.js'),
      import('./open-vault.js'),
      import('../llm/conversation.js'),
      import('../io/text-output.js'),
      import('node:readline'),
      import('../llm/errors.js'),
    ]);
  const settings = resolveLlmSettings(llmFlags(flags, cmd), process.env, await llmConfig(config), { requireKey: !flags.dryRun });
  if (flags.file.includes('-')) throw new UserError('chat reads your messages from standard input; attach files by name');
  let pending = await readAttachments(flags.file);

  // No lock is held between turns: each turn takes the vault's lock only while it pseudonymizes.
  const vault = await openVault(opts);
  const conv = new Conversation(vault, popts, settings);
  const [{ AuditLog }, { createClient }] = await Promise.all([import('../llm/audit.js'), import('../llm/client.js')]);
  const audit = settings.audit.enabled && !flags.dryRun ? await AuditLog.open(settings.audit.path) : null;
  const client = flags.dryRun ? null : createClient(settings, opts.debug);
  const sink = stdoutSink();

  const interactive = process.stdin.isTTY === true && process.stderr.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: interactive, prompt: stderrColors(opts).bold('> ') });
  if (interactive) {
    process.stderr.write(`chat with ${settings.model} at ${hostOf(settings)}; personal data is replaced before sending, the answers come back restored. /help for commands, /exit to end.\n`);
  }
  let inflight: AbortController | null = null;
  rl.on('SIGINT', () => {
    if (inflight) inflight.abort();
    else rl.close();
  });
  const prompt = () => {
    if (interactive) rl.prompt();
  };

  let problems = false;
  let buffer: string[] = [];
  prompt();
  for await (const line of rl) {
    if (line.endsWith('\\')) {
      buffer.push(line.slice(0, -1));
      continue;
    }
    const text = [...buffer, line].join('\n');
    buffer = [];
    const command = text.trim();
    if (command === '/exit' || command === '/quit') break;
    if (command === '/help') {
      process.stderr.write(`${CHAT_HELP}\n`);
      prompt();
      continue;
    }
    if (command === '/reset') {
      conv.reset();
      notice('conversation forgotten', opts);
      prompt();
      continue;
    }
    if (command.startsWith('/file ')) {
      try {
        pending = [...pending, ...(await readAttachments([command.slice(6).trim()]))];
        notice(`attached to your next message (${pending.length} file${pending.length === 1 ? '' : 's'})`, opts);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        warn(e.message, opts);
      }
      prompt();
      continue;
    }
    if (!command && pending.length === 0) {
      prompt();
      continue;
    }

    const turn = await conv.prepare({ prompt: text, files: pending }).catch((e) => {
      rl.close();
      throw asUserError(e); // a vault error (locked, unwritable) in one line
    });
    pending = [];
    await sentNotice(settings, turn, opts);
    if (flags.dryRun || !client) {
      process.stdout.write(`${JSON.stringify(turn.body, null, 2)}\n`);
      notice(`dry run: nothing was sent (the request would go to ${endpointUrl(settings)})`, opts);
      prompt();
      continue;
    }
    const started = Date.now();
    let last = '';
    inflight = new AbortController();
    try {
      const res = await conv.send(client, turn, async (t) => {
        last = t;
        await sink.write(t);
      }, inflight.signal);
      if (last && !last.endsWith('\n')) await sink.write('\n');
      await audit?.append(auditRecord('chat', settings, turn, started, res));
      if (await reportTurn(res, opts)) problems = true;
    } catch (e) {
      if (last && !last.endsWith('\n')) await sink.write('\n');
      const code = e instanceof UserError ? e.exitCode : LLM_EXIT.ERROR;
      await audit?.append(auditRecord('chat', settings, turn, started, { exitCode: code })).catch(() => {});
      // Passing trouble (a lost connection, a rate limit, Ctrl-C) ends the turn, not the chat;
      // the message is not part of the history, so it can simply be sent again.
      if (e instanceof CancelledError) notice('answer cancelled', opts);
      else if (e instanceof UserError && (e.exitCode === LLM_EXIT.NETWORK || e.exitCode === LLM_EXIT.RATE_LIMIT)) warn(e.message, opts);
      else {
        rl.close();
        throw e;
      }
    } finally {
      inflight = null;
    }
    prompt();
  }
  rl.close();
  if (interactive) process.stderr.write('\n');
  return flags.strict && problems ? LLM_EXIT.INTEGRITY : LLM_EXIT.OK;
}

export function registerChat(program: Command): void {
  const cmd = program
    .command('chat')
    .description('an interactive conversation with an LLM; personal data is pseudonymized in every message and restored in every answer');
  addLlmOptions(cmd);
  addDetectionOptions(cmd)
    .addHelpText(
      'after',
      `
${CHAT_HELP}

Examples:
  anonymize chat                                   # OpenAI, OPENAI_API_KEY
  anonymize chat -f ticket.txt                     # the file goes with your first message
  anonymize chat --base-url http://localhost:11434/v1 --model llama3.1
${PROVIDER_EXAMPLES}`,
    )
    .action(async (flags: ChatFlags, c: Command) => {
      process.exitCode = await runChat(flags, c);
    });
}
