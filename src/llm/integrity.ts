import { RestoreStream } from '../pseudonymize/restore.js';
import { canonicalId, interpretMatch, TOKEN_PATTERN } from '../pseudonymize/tokens.js';

/** The vault as restore sees it: an id's value and, for a derived surface, its parent. */
export type EntryLookup = (id: string) => { value: string; parent?: string } | undefined;

export interface IntegrityReport {
  /** Placeholders put back as real values. */
  restored: number;
  /** Of those, how many the model had changed in a recognisable way (case, Markdown, suffix). */
  repaired: number;
  /** People/values the prompt contained that the answer does not mention at all. */
  dropped: number;
  /** Placeholder-shaped ids the prompt never contained; left as written, never restored. */
  invented: number;
  /** …of which the vault holds a value (another conversation's person): not restored either. */
  inventedKnown: number;
  /** Mentions of a prompt's placeholder the model broke beyond safe repair ("PERSON 1",
   * "EMAIL_2" without brackets); left as written. */
  mangled: number;
}

export function integrityIssues(r: IntegrityReport): number {
  return r.dropped + r.invented + r.mangled;
}

/** Canonical ids of every placeholder in a text (as restore would read them). */
export function tokenIdsIn(text: string, into: Set<string> = new Set()): Set<string> {
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    const tm = interpretMatch(m[0], m.slice(1, 9));
    if (tm) into.add(tm.id);
  }
  return into;
}

// A placeholder a model wrote without its brackets or as words: "PERSON_1", "person 1", "Phone-2".
// Only counted for ids of this conversation, so that "Person 1" in an unrelated sentence about
// something else does not raise an alarm.
const LOOSE = /(?<![\p{L}\p{N}_])(person|e-?mail|phone|iban)[ _-]?(\d{1,9})(?![\p{N}])/giu;

/**
 * Streaming restore for a model's answer, and the integrity check afterwards.
 *
 * Decision on invented placeholders: only ids that occurred in this conversation's prompts are
 * restored. A model that writes [[PERSON_7]] without having been shown it cannot know who that
 * is; if the vault happens to hold a PERSON_7 from another text, restoring it would put a real,
 * unrelated person into the answer. Such tokens stay as written and are reported as invented.
 */
export class AnswerRestorer {
  private readonly stream: RestoreStream;
  private readonly parts: string[] = [];

  constructor(
    private readonly lookup: EntryLookup,
    private readonly conversationIds: ReadonlySet<string>,
  ) {
    this.stream = new RestoreStream((id) => (conversationIds.has(id) ? lookup(id)?.value : undefined));
  }

  /** Feed a piece of the (anonymized) answer; returns restored text that is final now. */
  push(delta: string): string {
    this.parts.push(delta);
    return this.stream.push(delta);
  }

  end(): string {
    return this.stream.end();
  }

  /** The answer as the model sent it (anonymized), e.g. for the chat history. */
  get raw(): string {
    return this.parts.join('');
  }

  /** After end(): what happened to the placeholders of `promptIds` (this turn's prompt). */
  report(promptIds: ReadonlySet<string>): IntegrityReport {
    const stats = this.stream.stats;
    const raw = this.raw;
    let invented = 0;
    let inventedKnown = 0;
    for (const m of raw.matchAll(TOKEN_PATTERN)) {
      const tm = interpretMatch(m[0], m.slice(1, 9));
      if (!tm || this.conversationIds.has(tm.id)) continue;
      invented++;
      if (this.lookup(tm.id) !== undefined) inventedKnown++;
    }
    // Blank out everything restore understood, then look for the broken forms that remain.
    const rest = raw.replace(TOKEN_PATTERN, (match: string, ...g: unknown[]) =>
      interpretMatch(match, g.slice(0, 8) as (string | undefined)[]) ? ' '.repeat(match.length) : match,
    );
    const mentioned = new Set(stats.ids.filter((id) => this.conversationIds.has(id)));
    let mangled = 0;
    for (const m of rest.matchAll(LOOSE)) {
      const id = canonicalId(m[1]!, m[2]!);
      if (!this.conversationIds.has(id)) continue;
      mangled++;
      mentioned.add(id);
    }
    // A person counts as mentioned when any of their surfaces is (full name or the surname alone).
    const family = (id: string) => this.lookup(id)?.parent ?? id;
    const mentionedFamilies = new Set([...mentioned].map(family));
    const droppedFamilies = new Set([...promptIds].map(family).filter((f) => !mentionedFamilies.has(f)));
    return {
      restored: stats.restored,
      repaired: stats.altered,
      dropped: droppedFamilies.size,
      invented,
      inventedKnown,
      mangled,
    };
  }
}

/** One line for stderr; empty when there is nothing to say. */
export function describeIntegrity(r: IntegrityReport): { summary: string; problems: string[] } {
  const summary = `restored ${r.restored} value${r.restored === 1 ? '' : 's'} in the answer${r.repaired ? ` (${r.repaired} placeholder${r.repaired === 1 ? '' : 's'} repaired: case, Markdown or ending changed)` : ''}`;
  const problems: string[] = [];
  if (r.dropped) problems.push(`${r.dropped} value${r.dropped === 1 ? '' : 's'} from the prompt not mentioned in the answer (dropped)`);
  if (r.invented) {
    problems.push(
      `${r.invented} placeholder${r.invented === 1 ? '' : 's'} the prompt never contained (invented; left as written` +
        `${r.inventedKnown ? `, ${r.inventedKnown} of them belong${r.inventedKnown === 1 ? 's' : ''} to another text in the vault and ${r.inventedKnown === 1 ? 'was' : 'were'} deliberately not restored` : ''})`,
    );
  }
  if (r.mangled) problems.push(`${r.mangled} placeholder${r.mangled === 1 ? '' : 's'} altered beyond safe repair, e.g. without brackets (mangled; left as written)`);
  return { summary, problems };
}
