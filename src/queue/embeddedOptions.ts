/**
 * Options of the embedded worker pool, with their defaults. One place to read what the
 * pool does when nobody says otherwise.
 */
import { availableParallelism } from 'node:os';

export interface EmbeddedOptions {
  /** Worker threads. Default: one per core (pdf.js conversion is CPU-bound). */
  threads: number;
  /** Per-file wall-time limit in ms, renewed for each page sent to OCR; a file over it fails alone as `timed-out`. Default 120 000. */
  fileTimeoutMs: number;
  /** Heap limit per worker thread in MiB; a file over it fails alone as `out-of-memory`. Default 512. */
  maxWorkerMemoryMb: number;
}

export const DEFAULT_EMBEDDED_OPTIONS: EmbeddedOptions = {
  threads: Math.max(1, availableParallelism()),
  fileTimeoutMs: 120_000,
  maxWorkerMemoryMb: 512,
};
