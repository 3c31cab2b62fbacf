/**
 * The one place results come out of Redis: a BullMQ Worker on the results queue (one job at
 * a time) whose processor hands each result to the sink, which stores it, and only then
 * returns, so BullMQ completes (and removes) a result only once it is stored. A crash
 * between the two leaves the result in Redis to be stored again, never lost. Used by the
 * ingester while it runs and by `eia collect` after.
 */
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ResultSink } from '../jobContract.js';
import { RESULTS_QUEUE, type DistributedOptions } from './distributedOptions.js';
import { ResultJobData } from './jobPayload.js';
import { redisConnection } from './redisConnection.js';

export class ResultsConsumer {
  private readonly connection: Redis;
  readonly worker: Worker;
  /** Resolves the first time the results queue has nothing waiting (all there was is stored). */
  readonly drained: Promise<void>;

  /** `onStored`: after the sink has stored a result, with the process job it answered. */
  constructor(redisUrl: string, options: DistributedOptions, sink: ResultSink, onStored: (data: ResultJobData) => void = () => {}) {
    this.connection = redisConnection(redisUrl);
    this.worker = new Worker(
      RESULTS_QUEUE,
      async (job: Job) => {
        const data = ResultJobData.parse(job.data);
        sink({ path: data.path, sha256: data.sha256, result: data.result });
        onStored(data);
      },
      { connection: this.connection, prefix: options.prefix, concurrency: 1, lockDuration: options.lockDurationMs },
    );
    // Attached before the worker's first fetch can answer, so the first drain is never missed.
    this.drained = new Promise((resolve) => this.worker.once('drained', () => resolve()));
  }

  async close(): Promise<void> {
    await this.worker.close();
    this.connection.disconnect();
  }
}
