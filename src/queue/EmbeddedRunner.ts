/**
 * Runs jobs in this process's worker threads and hands each result to the sink as it comes
 * back. Closing stops the jobs in flight: their files stay pending and are redone next run.
 */
import type { JobRunner, ProcessFileInput, ProgressSink, ResultSink } from './jobContract.js';
import type { EmbeddedOptions } from './embeddedOptions.js';
import { ThreadPool } from './threadPool.js';

export class EmbeddedRunner implements JobRunner {
  private readonly pool: ThreadPool;
  private readonly stop = new AbortController();
  private sink: ResultSink | null = null;
  private onProgress: ProgressSink | undefined;

  /** `workerFile`: the compiled worker entry (dist/workers/thread.js) as a file URL. */
  constructor(workerFile: URL, options: EmbeddedOptions) {
    this.pool = new ThreadPool(workerFile, options);
  }

  async start(sink: ResultSink, onProgress?: ProgressSink): Promise<void> {
    this.sink = sink;
    this.onProgress = onProgress;
  }

  async submit(input: ProcessFileInput): Promise<void> {
    const sink = this.sink;
    if (!sink) throw new Error('EmbeddedRunner: start() before submit()');
    this.stop.signal.throwIfAborted();
    const onProgress = this.onProgress;
    this.pool.run(input, this.stop.signal, onProgress ? (p) => onProgress(input.sha256, p) : undefined).then(
      (result) => {
        if (!this.stop.signal.aborted) sink({ path: input.path, sha256: input.sha256, result });
      },
      () => undefined, // stopped: no result, the file stays pending
    );
  }

  async close(): Promise<void> {
    this.stop.abort();
    await this.pool.close();
  }
}
