/**
 * The distributed worker (`eia worker --redis …`): takes file jobs from BullMQ, runs each in
 * this machine's worker-thread pool (so pdf.js never blocks the event loop that renews job
 * locks), and sends the result back through the results queue. Stateless: any number run
 * on any machines. Failures that can never pass (a corrupt or encrypted file) are results,
 * sent at once; failures that may pass (a timeout) are retried with backoff, and sent as
 * results only when the last attempt fails too. Page progress goes back as BullMQ job
 * progress, so the ingester's bar moves during a long file as in embedded mode.
 */
import { Queue, Worker, type Job } from 'bullmq';
import type { PageProgress } from '../src/convert/types.js';
import { ThreadPool } from '../src/queue/threadPool.js';
import type { EmbeddedOptions } from '../src/queue/embeddedOptions.js';
import { DEFAULT_DISTRIBUTED_OPTIONS, PROCESS_QUEUE, RESULTS_QUEUE, type DistributedOptions } from '../src/queue/distributed/distributedOptions.js';
import { fromJobData, resultJobId, type ResultJobData } from '../src/queue/distributed/jobPayload.js';
import { redisConnection } from '../src/queue/distributed/redisConnection.js';

export interface WorkerHandle {
  close(): Promise<void>;
}

/** Least time between two page reports of one job: a text PDF reads 200 pages/s, and each report is a Redis round trip. */
const PAGE_REPORT_MS = 100;

/**
 * The job's page progress, told to the ingester through BullMQ (`job.updateProgress`, which
 * its QueueEvents hears), as the embedded pool tells its bar: at most every PAGE_REPORT_MS,
 * and always the last page. Fire and forget: a lost report only makes the bar lag.
 */
function pageReporter(job: Job): (p: PageProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < PAGE_REPORT_MS && p.page < p.of) return;
    last = now;
    job.updateProgress({ stage: p.stage, page: p.page, of: p.of }).catch(() => {});
  };
}

export function startBullmqWorker(redisUrl: string, pool: EmbeddedOptions, options: Partial<DistributedOptions> = {}, log: (line: string) => void = () => {}): WorkerHandle {
  const o = { ...DEFAULT_DISTRIBUTED_OPTIONS, ...options };
  const runner = new ThreadPool(new URL('./thread.js', import.meta.url), pool);
  const resultsConnection = redisConnection(redisUrl);
  const workerConnection = redisConnection(redisUrl);
  const results = new Queue(RESULTS_QUEUE, { connection: resultsConnection, prefix: o.prefix });

  const processJob = async (job: Job): Promise<string> => {
    const input = fromJobData(job.data);
    const result = await runner.run(input, undefined, pageReporter(job));
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (result.kind === 'failed' && result.retryable && !lastAttempt) {
      throw new Error(`${result.reason}: ${result.message}`); // BullMQ retries with backoff
    }
    const id = job.id!;
    const data: ResultJobData = { jobId: id, path: input.path, sha256: input.sha256, result };
    await results.add('result', data, { jobId: resultJobId(id), removeOnComplete: true, attempts: 5, backoff: { type: 'exponential', delay: 1_000 } });
    log(`${result.kind === 'done' ? result.status : `failed (${result.reason})`}  ${input.path}`);
    return result.kind;
  };

  const worker = new Worker(PROCESS_QUEUE, processJob, {
    connection: workerConnection,
    prefix: o.prefix,
    concurrency: pool.threads,
    lockDuration: o.lockDurationMs,
    stalledInterval: o.stalledIntervalMs,
    maxStalledCount: o.attempts,
  });
  worker.on('error', (e) => log(`redis: ${e.message}`));
  // The same connection failures, already reported by the worker: without a listener BullMQ
  // prints each with its stack trace.
  results.on('error', () => {});

  return {
    async close() {
      await worker.close();
      await results.close();
      await runner.close();
      workerConnection.disconnect();
      resultsConnection.disconnect();
    },
  };
}
