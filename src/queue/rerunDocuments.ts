/**
 * `eia rerun`'s coordinator: re-extracts stored documents with the extractors installed now,
 * from their cached layouts (a file is read and converted again only when its converter's
 * version changed), through the same runner and dispatcher as an ingest, so either mode
 * works and progress is the same. Resumable: a stopped re-run leaves the documents it did
 * at the new versions, and the next one takes only the rest. A document that fails keeps
 * what it had; the failure is on the run.
 */
import { createHash } from 'node:crypto';
import { converterKey } from '../convert/convertDocument.js';
import { LayoutFormat } from '../model/layout.js';
import type { Db } from '../store/db.js';
import { loadLayoutJson } from '../store/readStore.js';
import { rerunCandidates, type RerunFilter } from '../store/rerunCandidates.js';
import { finishRun, startRun } from '../store/runs.js';
import { saveFailure } from '../store/writeResults.js';
import { Dispatcher } from './dispatcher.js';
import { readBytes } from './readBytes.js';
import { KEPT_MESSAGE, keepAllUnaffected } from './keepUnaffected.js';
import { detectionCurrent, type InstalledExtraction } from '../model/extractionDependencies.js';
import { countsOf, doneOf, emptySummary, tally, type IngestSummary } from './runSummary.js';
import type { IngestEvent, IngestLimits } from './ingestOptions.js';
import type { JobRunner } from './jobContract.js';

export interface RerunOptions {
  db: Db;
  runner: JobRunner;
  limits: IngestLimits;
  filter: Omit<RerunFilter, 'extractedWith'>;
  extractedWith: string;
  /** The extraction code installed now: documents it would extract exactly as stored are kept, not redone (unless `filter.all`). */
  installed: InstalledExtraction;
  converters: string;
  revision: string | null;
  window: number;
  /** Send file bytes with jobs that must convert again (workers on other machines). */
  sendBytes: boolean;
  signal?: AbortSignal;
  onEvent?: (event: IngestEvent) => void;
}

export interface RerunSummary extends IngestSummary {
  /** Documents that had to be converted again (their converter's version changed). */
  converted: number;
  /** Documents re-extracted straight from their cached layout. */
  fromCache: number;
  /** Documents kept as they were: nothing their extraction depends on changed (counted as skipped too). */
  kept: number;
}

export async function rerunDocuments(o: RerunOptions): Promise<RerunSummary> {
  const candidates = rerunCandidates(o.db, { ...o.filter, extractedWith: o.extractedWith });
  const runId = startRun(o.db, { kind: 'rerun', extractors: o.extractedWith, converters: o.converters, revision: o.revision, options: { ...o.filter } });
  const summary: RerunSummary = { ...emptySummary(runId), converted: 0, fromCache: 0, kept: 0 };
  const emit = (e: IngestEvent): void => o.onEvent?.(e);
  const done = (path: string, { status, ...extra }: ReturnType<typeof doneOf>): void => emit(tally(summary, path, status, extra));
  emit({ type: 'walked', total: candidates.length });
  // Those nothing changed for are kept first, before any job starts: their layouts are not even read.
  const { kept, rest: docs } = o.filter.all ? { kept: [], rest: candidates } : keepAllUnaffected(o.db, candidates, o.installed, o.extractedWith, o.signal);
  for (const doc of kept) {
    summary.seen++;
    summary.kept++;
    done(doc.path, { status: 'skipped', storedStatus: doc.status, message: KEPT_MESSAGE });
  }
  const dispatcher = new Dispatcher({
    db: o.db,
    runner: o.runner,
    runId,
    window: o.window,
    keepStoredOnFailure: true,
    onResult: (path, result) => {
      if (result.kind === 'done') summary[result.layout ? 'converted' : 'fromCache']++;
      done(path, doneOf(result));
    },
    onPage: (path, p) => emit({ type: 'page', path, ...p }),
    onStoreFailure: (path, error) => done(path, { status: 'failed', reason: 'disk-full', message: `its result could not be stored: ${(error as Error).message}` }),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  await dispatcher.start();
  for (const doc of docs) {
    if (o.signal?.aborted) break;
    summary.seen++;
    const format = LayoutFormat.safeParse(doc.format);
    if (!format.success) {
      done(doc.path, { status: 'failed', reason: 'unsupported-format', message: `stored format ${doc.format ?? 'unknown'} has no converter` });
      continue;
    }
    const cachedLayout = loadLayoutJson(o.db, doc.sha256, converterKey(format.data));
    let bytes: Uint8Array<ArrayBuffer> | undefined;
    if (!cachedLayout) {
      // Converted by an older converter: the file is read again, and must still be the same content.
      try {
        const read = await readBytes(doc.path);
        if (createHash('sha256').update(read).digest('hex') !== doc.sha256) throw new Error(`${doc.path} has changed since it was ingested; ingest it again`);
        if (o.sendBytes) bytes = read;
      } catch (error) {
        const message = `cannot convert again: ${(error as Error).message}`;
        saveFailure(o.db, doc.sha256, 'unreadable', message, runId, true);
        done(doc.path, { status: 'failed', reason: 'unreadable', message });
        continue;
      }
    }
    emit({ type: 'queued', path: doc.path });
    const handed = await dispatcher.submit({
      path: doc.path,
      sha256: doc.sha256,
      format: format.data,
      limits: { maxPages: o.limits.maxPages, maxInflatedBytes: o.limits.maxInflatedBytes },
      ...(bytes ? { bytes } : {}),
      ...(cachedLayout ? { cachedLayout, cachedConverter: converterKey(format.data) } : {}),
      // Detection unchanged since the plan was made: the job reads the parts as planned.
      ...(cachedLayout && doc.plan && detectionCurrent(doc.dependsOn, o.installed) ? { plan: doc.plan } : {}),
    });
    if (!handed) break;
  }
  await dispatcher.drain();
  summary.stopped = o.signal?.aborted ?? false;
  finishRun(o.db, runId, { stopped: summary.stopped, files: summary.seen, counts: { ...countsOf(summary), converted: summary.converted, 'from-cache': summary.fromCache, kept: summary.kept } });
  return summary;
}
