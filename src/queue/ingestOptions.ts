/** Options of one ingest run, with their defaults. */
import type { ConvertLimits } from '../convert/types.js';
import { DEFAULT_CONVERT_LIMITS } from '../convert/limits.js';
import type { DocumentStatus } from '../model/outcome.js';

export interface IngestLimits extends ConvertLimits {
  /** Files larger than this many bytes are refused without being read. Default 100 MiB. */
  maxFileBytes: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = { ...DEFAULT_CONVERT_LIMITS, maxFileBytes: 100 * 1024 * 1024 };

export type IngestEvent =
  /** Every input has been walked: `total` files will each get a `done` event. */
  | { type: 'walked'; total: number }
  | { type: 'queued'; path: string }
  /** A file in hand reached page `page` of `of` (its text read, or OCR): for a bar that moves during slow files. */
  | { type: 'page'; path: string; stage: 'read' | 'ocr'; page: number; of: number }
  | {
      type: 'done';
      path: string;
      /** What happened to the file in this run. `skipped`: already up to date in the store. */
      status: DocumentStatus | 'skipped';
      reason: string | null;
      message: string | null;
      records: number;
      pages: number;
      ms: number;
      /** For a skipped file: its status in the store. */
      storedStatus?: string;
    };
