/**
 * The ingest coordinator and single writer: walks the inputs (all of them first, so the
 * total is known before work starts), hashes each file, asks the store what it already
 * knows, hands only the work still to do to a job runner (embedded threads or BullMQ), and
 * stores each result in its own transaction as the runner delivers it. At most `window`
 * files are in flight, so memory stays flat however large the batch. Stopping (Ctrl-C)
 * loses only the files in flight; the next run picks them up.
 */
import { readFile } from 'node:fs/promises';
import { converterKey } from '../convert/convertDocument.js';
import { ConversionError } from '../convert/ConversionError.js';
import { detectFormat } from '../convert/detectFormat.js';
import type { LayoutFormat } from '../model/layout.js';
import type { Db } from '../store/openStore.js';
import { loadLayout } from '../store/readStore.js';
import { clearInputFailure, finishRun, noteFile, saveFailure, saveInputFailure, startRun, type KnownDocument } from '../store/writeResults.js';
import { storeResult } from './storeResult.js';
import { hashFile } from './hashFile.js';
import type { IngestEvent, IngestLimits } from './ingestOptions.js';
import type { JobOutcome, JobRunner } from './jobContract.js';
import { walkInputs, type InputEntry } from './walkInputs.js';

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
  /** Files in folders left alone because no converter takes their kind, by extension. */
  ignored: Record<string, number>;
  stopped: boolean;
}

type Done = Extract<IngestEvent, { type: 'done' }>;
const COUNTER = { extracted: 'extracted', 'not-eia': 'notEia', 'empty-form': 'emptyForm', failed: 'failed', skipped: 'skipped' } as const;

export async function ingestFiles(inputs: readonly string[], o: IngestOptions): Promise<IngestSummary> {
  const runId = startRun(o.db, o.kind ?? 'ingest', o.extractedWith);
  const summary: IngestSummary = { runId, seen: 0, skipped: 0, extracted: 0, notEia: 0, emptyForm: 0, failed: 0, records: 0, pages: 0, ignored: {}, stopped: false };
  const emit = (e: IngestEvent): void => o.onEvent?.(e);
  const done = (path: string, status: Done['status'], extra: Partial<Done> = {}): void => {
    summary[COUNTER[status]]++;
    summary.records += extra.records ?? 0;
    summary.pages += extra.pages ?? 0;
    emit({ type: 'done', path, status, reason: null, message: null, records: 0, pages: 0, ms: 0, ...extra });
  };

  const entries: Array<Exclude<InputEntry, { skipped: string }>> = [];
  for await (const entry of walkInputs(inputs)) {
    if ('skipped' in entry) summary.ignored[entry.skipped] = (summary.ignored[entry.skipped] ?? 0) + 1;
    else entries.push(entry);
  }
  emit({ type: 'walked', total: entries.length });

  // Files handed to the runner and not yet answered, by content: the window, and who a result is for.
  const inFlight = new Map<string, string>();
  let wake: (() => void) | null = null;
  const settle = (): void => {
    wake?.();
    wake = null;
  };
  const waitForSlot = (free: number): Promise<void> =>
    inFlight.size <= free || o.signal?.aborted ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve)).then(() => waitForSlot(free));
  o.signal?.addEventListener('abort', settle, { once: true });

  // The runner delivers every result here, one at a time: stored first, then counted.
  await o.runner.start((outcome: JobOutcome) => {
    storeResult(o.db, outcome.sha256, outcome.result, runId);
    const path = inFlight.get(outcome.sha256);
    if (path === undefined) return; // a result another run left behind: stored, not ours to count
    inFlight.delete(outcome.sha256);
    const r = outcome.result;
    if (r.kind === 'failed') done(path, 'failed', { reason: r.reason, message: r.message, ms: r.ms });
    else done(path, r.status, { reason: r.reason, records: r.records.length, pages: r.pages ?? 0, ms: r.ms });
    settle();
  });

  const dispatched = new Set<string>();
  for (const entry of entries) {
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
      format = detectFormat(entry.path, head);
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
    if (formatError || !format) {
      const e = formatError ?? new ConversionError('unsupported-format');
      saveFailure(o.db, sha256, e.reason, e.message);
      done(entry.path, 'failed', { reason: e.reason, message: e.message });
      continue;
    }
    await waitForSlot(o.window - 1);
    if (o.signal?.aborted) break;
    emit({ type: 'queued', path: entry.path });
    inFlight.set(sha256, entry.path);
    try {
      const cachedLayout = loadLayout(o.db, sha256, converterKey(format));
      // A job reads its file by path, unless it runs elsewhere or the name is not text.
      const sendBytes = (o.sendBytes || typeof entry.fsPath !== 'string') && !cachedLayout;
      const bytes = sendBytes ? new Uint8Array(await readFile(entry.fsPath)) : undefined;
      await o.runner.submit({
        path: entry.path,
        sha256,
        format,
        limits: { maxPages: o.limits.maxPages, maxInflatedBytes: o.limits.maxInflatedBytes },
        ...(bytes ? { bytes } : {}),
        ...(cachedLayout ? { cachedLayout } : {}),
      });
    } catch (error) {
      if (o.signal?.aborted) break;
      inFlight.delete(sha256);
      const message = `the job could not run: ${error instanceof Error ? error.message : String(error)}`;
      saveFailure(o.db, sha256, 'internal', message);
      done(entry.path, 'failed', { reason: 'internal', message });
    }
  }
  await waitForSlot(0);
  summary.stopped = o.signal?.aborted ?? false;
  finishRun(o.db, runId, summary.seen);
  return summary;
}

/** Whether a known document still needs processing in this run. */
function needsWork(known: KnownDocument | null, o: IngestOptions): boolean {
  if (!known || known.status === 'pending') return true;
  if (known.status === 'failed') return o.retryFailed;
  return known.extractedWith !== o.extractedWith;
}
