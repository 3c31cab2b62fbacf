/**
 * Plans a variants run: which files to write, from which samples, with which parameters
 * (drawn from their ranges with the seed), and each one's key (the generator version, kind,
 * parameters and the bytes of everything it is made from), so a later run can skip what
 * is already there.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { VariantKind } from './kinds.js';
import type { ExpectedFile, LabelledSample } from './labelledSamples.js';
import { GENERATOR_VERSION, type ManifestEntry } from './manifest.js';
import { OFFICE_TARGETS, type OfficeTarget } from './officeRenderings.js';
import { drawScanParams, pdfPageCount } from './scanRendering.js';
import { planBundles, type BundlePlan } from './bundleRendering.js';
import { seededRandom } from './seededRandom.js';
import { drawSitePage } from './sitePage.js';

export interface PlannedVariant {
  entry: ManifestEntry;
  kind: VariantKind;
  samples: LabelledSample[];
  expected: ExpectedFile;
  bundle?: BundlePlan;
}

/**
 * `scanSamples`: how many samples each scan kind scans (0 = all). Scans are by far the
 * slowest variant to make and to read (seconds of ImageMagick and OCR per page), so by
 * default each scan kind takes its own few samples, drawn with the seed and dealt out in
 * turn so that together the scan kinds cover every sample.
 */
export async function planVariants(samples: readonly LabelledSample[], kinds: readonly VariantKind[], seed: number, hasTextLayer: (s: LabelledSample) => Promise<boolean>, scanSamples = 0): Promise<PlannedVariant[]> {
  const plans: PlannedVariant[] = [];
  const textPdfs: LabelledSample[] = [];
  for (const s of samples) if (s.pdf && (await hasTextLayer(s))) textPdfs.push(s);
  const dealt = seededRandom(seed, 'scan-samples').shuffle(textPdfs);
  let scanKind = 0;
  const scanned = (): LabelledSample[] => {
    if (scanSamples <= 0 || scanSamples >= dealt.length) return textPdfs;
    const start = (scanKind++ * scanSamples) % dealt.length;
    return Array.from({ length: scanSamples }, (_, i) => dealt[(start + i) % dealt.length]!);
  };
  for (const kind of kinds) {
    if (kind.from === 'bundle') {
      for (const bundle of planBundles(textPdfs, seededRandom(seed, 'bundles'))) {
        const params = { members: bundle.members.map((m) => m.name), cover: bundle.cover };
        plans.push(plan(kind, bundle.name, bundle.members, params, seed, { records: bundle.members.flatMap((m) => m.expected.records) }, bundle));
      }
      continue;
    }
    const from = kind.from === 'docx' ? samples.filter((s) => s.docx) : kind.scan ? scanned() : textPdfs;
    for (const s of from) {
      const params = await paramsFor(kind, s, seed);
      plans.push(plan(kind, s.name, [s], params, seed, s.expected));
    }
  }
  return plans;
}

async function paramsFor(kind: VariantKind, s: LabelledSample, seed: number): Promise<Record<string, unknown>> {
  const random = seededRandom(seed, `${s.name}~${kind.id}`);
  if (kind.scan) return { ...drawScanParams(random, kind.scan.dpi, kind.scan.colour, await pdfPageCount(s.pdf!)) };
  if (kind.text) return { ...kind.text };
  if (kind.id === 'gs-pdf') return { pdfSettings: random.pick(['/default', '/printer', '/prepress', '/ebook']), compatibilityLevel: random.pick(['1.4', '1.5', '1.7']) };
  if (kind.id === 'site-html') return { ...drawSitePage(random), via: OFFICE_TARGETS.html.convertTo };
  if (kind.id in OFFICE_TARGETS) return { convertTo: OFFICE_TARGETS[kind.id as OfficeTarget].convertTo };
  return {};
}

function plan(kind: VariantKind, name: string, samples: LabelledSample[], params: Record<string, unknown>, seed: number, expected: ExpectedFile, bundle?: BundlePlan): PlannedVariant {
  const base = `${name}~${kind.id}`;
  const hash = createHash('sha256').update(`${GENERATOR_VERSION}\n${kind.id}\n${JSON.stringify(params)}\n${JSON.stringify(expected)}\n`);
  for (const s of samples) hash.update(readFileSync(kind.from === 'docx' ? s.docx! : s.pdf!));
  const entry: ManifestEntry = {
    file: `${base}.${kind.ext}`,
    expected: `${base}.expected.json`,
    kind: kind.id,
    family: kind.family,
    base: kind.base,
    sources: samples.map((s) => s.name),
    templates: samples.flatMap((s) => s.templates),
    params,
    seed,
    key: hash.digest('hex').slice(0, 32),
  };
  return { entry, kind, samples, expected, ...(bundle ? { bundle } : {}) };
}
