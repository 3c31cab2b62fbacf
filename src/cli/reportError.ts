/**
 * Every way a command can fail, as the one line a person at a terminal reads (`eia: …`) and
 * the exit code a script reads. Stack traces are for developers: only with `--debug` or
 * EIA_DEBUG=1.
 */
import { StoreError, storeProblemOf, type StoreProblem } from '../store/storeError.js';
import { CliError } from './cliError.js';

export interface ReportedError {
  /** One line, without the `eia: ` prefix. */
  message: string;
  exitCode: number;
}

export function reportedError(error: unknown): ReportedError {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  const problem = storeProblemOf(error);
  if (problem) {
    const path = error instanceof StoreError ? error.path : null;
    return { message: storeMessage(problem, path, error), exitCode: 1 };
  }
  const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return { message: `unexpected error: ${firstLine(message)} — run with --debug for details`, exitCode: 1 };
}

function storeMessage(problem: StoreProblem, path: string | null, error: unknown): string {
  const store = path === null ? 'the store' : shown(path);
  const detail = error instanceof StoreError && error.message !== problem ? error.message : null;
  switch (problem) {
    case 'missing':
      return `no store at ${store} — run 'eia ingest' first or pass --db`;
    case 'no-folder':
      return `cannot create the store ${store}: the folder ${detail ?? ''} does not exist — create it or pass another --db`;
    case 'not-a-database':
      return `${store} is not an eia store (${detail === 'a folder' ? 'it is a folder' : 'not a SQLite database'}) — pass the right --db`;
    case 'corrupt':
      return `the store ${store} is damaged (${firstLine(detail ?? 'database disk image is malformed')}) — restore it from a backup or ingest into a new --db`;
    case 'read-only':
      return `the store ${store} is read-only — check its permissions (and its folder's) or pass another --db`;
    case 'locked':
      return `another writer (${detail ?? 'another eia process'}) is using ${store} — wait for it to finish, or pass --wait`;
    case 'disk-full':
      return `the disk holding ${store} is full — free some space and run again (finished files are kept; the rest resume)`;
  }
}

/** Relative paths as the user typed them, with ./ so a bare name reads as a path. */
function shown(path: string): string {
  return path.startsWith('/') || path.startsWith('.') ? path : `./${path}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
