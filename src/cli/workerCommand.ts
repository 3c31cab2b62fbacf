/**
 * `eia worker --redis URL`: a distributed worker. Run any number, on any machines that can
 * reach Redis (and read the files, with `ingest --shared-storage`). On Ctrl-C or SIGTERM it
 * finishes the jobs in hand and exits, within `--grace` seconds whether or not Redis answers:
 * past that it leaves, and a job it held is retaken by another worker once its lock lapses
 * (`--lock-ms`), so nothing is lost. A second Ctrl-C/SIGTERM leaves at once.
 */
import type { Command } from 'commander';
import { DEFAULT_EMBEDDED_OPTIONS } from '../queue/embeddedOptions.js';
import { DEFAULT_DISTRIBUTED_OPTIONS } from '../queue/distributed/distributedOptions.js';
import { EXIT } from './jobSession.js';
import { embeddedOptionsFrom, positiveInt } from './parseOptions.js';

interface WorkerCliOptions {
  redis: string;
  concurrency?: number;
  timeout?: number;
  workerMemoryMb?: number;
  lockMs?: number;
  stalledMs?: number;
  grace: number;
}

const DEFAULT_GRACE_S = 10;

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process files queued by `eia ingest --redis` (distributed mode)')
    .requiredOption('--redis <url>', 'Redis holding the queues, e.g. redis://host:6379')
    .option('--concurrency <n>', `files at once (default: ${DEFAULT_EMBEDDED_OPTIONS.threads}, one per core)`, positiveInt)
    .option('--timeout <seconds>', `per-file time limit in seconds, renewed for each OCR page (default: ${DEFAULT_EMBEDDED_OPTIONS.fileTimeoutMs / 1000})`, positiveInt)
    .option('--worker-memory-mb <n>', `heap limit per file (default: ${DEFAULT_EMBEDDED_OPTIONS.maxWorkerMemoryMb})`, positiveInt)
    .option('--lock-ms <n>', `job lock; a job whose worker died is retaken after this (default: ${DEFAULT_DISTRIBUTED_OPTIONS.lockDurationMs})`, positiveInt)
    .option('--stalled-ms <n>', `how often to look for jobs whose worker died (default: ${DEFAULT_DISTRIBUTED_OPTIONS.stalledIntervalMs})`, positiveInt)
    .option('--grace <seconds>', `on SIGTERM/Ctrl-C, how long to finish the jobs in hand before leaving (default: ${DEFAULT_GRACE_S})`, positiveInt, DEFAULT_GRACE_S)
    .action(async (opts: WorkerCliOptions) => {
      const pool = embeddedOptionsFrom({ ...opts, threads: opts.concurrency });
      const threads = pool.threads;
      // BullMQ and ioredis are loaded only by the command that needs them.
      const { startBullmqWorker } = await import('../../workers/bullmqWorker.js');
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
      let stopping = false;
      await new Promise<void>((resolve) => {
        const stop = (signal: NodeJS.Signals): void => {
          if (stopping) {
            process.stderr.write(`worker: ${signal} again: leaving now; jobs in hand are retaken by another worker after their lock lapses\n`);
            process.exit(EXIT.stopped);
          }
          stopping = true;
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      process.stderr.write(`worker: stopping: finishing the jobs in hand (at most ${opts.grace} s; Ctrl-C again to leave now)\n`);
      const finished = await Promise.race([
        handle.close().then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), opts.grace * 1000).unref()),
      ]);
      if (!finished) {
        process.stderr.write(`worker: could not finish within ${opts.grace} s (is Redis answering?); leaving: jobs in hand are retaken by another worker after their lock lapses\n`);
        process.exit(EXIT.stopped);
      }
      process.stderr.write(`worker: stopped; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB\n`);
      process.exit(EXIT.ok); // a Redis client still retrying must not keep the process alive
    });
}
