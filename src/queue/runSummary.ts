/** What one ingest or re-run did, counted as files finish: shared by both coordinators. */
import type { IngestEvent } from './ingestOptions.js';
import type { ProcessFileResult } from './jobContract.js';

export type DoneEvent = Extract<IngestEvent, { type: 'done' }>;

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
  /** Files left out by `--include` / `--exclude`. */
  excluded: number;
  stopped: boolean;
}

export function emptySummary(runId: number): IngestSummary {
  return { runId, seen: 0, skipped: 0, extracted: 0, notEia: 0, emptyForm: 0, failed: 0, records: 0, pages: 0, ignored: {}, excluded: 0, stopped: false };
}

const COUNTER = { extracted: 'extracted', 'not-eia': 'notEia', 'empty-form': 'emptyForm', failed: 'failed', skipped: 'skipped' } as const;

/** Counts a finished file and returns its `done` event. */
export function tally(summary: IngestSummary, path: string, status: DoneEvent['status'], extra: Partial<DoneEvent> = {}): DoneEvent {
  summary[COUNTER[status]]++;
  summary.records += extra.records ?? 0;
  summary.pages += extra.pages ?? 0;
  return { type: 'done', path, status, reason: null, message: null, records: 0, pages: 0, ms: 0, ...extra };
}

/** A result as a `done` event's status and details. */
export function doneOf(result: ProcessFileResult): { status: DoneEvent['status'] } & Partial<DoneEvent> {
  if (result.kind === 'failed') return { status: 'failed', reason: result.reason, message: result.message, ms: result.ms };
  return { status: result.status, reason: result.reason, records: result.records.length, pages: result.pages ?? 0, ms: result.ms };
}

/** A summary's counts by outcome, as the run row keeps them. */
export function countsOf(s: IngestSummary): Record<string, number> {
  return { extracted: s.extracted, 'not-eia': s.notEia, 'empty-form': s.emptyForm, failed: s.failed, skipped: s.skipped, records: s.records };
}
