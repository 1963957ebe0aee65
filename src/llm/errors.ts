import { EXIT, UserError } from '../errors.js';

/**
 * Exit codes of `ask` and `chat`, one per kind of failure a script may want to tell apart.
 * 1 keeps its meaning from `scan` (findings) and is never used here; 2 stays usage/runtime.
 */
export const LLM_EXIT = {
  OK: EXIT.OK,
  ERROR: EXIT.ERROR,
  /** --strict and the answer dropped, invented or mangled a placeholder. */
  INTEGRITY: 3,
  /** No API key, or the key was rejected (401/403). */
  AUTH: 4,
  /** Rate limit or quota (429), still failing after the retries. */
  RATE_LIMIT: 5,
  /** Host unreachable, connection broken, timeout, or the service failed (5xx). */
  NETWORK: 6,
  /** The model (Azure: the deployment) or the endpoint does not exist (404). */
  NOT_FOUND: 7,
} as const;

export const EXIT_CODES_HELP = `Exit codes: 0 ok, 2 usage or runtime error, 3 --strict and the answer dropped, invented or
mangled a placeholder, 4 no API key or key rejected (401/403), 5 rate limit or quota (429) after
the retries, 6 host unreachable, timeout or server error (5xx), 7 model/deployment not found (404).`;

/** The user pressed Ctrl-C while a request was running (chat goes on; ask exits 130). */
export class CancelledError extends UserError {
  constructor() {
    super('cancelled', 130);
    this.name = 'CancelledError';
  }
}
