/**
 * The job: one file in, everything the store needs about it out. Converts the file (or
 * reuses a layout the store cached for this content and converter version), extracts its
 * EIA records, and validates them. Pure with respect to the store: the caller writes. The
 * same function runs in an embedded worker thread and in a distributed BullMQ worker.
 */
import { readFile } from 'node:fs/promises';
import { ConversionError } from '../src/convert/ConversionError.js';
import { convertDocument, converterKey } from '../src/convert/convertDocument.js';
import { detectFormat } from '../src/convert/detectFormat.js';
import { extractDocument } from '../src/extract/extractDocument.js';
import { parseLayout } from '../src/model/layout.js';
import { EiaRecord } from '../src/model/record.js';
import type { FailureReason } from '../src/model/outcome.js';
import { ProcessFileInput, type ProcessFileResult } from '../src/queue/jobContract.js';
import { extractOptions, extractorSetKey } from '../extractors/registry.js';

export async function processFile(raw: unknown): Promise<ProcessFileResult> {
  const started = performance.now();
  const input = ProcessFileInput.parse(raw);
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    const bytes = input.bytes ?? new Uint8Array(await readFile(input.path));
    const format = detectFormat(input.path, bytes);
    const cached = input.cachedLayout === undefined ? null : parseLayout(input.cachedLayout);
    const layout = cached ?? (await convertDocument(input.path, bytes, input.limits));
    const outcome = extractDocument(layout, extractOptions());
    const records = outcome.records.map(({ indexInFile, ...rest }) =>
      EiaRecord.parse({
        schemaVersion: 1,
        document: { file: input.path, sha256: input.sha256, format, pages: layout.pages || null, indexInFile },
        ...rest,
      }),
    );
    return {
      kind: 'done',
      status: outcome.status,
      reason: outcome.reason,
      format,
      pages: layout.pages || null,
      template: outcome.detection.template ?? (outcome.records[0]?.template.id ?? null),
      templateConfidence: outcome.detection.confidence,
      extractedWith: extractorSetKey(),
      converter: converterKey(format),
      ...(cached ? {} : { layout }),
      records,
      ms: elapsed(),
    };
  } catch (error) {
    return { ...failureOf(error), ms: elapsed() };
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
