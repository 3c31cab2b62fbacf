/**
 * A failure the person at the terminal can act on: `main.ts` prints its message as one line
 * (`eia: <message>`) and exits with its code, never with a stack trace. Commands throw it
 * (or a typed error from a lower layer that main.ts maps to it) instead of printing and
 * exiting themselves, so every command fails the same way.
 */
export class CliError extends Error {
  /** @param message what went wrong and what to do, one line, no trailing full stop needed. */
  constructor(message: string, readonly exitCode: number = 1) {
    super(message);
    this.name = 'CliError';
  }
}
