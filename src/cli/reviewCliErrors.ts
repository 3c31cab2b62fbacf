/**
 * Runs a review command's body so that a CliError reaches the person as one line
 * (`eia: …`) and an exit code, never as a stack trace, whatever main.ts does with errors.
 */
import { CliError } from './cliError.js';

export async function reportCliErrors(body: () => void | Promise<void>): Promise<void> {
  // `eia review list | head`: a reader that stops reading is not an error.
  process.stdout.once('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  try {
    await body();
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    process.stderr.write(`eia: ${e.message}\n`);
    process.exitCode = e.exitCode;
  }
}
