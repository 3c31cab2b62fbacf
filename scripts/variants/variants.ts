/**
 * The variants corpus: every labelled sample re-rendered the ways councils' files really
 * come (see kinds.ts), each as `NAME~KIND.ext` beside `NAME~KIND.expected.json`, with a
 * manifest. Incremental: a file whose inputs and parameters have not changed is kept.
 *
 *   npm run variants -- [--out DIR] [--samples DIR] [--kinds a,b] [--quick] [--seed N] [--scan-samples N]
 *
 * --kinds takes kind ids or families (word, pdf, pdftotext, scan, bundle); --quick makes
 * every kind but one scan (200 dpi grey) on the two smallest samples of different
 * templates (scans and pdftotext exports on the first only), as CI does; --seed changes
 * every drawn parameter (scan skew, noise, JPEG quality, bundles…); --scan-samples sets how
 * many samples each scan kind scans (default 2, dealt so the scan kinds together cover every
 * sample; 0 scans every sample in every scan kind).
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { selectKinds, type VariantKind } from './kinds.js';
import { labelledSamples, type LabelledSample } from './labelledSamples.js';
import { makeVariants } from './makeVariants.js';
import { GENERATOR_VERSION, readManifest, writeManifest, type ManifestEntry } from './manifest.js';
import { planVariants } from './planVariants.js';
import { requireTool, runTool } from './runTool.js';
import { pdfPageCount } from './scanRendering.js';

export interface VariantsOptions {
  out: string;
  samples: string;
  kinds?: string[];
  quick?: boolean;
  seed?: number;
  /** Samples per scan kind (0 = every sample); default DEFAULT_SCAN_SAMPLES. */
  scanSamples?: number;
  log?: (line: string) => void;
}

export const DEFAULT_SEED = 1;
/** Each scan kind scans this many samples by default (six kinds × 2 covers ten samples). */
export const DEFAULT_SCAN_SAMPLES = 2;
/** The one scan kind of the quick set: the resolution OCR reads at by default. */
const QUICK_SCAN = 'scan-200-grey';

export async function generateVariants(o: VariantsOptions): Promise<{ entries: ManifestEntry[]; made: number; kept: number; failed: Array<{ file: string; error: string }> }> {
  const seed = o.seed ?? DEFAULT_SEED;
  const log = o.log ?? (() => undefined);
  mkdirSync(o.out, { recursive: true });
  const kinds = withBases(selectKinds(o.kinds));
  let samples = labelledSamples(o.samples);
  const textLayer = textLayerCheck();
  if (o.quick) samples = await quickSamples(samples, textLayer);
  let plans = await planVariants(samples, kinds, seed, textLayer, o.quick ? 0 : (o.scanSamples ?? DEFAULT_SCAN_SAMPLES));
  if (o.quick) {
    // Scans are the slow kind (to make and to read): the quick set has one, on one sample.
    // The eighteen pdftotext kinds are cheap to make but add up to read: on one sample too.
    const first = samples[0]!.name;
    plans = plans.filter((p) => (!p.kind.scan || p.kind.id === QUICK_SCAN) && ((!p.kind.scan && !p.kind.text) || p.samples[0]!.name === first));
  }
  const previous = readManifest(o.out);
  const done = new Map((previous?.entries ?? []).map((e) => [e.file, e]));
  const isCurrent = (e: ManifestEntry): boolean => done.get(e.file)?.key === e.key && existsSync(join(o.out, e.file)) && existsSync(join(o.out, e.expected));
  const todo = plans.filter((p) => !isCurrent(p.entry));
  log(`${plans.length} variants planned, ${plans.length - todo.length} already made, ${todo.length} to make`);
  // Kinds of this run are replaced wholesale (files no longer planned are removed); other
  // kinds made by earlier runs stay listed while their files are there. The manifest is
  // rewritten as each variant is made, so an interrupted run loses nothing it finished.
  const selected = new Set(kinds.map((k) => k.id));
  const kept = (previous?.entries ?? []).filter((e) => !selected.has(e.kind) && existsSync(join(o.out, e.file)));
  const ready = new Map(plans.filter((p) => isCurrent(p.entry)).map((p) => [p.entry.file, p.entry]));
  const save = (): void => writeManifest(o.out, { generator: GENERATOR_VERSION, seed, entries: [...kept, ...ready.values()] });
  save();
  const result = await makeVariants(o.out, todo, log, (v) => {
    ready.set(v.entry.file, v.entry);
    save();
  });
  const planned = new Set(plans.map((p) => p.entry.file));
  for (const f of readdirSync(o.out)) {
    const kind = /~([\w-]+)\.(?:expected\.json|[a-z0-9]+)$/.exec(f)?.[1];
    const file = f.replace(/\.expected\.json$/, '');
    if (kind && selected.has(kind) && ![...planned].some((p) => p === f || p.replace(/\.[^.]+$/, '') === file)) rmSync(join(o.out, f));
  }
  save();
  const entries = [...kept, ...ready.values()];
  return { entries, made: result.made.length, kept: plans.length - todo.length, failed: result.failed };
}

