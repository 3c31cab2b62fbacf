/**
 * The variants corpus's manifest (`manifest.json` in the output folder): for every file
 * written, what it was made from, how (kind and drawn parameters, with the seed), and the
 * key that lets a later run skip it when nothing it depends on has changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const GENERATOR_VERSION = 'variants@1';

export const ManifestEntry = z.object({
  /** File name in the output folder: `NAME~KIND.ext`. */
  file: z.string(),
  /** Its expected records: `NAME~KIND.expected.json`. */
  expected: z.string(),
  kind: z.string(),
  family: z.string(),
  /** The rendering this kind's score is compared with (`docx` or `pdf`). */
  base: z.enum(['docx', 'pdf']),
  /** Sample names it was made from, in record order (several for a bundle). */
  sources: z.array(z.string()),
  /** Templates of its expected records, in order. */
  templates: z.array(z.string()),
  params: z.record(z.string(), z.unknown()),
  seed: z.number(),
  /** Hash of generator version, kind, parameters and the source files' bytes. */
  key: z.string(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({
  generator: z.string(),
  seed: z.number(),
  entries: z.array(ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;

export function manifestPath(dir: string): string {
  return join(dir, 'manifest.json');
}

export function readManifest(dir: string): Manifest | null {
  const path = manifestPath(dir);
  if (!existsSync(path)) return null;
  return Manifest.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function writeManifest(dir: string, manifest: Manifest): void {
  const entries = [...manifest.entries].sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(manifestPath(dir), `${JSON.stringify({ ...manifest, entries }, null, 1)}\n`);
}
