/**
 * `eia worker --redis URL`: a distributed worker. Run any number, on any machines that can
 * reach Redis (and read the files, with `ingest --shared-storage`). Stops cleanly on Ctrl-C
 * or SIGTERM, finishing the jobs in hand.
 */
import type { Command } from 'commander';
import { startBullmqWorker } from '../../workers/bullmqWorker.js';
import { DEFAULT_EMBEDDED_OPTIONS } from '../queue/embeddedOptions.js';
import { DEFAULT_DISTRIBUTED_OPTIONS } from '../queue/distributed/distributedOptions.js';
import { embeddedOptionsFrom, positiveInt } from './parseOptions.js';

interface WorkerCliOptions {
  redis: string;
  concurrency?: number;
  timeout?: number;
  workerMemoryMb?: number;
  lockMs?: number;
  stalledMs?: number;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process files queued by `eia ingest --redis` (distributed mode)')
    .requiredOption('--redis <url>', 'Redis holding the queues, e.g. redis://host:6379')
    .option('--concurrency <n>', `files at once (default: ${DEFAULT_EMBEDDED_OPTIONS.threads}, one per core)`, positiveInt)
    .option('--timeout <seconds>', `per-file time limit (default: ${DEFAULT_EMBEDDED_OPTIONS.fileTimeoutMs / 1000})`, positiveInt)
    .option('--worker-memory-mb <n>', `heap limit per file (default: ${DEFAULT_EMBEDDED_OPTIONS.maxWorkerMemoryMb})`, positiveInt)
    .option('--lock-ms <n>', `job lock; a job whose worker died is retaken after this (default: ${DEFAULT_DISTRIBUTED_OPTIONS.lockDurationMs})`, positiveInt)
    .option('--stalled-ms <n>', `how often to look for jobs whose worker died (default: ${DEFAULT_DISTRIBUTED_OPTIONS.stalledIntervalMs})`, positiveInt)
    .action(async (opts: WorkerCliOptions) => {
      const pool = embeddedOptionsFrom({ ...opts, threads: opts.concurrency });
      const threads = pool.threads;
      const handle = startBullmqWorker(
        opts.redis,
        pool,
        {
          ...(opts.lockMs ? { lockDurationMs: opts.lockMs } : {}),
          ...(opts.stalledMs ? { stalledIntervalMs: opts.stalledMs } : {}),
        },
        (line) => process.stdout.write(`${line}\n`),
      );
      process.stderr.write(`worker: ${threads} at a time from ${opts.redis}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      process.stderr.write('worker: stopping after the jobs in hand\n');
      await handle.close();
      process.stderr.write(`worker: stopped; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB\n`);
    });
}
