/**
 * Job data as it travels through Redis (JSON): file bytes as base64, everything validated
 * with zod when a worker picks it up. Job ids come from the content, the stage and the
 * versions, so the same file is never queued twice for the same versions.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ProcessFileInput, ProcessFileResult } from '../jobContract.js';

export const ProcessJobData = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytesBase64: z.string().optional(),
  format: ProcessFileInput.shape.format,
  cachedLayout: z.unknown().optional(),
  plan: ProcessFileInput.shape.plan,
  cachedConverter: ProcessFileInput.shape.cachedConverter,
  limits: ProcessFileInput.shape.limits,
});
export type ProcessJobData = z.infer<typeof ProcessJobData>;

export const ResultJobData = z.object({
  /** The process job this result is for. */
  jobId: z.string(),
  path: z.string(),
  sha256: z.string(),
  result: ProcessFileResult,
});
export type ResultJobData = z.infer<typeof ResultJobData>;

export function toJobData(input: ProcessFileInput): ProcessJobData {
  const { bytes, ...rest } = input;
  return { ...rest, ...(bytes ? { bytesBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') } : {}) };
}

export function fromJobData(data: unknown): ProcessFileInput {
  const { bytesBase64, ...rest } = ProcessJobData.parse(data);
  return ProcessFileInput.parse({ ...rest, ...(bytesBase64 !== undefined ? { bytes: new Uint8Array(Buffer.from(bytesBase64, 'base64')) } : {}) });
}

/** "sha256-process-<versions hash>": BullMQ ids may not contain ":". */
export function processJobId(sha256: string, versions: string): string {
  return `${sha256}-process-${createHash('sha256').update(versions).digest('hex').slice(0, 12)}`;
}

export function resultJobId(processId: string): string {
  return `${processId}-result`;
}
