/**
 * A reviewer's decision is a write to the store, so it takes the store's writer lock, like
 * ingest, rerun and collect: but only around its own transaction (milliseconds), never for
 * the review server's life, so a review page left open all day never keeps an ingest out.
 * While another writer holds the lock (an ingest for its whole batch), the decision is
 * refused, naming that writer, rather than queued behind a batch that may run for hours;
 * another review server's decision in flight is waited out briefly.
 */
import { StoreError } from '../store/storeError.js';
import { takeWriterLock } from '../store/writerLock.js';

/** How long a decision waits for another short writer (a second review server) before it is refused. */
const SHORT_WRITE_WAIT_MS = 2_000;

export type LockedWrite<T> = { ok: true; value: T } | { ok: false; message: string };

export async function lockedWrite<T>(storePath: string, reviewer: string, write: () => T): Promise<LockedWrite<T>> {
  let lock;
  try {
    lock = await takeWriterLock(storePath, { wait: true, maxWaitMs: SHORT_WRITE_WAIT_MS, pollMs: 50, command: `eia review (${reviewer})` });
  } catch (error) {
    if (!(error instanceof StoreError) || error.problem !== 'locked') throw error;
    return { ok: false, message: `another writer (${error.message}) is using the store: the decision was not saved — try again when it has finished` };
  }
  try {
    return { ok: true, value: write() };
  } finally {
    lock.release();
  }
}
