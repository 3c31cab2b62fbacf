/**
 * The run a command is about (`--to`, `--run`, `--baseline`): the one given, or the latest;
 * a run the store does not have is one line naming where to look, thrown as a CliError so
 * main.ts reports it like every other failure.
 */
import type { Db } from '../store/db.js';
import { getRun, latestRun } from '../store/runs.js';
import { CliError } from './cliError.js';

export function chosenRun(db: Db, dbPath: string, given: number | undefined): number {
  const run = given ?? latestRun(db)?.id;
  if (run === undefined || !getRun(db, run)) throw new CliError(`no run ${given ?? ''} in ${dbPath} — 'eia runs' lists them`);
  return run;
}
