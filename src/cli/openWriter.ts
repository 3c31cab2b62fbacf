/**
 * The store opened as its one writer, for the commands that write (ingest, rerun, collect):
 * refused in one line when another process writes, or with `--wait` waiting and saying so.
 */
import { openStore } from '../store/openStore.js';

export function openWriter(db: string, command: string, wait: boolean | undefined): ReturnType<typeof openStore> {
  return openStore(db, {
    writer: true,
    wait: wait ?? false,
    command,
    onWait: (holder) => process.stderr.write(`eia: waiting for the other writer on ${db} (${holder}) to finish…\n`),
  });
}
