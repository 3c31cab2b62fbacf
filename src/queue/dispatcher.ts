/**
 * The coordinator's half of running jobs, shared by ingest and re-run: at most `window`
 * files in flight, each result stored (one transaction) the moment the runner delivers it,
 * then reported. The one writer to the store is whoever owns the dispatcher.
 */
import type { Db } from '../store/db.js';
import { storeProblemOf } from '../store/storeError.js';
import { storeResult } from './storeResult.js';
import type { PageProgress } from '../convert/types.js';
import type { JobOutcome, JobRunner, ProcessFileInput, ProcessFileResult } from './jobContract.js';

export interface DispatcherOptions {
  db: Db;
  runner: JobRunner;
  runId: number;
  /** Files in flight at once. */
  window: number;
  signal?: AbortSignal;
  /** A re-run's failure leaves what the document already has (its records, its status). */
  keepStoredOnFailure: boolean;
  /** After a file's result is stored. */
  onResult: (path: string, result: ProcessFileResult) => void;
  /** A result that could not be stored because the store itself failed (a full disk): the run stops after it. */
  onStoreFailure?: (path: string, error: unknown) => void;
  /** A file in hand reached another page (embedded threads, or a BullMQ worker's job progress). */
  onPage?: (path: string, progress: PageProgress) => void;
}

export class Dispatcher {
  /** Files handed to the runner and not yet answered, by content → the path they were asked for under. */
  private readonly inFlight = new Map<string, string>();
  private wake: (() => void) | null = null;
  /** The store failure that stopped the run (a full disk): rethrown by drain(), after the jobs in flight are let go. */
  private fatal: unknown = null;

  constructor(private readonly o: DispatcherOptions) {
    o.signal?.addEventListener('abort', () => this.settle(), { once: true });
  }

  async start(): Promise<void> {
    // The runner delivers every result here, one at a time: stored first, then counted.
    await this.o.runner.start((outcome: JobOutcome) => {
      if (this.fatal) return; // nothing more can be stored; the next run redoes it
      try {
        storeResult(this.o.db, outcome.sha256, outcome.result, this.o.runId, this.o.keepStoredOnFailure);
      } catch (error) {
        // The transaction rolled back, so the store is as it was; only the store's own
        // failures stop the run (every later file would fail the same way).
        if (storeProblemOf(error) !== 'disk-full') throw error;
        this.fatal = error;
        const path = this.inFlight.get(outcome.sha256);
        if (path !== undefined) this.o.onStoreFailure?.(path, error);
        this.settle();
        return;
      }
      const path = this.inFlight.get(outcome.sha256);
      if (path === undefined) return; // a result another run left behind: stored, not ours to count
      this.inFlight.delete(outcome.sha256);
      this.o.onResult(path, outcome.result);
      this.settle();
    }, this.o.onPage ? (sha256, p) => {
      const path = this.inFlight.get(sha256);
      if (path !== undefined) this.o.onPage!(path, p);
    } : undefined);
  }

  get stopped(): boolean {
    return this.fatal !== null || (this.o.signal?.aborted ?? false);
  }

  /** Hands one job over once a slot is free; false when stopped first. A job that cannot be handed over fails as `internal`. */
  async submit(input: ProcessFileInput): Promise<boolean> {
    await this.waitForSlot(this.o.window - 1);
    if (this.stopped) return false;
    this.inFlight.set(input.sha256, input.path);
    try {
      await this.o.runner.submit(input);
    } catch (error) {
      if (this.stopped) return false;
      this.inFlight.delete(input.sha256);
      const result: ProcessFileResult = { kind: 'failed', reason: 'internal', message: `the job could not run: ${error instanceof Error ? error.message : String(error)}`, retryable: true, ms: 0 };
      storeResult(this.o.db, input.sha256, result, this.o.runId, this.o.keepStoredOnFailure);
      this.o.onResult(input.path, result);
    }
    return true;
  }

  /** Until every job handed over is answered, or the run is stopped; throws the store failure that stopped it. */
  async drain(): Promise<void> {
    await this.waitForSlot(0);
    if (this.fatal) throw this.fatal;
  }

  private settle(): void {
    this.wake?.();
    this.wake = null;
  }

  private waitForSlot(free: number): Promise<void> {
    if (this.inFlight.size <= free || this.stopped) return Promise.resolve();
    return new Promise<void>((resolve) => (this.wake = resolve)).then(() => this.waitForSlot(free));
  }
}
