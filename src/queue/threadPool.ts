/**
 * A pool of worker threads in this process (piscina) running the file job. A job that runs
 * past the time limit (per file, renewed for each OCR page) is aborted (its thread is terminated and replaced); a thread that
 * exceeds its heap limit dies and is replaced. Either way the file gets its own failure
 * result and the pool goes on with the rest. The embedded runner and each distributed
 * worker run their jobs here.
 */
import { once } from 'node:events';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { PageProgress } from '../convert/types.js';
import { PageProgressMessage } from './jobContract.js';
import type { ProcessFileInput, ProcessFileResult } from './jobContract.js';
import type { EmbeddedOptions } from './embeddedOptions.js';

export class ThreadPool {
  private readonly pool: Piscina;
  /** Workers whose module graph has loaded (piscina's `workerCreate` fires once a worker is ready). */
  private readonly ready = new Set<number>();

  /** `workerFile`: the compiled worker entry (dist/workers/thread.js) as a file URL. */
  constructor(workerFile: URL, private readonly options: EmbeddedOptions) {
    this.pool = new Piscina({
      filename: workerFile.href,
      // No thread before the first job: a run with nothing to do (a second ingest) must not
      // start one only to terminate it while it loads (see close()).
      minThreads: 0,
      maxThreads: options.threads,
      // An idle thread is ended after a second and started again (about half a second) when
      // work comes: a thread that has read many files holds 100–150 MiB of heap, and at a
      // batch's tail (one long scan left) that idle heap set the run's peak: 644 MiB against
      // 555 on the bad-input mix with tesseract.js (idleTimeout 30 s before).
      idleTimeout: 1_000,
      resourceLimits: { maxOldGenerationSizeMb: options.maxWorkerMemoryMb },
    });
    this.pool.on('workerCreate', (w: { id: number }) => this.ready.add(w.id));
    this.pool.on('workerDestroy', (w: { id: number }) => this.ready.delete(w.id));
  }

  get threads(): number {
    return this.options.threads;
  }

  /**
   * The job's result; rejects only when `signal` stops it (not the file's fault, no result).
   * The time limit covers the file's reading, and each page sent to OCR gets it afresh: a scan
   * takes seconds a page, more on a busy machine, and a ten-page scan that is making progress
   * is not hung. A file stuck anywhere (one page, or a PDF that never finishes) still fails.
   */
  async run(input: ProcessFileInput, signal?: AbortSignal, onPage?: (p: PageProgress) => void): Promise<ProcessFileResult> {
    const started = Date.now();
    const limit = new AbortController();
    let timer = setTimeout(() => limit.abort(), this.options.fileTimeoutMs);
    const combined = signal ? AbortSignal.any([signal, limit.signal]) : limit.signal;
    const channel = new MessageChannel();
    channel.port1.on('message', (m: unknown) => {
      const p = PageProgressMessage.safeParse(m);
      if (!p.success) return;
      if (p.data.stage === 'ocr' && !limit.signal.aborted) {
        clearTimeout(timer);
        timer = setTimeout(() => limit.abort(), this.options.fileTimeoutMs);
      }
      onPage?.(p.data);
    });
    channel.port1.unref();
    try {
      const task = { ...input, progress: channel.port2 };
      return (await this.pool.run(task, { signal: combined, transferList: [channel.port2] })) as ProcessFileResult;
    } catch (error) {
      const ms = Date.now() - started;
      if (signal?.aborted) throw error; // the caller stopped: not the file's fault
      if (limit.signal.aborted) {
        return { kind: 'failed', reason: 'timed-out', message: `processing took longer than ${this.options.fileTimeoutMs} ms (for the file, or for one OCR page)`, retryable: true, ms };
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return { kind: 'failed', reason: 'out-of-memory', message: `processing ran out of the ${this.options.maxWorkerMemoryMb} MiB worker memory limit`, retryable: true, ms };
      }
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { kind: 'failed', reason: 'internal', message: `the worker failed: ${message}`, retryable: true, ms };
    } finally {
      clearTimeout(timer);
      channel.port1.close();
    }
  }

  /**
   * Waits for threads still loading their modules, then terminates them all. Node 20 aborts the
   * whole process ("v8::Module::IsGraphAsync must be used on an instantiated module", exit 134)
   * when a worker is terminated while its ES module graph is being instantiated; a loaded
   * worker, busy or idle, terminates safely.
   */
  async close(): Promise<void> {
    while (this.pool.threads.length > this.ready.size) {
      await Promise.race([once(this.pool, 'workerCreate'), once(this.pool, 'workerDestroy')]);
    }
    await this.pool.destroy();
  }
}