/** A run of any kind also makes its base rendering (the sample itself), so gaps can be scored. */
function withBases(kinds: VariantKind[]): VariantKind[] {
  const ids = new Set(kinds.map((k) => k.id));
  const all = selectKinds(undefined);
  for (const base of new Set(kinds.map((k) => k.base))) ids.add(base);
  return all.filter((k) => ids.has(k.id));
}

/** The two samples with the fewest PDF pages on different templates, sharing a docx and a text PDF. */
async function quickSamples(samples: LabelledSample[], textLayer: (s: LabelledSample) => Promise<boolean>): Promise<LabelledSample[]> {
  const sized: Array<{ s: LabelledSample; pages: number }> = [];
  for (const s of samples) if (s.docx && s.pdf && (await textLayer(s))) sized.push({ s, pages: await pdfPageCount(s.pdf) });
  sized.sort((a, b) => a.pages - b.pages || a.s.name.localeCompare(b.s.name));
  const out: LabelledSample[] = [];
  for (const { s } of sized) if (out.length < 2 && !out.some((o) => o.templates[0] === s.templates[0])) out.push(s);
  return out;
}

/** Whether a sample's PDF has text to export (the corpus's scan has none: no pdftotext or re-scan of it). */
function textLayerCheck(): (s: LabelledSample) => Promise<boolean> {
  const memo = new Map<string, Promise<boolean>>();
  return (s) => {
    if (!s.pdf) return Promise.resolve(false);
    if (!memo.has(s.pdf)) {
      const pdftotext = requireTool('pdftotext (poppler-utils)', 'pdftotext');
      memo.set(s.pdf, runTool(pdftotext, ['-l', '3', s.pdf, '-']).then((r) => r.stdout.toString('utf8').replace(/\s+/g, '').length > 40));
    }
    return memo.get(s.pdf)!;
  };
}

function parseArgs(argv: string[]): VariantsOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = value('--seed');
  if (seed !== undefined && !Number.isInteger(Number(seed))) throw new Error(`--seed takes an integer, not ${seed}`);
  return {
    out: resolve(value('--out') ?? '.variants'),
    samples: resolve(value('--samples') ?? 'samples'),
    kinds: value('--kinds')?.split(',').map((k) => k.trim()).filter(Boolean),
    quick: argv.includes('--quick'),
    seed: seed === undefined ? undefined : Number(seed),
    scanSamples: value('--scan-samples') === undefined ? undefined : Number(value('--scan-samples')),
    log: (line) => console.error(line),
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const r = await generateVariants(options);
  for (const f of r.failed) console.error(`FAILED ${f.file}: ${f.error}`);
  console.log(`${r.entries.length} variants in ${options.out} (${r.made} made, ${r.kept} kept, ${r.failed.length} failed) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = r.failed.length ? 1 : 0;
}
