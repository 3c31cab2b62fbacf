/**
 * A store that must already exist, opened for writing by a command that never creates one
 * (`eia review` serving decisions, `eia forms` filling in fingerprints): a missing file is
 * the same typed StoreError every reader raises, so it reads `eia: no store at X — run 'eia
 * ingest' first or pass --db` whichever command met it.
 */
import { existsSync } from 'node:fs';
import { openDatabase, type Db } from '../store/openStore.js';
import { StoreError } from '../store/storeError.js';

export function openExistingStore(path: string): Db {
  if (!existsSync(path)) throw new StoreError('missing', path);
  return openDatabase(path);
}
