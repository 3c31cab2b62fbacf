/**
 * Options of distributed mode (BullMQ on Redis), with their defaults. One place to read
 * what happens to a job when nobody says otherwise.
 */
export interface DistributedOptions {
  /** Key prefix of every queue in Redis. Default "eia". */
  prefix: string;
  /** Attempts per job for errors that may pass (timeouts, lost workers). Default 3. */
  attempts: number;
  /** First retry delay in ms, doubling each attempt. Default 2 000. */
  backoffMs: number;
  /**
   * How long a worker holds a job's lock without renewing it before the job counts as
   * stalled and another worker takes it over (a worker killed mid-job). Default 15 000 ms.
   */
  lockDurationMs: number;
  /** How often workers look for stalled jobs. Default 10 000 ms. */
  stalledIntervalMs: number;
}

export const DEFAULT_DISTRIBUTED_OPTIONS: DistributedOptions = {
  prefix: 'eia',
  attempts: 3,
  backoffMs: 2_000,
  lockDurationMs: 15_000,
  stalledIntervalMs: 10_000,
};

export const PROCESS_QUEUE = 'process';
export const RESULTS_QUEUE = 'results';
