/**
 * Fits the confidence model (src/extract/confidence/calibration.json) on the labelled corpus.
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/calibrate.js [--samples DIR] [--forms DIR] [--out FILE] [--dry-run] [--dump FILE]
 *
 * --dry-run reports without writing; --dump writes the examples (features and the raw signals
 * behind them) as JSON, for trying out features.
 *
 * Training set: every sample in DIR with a NAME.expected.json (.docx, .pdf, .txt; scans
 * skipped), plus, when poppler's `pdftotext` is on PATH, each sample PDF exported again as
 * text both with `-layout` and plain: harder, more varied inputs on which the pipeline makes
 * real mistakes, so the model cannot learn that everything is right. Each document runs
 * through the real pipeline; every unit the scorer would score (src/eval) becomes one
 * example: the features behind its confidence → whether it was right.
 *
 * Reports leave-one-family-out (a family's documents never both fit and judge the model)
 * cross-validated and in-sample calibration (calibrateReport.ts), chooses the review
 * threshold of each reader on the cross-validated predictions (src/eval/chooseThresholds.ts;
 * `--threshold T` fixes one for both), then writes the model, its thresholds and a `fit`
 * block. Deterministic: the same corpus gives the same file. Refitting is this one command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { convertDocument } from '../src/convert/convertDocument.js';
import { DEFAULT_CONVERT_LIMITS } from '../src/convert/limits.js';
import { parseExpectedFile, scoreRecord, type ExpectedRecord } from '../src/eval/index.js';
import { CalibrationModel, features, modelGroup } from '../src/extract/confidence/confidenceModel.js';
import { DEFAULT_SETTINGS, fitCalibration, type TrainingUnit } from '../src/eval/fitConfidence.js';
import { report } from './calibrateReport.js';
import { valueAt } from '../src/model/jsonPointer.js';
import { extractDocument, type ExtractOptions } from '../src/extract/extractDocument.js';
import { allExtractors } from '../extractors/registry.js';
import type { Extractor } from '../src/extract/extractor.js';
import { REVIEW_THRESHOLDS } from '../src/extract/confidence/reviewThreshold.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : dflt;
};
const samplesDir = opt('--samples', join(ROOT, 'samples'));
/** Labelled forms of other organisations (no template knows them): the generic extractor's own training data. */
const formsDir = opt('--forms', join(ROOT, 'test/fixtures/other-forms'));
/**
 * The labelled form families' train split (test/fixtures/forms/families.json names each
 * document's family). Never the test split: it is held out from every fit and every choice.
 */
const familiesFile = opt('--families', join(ROOT, 'test/fixtures/forms/families.json'));
const outFile = opt('--out', join(ROOT, 'src/extract/confidence/calibration.json'));
const dumpFile = args.includes('--dump') ? opt('--dump', '') : null;

/** One input document and its expected records. */
interface Source {
  /** The EIA's name. */
  name: string;
  /** Its form: the template id for the samples, families.json's family for other forms (the unit of cross-validation). */
  family: string;
  /** "docx", "pdf", "txt", or "pdftotext-layout" / "pdftotext-plain" for derived exports. */
  variant: string;
  file: string;
  expected: ExpectedRecord[];
}

const INPUT = /\.(pdf|docx|txt)$/i;

const FamilyEntry = z.object({ file: z.string(), family: z.string(), split: z.string() });

/** Document name → family, from families.json's train split; {} without the file. */
function trainFamilies(): Map<string, string> {
  if (!existsSync(familiesFile)) return new Map();
  const entries = z.array(FamilyEntry).parse(JSON.parse(readFileSync(familiesFile, 'utf8')));
  return new Map(entries.filter((e) => e.split === 'train').map((e) => [basename(e.file).replace(/\.[^.]+$/, ''), e.family]));
}

/**
 * The labelled documents in `dir`; `familyOf` names each one's form (undefined: left out, so
 * nothing unlabelled by family, nor of the held-out split, reaches the fit).
 */
function corpus(dir: string, familyOf: (name: string, expected: ExpectedRecord[]) => string | undefined): Source[] {
  const files = readdirSync(dir).sort();
  const out: Source[] = [];
  for (const f of files) {
    if (!INPUT.test(f) || f.includes('-scan')) continue;
    const name = f.replace(/\.[^.]+$/, '');
    if (!files.includes(`${name}.expected.json`)) continue;
    const expected = parseExpectedFile(JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')));
    const family = familyOf(name, expected);
    if (family === undefined) continue;
    out.push({ name, family, variant: f.split('.').pop()!.toLowerCase(), file: join(dir, f), expected });
  }
  return out;
}

/** A sample's family: the template its expected record names (renditions of one form share it). */
const templateOf = (name: string, expected: ExpectedRecord[]): string => expected.find((r) => r.template)?.template ?? `sample:${name}`;

/** The corpus PDFs exported again by pdftotext, with and without -layout; [] without poppler. */
function derived(pdfs: Source[], tmp: string): Source[] {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    console.warn('warning: pdftotext is not on PATH; fitting without the derived text exports (poppler-utils)');
    return [];
  }
  const out: Source[] = [];
  for (const [variant, flags] of [['pdftotext-layout', ['-layout']], ['pdftotext-plain', []]] as const) {
    const dir = join(tmp, variant);
    mkdirSync(dir, { recursive: true });
    for (const s of pdfs) {
      const file = join(dir, `${s.name}.txt`);
      execFileSync('pdftotext', [...flags, s.file, file]);
      copyFileSync(join(samplesDir, `${s.name}.expected.json`), join(dir, `${s.name}.expected.json`));
      out.push({ ...s, variant, file });
    }
  }
  return out;
}

