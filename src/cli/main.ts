#!/usr/bin/env node
/**
 * The `eia` command. Embedded by default (one process, a worker-thread pool, one SQLite
 * file); see README for the distributed mode. Every failure ends here as one line on stderr
 * and an exit code (reportError.ts); a stack trace only with --debug or EIA_DEBUG=1.
 */
import { Command } from 'commander';
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
// Each command's module (and what it pulls in: the review server, report charts, BullMQ…)
// is loaded only when that command runs; help and unknown commands load them all.
const COMMANDS: Record<string, () => Promise<(p: Command) => void>> = {
  ingest: async () => (await import('./ingestCommand.js')).registerIngest,
  rerun: async () => (await import('./rerunCommand.js')).registerRerun,
  diff: async () => (await import('./diffCommand.js')).registerDiff,
  runs: async () => (await import('./runsCommand.js')).registerRuns,
  eval: async () => (await import('./evalCommand.js')).registerEval,
  export: async () => (await import('./exportCommand.js')).registerExport,
  report: async () => (await import('./reportCommand.js')).registerReport,
  status: async () => (await import('./statusCommand.js')).registerStatus,
  forms: async () => (await import('./formsCommand.js')).registerForms,
  show: async () => (await import('./showCommand.js')).registerShow,
  review: async () => (await import('./reviewCommand.js')).registerReview,
  worker: async () => (await import('./workerCommand.js')).registerWorker,
  collect: async () => (await import('./collectCommand.js')).registerCollect,
};
const named = process.argv.slice(2).find((a) => !a.startsWith('-'));
const wanted = named !== undefined && named in COMMANDS ? [named] : Object.keys(COMMANDS);
// Registered in the order above, whichever are loaded, so help lists them the same way.
for (const name of Object.keys(COMMANDS).filter((n) => wanted.includes(n))) (await COMMANDS[name]!())(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  fail(error);
}
