/**
 * `eia ingest <file|dir>...`: processes files into the store with an in-process worker pool
 * (or, with --redis, through BullMQ workers on any machines, this process staying the one
 * writer to SQLite: a second writer is refused, or waits with --wait), shows progress, and
 * ends with a per-file summary (or, with --json, one summary object). Exit code: 0 when
 * every file was processed, 2 when some failed (partial failure), 1 when nothing could be
 * (and, before any store is created, when the paths hold nothing to read).
 */
import type { Command } from 'commander';
import { extractorSetKey, installedExtraction } from '../../extractors/registry.js';
import { DEFAULT_EMBEDDED_OPTIONS } from '../queue/embeddedOptions.js';
import { ingestFiles, type IngestSummary } from '../queue/ingestFiles.js';
import { DEFAULT_INGEST_LIMITS } from '../queue/ingestOptions.js';
import { existsSync, lstatSync } from 'node:fs';
import { walkAll, type WalkedInputs } from '../queue/walkInputs.js';
import { collect, selectionOf } from './inputSelection.js';
import { openWriter } from './openWriter.js';
import { asStoreError, StoreError } from '../store/storeError.js';
import { failedPaths } from '../store/readStore.js';
import { converterSetKey } from '../convert/convertDocument.js';
import { INGESTIBLE_EXTENSIONS } from '../convert/detectFormat.js';
import { codeRevision } from './codeRevision.js';
import { CliError } from './cliError.js';
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
  wait?: boolean;
  json?: boolean;
  include?: string[];
  exclude?: string[];
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('convert and extract EIA files (pdf, docx, txt; folders are walked recursively) into the store')
    .argument('[paths...]', 'files or folders to ingest')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--threads <n>', `worker threads (default: ${DEFAULT_EMBEDDED_OPTIONS.threads}, one per core)`, positiveInt)
    .option('--timeout <seconds>', `per-file time limit in seconds, renewed for each OCR page (default: ${DEFAULT_EMBEDDED_OPTIONS.fileTimeoutMs / 1000})`, positiveInt)
    .option('--max-file-mb <n>', `refuse files larger than this (default: ${DEFAULT_INGEST_LIMITS.maxFileBytes / 2 ** 20})`, positiveInt)
    .option('--max-pages <n>', `refuse PDFs with more pages (default: ${DEFAULT_INGEST_LIMITS.maxPages})`, positiveInt)
    .option('--worker-memory-mb <n>', `heap limit per worker (default: ${DEFAULT_EMBEDDED_OPTIONS.maxWorkerMemoryMb})`, positiveInt)
    .option('--retry-failed', 'also redo files whose last attempt failed (with no paths: every failed file in the store)')
    .option('--redis <url>', 'distributed mode: queue the files on BullMQ for `eia worker` processes (e.g. redis://host:6379)')
    .option('--window <n>', 'files in flight at once (default: twice the threads; 64 with --redis)', positiveInt)
    .option('--shared-storage', 'with --redis: workers read files by path (shared storage) instead of receiving their bytes')
    .option('--include <glob>', 'only files matching this glob (repeatable; `*.pdf` matches names, `2023/**` paths below the folder given)', collect)
    .option('--exclude <glob>', 'leave out files matching this glob (repeatable; e.g. --exclude "drafts/**" --exclude "~$*")', collect)
    .option('--wait', 'when another process is writing to the store, wait for it instead of refusing')
    .option('--json', 'print the final summary as one JSON object on stdout (no per-file lines there; progress stays on stderr)')
    .action(async (paths: string[], opts: IngestCliOptions) => {
      process.exitCode = await runIngest(paths, opts);
    });
}

