/**
 * The files an ingest covers: each path given, and everything under each folder given
 * (recursively, in a stable order) whose extension a converter takes. A folder reached
 * twice through symlinks is walked once; a path that cannot be read is reported, not
 * thrown, so one bad corner of a share does not stop the batch; a file of a kind no converter
 * takes is reported as skipped (with its extension) so the summary can say what was left. File names that are not
 * valid UTF-8 (old Windows shares) are opened by their raw bytes.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { extensionOf, INGESTIBLE_EXTENSIONS } from '../convert/detectFormat.js';
import type { FailureReason } from '../model/outcome.js';

export type InputEntry =
  | {
      /** The path as people read it (invalid bytes shown as U+FFFD). */
      path: string;
      /** The path to open: the raw bytes where the name is not valid UTF-8. */
      fsPath: string | Buffer;
      size: number;
    }
  | { path: string; error: { reason: FailureReason; message: string } }
  /** A file in a folder whose extension no converter takes: counted, not read. */
  | { path: string; skipped: string };

const INGESTIBLE = new Set<string>(INGESTIBLE_EXTENSIONS);
const SEP = Buffer.from('/');

/** Every input walked, before any work (so nothing is stored when there is nothing to do). */
export interface WalkedInputs {
  /** The files to process, and the paths that could not be read (stored as failures). */
  entries: Array<Exclude<InputEntry, { skipped: string }>>;
  /** Files in folders left alone because no converter takes their kind, by extension. */
  ignored: Record<string, number>;
  /** Files the caller's selection (`--include` / `--exclude`) left out. */
  excluded: number;
}

/**
 * Walks all the inputs. `select` sees each readable file eia could take, by its path relative
 * to the folder given (a file named explicitly: the path as given), and keeps it or leaves
 * it out; kinds no converter takes are counted by extension first, whatever the selection.
 */
export async function walkAll(inputs: readonly string[], select?: (path: string) => boolean): Promise<WalkedInputs> {
  const walked: WalkedInputs = { entries: [], ignored: {}, excluded: 0 };
  const seenDirs = new Set<string>();
  for (const input of inputs) {
    for await (const entry of walkPath(Buffer.from(input), true, seenDirs)) {
      if ('skipped' in entry) walked.ignored[entry.skipped] = (walked.ignored[entry.skipped] ?? 0) + 1;
      else if (select && !('error' in entry) && !select(entry.path === input ? input : relative(input, entry.path))) walked.excluded++;
      else walked.entries.push(entry);
    }
  }
  return walked;
}

/** A raw path as text, and whether the text round-trips to the same bytes. */
function display(raw: Buffer): { text: string; exact: boolean } {
  const text = raw.toString('utf8');
  return { text, exact: Buffer.from(text).equals(raw) };
}

async function* walkPath(raw: Buffer, explicit: boolean, seenDirs: Set<string>): AsyncGenerator<InputEntry> {
  const { text: path, exact } = display(raw);
  const fsPath = exact ? path : raw;
  let info;
  try {
    info = await stat(fsPath);
  } catch (error) {
    yield { path, error: unreadable(error, explicit ? 'cannot open' : 'cannot follow') };
    return;
  }
  if (info.isFile()) {
    // Folders only contribute the formats we convert; a file named explicitly is always
    // tried, so the user hears why it was refused.
    const ext = extensionOf(path);
    if (explicit || INGESTIBLE.has(ext)) yield { path, fsPath, size: info.size };
    else yield { path, skipped: ext === '' ? '(none)' : `.${ext}` };
    return;
  }
  if (!info.isDirectory()) return;
  let real: string;
  try {
    real = (await realpath(raw, { encoding: 'buffer' })).toString('latin1');
  } catch (error) {
    yield { path, error: unreadable(error, 'cannot resolve') };
    return;
  }
  if (seenDirs.has(real)) return; // a symlink loop, or the same folder given twice
  seenDirs.add(real);
  let names: Buffer[];
  try {
    names = await readdir(raw, { encoding: 'buffer' });
  } catch (error) {
    yield { path, error: unreadable(error, 'cannot list folder') };
    return;
  }
  names.sort(Buffer.compare);
  const base = raw.at(-1) === SEP[0] ? raw : Buffer.concat([raw, SEP]);
  for (const name of names) yield* walkPath(Buffer.concat([base, name]), false, seenDirs);
}

function unreadable(error: unknown, what: string): { reason: FailureReason; message: string } {
  const e = error as NodeJS.ErrnoException;
  const detail = (e.message ?? String(error)).replace(/^\w+: /, '');
  return { reason: 'unreadable', message: `${what}: ${detail}` };
}
