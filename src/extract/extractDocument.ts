/**
 * Layout → EIA records: every extractor scores the document, the best one extracts (a known
 * template when one claims it, else the generic reader), and each EIA it found becomes a
 * record with per-field confidence and provenance. A document that is not an EIA, or an EIA
 * form left blank, is reported as such with its reason, never forced into a record.
 */
import type { Layout } from '../model/layout.js';
import type { ExtractionStatus } from '../model/outcome.js';
import { assembleRecord, type AssembleOptions, type ExtractedRecord } from './assembleRecord.js';
import type { ConfidenceContext } from './confidence/confidenceModel.js';
import { formEvidence } from './confidence/formEvidence.js';
import { DocumentView } from './document/documentView.js';
import { CLAIM_THRESHOLD, type Extractor } from './extractor.js';
import { hasAnswers } from './hasAnswers.js';
import { bundleRanges, partView, type PartRange } from './splitBundle.js';
import type { Detection, ExtractionPlan } from './extractionPlan.js';
import { cleanRecord } from './record/cleanRecord.js';
import type { RecordBuilder } from './record/recordBuilder.js';

export type { ExtractedRecord } from './assembleRecord.js';

export interface ExtractorRanking {
  id: string;
  score: number;
  detail: string;
}

export interface ExtractionOutcome {
  status: ExtractionStatus;
  /** Why the document is not-eia or empty-form. */
  reason: string | null;
  /** How the document (a bundle's first EIA) was detected. */
  detection: Detection;
  records: ExtractedRecord[];
  /** Where the parts are and who read each: enough to extract again without detecting again. */
  plan: ExtractionPlan;
  /** Ids of the extractors that read the file's parts, in file order, each once: what its records depend on beyond detection. */
  readBy: string[];
}

export interface ExtractOptions extends AssembleOptions {
  /** Templates first, then the generic reader: on equal scores the earlier one wins. */
  extractors: readonly Extractor[];
}

/**
 * `plan`: how this layout was read before, by extractors with the same detection keys
 * (model/extractionDependencies.ts): the parts are read by their planned extractors without
 * detecting again. A plan that does not fit (another view, an extractor gone) is ignored.
 */
export function extractDocument(layout: Layout, options: ExtractOptions, plan?: ExtractionPlan | null): ExtractionOutcome {
  const whole = new DocumentView(layout);
  const byId = new Map(options.extractors.map((e) => [e.id, e]));
  const fits = plan && plan.units === whole.units.length && plan.parts.every((p) => byId.has(p.extractor) && p.from <= p.to && p.to <= whole.units.length);
  const parts: Part[] = fits
    ? plan.parts.map((p) => readWith(partView(whole, p), p, byId.get(p.extractor)!, p.detection, options))
    : bundleRanges(whole, options.extractors).map((range) => readPart(whole, range, options));
  const readPlan: ExtractionPlan = {
    units: whole.units.length,
    parts: parts.map((p) => ({ from: p.range.from, to: p.range.to, whole: p.range.whole, extractor: p.extractor.id, detection: p.detection })),
  };
  // A single EIA (the usual case) is reported as it was read; a bundle by its first EIA's
  // detection, with the records of every part that holds one, numbered in file order.
  const found = parts.filter((p) => p.status === 'extracted');
  const readBy = [...new Set(parts.map((p) => p.extractor.id))];
  if (found.length === 0) {
    // Nothing extracted: a blank form somewhere in the file says more than a cover page does.
    const p = parts.find((x) => x.status === 'empty-form') ?? parts[0]!;
    return { status: p.status, reason: p.reason, detection: p.detection, records: [], readBy, plan: readPlan };
  }
  let index = 0;
  const records = found.flatMap((p) => p.eias.map((eia) => assembleRecord(eia, index++, p.extractor, context(layout, p), options)));
  return { status: 'extracted', reason: null, detection: found[0]!.detection, records, readBy, plan: readPlan };
}

interface Part {
  range: PartRange;
  status: ExtractionOutcome['status'];
  reason: string | null;
  detection: Detection;
  extractor: Extractor;
  eias: RecordBuilder[];
  view: DocumentView;
}

/** One EIA's part of the file: the best extractor on it, and what it found. */
function readPart(whole: DocumentView, range: PartRange, options: ExtractOptions): Part {
  const view = partView(whole, range);
  const ranked = options.extractors
    .map((extractor, order) => ({ extractor, order, ...extractor.score(view) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0];
  if (!best) throw new Error('extractDocument: no extractors configured');
  const detection: Detection = {
    template: best.extractor.kind === 'template' ? best.extractor.id : null,
    confidence: detectionConfidence(ranked.filter((r) => r.extractor.kind === 'template').map((r) => r.score)),
    scores: ranked.map((r) => ({ id: r.extractor.id, score: r.score, detail: r.detail })),
  };
  return readWith(view, range, best.extractor, detection, options);
}

/** What `chosen` finds in the part it was chosen for. */
function readWith(view: DocumentView, range: PartRange, chosen: Extractor, detection: Detection, options: ExtractOptions): Part {
  const found = chosen.extract(view);
  const part = { range, detection, extractor: chosen, view };
  if (found.notEia !== undefined) {
    const templates = new Set(options.extractors.filter((e) => e.kind === 'template').map((e) => e.id));
    const top = detection.scores.find((r) => templates.has(r.id));
    return { ...part, status: 'not-eia', reason: `${found.notEia}; best template ${top ? top.detail : 'none'}`, eias: [] };
  }
  // Cleaned first: an empty people row is no answer, and must not reach the model's validation.
  const eias = found.eias.map(cleanRecord).filter(hasAnswers);
  if (eias.length === 0) return { ...part, status: 'empty-form', reason: `the ${chosen.id} form has no answers filled in`, eias: [] };
  return { ...part, status: 'extracted', reason: null, eias };
}

function context(layout: Layout, part: Part): ConfidenceContext {
  return {
    templateConfidence: part.detection.confidence,
    source: layout.format === 'txt' ? `txt:${layout.meta?.textKind ?? 'plain'}` : layout.format,
    generic: part.extractor.kind === 'generic',
    // What the form shows it asks for, against which assembleRecord measures each record.
    form: formEvidence(part.view),
  };
}

/**
 * How sure the choice of template is, from the templates' scores (best first): a template
 * that clears the bar is surer the higher it scores and the further it leads the runner-up,
 * mapped into (0.5, 1); when none clears it, the surer that none applies the lower the best
 * one scored. A feature of the confidence model, so its formula is part of the fitted model.
 */
export function detectionConfidence(templateScores: readonly number[]): number {
  const top = templateScores[0] ?? 0;
  const second = templateScores[1] ?? 0;
  if (top < CLAIM_THRESHOLD) return clamp(1 - (top / CLAIM_THRESHOLD) * 0.5);
  return clamp(0.5 + 0.5 * Math.min(1, (top - second) / 0.3) * Math.min(1, top / 0.6));
}


function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}
