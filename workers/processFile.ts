/**
 * The job: one file in, everything the store needs about it out. Stage one converts the
 * file (convertJob) unless the store sent the layout it cached for this content and
 * converter version; stage two extracts its records (extractJob). Pure with respect to the
 * store: the caller writes. The same function runs in an embedded worker thread and in a
 * distributed BullMQ worker. Every failure comes back as a result with its reason.
 */
import { readBytes } from '../src/queue/readBytes.js';
import { ConversionError } from '../src/convert/ConversionError.js';
import { parseLayout } from '../src/model/layout.js';
import type { FailureReason } from '../src/model/outcome.js';
import { ProcessFileInput, type ProcessFileResult } from '../src/queue/jobContract.js';
import type { Converted } from './convertJob.js';
import { extractJob } from './extractJob.js';
import { parsePlan } from '../src/extract/extractionPlan.js';

export async function processFile(raw: unknown): Promise<ProcessFileResult> {
  const started = performance.now();
  const input = ProcessFileInput.parse(raw);
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    const cached = input.cachedLayout === undefined ? null : parseLayout(input.cachedLayout);
    // A cached layout already knows its format: the file itself is not needed (and a
    // distributed worker re-extracting from the cache may have no copy of it).
    // The converters (pdf.js, mammoth, tesseract.js…) are loaded only by a job that converts:
    // a re-run from cached layouts starts its threads without them.
    const { format, converter, layout }: Converted = cached
      ? { format: cached.format, converter: input.cachedConverter ?? (await import('../src/convert/convertDocument.js')).converterKey(cached.format), layout: cached }
      : await (await import('./convertJob.js')).convertJob(input.path, input.bytes ?? (await readBytes(input.path)), input.limits, input.format, input.progress ? (p) => input.progress!.postMessage(p) : undefined);
    const extracted = extractJob(layout, { path: input.path, sha256: input.sha256, format }, cached ? parsePlan(input.plan) : null);
    return {
      kind: 'done',
      ...extracted,
      format,
      pages: layout.pages || null,
      converter,
      // A layout converted now goes back to be cached; a cached one need not travel.
      ...(cached ? {} : { layout }),
      ms: elapsed(),
    };
  } catch (error) {
    return { ...failureOf(error), ms: elapsed() };
  } finally {
    input.progress?.close();
  }
}

function failureOf(error: unknown): { kind: 'failed'; reason: FailureReason; message: string; retryable: boolean } {
  if (error instanceof ConversionError) return { kind: 'failed', reason: error.reason, message: error.message, retryable: error.retryable };
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && /^E(NOENT|ACCES|PERM|ISDIR|IO)$/.test(e.code)) {
    return { kind: 'failed', reason: 'unreadable', message: `the file could not be read: ${e.message}`, retryable: true };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'failed', reason: 'internal', message: `an unexpected error occurred: ${message}`, retryable: true };
}

