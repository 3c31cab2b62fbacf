/**
 * The confidence model, as the pipeline applies it, stays calibrated on the labelled corpus.
 *
 * Runs the real pipeline (convert → extract with calibration.json) on the corpus samples
 * (.docx, .pdf, .txt; the scan, read by OCR in about half a minute, is scored by ocr-scan.test.ts) and, when poppler's pdftotext is installed, on
 * the corpus PDFs exported again as text with and without -layout (the inputs on which the
 * pipeline makes most of its mistakes), scores every unit with src/eval as eia-score.mjs
 * does, and checks the figures scripts/calibrate.ts reported when it fitted the model.
 *
 * The bounds, at the pipeline's review thresholds (src/extract/confidence/reviewThreshold.ts:
 * one per reader, chosen by calibrate.ts on its leave-one-family-out predictions; templates
 * 0.5, generic reader 0.975): calibrate.ts measured, on exactly the inputs below (in its
 * training set, so in-sample), as the pipeline runs them (the templates): ECE 0.0008 over
 * 4,568 units of which 41 are wrong, none flagged; the same inputs read by the generic
 * extractor alone (what an unknown council's form gets): 90 %+ of its wrong units below its
 * threshold. The templates' rare, idiosyncratic mistakes are not told apart from their right
 * values on a family left out (leave-one-family-out the model catches none of them at any
 * threshold that does not flag many right values), so the threshold choice spends the review
 * work on the generic reader; the templates' bound here is only that the model still ranks
 * their wrong values below their right ones (AUC), as neither a bias-only model nor a flat
 * 0.99 does (AUC 0.5); the generic reader's bound is the 80 %. Both leave room for
 * extractor changes that move a few units (ECE ≤ 0.02 / 0.06, ≤ 8 % flagged) and fail when
 * the model is stale or a placeholder: then re-run `node dist/scripts/calibrate.js`, which
 * prints the leave-one-family-out figures too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocument } from '../../src/convert/convertDocument.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import {
  calibrationPoints,
  expectedCalibrationError,
  flaggedShare,
  parseExpectedFile,
  scoreRecord,
  summariseCalibration,
  wrongCaught,
  type ScoredUnit,
} from '../../src/eval/index.js';
import { CalibrationModel } from '../../src/extract/confidence/confidenceModel.js';
import calibration from '../../src/extract/confidence/calibration.json' with { type: 'json' };
import { REVIEW_THRESHOLDS } from '../../src/extract/confidence/reviewThreshold.js';
import type { CalibrationPoint } from '../../src/eval/index.js';
import { extractDocument } from '../../src/extract/extractDocument.js';
import { allExtractors } from '../../extractors/registry.js';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
/** The templates' threshold (what the pipeline's records are judged at here) and the generic reader's. */
const THRESHOLD = REVIEW_THRESHOLDS.templates;
const GENERIC_THRESHOLD = REVIEW_THRESHOLDS.generic;
const MAX_ECE = 0.02;
/** The templates' in-sample ranking of wrong below right values (AUC; 0.5 for a placeholder model): 0.944 measured. */
const MIN_TEMPLATE_AUC = 0.8;
const MAX_FLAGGED = 0.08;
/** The generic extractor alone on the same inputs: issue 9's share of wrong values to catch, and its ECE target. */
const GENERIC_MIN_WRONG_CAUGHT = 0.8;
/**
 * Its ECE here, in-sample on the samples read by the generic reader alone: 0.045 with generic
 * v3, 0.052 with v4 (fewer mistakes, harder ones). Issue 9's 0.05 is a target on families left
 * out, which calibrate.ts reports and holds overall; this bound keeps a little room above it
 * and still fails a stale or placeholder model (a flat 0.99 here: ECE ≈ 0.13).
 */
const GENERIC_MAX_ECE = 0.06;

const options = {
  extractors: allExtractors(),
  model: CalibrationModel.parse(calibration),
  reviewThreshold: REVIEW_THRESHOLDS,
};

/** The chance a wrong value's confidence is below a right one's (ties count half): 0.5 when confidence says nothing. */
function auc(points: readonly CalibrationPoint[]): number {
  const wrong = points.filter((p) => !p.correct).map((p) => p.confidence);
  const right = points.filter((p) => p.correct).map((p) => p.confidence);
  let s = 0;
  for (const w of wrong) for (const r of right) s += w < r ? 1 : w === r ? 0.5 : 0;
  return s / (wrong.length * right.length);
}
const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;

const genericOnly = { ...options, extractors: options.extractors.filter((e) => e.kind === 'generic') };

