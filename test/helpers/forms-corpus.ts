/**
 * The documents the form-clustering tests cluster, each with its form family: the samples
 * (family = the template of their golden), shared/other-forms and the labelled train forms
 * (family from test/fixtures/forms/families.json). The real openings of shared/other-forms
 * are all in the repo (families.json `origin: real`: 14 in train, 7 in test), so a clean clone
 * needs nothing outside it; of the test split only those seven texts are read, as anyone may
 * read shared/other-forms, and only their family name comes from families.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertDocument } from '../../src/convert/convertDocument.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { fingerprintLayout, type Fingerprint } from '../../src/forms/fingerprint.js';
import type { Layout } from '../../src/model/layout.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TRAIN_DIR = `${ROOT}test/fixtures/forms/train/`;
const SAMPLES_DIR = `${ROOT}samples/`;
const FORMS_DIR = `${ROOT}test/fixtures/forms/`;

export interface CorpusDocument {
  path: string;
  family: string;
  layout: Layout;
  fingerprint: Fingerprint;
}

interface FamilyEntry {
  file: string;
  family: string;
  split: 'train' | 'test';
  origin: 'real' | 'invented';
}

export async function loadFormsCorpus(options: { samples: boolean }): Promise<CorpusDocument[]> {
  const entries = JSON.parse(readFileSync(`${FORMS_DIR}families.json`, 'utf8')) as FamilyEntry[];
  const families = new Map(entries.map((f) => [basename(f.file), f.family]));
  const files: Array<{ path: string; family: string }> = [];
  if (options.samples) {
    // The scan is left out: OCR takes a minute, and its three siblings are the same form.
    for (const f of readdirSync(SAMPLES_DIR).filter((n) => /\.(docx|pdf|txt)$/.test(n) && !n.includes('-scan')).sort()) {
      const golden = JSON.parse(readFileSync(`${SAMPLES_DIR}${f.replace(/\.[a-z]+$/, '')}.expected.json`, 'utf8')) as { records: Array<{ template: string }> };
      files.push({ path: `${SAMPLES_DIR}${f}`, family: golden.records[0]!.template });
    }
  }
  const train = readdirSync(TRAIN_DIR).filter((n) => n.endsWith('.txt')).sort();
  for (const f of train) files.push({ path: `${TRAIN_DIR}${f}`, family: familyOf(families, f) });
  // shared/other-forms' openings that are not train documents: the real ones of the test split.
  for (const e of entries.filter((x) => x.origin === 'real' && x.split === 'test').sort((a, b) => basename(a.file).localeCompare(basename(b.file)))) {
    files.push({ path: `${FORMS_DIR}${e.file}`, family: e.family });
  }
  const out: CorpusDocument[] = [];
  for (const f of files) {
    const layout = await convertDocument(f.path, new Uint8Array(readFileSync(f.path)), DEFAULT_CONVERT_LIMITS);
    out.push({ ...f, layout, fingerprint: fingerprintLayout(layout) });
  }
  return out;
}

function familyOf(families: ReadonlyMap<string, string>, file: string): string {
  const family = families.get(file);
  if (!family) throw new Error(`${file} has no family in families.json`);
  return family;
}

/** A seeded shuffle (mulberry32 + Fisher–Yates), so a failure can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const random = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
