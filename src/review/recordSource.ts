/**
 * What the review page shows beside a record's fields: for a PDF the file's pages (rendered
 * by pageImage.ts) and their boxes, for Word, HTML and text the converted text that
 * provenance character ranges point into (the cached layout).
 */
import { statSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../store/openStore.js';
import { queryAll, queryOne } from '../store/query.js';
import { loadLayout } from '../store/readStore.js';
import { pageBoxes, type PageBox } from './pageImage.js';

export type RecordSource =
  | { kind: 'pdf'; path: string; pages: PageBox[] }
  | { kind: 'text'; text: string; note?: string }
  | { kind: 'none'; note: string };

/** A path the document was seen at that still holds a file of its size. */
export function sourcePath(db: Db, sha256: string): string | null {
  const size = queryOne(db, z.object({ size: z.number().int() }), 'SELECT size FROM documents WHERE sha256 = ?', sha256)?.size;
  const paths = queryAll(db, z.object({ path: z.string() }), 'SELECT path FROM document_paths WHERE sha256 = ? UNION SELECT path FROM documents WHERE sha256 = ?', sha256, sha256);
  return paths.map((p) => p.path).find((p) => statSync(p, { throwIfNoEntry: false })?.size === size) ?? null;
}

function layoutText(db: Db, sha256: string): string | null {
  const converter = queryOne(db, z.object({ converter: z.string() }), 'SELECT converter FROM layouts WHERE sha256 = ? ORDER BY created_at DESC LIMIT 1', sha256)?.converter;
  return converter === undefined ? null : (loadLayout(db, sha256, converter)?.text ?? null);
}

/** Page boxes are read once per document and server: opening a PDF to measure it costs more than a page view. */
const boxesCache = new Map<string, Promise<PageBox[]>>();

export async function recordSource(db: Db, sha256: string, format: string): Promise<RecordSource> {
  const path = sourcePath(db, sha256);
  if (format === 'pdf' && path) {
    let boxes = boxesCache.get(sha256);
    if (!boxes) boxesCache.set(sha256, (boxes = pageBoxes(path)));
    try {
      return { kind: 'pdf', path, pages: await boxes };
    } catch {
      boxesCache.delete(sha256);
    }
  }
  const text = layoutText(db, sha256);
  const note = format === 'pdf' ? `the PDF is no longer at a path the store knows: showing its converted text` : undefined;
  if (text !== null) return { kind: 'text', text, ...(note ? { note } : {}) };
  return { kind: 'none', note: 'neither the file nor its converted layout is in reach' };
}
