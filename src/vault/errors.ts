/**
 * The one error type the vault throws for anything a user can cause or fix.
 *
 * Messages are single lines that name the file and what to do; they never contain a stored
 * value (not even a fragment of a JSON parse error — those quote their input). Unless
 * ANONYMIZE_DEBUG is set, the stack is cut to that one line as well, so an uncaught VaultError
 * prints one readable line instead of a trace.
 */
export type VaultErrorCode = 'WRONG_KEY' | 'CORRUPT' | 'UNSUPPORTED_VERSION' | 'LOCKED' | 'IO' | 'NO_KEY';

export class VaultError extends Error {
  readonly code: VaultErrorCode;

  constructor(code: VaultErrorCode, message: string) {
    super(message);
    this.name = 'VaultError';
    this.code = code;
    if (!process.env.ANONYMIZE_DEBUG) this.stack = `VaultError [${code}]: ${message}`;
  }
}

/** Wrap a Node fs error as IO without leaking anything but its errno code and our own context. */
export function ioError(what: string, err: unknown): VaultError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return new VaultError('IO', `${what}${code ? ` (${code})` : ''}`);
}

export function isErrno(err: unknown, ...codes: string[]): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && codes.includes(code);
}