/** The file's units as the pipeline scores them, and as the generic extractor alone would. */
async function scoreFile(file: string, expectedName: string): Promise<{ pipeline: ScoredUnit[]; generic: ScoredUnit[] }> {
  const expected = parseExpectedFile(JSON.parse(readFileSync(join(SAMPLES, `${expectedName}.expected.json`), 'utf8')));
  const layout = await convertDocument(file, new Uint8Array(readFileSync(file)), DEFAULT_CONVERT_LIMITS);
  const score = (records: ReturnType<typeof extractDocument>['records']): ScoredUnit[] =>
    Array.from({ length: Math.max(expected.length, records.length) }, (_, i) => scoreRecord(expected[i] ?? null, records[i] ?? null)).flat();
  return { pipeline: score(extractDocument(layout, options).records), generic: score(extractDocument(layout, genericOnly).records) };
}

const CORPUS = readdirSync(SAMPLES)
  .filter((f) => /\.(docx|pdf|txt)$/.test(f) && !f.includes('-scan'))
  .sort();
const stem = (f: string): string => f.replace(/\.[^.]+$/, '');

describe('confidence calibration on the corpus', () => {
  const corpus: ScoredUnit[] = [];
  const derived: ScoredUnit[] = [];
  const generic: ScoredUnit[] = [];
  let tmp = '';

  beforeAll(async () => {
    for (const f of CORPUS) {
      const r = await scoreFile(join(SAMPLES, f), stem(f));
      corpus.push(...r.pipeline);
      generic.push(...r.generic);
    }
    if (!hasPdftotext) return;
    tmp = mkdtempSync(join(tmpdir(), 'eia-calibration-'));
    for (const f of CORPUS.filter((f) => f.endsWith('.pdf'))) {
      for (const [kind, flags] of [['layout', ['-layout']], ['plain', []]] as const) {
        const out = join(tmp, `${stem(f)}.${kind}.txt`);
        execFileSync('pdftotext', [...flags, join(SAMPLES, f), out]);
        const r = await scoreFile(out, stem(f));
        derived.push(...r.pipeline);
        generic.push(...r.generic);
      }
    }
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('gives every stated value a confidence', () => {
    const summary = summariseCalibration(corpus, THRESHOLD);
    expect(summary.units).toBeGreaterThan(2000);
    expect(summary.missingConfidence).toBe(0);
  });

  it('is calibrated on the corpus inputs', () => {
    const points = calibrationPoints(corpus);
    expect(expectedCalibrationError(points)).toBeLessThan(MAX_ECE);
    expect(flaggedShare(points, THRESHOLD)).toBeLessThan(MAX_FLAGGED);
  });

  it.skipIf(!hasPdftotext)(`is calibrated on the corpus and its pdftotext exports together, and flags most wrong values${hasPdftotext ? '' : ' (skipped: pdftotext is not installed; apt-get install poppler-utils)'}`, () => {
    const points = calibrationPoints([...corpus, ...derived]);
    const wrong = points.filter((p) => !p.correct).length;
    console.log(`calibration: ${points.length} units, ${wrong} wrong, ECE ${expectedCalibrationError(points)?.toFixed(4)}, AUC ${auc(points).toFixed(3)}, wrong below ${THRESHOLD} ${wrongCaught(points, THRESHOLD)?.toFixed(3)}, flagged ${flaggedShare(points, THRESHOLD)?.toFixed(3)}`);
    expect(wrong).toBeGreaterThan(30);
    expect(expectedCalibrationError(points)).toBeLessThan(MAX_ECE);
    expect(auc(points)).toBeGreaterThan(MIN_TEMPLATE_AUC);
    expect(flaggedShare(points, THRESHOLD)).toBeLessThan(MAX_FLAGGED);
  });

  it('sends most of the generic extractor\'s wrong values to review, and stays calibrated there', () => {
    const points = calibrationPoints(generic);
    const wrong = points.filter((p) => !p.correct).length;
    console.log(`calibration, generic extractor alone: ${points.length} units, ${wrong} wrong, ECE ${expectedCalibrationError(points)?.toFixed(4)}, wrong below ${GENERIC_THRESHOLD} ${wrongCaught(points, GENERIC_THRESHOLD)?.toFixed(3)}, flagged ${flaggedShare(points, GENERIC_THRESHOLD)?.toFixed(3)}`);
    expect(wrong).toBeGreaterThan(30);
    expect(expectedCalibrationError(points)).toBeLessThan(GENERIC_MAX_ECE);
    expect(wrongCaught(points, GENERIC_THRESHOLD)).toBeGreaterThanOrEqual(GENERIC_MIN_WRONG_CAUGHT);
  });

  it.skipIf(!hasPdftotext)(`does not claim plain-text exports are as reliable as Word${hasPdftotext ? '' : ' (skipped: pdftotext is not installed; apt-get install poppler-utils)'}`, () => {
    const points = calibrationPoints(derived);
    const meanConfidence = points.reduce((s, p) => s + p.confidence, 0) / points.length;
    const accuracy = points.filter((p) => p.correct).length / points.length;
    // Calibration in the large: on the harder inputs the average confidence tracks the accuracy.
    expect(Math.abs(meanConfidence - accuracy)).toBeLessThan(0.02);
    expect(expectedCalibrationError(points)).toBeLessThan(MAX_ECE);
  });
});
