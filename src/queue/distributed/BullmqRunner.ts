/**
 * Runs jobs on BullMQ workers, on any number of machines. `submit` queues a file's job (its
 * id from the content and the versions, so a file is never queued twice for them); results
 * come back through the results queue, which this process consumes and stores as they
 * arrive (ResultsConsumer): the ingester stays the one writer. Workers' page progress comes
 * back through QueueEvents, for the bar. Two things can stop a result
 * from ever coming, and both are answered by events, not by polling:
 *   - BullMQ gives up on a job (its workers died on every attempt): QueueEvents reports it
 *     `failed`, and a failure result is queued for it like any other result;
 *   - Redis restarts and forgets its queues: when the connection is ready again, the jobs
 *     this run submitted that Redis no longer knows (neither queued nor answered) are queued
 *     again.
 */
import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { PageProgressMessage, type JobRunner, type ProcessFileInput, type ProgressSink, type ResultSink } from '../jobContract.js';
import { DEFAULT_DISTRIBUTED_OPTIONS, PROCESS_QUEUE, RESULTS_QUEUE, type DistributedOptions } from './distributedOptions.js';
import { processJobId, resultJobId, toJobData, type ResultJobData } from './jobPayload.js';
import { redisConnection } from './redisConnection.js';
import { ResultsConsumer } from './resultsConsumer.js';

export interface BullmqRunnerOptions {
  redisUrl: string;
  /** Names the versions a job is for (the extractor set key): part of every job id. */
  versions: string;
  options?: Partial<DistributedOptions>;
}

export class BullmqRunner implements JobRunner {
  private readonly options: DistributedOptions;
  private readonly connection: Redis;
  private readonly queue: Queue;
  private readonly results: Queue;
  private events: QueueEvents | null = null;
  private eventsConnection: Redis | null = null;
  private consumer: ResultsConsumer | null = null;
  /** Jobs this run submitted whose result has not been stored yet: what a Redis restart may have lost. */
  private readonly unanswered = new Map<string, ProcessFileInput>();
  private everReady = false;
  private sink: ResultSink | null = null;
  private onProgress: ProgressSink | undefined;

  constructor(private readonly o: BullmqRunnerOptions) {
    this.options = { ...DEFAULT_DISTRIBUTED_OPTIONS, ...o.options };
    this.connection = redisConnection(o.redisUrl);
    this.queue = new Queue(PROCESS_QUEUE, { connection: this.connection, prefix: this.options.prefix });
    this.results = new Queue(RESULTS_QUEUE, { connection: this.connection, prefix: this.options.prefix });
    this.connection.on('ready', () => {
      if (this.everReady) void this.requeueLost();
      this.everReady = true;
    });
  }

  async start(sink: ResultSink, onProgress?: ProgressSink): Promise<void> {
    this.sink = sink;
    this.onProgress = onProgress;
    if (this.consumer) return;
    this.consumer = new ResultsConsumer(this.o.redisUrl, this.options, (outcome) => this.sink?.(outcome), (data: ResultJobData) => this.unanswered.delete(data.jobId));
    this.eventsConnection = redisConnection(this.o.redisUrl);
    this.events = new QueueEvents(PROCESS_QUEUE, { connection: this.eventsConnection, prefix: this.options.prefix });
    this.events.on('failed', ({ jobId, failedReason }) => void this.answerFailed(jobId, failedReason));
    // A worker's page progress (job.updateProgress): only this run's jobs, only page reports.
    this.events.on('progress', ({ jobId, data }) => {
      const input = this.unanswered.get(jobId);
      const page = PageProgressMessage.safeParse(data);
      if (input && page.success) this.onProgress?.(input.sha256, page.data);
    });
    await this.events.waitUntilReady();
  }

  async submit(input: ProcessFileInput): Promise<void> {
    const id = processJobId(input.sha256, this.o.versions);
    this.unanswered.set(id, input);
    await this.clearFailed(id);
    await this.enqueue(id, input);
  }

  async close(): Promise<void> {
    await this.consumer?.close();
    await this.events?.close();
    this.eventsConnection?.disconnect();
    await Promise.all([this.queue.close(), this.results.close()]);
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

  /** A job of this run that BullMQ gave up on: its failure goes through the results queue like any result. */
  private async answerFailed(jobId: string, failedReason: string): Promise<void> {
    const input = this.unanswered.get(jobId);
    if (!input) return; // another run's job: its own ingester (or `eia collect`) answers it
    const data: ResultJobData = {
      jobId,
      path: input.path,
      sha256: input.sha256,
      result: { kind: 'failed', reason: 'internal', message: `every attempt failed: ${failedReason}`, retryable: true, ms: 0 },
    };
    try {
      await this.results.add('result', data, { jobId: resultJobId(jobId), removeOnComplete: true });
    } catch {
      // Redis is away: the job stays failed in Redis; the next run's --retry-failed or requeue answers it.
    }
  }

  /** After a reconnect: queue again every job of this run that Redis neither holds nor has answered. */
  private async requeueLost(): Promise<void> {
    for (const [id, input] of this.unanswered) {
      try {
        const [job, result] = await Promise.all([this.queue.getJob(id), this.results.getJob(resultJobId(id))]);
        if (!job && !result && this.unanswered.has(id)) await this.enqueue(id, input);
      } catch {
        return; // Redis went away again: the next 'ready' tries again
      }
    }
  }
}
