#!/usr/bin/env node
/**
 * The `eia` command. Embedded by default (one process, a worker-thread pool, one SQLite
 * file); see README for the distributed mode.
 */
import { Command } from 'commander';
import { registerCollect } from './collectCommand.js';
import { registerExport } from './exportCommand.js';
import { registerIngest } from './ingestCommand.js';
import { registerDiff } from './diffCommand.js';
import { registerEval } from './evalCommand.js';
import { registerReport } from './reportCommand.js';
import { registerRerun } from './rerunCommand.js';
import { registerRuns } from './runsCommand.js';
import { registerStatus } from './statusCommand.js';
import { registerWorker } from './workerCommand.js';

const program = new Command()
  .name('eia')
  .description('Turn published Equality Impact Assessments (PDF, Word, text) into a clean, reviewable dataset.')
  .version('0.1.0');
registerIngest(program);
registerRerun(program);
registerDiff(program);
registerRuns(program);
registerEval(program);
registerExport(program);
registerReport(program);
registerStatus(program);
registerWorker(program);
registerCollect(program);
await program.parseAsync(process.argv);