const run = (extractors: readonly Extractor[]): ExtractOptions => ({
  extractors,
  // The confidences of these runs are not used; the signals behind them are.
  model: { version: 1, groups: {} },
  reviewThreshold: REVIEW_THRESHOLDS,
  keepSignals: true,
});
/**
 * Each document is extracted twice: as the pipeline does, and with no known template, so that
 * the generic extractor (what a form from an unknown council gets) is calibrated on real
 * mistakes too rather than inheriting the templates' confidence.
 */
const RUNS: ReadonlyArray<{ prefix: string; options: ExtractOptions }> = [
  { prefix: '', options: run(allExtractors()) },
  { prefix: 'generic:', options: run(allExtractors().filter((e) => e.kind === 'generic')) },
];

/** Runs one document through the pipeline; every scored unit with a pointer becomes an example. */
async function examples(source: Source): Promise<{ units: TrainingUnit[]; unmatched: number }> {
  const bytes = new Uint8Array(readFileSync(source.file));
  const units: TrainingUnit[] = [];
  let unmatched = 0;
  let layout: Awaited<ReturnType<typeof convertDocument>>;
  try {
    layout = await convertDocument(source.file, bytes, DEFAULT_CONVERT_LIMITS);
  } catch (e) {
    console.warn(`${source.variant} ${source.name}: not converted: ${e instanceof Error ? e.message : String(e)}`);
    return { units, unmatched };
  }
  // Other organisations' forms go to the generic extractor either way: run them once.
  for (const { prefix, options } of source.variant === 'other-form' ? RUNS.slice(0, 1) : RUNS) {
    const variant = `${prefix}${source.variant}`;
    const outcome = extractDocument(layout, options);
    if (outcome.status !== 'extracted') console.warn(`${variant} ${source.name}: ${outcome.status} ${outcome.reason ?? ''}`);
    const n = Math.max(source.expected.length, outcome.records.length);
    for (let i = 0; i < n; i++) {
      const record = outcome.records[i] ?? null;
      const inputs = record?.confidenceInputs;
      if (!record || !inputs) continue;
      for (const u of scoreRecord(source.expected[i] ?? null, record)) {
        if (u.pointer === null) continue;
        const signals = inputs.signals[u.pointer];
        if (!signals) {
          unmatched++;
          continue;
        }
        const value = valueAt(record.eia, u.pointer);
        units.push({
          document: source.name,
          family: source.family,
          variant,
          kind: u.kind,
          group: modelGroup(signals.field, inputs.context.generic),
          x: features(signals, inputs.context, value),
          correct: u.correct,
          ...(dumpFile ? { raw: { signals, context: inputs.context, value, expected: u.expected, actual: u.actual } } : {}),
        });
      }
    }
  }
  return { units, unmatched };
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'eia-calibrate-'));
  try {
    const base = corpus(samplesDir, templateOf);
    const families = trainFamilies();
    // forms/train holds the other-forms labels too (re-checked): each document once, by name.
    const trainDir = join(dirname(familiesFile), 'train');
    const train = existsSync(trainDir) ? corpus(trainDir, (name) => families.get(name)) : [];
    const seen = new Set(train.map((s) => s.name));
    const other = existsSync(formsDir) ? corpus(formsDir, (name) => (seen.has(name) ? undefined : (families.get(name) ?? `other-form:${name}`))) : [];
    const forms = [...train, ...other].map((s) => ({ ...s, variant: 'other-form' }));
    const sources = [...base, ...derived(base.filter((s) => s.variant === 'pdf'), tmp), ...forms];
    const units: TrainingUnit[] = [];
    let unmatched = 0;
    for (const s of sources) {
      const r = await examples(s);
      units.push(...r.units);
      unmatched += r.unmatched;
    }
    if (unmatched) console.warn(`warning: ${unmatched} scored units had no signals`);
    if (dumpFile) writeFileSync(dumpFile, JSON.stringify(units));
    const fixed = args.includes('--threshold') ? Number(opt('--threshold', '')) : undefined;
    if (fixed !== undefined && !(fixed > 0 && fixed < 1)) throw new Error('--threshold takes a number between 0 and 1');
    const fit = fitCalibration(units, { ...DEFAULT_SETTINGS, ...(fixed !== undefined ? { threshold: fixed } : {}) });
    console.log(report(units, fit).join('\n'));
    const model = CalibrationModel.parse(fit.model);
    const json = `${JSON.stringify(model, null, 2)}\n`;
    if (args.includes('--dry-run')) console.log(`(dry run: ${outFile} not written)`);
    else {
      writeFileSync(outFile, json);
      console.log(`wrote ${outFile}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
