import { extname } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { addDetectionOptions, globals, loadCommandConfig, notice, pipelineOptions, warn, type DetectionFlags, type GlobalOptions } from './context.js';
import { addLlmOptions, llmConfig, llmFlags, PROVIDER_EXAMPLES, type LlmCommandFlags } from './llm-options.js';
import type { ChatResult } from '../llm/client.js';
import type { IntegrityReport } from '../llm/integrity.js';
import type { PreparedTurn } from '../llm/conversation.js';
import type { LlmSettings } from '../llm/settings.js';

interface AskFlags extends DetectionFlags, LlmCommandFlags {}

/** The extension of an attached file as sent to the model: short and plain, or nothing. */
export function attachmentExt(file: string): string {
  const ext = extname(file).toLowerCase();
  return /^\.[a-z0-9]{1,5}$/.test(ext) ? ext : '';
}

/** Reads the attached files (in clear text); "-" is standard input. */
export async function readAttachments(files: readonly string[]): Promise<{ text: string; ext: string }[]> {
  const { readAllText } = await import('../io/text-input.js');
  if (files.filter((f) => f === '-').length > 1) throw new UserError('standard input ("-") can be attached only once');
  const out: { text: string; ext: string }[] = [];
  for (const f of files) out.push({ text: await readAllText(f), ext: f === '-' ? '' : attachmentExt(f) });
  return out;
}

/** Notices and warnings after a turn; returns true when the answer has integrity problems. */
export async function reportTurn(res: { result: ChatResult; report: IntegrityReport }, opts: GlobalOptions): Promise<boolean> {
  const { describeIntegrity, integrityIssues } = await import('../llm/integrity.js');
  const { summary, problems } = describeIntegrity(res.report);
  notice(summary, opts);
  for (const p of problems) warn(`answer: ${p}`, opts);
  if (res.result.finishReason === 'length') warn('the answer was cut off at the model\'s length limit', opts);
  if (res.result.finishReason === 'content_filter') warn('the answer was stopped by the provider\'s content filter', opts);
  return integrityIssues(res.report) > 0;
}

export async function sentNotice(s: LlmSettings, turn: PreparedTurn, opts: GlobalOptions): Promise<void> {
  const [{ summarize }, { hostOf }] = await Promise.all([import('./anonymize.js'), import('../llm/settings.js')]);
  if (turn.guardReplaced > 0) {
    warn(`the last check before sending replaced ${turn.guardReplaced} known value${turn.guardReplaced === 1 ? '' : 's'} that detection had left in the text`, opts);
  }
  notice(`${summarize(turn.counts)} → ${hostOf(s)} (${s.model})`, opts);
}

export async function runAsk(words: string[], flags: AskFlags, cmd: Command): Promise<number> {
  const opts = globals(cmd);
  const config = loadCommandConfig(opts);
  const popts = pipelineOptions(flags, config);
  const [{ resolveLlmSettings, endpointUrl }, { STDIN, readAllText }, { openVault, asUserError }, { Conversation, auditRecord }, { stdoutSink }] = await Promise.all([
    import('../llm/settings.js'),
    import('../io/text-input.js'),
    import('./open-vault.js'),
    import('../llm/conversation.js'),
    import('../io/text-output.js'),
  ]);
  // Settings (and the key) first: a missing key is reported before the vault is touched.
  const settings = resolveLlmSettings(llmFlags(flags, cmd), process.env, await llmConfig(config), { requireKey: !flags.dryRun });

  let prompt = words.join(' ');
  const files = [...flags.file];
  let piped = '';
  if (!prompt.trim()) {
    if (files.includes(STDIN)) throw new UserError('no prompt: give it as an argument (standard input is attached as a file with -f -)');
    if (process.stdin.isTTY) throw new UserError('no prompt: give it as an argument or on standard input, e.g. anonymize ask "Fasse zusammen" -f ticket.txt');
    prompt = await readAllText(STDIN);
    if (!prompt.trim()) throw new UserError('no prompt: standard input was empty');
  } else if (!files.includes(STDIN) && !process.stdin.isTTY) {
    // `cat ticket.txt | anonymize ask "Fasse zusammen"`: piped input is attached like -f -.
    piped = await readAllText(STDIN);
  }
  const attachments = await readAttachments(files);
  if (piped) attachments.push({ text: piped, ext: '' });
  return ask(prompt, attachments);

  async function ask(promptText: string, attachments: { text: string; ext: string }[]): Promise<number> {
    const vault = await openVault(opts);
    const conv = new Conversation(vault, popts, settings);
    const turn = await conv.prepare({ prompt: promptText, files: attachments }).catch((e) => {
      throw asUserError(e); // a vault error (locked, unwritable) in one line
    });
    await sentNotice(settings, turn, opts);
    if (flags.dryRun) {
      process.stdout.write(`${JSON.stringify(turn.body, null, 2)}\n`);
      notice(`dry run: nothing was sent (the request would go to ${endpointUrl(settings)})`, opts);
      return 0;
    }
    const [{ AuditLog }, { createClient }, { LLM_EXIT }] = await Promise.all([
      import('../llm/audit.js'),
      import('../llm/client.js'),
      import('../llm/errors.js'),
    ]);
    const audit = settings.audit.enabled ? await AuditLog.open(settings.audit.path) : null;
    const client = createClient(settings, opts.debug);
    const sink = stdoutSink();
    const started = Date.now();
    let last = '';
    try {
      const res = await conv.send(client, turn, async (t) => {
        last = t;
        await sink.write(t);
      });
      if (process.stdout.isTTY && last && !last.endsWith('\n')) await sink.write('\n');
      await audit?.append(auditRecord('ask', settings, turn, started, res));
      const bad = await reportTurn(res, opts);
      return flags.strict && bad ? LLM_EXIT.INTEGRITY : LLM_EXIT.OK;
    } catch (e) {
      const code = e instanceof UserError ? e.exitCode : LLM_EXIT.ERROR;
      await audit?.append(auditRecord('ask', settings, turn, started, { exitCode: code })).catch(() => {});
      throw e;
    }
  }
}

export function registerAsk(program: Command): void {
  const cmd = program
    .command('ask')
    .description('ask an LLM about a text with the personal data pseudonymized; the answer streams back with the real values restored')
    .argument('[prompt...]', 'the question or instruction (none: read it from standard input)');
  addLlmOptions(cmd);
  addDetectionOptions(cmd)
    .addHelpText(
      'after',
      `
Examples:
  anonymize ask "Fasse die Beschwerde zusammen" -f ticket.txt
  cat mail.txt | anonymize ask "Draft a polite reply"
  anonymize ask --dry-run "Fasse zusammen" -f ticket.txt     # show exactly what would be sent
${PROVIDER_EXAMPLES}`,
    )
    .action(async (words: string[], flags: AskFlags, c: Command) => {
      process.exitCode = await runAsk(words, flags, c);
    });
}
