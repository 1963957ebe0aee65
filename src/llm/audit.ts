import { appendFile, mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import type { TypeCounts } from '../pseudonymize/anonymize.js';

/**
 * One line of the audit log (JSON Lines): a record of processing (GDPR Art. 30) for each
 * request that left the machine. It holds counts, sizes and names of services only — never a
 * value, a prompt, an answer, a file name or a token.
 */
export interface AuditRecord {
  time: string;
  command: 'ask' | 'chat';
  provider: string;
  host: string;
  model: string;
  /** Values replaced by placeholders in this request (detection plus the last check). */
  replaced: TypeCounts;
  /** Of those, found only by the last check against the vault before sending. */
  guardReplaced: number;
  /** UTF-8 bytes of the request body (the anonymized JSON that was sent). */
  requestBytes: number;
  /** UTF-8 bytes of the answer text as received (still anonymized). */
  responseBytes: number;
  /** As the server reported it; null when it did not. */
  usage: { promptTokens: number; completionTokens: number; totalTokens: number } | null;
  outcome: 'ok' | 'error';
  /** For outcome "error": the exit code (see --help). */
  exitCode?: number;
  integrity?: { restored: number; repaired: number; dropped: number; invented: number; mangled: number };
  durationMs: number;
}

export class AuditLog {
  private constructor(readonly path: string) {}

  /**
   * Opens (creates) the log before anything is sent: a record that cannot be written is a
   * reason not to send, rather than something to find out afterwards.
   */
  static async open(path: string): Promise<AuditLog> {
    try {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      const fh = await open(path, 'a', 0o600);
      await fh.close();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException)?.code;
      throw new UserError(`cannot write the audit log ${path}${code ? ` (${code})` : ''}; set ANONYMIZE_AUDIT_LOG to another file, or pass --no-audit`);
    }
    return new AuditLog(path);
  }

  async append(rec: AuditRecord): Promise<void> {
    await appendFile(this.path, `${JSON.stringify(rec)}\n`, { mode: 0o600 });
  }
}
