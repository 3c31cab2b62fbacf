/**
 * Runs jobs on BullMQ workers, on any number of machines. `run` queues a job (id from the
 * content and versions, so duplicates collapse) and resolves when its result comes back
 * through the results queue, which this runner consumes: the ingesting process stays the
 * single writer. Results for jobs nobody here is waiting for (an ingester that died) are
 * handed to `onOrphan` to be stored. Jobs that Redis lost (a restart without persistence)
 * are queued again.
 */
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobRunner, ProcessFileInput, ProcessFileResult } from '../jobContract.js';
import { DEFAULT_DISTRIBUTED_OPTIONS, PROCESS_QUEUE, RESULTS_QUEUE, type DistributedOptions } from './distributedOptions.js';
import { processJobId, resultJobId, ResultJobData, toJobData } from './jobPayload.js';
import { redisConnection } from './redisConnection.js';

interface Waiting {
  input: ProcessFileInput;
  resolve: (r: ProcessFileResult | null) => void;
}

export interface BullmqRunnerOptions {
  redisUrl: string;
  /** Names the versions a job is for (the extractor set key): part of every job id. */
  versions: string;
  /** Stores a result no `run` call is waiting for. */
  onOrphan: (result: ResultJobData) => void;
  options?: Partial<DistributedOptions>;
}

export class BullmqRunner implements JobRunner {
  private readonly options: DistributedOptions;
  private readonly connection: Redis;
  private readonly consumerConnection: Redis;
  private readonly queue: Queue;
  private readonly results: Queue;
  private readonly consumer: Worker;
  private readonly waiting = new Map<string, Waiting>();
  private readonly resend: NodeJS.Timeout;

  constructor(private readonly o: BullmqRunnerOptions) {
    this.options = { ...DEFAULT_DISTRIBUTED_OPTIONS, ...o.options };
    this.connection = redisConnection(o.redisUrl);
    const prefix = this.options.prefix;
    this.queue = new Queue(PROCESS_QUEUE, { connection: this.connection, prefix });
    this.results = new Queue(RESULTS_QUEUE, { connection: this.connection, prefix });
    this.consumerConnection = redisConnection(o.redisUrl);
    this.consumer = new Worker(RESULTS_QUEUE, (job) => this.deliver(job), {
      connection: this.consumerConnection,
      prefix,
      concurrency: 1,
      lockDuration: this.options.lockDurationMs,
    });
    this.resend = setInterval(() => void this.resendLost(), this.options.resendIntervalMs);
  }

  async run(input: ProcessFileInput, signal?: AbortSignal): Promise<ProcessFileResult> {
    signal?.throwIfAborted();
    const id = processJobId(input.sha256, this.o.versions);
    const result = new Promise<ProcessFileResult | null>((resolve) => this.waiting.set(id, { input, resolve }));
    const onAbort = (): void => this.waiting.get(id)?.resolve(null);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await this.clearFailed(id);
      await this.enqueue(id, input);
      const r = await result;
      if (r === null) throw new Error('stopped');
      return r;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.waiting.delete(id);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.resend);
    for (const w of this.waiting.values()) w.resolve(null);
    await this.consumer.close();
    await Promise.all([this.queue.close(), this.results.close()]);
    this.consumerConnection.disconnect();
    this.connection.disconnect();
  }

  /**
   * A job BullMQ gave up on is kept (removeOnFail: 7 days) so its failure can be reported,
   * and a kept id blocks adding it again: a file asked for again (`--retry-failed`) has its
   * old failed job removed first.
   */
  private async clearFailed(id: string): Promise<void> {
    const old = await this.queue.getJob(id);
    if (old && (await old.isFailed())) await old.remove();
  }

  private async enqueue(id: string, input: ProcessFileInput): Promise<void> {
    await this.queue.add('process', toJobData(input), {
      jobId: id,
      attempts: this.options.attempts,
      backoff: { type: 'exponential', delay: this.options.backoffMs },
      removeOnComplete: true,
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  /** The results processor: hands a result to whoever waits for it, and lets it be stored first. */
  private async deliver(job: Job): Promise<void> {
    const data = ResultJobData.parse(job.data);
    const waiter = this.waiting.get(data.jobId);
    if (waiter) {
      waiter.resolve(data.result);
      // The coordinator stores synchronously in the continuation of `run`; let it run
      // before this job is acknowledged, so an acknowledged result is a stored result.
      await new Promise((r) => setImmediate(r));
    } else {
      this.o.onOrphan(data);
    }
  }

  /**
   * Looks after jobs that will never send a result: queued again if Redis no longer knows
   * them (neither queued, running, nor resulted); reported failed if BullMQ gave up on
   * them (a worker killed on every attempt).
   */
  private async resendLost(): Promise<void> {
    for (const [id, w] of this.waiting) {
      try {
        const [job, result] = await Promise.all([this.queue.getJob(id), this.results.getJob(resultJobId(id))]);
        if (!this.waiting.has(id) || result) continue;
        if (!job) {
          await this.enqueue(id, w.input);
        } else if ((await job.getState()) === 'failed') {
          w.resolve({ kind: 'failed', reason: 'internal', message: `every attempt failed: ${job.failedReason}`, retryable: true, ms: 0 });
        }
      } catch {
        // Redis is away; the next round tries again.
      }
    }
  }
}
