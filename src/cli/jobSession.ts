/**
 * What `eia ingest` and `eia rerun` share around their coordinator: the job runner (worker
 * threads here, or BullMQ with `--redis`), Ctrl-C / SIGTERM stopping cleanly (a second one
 * leaves at once), the progress reporter, and closing everything whatever happens.
 */
import { extractorSetKey } from '../../extractors/registry.js';
import { EmbeddedRunner } from '../queue/EmbeddedRunner.js';
import type { JobRunner } from '../queue/jobContract.js';
import type { IngestEvent } from '../queue/ingestOptions.js';
import type { IngestSummary } from '../queue/runSummary.js';
import { embeddedOptionsFrom } from './parseOptions.js';
import { ProgressReporter } from './progressReporter.js';

export interface JobCliOptions {
  redis?: string;
  window?: number;
  threads?: number;
  timeout?: number;
  workerMemoryMb?: number;
  /** Keep stdout for one machine-readable summary: no per-file lines there. */
  quietStdout?: boolean;
}

export interface JobSession {
  runner: JobRunner;
  signal: AbortSignal;
  window: number;
  onEvent: (e: IngestEvent) => void;
  progress: ProgressReporter;
}

/** Exit codes of a run: documented in `eia --help`. */
export const EXIT = { ok: 0, nothingProcessed: 1, partialFailure: 2, stopped: 130 } as const;

export async function withJobs<T extends IngestSummary>(opts: JobCliOptions, what: string, run: (s: JobSession) => Promise<T>): Promise<T> {
  const embedded = embeddedOptionsFrom(opts);
  // BullMQ and ioredis are loaded only in distributed mode.
  const runner: JobRunner = opts.redis
    ? new (await import('../queue/distributed/BullmqRunner.js')).BullmqRunner({ redisUrl: opts.redis, versions: extractorSetKey() })
    : new EmbeddedRunner(new URL('../../workers/thread.js', import.meta.url), embedded);
  const stop = new AbortController();
  const onSignal = (): void => {
    if (stop.signal.aborted) process.exit(EXIT.stopped); // a second Ctrl-C: leave now
    process.stderr.write(`\nstopping: finishing nothing new; ${what} in flight will be redone next run\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = new ProgressReporter(process.stderr, opts.quietStdout ? null : process.stdout);
  try {
    return await run({ runner, signal: stop.signal, window: opts.window ?? (opts.redis ? 64 : embedded.threads * 2), onEvent: progress.onEvent, progress });
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await runner.close();
  }
}

/** 0 all processed, 2 some failed, 1 none could be, 130 stopped. */
export function exitCodeOf(s: IngestSummary): number {
  if (s.stopped) return EXIT.stopped;
  const processed = s.extracted + s.notEia + s.emptyForm + s.skipped;
  if (processed === 0 && s.failed > 0) return EXIT.nothingProcessed;
  return s.failed > 0 ? EXIT.partialFailure : EXIT.ok;
}
