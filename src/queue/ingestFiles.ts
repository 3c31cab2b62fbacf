/**
 * The ingest coordinator and single writer: walks the inputs, hashes each file, asks the
 * store what it already knows, sends only the work still to do to a job runner (embedded
 * threads or BullMQ), and stores each result in its own transaction as it arrives. At most
 * `window` files are in flight, so memory stays flat however large the batch. Stopping
 * (Ctrl-C) loses only the files in flight; the next run picks them up.
 */
import { readFile } from 'node:fs/promises';
import { converterKey } from '../convert/convertDocument.js';
import { ConversionError } from '../convert/ConversionError.js';
import { detectFormat } from '../convert/detectFormat.js';
import type { LayoutFormat } from '../model/layout.js';
import type { Db } from '../store/openStore.js';
import { loadLayout } from '../store/readStore.js';
import { clearInputFailure, finishRun, noteFile, saveFailure, saveInputFailure, startRun } from '../store/writeResults.js';
import { storeResult } from './storeResult.js';
import { hashFile } from './hashFile.js';
import type { IngestEvent, IngestLimits } from './ingestOptions.js';
import type { JobRunner, ProcessFileResult } from './jobContract.js';
import { walkInputs } from './walkInputs.js';

export interface IngestOptions {
  db: Db;
  runner: JobRunner;
  limits: IngestLimits;
  /** The extractor set key (extractors/registry.ts): documents extracted with another are redone. */
  extractedWith: string;
  /** Files in flight at once. */
  window: number;
  /** Also redo files whose last attempt failed. */
  retryFailed: boolean;
  /** Send file bytes with each job (workers on other machines) rather than paths. */
  sendBytes: boolean;
  signal?: AbortSignal;
  onEvent?: (event: IngestEvent) => void;
  kind?: string;
}

export interface IngestSummary {
  runId: number;
  seen: number;
  skipped: number;
  extracted: number;
  notEia: number;
  emptyForm: number;
  failed: number;
  records: number;
  pages: number;
  stopped: boolean;
}

export async function ingestFiles(inputs: readonly string[], o: IngestOptions): Promise<IngestSummary> {
  const runId = startRun(o.db, o.kind ?? 'ingest', o.extractedWith);
  const summary: IngestSummary = { runId, seen: 0, skipped: 0, extracted: 0, notEia: 0, emptyForm: 0, failed: 0, records: 0, pages: 0, stopped: false };
  const inFlight = new Set<Promise<void>>();
  const dispatched = new Set<string>();
  const emit = (e: IngestEvent): void => o.onEvent?.(e);
  const done = (path: string, status: Extract<IngestEvent, { type: 'done' }>['status'], extra: Partial<Extract<IngestEvent, { type: 'done' }>> = {}): void => {
    const key = ({ extracted: 'extracted', 'not-eia': 'notEia', 'empty-form': 'emptyForm', failed: 'failed', skipped: 'skipped' } as const)[status];
    summary[key]++;
    summary.records += extra.records ?? 0;
    summary.pages += extra.pages ?? 0;
    emit({ type: 'done', path, status, reason: null, message: null, records: 0, pages: 0, ms: 0, ...extra });
  };

  for await (const entry of walkInputs(inputs)) {
    if (o.signal?.aborted) break;
    summary.seen++;
    if ('error' in entry) {
      saveInputFailure(o.db, entry.path, entry.error.reason, entry.error.message);
      done(entry.path, 'failed', { reason: entry.error.reason, message: entry.error.message });
      continue;
    }
    if (entry.size > o.limits.maxFileBytes) {
      const message = `the file is ${entry.size} bytes, over the ${o.limits.maxFileBytes}-byte limit`;
      saveInputFailure(o.db, entry.path, 'too-large', message);
      done(entry.path, 'failed', { reason: 'too-large', message });
      continue;
    }
    let hashed;
    try {
      hashed = await hashFile(entry.fsPath);
    } catch (error) {
      const message = `cannot read: ${(error as Error).message}`;
      saveInputFailure(o.db, entry.path, 'unreadable', message);
      done(entry.path, 'failed', { reason: 'unreadable', message });
      continue;
    }
    clearInputFailure(o.db, entry.path);
    const { sha256, size, head } = hashed;
    let format: LayoutFormat | null = null;
    let formatError: ConversionError | null = null;
    try {
      format = detectFormat(entry.path, head.length ? head : new Uint8Array(0));
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      formatError = error;
    }
    const known = noteFile(o.db, { path: entry.path, sha256, size, format });
    if (dispatched.has(sha256) || !needsWork(known, o)) {
      done(entry.path, 'skipped', { reason: known?.reason ?? null, storedStatus: known?.status ?? 'pending' });
      continue;
    }
    dispatched.add(sha256);
    if (formatError) {
      saveFailure(o.db, sha256, formatError.reason, formatError.message);
      done(entry.path, 'failed', { reason: formatError.reason, message: formatError.message });
      continue;
    }
    while (inFlight.size >= o.window) await Promise.race(inFlight);
    if (o.signal?.aborted) break;
    emit({ type: 'queued', path: entry.path });
    const cachedLayout = format ? loadLayout(o.db, sha256, converterKey(format)) : null;
    const job = runJob(entry.path, entry.fsPath, sha256, cachedLayout, o)
      .then((result) => store(entry.path, sha256, result))
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  }
  await Promise.allSettled(inFlight);
  summary.stopped = o.signal?.aborted ?? false;
  finishRun(o.db, runId, summary.seen);
  return summary;

  function store(path: string, sha256: string, result: ProcessFileResult | null): void {
    if (result === null) return; // stopped: left pending for the next run
    storeResult(o.db, sha256, result, runId);
    if (result.kind === 'failed') done(path, 'failed', { reason: result.reason, message: result.message, ms: result.ms });
    else done(path, result.status, { reason: result.reason, records: result.records.length, pages: result.pages ?? 0, ms: result.ms });
  }
}

/** Whether a known document still needs processing in this run. */
function needsWork(known: ReturnType<typeof noteFile>, o: IngestOptions): boolean {
  if (!known || known.status === 'pending') return true;
  if (known.status === 'failed') return o.retryFailed;
  return known.extractedWith !== o.extractedWith;
}

async function runJob(path: string, fsPath: string | Buffer, sha256: string, cachedLayout: unknown, o: IngestOptions): Promise<ProcessFileResult | null> {
  try {
    // A job reads its file by path, unless it runs elsewhere or the name is not text.
    const sendBytes = (o.sendBytes || typeof fsPath !== 'string') && !cachedLayout;
    const bytes = sendBytes ? new Uint8Array(await readFile(fsPath)) : undefined;
    return await o.runner.run(
      { path, sha256, limits: { maxPages: o.limits.maxPages, maxInflatedBytes: o.limits.maxInflatedBytes }, ...(bytes ? { bytes } : {}), ...(cachedLayout ? { cachedLayout } : {}) },
      o.signal,
    );
  } catch (error) {
    if (o.signal?.aborted) return null;
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', reason: 'internal', message: `the job could not run: ${message}`, retryable: true, ms: 0 };
  }
}
