/**
 * The contract between whoever schedules work (embedded pool, BullMQ) and the job that
 * does it (workers/processFile.ts): one file in, one result out. Inputs are validated with
 * zod where they arrive; results carry only plain data, so they cross threads and machines.
 */
import { z } from 'zod';
import type { Layout, LayoutFormat } from '../model/layout.js';
import type { EiaRecord } from '../model/record.js';
import type { FailureReason } from '../model/outcome.js';

export const ProcessFileInput = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file's bytes; when absent the job reads `path` (shared storage, or the same machine). */
  bytes: z.instanceof(Uint8Array).optional(),
  /** A layout the store already has for this content and converter version. */
  cachedLayout: z.unknown().optional(),
  limits: z.object({ maxPages: z.number().int().positive(), maxInflatedBytes: z.number().int().positive() }),
});
export type ProcessFileInput = z.infer<typeof ProcessFileInput>;

export interface FailedResult {
  kind: 'failed';
  reason: FailureReason;
  message: string;
  /** Whether trying again could succeed (a timeout may; a corrupt file never will). */
  retryable: boolean;
  ms: number;
}

export interface DoneResult {
  kind: 'done';
  status: 'extracted' | 'not-eia' | 'empty-form';
  reason: string | null;
  format: LayoutFormat;
  pages: number | null;
  template: string | null;
  templateConfidence: number;
  /** The extractor set key (extractors/registry.ts) the records came from. */
  extractedWith: string;
  /** "name@version" of the converter the layout is from. */
  converter: string;
  /** Set only when the layout was converted now (not taken from the cache). */
  layout?: Layout;
  records: EiaRecord[];
  ms: number;
}

export type ProcessFileResult = FailedResult | DoneResult;

/** Runs jobs somewhere: worker threads here, or BullMQ workers on other machines. */
export interface JobRunner {
  run(input: ProcessFileInput, signal?: AbortSignal): Promise<ProcessFileResult>;
  close(): Promise<void>;
}
