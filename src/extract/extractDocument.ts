/**
 * Layout → EIA records: detect the template (or fall back to the generic extractor), split
 * bundles into one EIA each, extract each, and attach per-field confidence and provenance.
 * A document that is not an EIA, or an EIA form left blank, is reported as such with its
 * reason, never forced into a record.
 */
import type { Layout } from '../model/layout.js';
import type { Eia, Provenance } from '../model/record.js';
import { predict, type CalibrationModel, type ConfidenceContext } from './confidence/confidenceModel.js';
import { valueAt } from '../model/jsonPointer.js';
import { DocumentView } from './document/documentView.js';
import { findAnchors } from './document/findAnchors.js';
import { detectTemplate, type TemplateScore } from './engine/detectTemplate.js';
import { eiaEvidence } from './generic/eiaEvidence.js';
import { extractWithTemplate, type CompiledTemplate, type TemplateExtraction } from './engine/extractWithTemplate.js';
import { extractGeneric } from './generic/genericExtractor.js';
import type { Signals } from './record/recordBuilder.js';
import { provenanceOf } from './document/provenanceOf.js';
import { segmentDocument } from './engine/segmentDocument.js';

export interface ExtractedRecord {
  indexInFile: number;
  template: { id: string; confidence: number };
  extractor: { name: string; version: string };
  eia: Eia;
  confidence: Record<string, number>;
  provenance: Record<string, Provenance>;
  review: { status: 'auto' | 'needs-review' };
  /** What each confidence was computed from, by pointer: only when `ExtractOptions.keepSignals` asks (for fitting the model; never exported). */
  confidenceInputs?: { context: ConfidenceContext; signals: Record<string, Signals> };
}

export interface ExtractionOutcome {
  status: 'extracted' | 'not-eia' | 'empty-form';
  /** Why the document is not-eia or empty-form. */
  reason: string | null;
  detection: { template: string | null; confidence: number; eiaScore: number; scores: TemplateScore[] };
  records: ExtractedRecord[];
}

export interface ExtractOptions {
  templates: readonly CompiledTemplate[];
  generic: CompiledTemplate;
  model: CalibrationModel;
  /** A record with any field below this confidence needs review. */
  reviewThreshold: number;
  /** Keep each record's signals (scripts/calibrate.ts fits the confidence model on them). */
  keepSignals?: boolean;
}

/** Below this, a document with no known template is not an EIA. */
const MIN_EIA_SCORE = 0.4;

export function extractDocument(layout: Layout, options: ExtractOptions): ExtractionOutcome {
  const view = new DocumentView(layout);
  const detection = detectTemplate(view, options.templates);
  const template = detection.best ?? options.generic;
  // A form no template knows is read whole by the generic extractor, which also judges
  // whether the document is an EIA form at all (generic/formEvidence.ts).
  const generic = detection.best ? null : extractGeneric(view, options.generic);
  const eiaScore = generic ? generic.evidence : eiaEvidence(view);
  const detected = { template: detection.best?.definition.id ?? null, confidence: detection.confidence, eiaScore, scores: detection.scores };
  if (!detection.best && eiaScore < MIN_EIA_SCORE) {
    const top = detection.scores[0];
    return {
      status: 'not-eia',
      reason: `no EIA form found (EIA evidence ${eiaScore.toFixed(2)}; best template ${top ? `${top.id} ${top.score.toFixed(2)}` : 'none'})`,
      detection: detected,
      records: [],
    };
  }
  const extractions = generic ? [generic] : segmentDocument(view, template, findAnchors(view, template.anchors)).map((segment) => extractWithTemplate(segment, template));
  const answered = extractions.filter(hasAnswers);
  if (answered.length === 0) {
    return { status: 'empty-form', reason: `the ${template.definition.id} form has no answers filled in`, detection: detected, records: [] };
  }
  const context: ConfidenceContext = {
    templateConfidence: detection.confidence,
    source: layout.format === 'txt' ? `txt:${layout.meta?.textKind ?? 'plain'}` : layout.format,
    generic: detection.best === null,
  };
  const records = answered.map((x, i) => assemble(x, i, template, context, options));
  return { status: 'extracted', reason: null, detection: detected, records };
}

/** Whether an extraction found any answer a person wrote (not just the template's own words). */
function hasAnswers(x: TemplateExtraction): boolean {
  const e = x.builder.eia;
  return Boolean(
    e.title || e.purpose || e.scope || e.consultation || e.outcome || e.people.length ||
      e.actions.length || e.impacts.some((i) => i.narrative || (i.rating !== 'not-stated' && i.rating !== 'neutral')),
  );
}

function assemble(x: TemplateExtraction, indexInFile: number, template: CompiledTemplate, context: ConfidenceContext, options: ExtractOptions): ExtractedRecord {
  const confidence: Record<string, number> = {};
  const provenance: Record<string, Provenance> = {};
  for (const [pointer, evidence] of x.builder.evidence) {
    confidence[pointer] = round(predict(options.model, evidence.signals, context, valueAt(x.builder.eia, pointer)));
    const p = provenanceOf(evidence.pieces);
    if (p) provenance[pointer] = p;
  }
  const low = Object.values(confidence).some((c) => c < options.reviewThreshold);
  const def = template.definition;
  return {
    indexInFile,
    template: { id: def.id, confidence: round(context.templateConfidence) },
    extractor: { name: def.id, version: def.version },
    eia: x.builder.eia,
    confidence,
    provenance,
    review: { status: low ? 'needs-review' : 'auto' },
    ...(options.keepSignals ? { confidenceInputs: { context, signals: Object.fromEntries([...x.builder.evidence].map(([p, e]) => [p, e.signals])) } } : {}),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
