/**
 * The files an ingest covers: each path given, and everything under each folder given
 * (recursively, in a stable order) whose extension a converter takes. A folder reached
 * twice through symlinks is walked once; a path that cannot be read is reported, not
 * thrown, so one bad corner of a share does not stop the batch.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { extensionOf, INGESTIBLE_EXTENSIONS } from '../convert/detectFormat.js';
import type { FailureReason } from '../model/outcome.js';

export type InputEntry = { path: string; size: number } | { path: string; error: { reason: FailureReason; message: string } };

const INGESTIBLE = new Set<string>(INGESTIBLE_EXTENSIONS);

export async function* walkInputs(inputs: readonly string[]): AsyncGenerator<InputEntry> {
  const seenDirs = new Set<string>();
  for (const input of inputs) yield* walkPath(input, true, seenDirs);
}

async function* walkPath(path: string, explicit: boolean, seenDirs: Set<string>): AsyncGenerator<InputEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { path, error: unreadable(error, explicit ? 'cannot open' : 'cannot follow') };
    return;
  }
  if (info.isFile()) {
    // Folders only contribute the formats we convert; a file named explicitly is always
    // tried, so the user hears why it was refused.
    if (explicit || INGESTIBLE.has(extensionOf(path))) yield { path, size: info.size };
    return;
  }
  if (!info.isDirectory()) return;
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    yield { path, error: unreadable(error, 'cannot resolve') };
    return;
  }
  if (seenDirs.has(real)) return; // a symlink loop, or the same folder given twice
  seenDirs.add(real);
  let names: string[];
  try {
    const dir = await opendir(path);
    names = [];
    for await (const entry of dir) names.push(entry.name);
  } catch (error) {
    yield { path, error: unreadable(error, 'cannot list folder') };
    return;
  }
  names.sort();
  for (const name of names) yield* walkPath(join(path, name), false, seenDirs);
}

function unreadable(error: unknown, what: string): { reason: FailureReason; message: string } {
  const e = error as NodeJS.ErrnoException;
  return { reason: 'unreadable', message: `${what}: ${e.code ?? ''} ${e.message ?? String(error)}`.trim() };
}