async function runIngest(paths: string[], opts: IngestCliOptions): Promise<number> {
  if (paths.length === 0 && !opts.retryFailed) throw new CliError('nothing to ingest — give files or folders (eia ingest samples/)');
  refuseMissing(paths);
  // Walked before the store is opened: a batch with nothing to read creates and stores nothing.
  const select = selectionOf({ include: opts.include ?? [], exclude: opts.exclude ?? [] });
  const walked = paths.length > 0 ? await walkAll(paths, select) : null;
  if (walked && walked.entries.length === 0) refuseEmpty(paths, walked, opts.json ?? false);
  if (!walked && !existsSync(opts.db)) throw new StoreError('missing', opts.db); // --retry-failed on no store
  const store = await openWriter(opts.db, 'eia ingest', opts.wait);
  const db = store.db;
  try {
    if (store.waited) process.stderr.write(`eia: the other writer on ${opts.db} finished; going on\n`);
    const inputs = paths.length > 0 ? paths : failedPaths(db);
    if (inputs.length === 0) {
      process.stderr.write('no failed files to retry\n');
      return EXIT.ok;
    }
    const summary = await withJobs({ ...opts, quietStdout: opts.json ?? false }, 'files', (s) =>
      ingestFiles(inputs, {
        db,
        runner: s.runner,
        limits: {
          ...DEFAULT_INGEST_LIMITS,
          ...(opts.maxFileMb ? { maxFileBytes: opts.maxFileMb * 2 ** 20 } : {}),
          ...(opts.maxPages ? { maxPages: opts.maxPages } : {}),
        },
        extractedWith: extractorSetKey(),
        installed: installedExtraction(),
        converters: converterSetKey(),
        revision: codeRevision(),
        window: s.window,
        retryFailed: opts.retryFailed ?? false,
        sendBytes: opts.redis !== undefined && !opts.sharedStorage,
        signal: s.signal,
        onEvent: s.onEvent,
        ...(walked ? { walked } : {}),
      }).then((summary) => {
        if (opts.json) process.stdout.write(`${JSON.stringify({ ...summary, db: opts.db, waited: store.waited, exitCode: ingestExitCode(summary) })}\n`);
        else printSummary(s.progress, summary, opts.db);
        return summary;
      }),
    ).catch((error: unknown) => {
      throw asStoreError(error, opts.db);
    });
    return ingestExitCode(summary);
  } finally {
    store.close();
  }
}

function ingestExitCode(summary: IngestSummary): number {
  return summary.seen === 0 ? EXIT.nothingProcessed : exitCodeOf(summary);
}

/**
 * A path that does not exist at all is a typo, not a file to remember as unreadable: refused
 * before any store is created. (A dangling link does exist, and is stored as unreadable.)
 */
function refuseMissing(paths: readonly string[]): void {
  const missing = paths.filter((p) => {
    try {
      lstatSync(p);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 1) throw new CliError(`no such file or folder: ${missing[0]} — check the path`);
  if (missing.length > 1) throw new CliError(`no such files or folders: ${missing.join(', ')} — check the paths`);
}

/**
 * Nothing to read in the paths given (an empty folder, only kinds eia has no reader for, or
 * all left out by the globs): one line saying what was skipped, exit 1, and no store.
 */
function refuseEmpty(paths: readonly string[], walked: WalkedInputs, json: boolean): never {
  const why = [ignoredText(walked), excludedText(walked)].filter(Boolean).join('; ') || 'nothing in it';
  const message = `no files to ingest in ${paths.join(', ')} (${why}) — eia reads ${INGESTIBLE_EXTENSIONS.map((e) => `.${e}`).join(' ')}`;
  if (json) process.stdout.write(`${JSON.stringify({ seen: 0, ignored: walked.ignored, excluded: walked.excluded, exitCode: EXIT.nothingProcessed, error: message })}\n`);
  throw new CliError(message, EXIT.nothingProcessed);
}

function excludedText(s: Pick<IngestSummary, 'excluded'>): string {
  return s.excluded ? `${s.excluded} left out by --include/--exclude` : '';
}

function ignoredText(s: Pick<IngestSummary, 'ignored'>): string {
  const ignored = Object.entries(s.ignored).sort((a, b) => b[1] - a[1]);
  const count = ignored.reduce((n, [, c]) => n + c, 0);
  return count ? `${count} skipped: ${ignored.map(([ext, n]) => `${ext} ×${n}`).join(', ')}` : '';
}

export function printSummary(progress: ProgressReporter, s: IngestSummary, dbPath: string, already = 'already in the store'): void {
  const ignored = ignoredText(s);
  progress.line(
    `\n${s.seen} files: ${s.extracted} extracted (${s.records} records), ${s.notEia} not EIA, ${s.emptyForm} empty forms, ` +
      `${s.failed} failed, ${s.skipped} ${already}${s.stopped ? ' — stopped early' : ''}` +
      (ignored ? `\n${ignored} (no reader for these kinds of file)` : '') +
      (s.excluded ? `\n${excludedText(s)}` : '') +
      // Text exports and web pages have no pages: a rate of "0 pages at 0.0 pages/s" would read as nothing done.
      `\n${s.pages > 0 ? `${s.pages} pages at ${progress.pagesPerSecond.toFixed(1)} pages/s` : 'no paged files (text and web pages have no pages)'}; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB; store: ${dbPath}`,
  );
}
