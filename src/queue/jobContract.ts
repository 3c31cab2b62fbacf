/**
 * The contract between whoever schedules work (embedded pool, BullMQ) and the job that
 * does it (workers/processFile.ts): one file in, one result out. Inputs and results are
 * validated with zod where they arrive (results cross threads and machines as plain data).
 */
import { MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import type { PageProgress } from '../convert/types.js';
import { LayoutFormat, type Layout } from '../model/layout.js';
import { EXTRACTION_STATUSES, FAILURE_REASONS, type FailureReason } from '../model/outcome.js';
import { EiaRecord } from '../model/record.js';

export const ProcessFileInput = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file's bytes; when absent the job reads `path` (shared storage, or the same machine). */
  bytes: z.instanceof(Uint8Array).optional(),
  /** The format the coordinator detected from the file's name and first bytes (detected once per file). */
  format: LayoutFormat.optional(),
  /** A layout the store already has for this content and converter version. */
  cachedLayout: z.unknown().optional(),
  /** With `cachedLayout`: the converter key it is cached under (so the job need not load the converters to name it). */
  cachedConverter: z.string().optional(),
  /** With `cachedLayout`: how it was read before (JSON), when detection has not changed since; the job then skips detection. */
  plan: z.string().optional(),
  limits: z.object({ maxPages: z.number().int().positive(), maxInflatedBytes: z.number().int().positive() }),
  /** Embedded only: where the job tells its page progress (a port transferred to its thread). */
  progress: z.instanceof(MessagePort).optional(),
});
export type ProcessFileInput = z.infer<typeof ProcessFileInput>;

const Reason = z.enum(Object.keys(FAILURE_REASONS) as [FailureReason, ...FailureReason[]]);

export const FailedResult = z.object({
  kind: z.literal('failed'),
  reason: Reason,
  message: z.string(),
  /** Whether trying again could succeed (a timeout may; a corrupt file never will). */
  retryable: z.boolean(),
  ms: z.number(),
});
export type FailedResult = z.infer<typeof FailedResult>;

export const DoneResult = z.object({
  kind: z.literal('done'),
  status: z.enum(EXTRACTION_STATUSES),
  reason: z.string().nullable(),
  format: LayoutFormat,
  pages: z.number().int().nullable(),
  template: z.string().nullable(),
  templateConfidence: z.number(),
  /** The extractor set key (extractors/registry.ts) the records came from. */
  extractedWith: z.string(),
  /** What the records depend on, finer than `extractedWith` (model/extractionDependencies.ts), JSON. */
  dependsOn: z.string().nullable(),
  /** How the layout was read (extract/extractionPlan.ts), JSON. */
  plan: z.string().nullable(),
  /** "name@version" of the converter the layout is from. */
  converter: z.string(),
  /** Set only when the layout was converted now (not taken from the cache); parsed by the store's reader. */
  layout: z.custom<Layout>((v) => typeof v === 'object' && v !== null).optional(),
  records: z.array(EiaRecord),
  /** Each record's linking features, encoded (store/recordFeatures.ts): computed by the job, not the single writer. */
  features: z.array(z.string()).optional(),
  ms: z.number(),
});
export type DoneResult = z.infer<typeof DoneResult>;

export const ProcessFileResult = z.discriminatedUnion('kind', [FailedResult, DoneResult]);
export type ProcessFileResult = z.infer<typeof ProcessFileResult>;

/** A finished job: which file, and what became of it. */
export interface JobOutcome {
  path: string;
  sha256: string;
  result: ProcessFileResult;
}

/**
 * Receives each finished job once, as it arrives, and stores it before returning: a runner
 * acknowledges a result (lets it go) only after its sink has returned.
 */
export type ResultSink = (outcome: JobOutcome) => void;

/** Page progress of a job in hand, by its content, for the progress bar (not every runner gives it). */
export type ProgressSink = (sha256: string, progress: PageProgress) => void;

export const PageProgressMessage = z.object({ stage: z.enum(['read', 'ocr']), page: z.number().int().positive(), of: z.number().int().positive() });

/** Runs jobs somewhere: worker threads here, or BullMQ workers on other machines. */
export interface JobRunner {
  /** Starts delivering results to `sink`, before the first submit; a later call (another run on the same runner) replaces it. */
  start(sink: ResultSink, onProgress?: ProgressSink): Promise<void>;
  /** Hands one file's job over; resolves once it is accepted, not when it is done. */
  submit(input: ProcessFileInput): Promise<void>;
  /**
   * Stops delivering. Jobs not yet delivered are dropped (embedded: redone next run) or left
   * queued with their results (distributed: stored by the next ingest or `eia collect`).
   */
  close(): Promise<void>;
}
