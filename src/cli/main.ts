#!/usr/bin/env node
/**
 * The `eia` command. Embedded by default (one process, a worker-thread pool, one SQLite
 * file); see README for the distributed mode. Every failure ends here as one line on stderr
 * and an exit code (reportError.ts); a stack trace only with --debug or EIA_DEBUG=1.
 */
import { Command } from 'commander';
import { registerCollect } from './collectCommand.js';
import { registerExport } from './exportCommand.js';
import { registerForms } from './formsCommand.js';
import { registerIngest } from './ingestCommand.js';
import { registerDiff } from './diffCommand.js';
import { registerEval } from './evalCommand.js';
import { registerReport } from './reportCommand.js';
import { registerRerun } from './rerunCommand.js';
import { registerReview } from './reviewCommand.js';
import { registerRuns } from './runsCommand.js';
import { registerShow } from './showCommand.js';
import { registerStatus } from './statusCommand.js';
import { registerWorker } from './workerCommand.js';
import { reportedError } from './reportError.js';

const debug = process.argv.includes('--debug') || process.env.EIA_DEBUG === '1';

function fail(error: unknown): never {
  const { message, exitCode } = reportedError(error);
  process.stderr.write(`eia: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(exitCode);
}

// A reader that stopped reading (`eia export | head -1`) is not a failure: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
  fail(error);
});
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const program = new Command()
  .name('eia')
  .description('Turn published Equality Impact Assessments (PDF, Word, text) into a clean, reviewable dataset.')
  .version('0.1.0')
  .option('--debug', 'on a failure, also print the stack trace (or set EIA_DEBUG=1)')
  .addHelpText(
    'after',
    `
Exit codes:
  0    done: every file processed (or the command succeeded)
  1    nothing could be processed, or the command failed (the message says why);
       eia ingest on paths holding no file to read stops here before creating a store
  2    some files failed (partial failure): see 'eia status'
  3    eia eval --baseline: F1 dropped on a template (the gate failed)
  130  stopped by Ctrl-C or SIGTERM; run the same command again to resume
`,
  );
registerIngest(program);
registerRerun(program);
registerDiff(program);
registerRuns(program);
registerEval(program);
registerExport(program);
registerReport(program);
registerStatus(program);
registerForms(program);
registerShow(program);
registerReview(program);
registerWorker(program);
registerCollect(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  fail(error);
}
