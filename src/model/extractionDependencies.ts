/**
 * What a document's stored extraction depends on, finer than the extractor set key: the
 * shared engine's version, every installed extractor's detection key in ranking order (they
 * decide how the file is cut into parts and which extractor reads each), and the version of
 * each extractor that did read a part. When the engine and every detection key are the same
 * as now, and every extractor that read the document still has its version, extracting it
 * again would give the same records: a re-run after one template improves keeps the other
 * templates' documents as they are, without loading their layouts. Pure.
 */
import { z } from 'zod';

export const ExtractionDependencies = z.object({
  engine: z.string(),
  /** "id#detectionKey" of every installed extractor, in ranking order (ties go to the earlier one). */
  detect: z.array(z.string()),
  /** Version of each extractor that read a part of the file, by id. */
  read: z.record(z.string(), z.string()),
});
export type ExtractionDependencies = z.infer<typeof ExtractionDependencies>;

/** The extraction code installed now: the engine's version and the extractors (extract/extractor.ts) in ranking order. */
export interface InstalledExtraction {
  engine: string;
  extractors: ReadonlyArray<{ id: string; version: string; detectionKey: string }>;
}

/** The dependencies of an extraction just made by `installed`, read by the extractors `readBy`. */
export function dependenciesOf(installed: InstalledExtraction, readBy: readonly string[]): ExtractionDependencies {
  const versions = new Map(installed.extractors.map((e) => [e.id, e.version]));
  return {
    engine: installed.engine,
    detect: installed.extractors.map((e) => `${e.id}#${e.detectionKey}`),
    read: Object.fromEntries(readBy.map((id) => [id, versions.get(id) ?? '?'])),
  };
}

function parse(stored: string | null): ExtractionDependencies | null {
  if (stored === null) return null;
  try {
    const p = ExtractionDependencies.safeParse(JSON.parse(stored));
    return p.success ? p.data : null;
  } catch {
    return null;
  }
}

function sameDetection(d: ExtractionDependencies, installed: InstalledExtraction): boolean {
  if (d.engine !== installed.engine) return false;
  const detect = installed.extractors.map((e) => `${e.id}#${e.detectionKey}`);
  return d.detect.length === detect.length && d.detect.every((x, i) => x === detect[i]);
}

/**
 * Whether `installed` would detect the document as it did when `stored` (as saved, JSON;
 * null for extractions older than this record) was made: then its extraction plan holds.
 */
export function detectionCurrent(stored: string | null, installed: InstalledExtraction): boolean {
  const d = parse(stored);
  return d !== null && sameDetection(d, installed);
}

/** Whether the extraction `stored` describes would come out the same from `installed`. */
export function stillCurrent(stored: string | null, installed: InstalledExtraction): boolean {
  const d = parse(stored);
  if (d === null || !sameDetection(d, installed)) return false;
  const versions = new Map(installed.extractors.map((e) => [e.id, e.version]));
  return Object.entries(d.read).every(([id, version]) => versions.get(id) === version);
}
