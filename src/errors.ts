/** Exit codes scripts can rely on. */
export const EXIT = {
  OK: 0,
  FINDINGS: 1,
  ERROR: 2,
} as const;

/**
 * An error meant for the user: one line, no stack, never a raw value. `exitCode` is what the
 * CLI exits with (2 unless a command documents another).
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.ERROR,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
