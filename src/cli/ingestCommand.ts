/**
 * `eia ingest <file|dir>...`: processes files into the store with an in-process worker pool
 * (or, with --redis, through BullMQ workers on any machines, this process staying the one
 * writer to SQLite), shows progress, and ends with a per-file summary. Exit code: 0 when every file was processed, 2 when some failed (partial failure),
 * 1 when nothing could be processed.
 */
import type { Command } from 'commander';
import { extractorSetKey } from '../../extractors/registry.js';
import { DEFAULT_EMBEDDED_OPTIONS } from '../queue/embeddedOptions.js';
import { ingestFiles, type IngestSummary } from '../queue/ingestFiles.js';
import { DEFAULT_INGEST_LIMITS } from '../queue/ingestOptions.js';
import { openDatabase } from '../store/openStore.js';
import { failedPaths } from '../store/readStore.js';
import { converterSetKey } from '../convert/convertDocument.js';
import { codeRevision } from './codeRevision.js';
import { EXIT, exitCodeOf, withJobs } from './jobSession.js';
import type { ProgressReporter } from './progressReporter.js';
import { positiveInt } from './parseOptions.js';

interface IngestCliOptions {
  db: string;
  redis?: string;
  window?: number;
  sharedStorage?: boolean;
  threads?: number;
  timeout?: number;
  maxFileMb?: number;
  maxPages?: number;
  workerMemoryMb?: number;
  retryFailed?: boolean;
}


export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('convert and extract EIA files (pdf, docx, txt; folders are walked recursively) into the store')
    .argument('[paths...]', 'files or folders to ingest')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--threads <n>', `worker threads (default: ${DEFAULT_EMBEDDED_OPTIONS.threads}, one per core)`, positiveInt)
    .option('--timeout <seconds>', `per-file time limit (default: ${DEFAULT_EMBEDDED_OPTIONS.fileTimeoutMs / 1000})`, positiveInt)
    .option('--max-file-mb <n>', `refuse files larger than this (default: ${DEFAULT_INGEST_LIMITS.maxFileBytes / 2 ** 20})`, positiveInt)
    .option('--max-pages <n>', `refuse PDFs with more pages (default: ${DEFAULT_INGEST_LIMITS.maxPages})`, positiveInt)
    .option('--worker-memory-mb <n>', `heap limit per worker (default: ${DEFAULT_EMBEDDED_OPTIONS.maxWorkerMemoryMb})`, positiveInt)
    .option('--retry-failed', 'also redo files whose last attempt failed (with no paths: every failed file in the store)')
    .option('--redis <url>', 'distributed mode: queue the files on BullMQ for `eia worker` processes (e.g. redis://host:6379)')
    .option('--window <n>', 'files in flight at once (default: twice the threads; 64 with --redis)', positiveInt)
    .option('--shared-storage', 'with --redis: workers read files by path (shared storage) instead of receiving their bytes')
    .action(async (paths: string[], opts: IngestCliOptions) => {
      process.exitCode = await runIngest(paths, opts);
    });
}

async function runIngest(paths: string[], opts: IngestCliOptions): Promise<number> {
  const db = openDatabase(opts.db);
  try {
    const inputs = paths.length > 0 ? paths : opts.retryFailed ? failedPaths(db) : [];
    if (inputs.length === 0) {
      process.stderr.write(opts.retryFailed ? 'no failed files to retry\n' : 'nothing to ingest: give files or folders\n');
      return opts.retryFailed ? EXIT.ok : EXIT.nothingProcessed;
    }
    const summary = await withJobs(opts, 'files', (s) =>
      ingestFiles(inputs, {
        db,
        runner: s.runner,
        limits: {
          ...DEFAULT_INGEST_LIMITS,
          ...(opts.maxFileMb ? { maxFileBytes: opts.maxFileMb * 2 ** 20 } : {}),
          ...(opts.maxPages ? { maxPages: opts.maxPages } : {}),
        },
        extractedWith: extractorSetKey(),
        converters: converterSetKey(),
        revision: codeRevision(),
        window: s.window,
        retryFailed: opts.retryFailed ?? false,
        sendBytes: opts.redis !== undefined && !opts.sharedStorage,
        signal: s.signal,
        onEvent: s.onEvent,
      }).then((summary) => {
        printSummary(s.progress, summary, opts.db);
        return summary;
      }),
    );
    if (summary.seen === 0) return EXIT.nothingProcessed;
    return exitCodeOf(summary);
  } finally {
    db.close();
  }
}

export function printSummary(progress: ProgressReporter, s: IngestSummary, dbPath: string, already = 'already in the store'): void {
  const ignored = Object.entries(s.ignored).sort((a, b) => b[1] - a[1]);
  const ignoredCount = ignored.reduce((n, [, c]) => n + c, 0);
  progress.line(
    `\n${s.seen} files: ${s.extracted} extracted (${s.records} records), ${s.notEia} not EIA, ${s.emptyForm} empty forms, ` +
      `${s.failed} failed, ${s.skipped} ${already}${s.stopped ? ' — stopped early' : ''}` +
      (ignoredCount ? `\n${ignoredCount} skipped: ${ignored.map(([ext, n]) => `${ext} ×${n}`).join(', ')} (no reader for these kinds of file)` : '') +
      `\n${s.pages} pages at ${progress.pagesPerSecond.toFixed(1)} pages/s; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB; store: ${dbPath}`,
  );
}
