/**
 * The ingest coordinator and single writer: walks the inputs (all of them first, so the
 * total is known before work starts), hashes each file, asks the store what it already
 * knows, hands only the work still to do to a job runner (embedded threads or BullMQ), and
 * stores each result in its own transaction as the runner delivers it. At most `window`
 * files are in flight, so memory stays flat however large the batch. Stopping (Ctrl-C)
 * loses only the files in flight; the next run picks them up.
 */
import { converterKey } from '../convert/convertDocument.js';
import { ConversionError } from '../convert/ConversionError.js';
import { detectFormat } from '../convert/detectFormat.js';
import type { LayoutFormat } from '../model/layout.js';
import type { Db } from '../store/openStore.js';
import { loadLayoutJson } from '../store/readStore.js';
import { finishRun, startRun } from '../store/runs.js';
import { clearInputFailure, noteFile, saveFailure, saveInputFailure, type KnownDocument } from '../store/writeResults.js';
import { Dispatcher } from './dispatcher.js';
import { hashFile } from './hashFile.js';
import { readBytes } from './readBytes.js';
import type { IngestEvent, IngestLimits } from './ingestOptions.js';
import type { JobRunner } from './jobContract.js';
import { KEPT_MESSAGE, keeperFor } from './keepUnaffected.js';
import type { InstalledExtraction } from '../model/extractionDependencies.js';
import { countsOf, doneOf, emptySummary, tally, type DoneEvent, type IngestSummary } from './runSummary.js';

export type { IngestSummary } from './runSummary.js';
import { walkAll, type WalkedInputs } from './walkInputs.js';

export interface IngestOptions {
  db: Db;
  runner: JobRunner;
  limits: IngestLimits;
  /** The extractor set key (extractors/registry.ts): documents extracted with another are redone. */
  extractedWith: string;
  /**
   * The extraction code installed now: a document extracted with another set, but which it
   * would extract exactly as stored, is kept, not redone. Absent: every such document is redone.
   */
  installed?: InstalledExtraction;
  /** The converter set key (src/convert/convertDocument.ts), recorded on the run. */
  converters: string;
  /** The code revision, recorded on the run, when known. */
  revision: string | null;
  /** Files in flight at once. */
  window: number;
  /** Also redo files whose last attempt failed. */
  retryFailed: boolean;
  /** Send file bytes with each job (workers on other machines) rather than paths. */
  sendBytes: boolean;
  signal?: AbortSignal;
  onEvent?: (event: IngestEvent) => void;
  /** The inputs already walked (the CLI walks first, to refuse an empty batch before a store exists); walked here when absent. */
  walked?: WalkedInputs;
}


export async function ingestFiles(inputs: readonly string[], o: IngestOptions): Promise<IngestSummary> {
  const runId = startRun(o.db, { kind: 'ingest', extractors: o.extractedWith, converters: o.converters, revision: o.revision, options: { inputs, retryFailed: o.retryFailed } });
  const summary = emptySummary(runId);
  const emit = (e: IngestEvent): void => o.onEvent?.(e);
  const done = (path: string, status: DoneEvent['status'], extra: Partial<DoneEvent> = {}): void => emit(tally(summary, path, status, extra));

  const { entries, ignored, excluded } = o.walked ?? (await walkAll(inputs));
  const keep = o.installed ? keeperFor(o.db, o.installed, o.extractedWith) : null;
  summary.ignored = { ...ignored };
  summary.excluded = excluded;
  emit({ type: 'walked', total: entries.length });

  const dispatcher = new Dispatcher({
    db: o.db,
    runner: o.runner,
    runId,
    window: o.window,
    keepStoredOnFailure: false,
    onResult: (path, result) => {
      const { status, ...extra } = doneOf(result);
      done(path, status, extra);
    },
    onPage: (path, p) => emit({ type: 'page', path, ...p }),
    onStoreFailure: (path, error) => done(path, 'failed', { reason: 'disk-full', message: `its result could not be stored: ${(error as Error).message}` }),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  await dispatcher.start();

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
    if (known && known.status !== 'failed' && known.status !== 'pending' && keep?.({ sha256, format, dependsOn: known.dependsOn })) {
      done(entry.path, 'skipped', { reason: known.reason, storedStatus: known.status, message: KEPT_MESSAGE });
      continue;
    }
    dispatched.add(sha256);
    if (formatError || !format) {
      const e = formatError ?? new ConversionError('unsupported-format');
      saveFailure(o.db, sha256, e.reason, e.message, runId);
      done(entry.path, 'failed', { reason: e.reason, message: e.message });
      continue;
    }
    if (o.signal?.aborted) break;
    const cachedLayout = loadLayoutJson(o.db, sha256, converterKey(format));
    let bytes: Uint8Array<ArrayBuffer> | undefined;
    try {
      // A job reads its file by path, unless it runs elsewhere or the name is not text.
      if ((o.sendBytes || typeof entry.fsPath !== 'string') && !cachedLayout) bytes = await readBytes(entry.fsPath);
    } catch (error) {
      const message = `cannot read: ${(error as Error).message}`;
      saveFailure(o.db, sha256, 'unreadable', message, runId);
      done(entry.path, 'failed', { reason: 'unreadable', message });
      continue;
    }
    emit({ type: 'queued', path: entry.path });
    const handed = await dispatcher.submit({
      path: entry.path,
      sha256,
      format,
      limits: { maxPages: o.limits.maxPages, maxInflatedBytes: o.limits.maxInflatedBytes },
      ...(bytes ? { bytes } : {}),
      ...(cachedLayout ? { cachedLayout, cachedConverter: converterKey(format) } : {}),
    });
    if (!handed) break;
  }
  await dispatcher.drain();
  summary.stopped = o.signal?.aborted ?? false;
  finishRun(o.db, runId, { stopped: summary.stopped, files: summary.seen, counts: countsOf(summary) });
  return summary;
}


/** Whether a known document still needs processing in this run. */
function needsWork(known: KnownDocument | null, o: IngestOptions): boolean {
  if (!known || known.status === 'pending') return true;
  if (known.status === 'failed') return o.retryFailed;
  return known.extractedWith !== o.extractedWith;
}
