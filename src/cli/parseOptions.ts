import { InvalidArgumentError } from 'commander';
import { DEFAULT_EMBEDDED_OPTIONS, type EmbeddedOptions } from '../queue/embeddedOptions.js';

/** Commander parser for a positive whole number option. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** The pool options a command line gives (`--threads`/`--concurrency`, `--timeout` in seconds, `--worker-memory-mb`), over the defaults. */
export function embeddedOptionsFrom(o: { threads?: number; timeout?: number; workerMemoryMb?: number }): EmbeddedOptions {
  return {
    threads: o.threads ?? DEFAULT_EMBEDDED_OPTIONS.threads,
    fileTimeoutMs: o.timeout !== undefined ? o.timeout * 1000 : DEFAULT_EMBEDDED_OPTIONS.fileTimeoutMs,
    maxWorkerMemoryMb: o.workerMemoryMb ?? DEFAULT_EMBEDDED_OPTIONS.maxWorkerMemoryMb,
  };
}
