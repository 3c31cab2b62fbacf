/**
 * `eia rerun`: re-extracts stored documents with the extractors installed now, from their
 * cached layouts (converting again only where a converter's version changed), in either
 * mode, with progress, resumable after Ctrl-C. Every re-run is a run (`eia runs`), and
 * `eia diff` shows what it changed.
 */
import type { Command } from 'commander';
import { extractorSetKey, installedExtraction } from '../../extractors/registry.js';
import { converterSetKey } from '../convert/convertDocument.js';
import { DEFAULT_EMBEDDED_OPTIONS } from '../queue/embeddedOptions.js';
import { DEFAULT_INGEST_LIMITS } from '../queue/ingestOptions.js';
import { rerunDocuments, type RerunSummary } from '../queue/rerunDocuments.js';
import { openWriter } from './openWriter.js';
import { asStoreError } from '../store/storeError.js';
import { codeRevision } from './codeRevision.js';
import { printSummary } from './ingestCommand.js';
import { exitCodeOf, withJobs, type JobCliOptions } from './jobSession.js';
import { positiveInt } from './parseOptions.js';

interface RerunCliOptions extends JobCliOptions {
  db: string;
  template?: string;
  all?: boolean;
  since?: number;
  sharedStorage?: boolean;
  json?: boolean;
  wait?: boolean;
}

export function registerRerun(program: Command): void {
  program
    .command('rerun')
    .description('re-extract stored documents whose extraction is older than the extractors installed now, from their cached layouts')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--template <id>', 'only documents whose current template is this one')
    .option('--all', 'every document, even those already extracted with the current versions')
    .option('--since <run>', 'only documents that run RUN or a later one touched', positiveInt)
    .option('--threads <n>', `worker threads (default: ${DEFAULT_EMBEDDED_OPTIONS.threads})`, positiveInt)
    .option('--timeout <seconds>', `per-file time limit in seconds, renewed for each OCR page (default: ${DEFAULT_EMBEDDED_OPTIONS.fileTimeoutMs / 1000})`, positiveInt)
    .option('--worker-memory-mb <n>', `heap limit per worker (default: ${DEFAULT_EMBEDDED_OPTIONS.maxWorkerMemoryMb})`, positiveInt)
    .option('--redis <url>', 'distributed mode: the jobs go to `eia worker` processes through BullMQ')
    .option('--window <n>', 'files in flight at once', positiveInt)
    .option('--shared-storage', 'with --redis: workers read files that must be converted again by path')
    .option('--json', 'print the summary as one JSON object on stdout')
    .option('--wait', 'when another process is writing to the store, wait for it instead of refusing')
    .action(async (opts: RerunCliOptions) => {
      process.exitCode = await runRerun(opts);
    });
}

async function runRerun(opts: RerunCliOptions): Promise<number> {
  const store = await openWriter(opts.db, 'eia rerun', opts.wait);
  const db = store.db;
  try {
    const summary: RerunSummary = await withJobs(opts, 'documents', (s) =>
      rerunDocuments({
        db,
        runner: s.runner,
        limits: DEFAULT_INGEST_LIMITS,
        filter: { all: opts.all ?? false, ...(opts.template ? { template: opts.template } : {}), ...(opts.since ? { sinceRun: opts.since } : {}) },
        extractedWith: extractorSetKey(),
        installed: installedExtraction(),
        converters: converterSetKey(),
        revision: codeRevision(),
        window: s.window,
        sendBytes: opts.redis !== undefined && !opts.sharedStorage,
        signal: s.signal,
        onEvent: opts.json ? () => {} : s.onEvent,
      }).then((summary) => {
        if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
        // Nothing was out of date: the one line below says so, with no summary of nothing.
        else if (summary.seen > 0) {
          printSummary(s.progress, summary, opts.db, 'kept as they were');
          s.progress.line(
            `run ${summary.runId}: ${summary.fromCache} from cached layouts, ${summary.converted} converted again, ${summary.kept} kept (nothing their extraction depends on changed); see what changed: eia diff --to ${summary.runId}`,
          );
        }
        return summary;
      }),
    ).catch((error: unknown) => {
      throw asStoreError(error, opts.db);
    });
    if (summary.seen === 0) {
      if (!opts.json) process.stderr.write('nothing to re-run: every document is extracted with the current versions (--all to redo them anyway)\n');
      return 0;
    }
    return exitCodeOf(summary);
  } finally {
    store.close();
  }
}
