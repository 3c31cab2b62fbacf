/**
 * Why a store could not be used, as a typed error the CLI turns into one line. SQLite's own
 * errors name neither the file nor what to do, and differ between "missing" and "garbage"
 * only by code, so openStore.ts classifies them here once.
 */
export type StoreProblem = 'missing' | 'no-folder' | 'not-a-database' | 'corrupt' | 'read-only' | 'locked' | 'disk-full';

export class StoreError extends Error {
  constructor(
    readonly problem: StoreProblem,
    readonly path: string,
    detail?: string,
  ) {
    super(detail ?? problem);
    this.name = 'StoreError';
  }
}

/** SQLite result codes (better-sqlite3 `SqliteError.code`) that say what is wrong with the file itself. */
const PROBLEM_OF_CODE: ReadonlyArray<[RegExp, StoreProblem]> = [
  [/^SQLITE_NOTADB/, 'not-a-database'],
  [/^SQLITE_CORRUPT/, 'corrupt'],
  [/^SQLITE_READONLY/, 'read-only'],
  [/^SQLITE_FULL/, 'disk-full'],
  [/^SQLITE_CANTOPEN/, 'missing'],
];

/** The store problem an error from SQLite (or the file system under it) stands for, if any. */
export function storeProblemOf(error: unknown): StoreProblem | null {
  if (error instanceof StoreError) return error.problem;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'ENOSPC') return 'disk-full';
  if (code === 'EROFS' || code === 'EACCES') return 'read-only';
  return PROBLEM_OF_CODE.find(([re]) => re.test(code))?.[1] ?? null;
}

/** An error from using the store at `path`, named by it when it is a store problem (a full disk mid-run). */
export function asStoreError(error: unknown, path: string): unknown {
  if (error instanceof StoreError) return error;
  const problem = storeProblemOf(error);
  return problem ? new StoreError(problem, path, (error as Error).message) : error;
}
