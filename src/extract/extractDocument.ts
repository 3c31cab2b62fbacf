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
import { splitBundle } from './splitBundle.js';
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
  detection: {
    /** The template that claimed the document; null when the generic reader took it. */
    template: string | null;
    /** Probability that the choice is right (the chosen template, or that none applies). */
    confidence: number;
    /** Every extractor's score, best first. */
    scores: ExtractorRanking[];
  };
  records: ExtractedRecord[];
}

export interface ExtractOptions extends AssembleOptions {
  /** Templates first, then the generic reader: on equal scores the earlier one wins. */
  extractors: readonly Extractor[];
}

export function extractDocument(layout: Layout, options: ExtractOptions): ExtractionOutcome {
  const whole = new DocumentView(layout);
  const parts = splitBundle(whole, options.extractors).map((view) => readPart(view, options));
  // A single EIA (the usual case) is reported as it was read; a bundle by its first EIA's
  // detection, with the records of every part that holds one, numbered in file order.
  const found = parts.filter((p) => p.status === 'extracted');
  if (found.length === 0) {
    // Nothing extracted: a blank form somewhere in the file says more than a cover page does.
    const p = parts.find((x) => x.status === 'empty-form') ?? parts[0]!;
    return { status: p.status, reason: p.reason, detection: p.detection, records: [] };
  }
  let index = 0;
  const records = found.flatMap((p) => p.eias.map((eia) => assembleRecord(eia, index++, p.extractor, context(layout, p), options)));
  return { status: 'extracted', reason: null, detection: found[0]!.detection, records };
}

interface Part {
  status: ExtractionOutcome['status'];
  reason: string | null;
  detection: ExtractionOutcome['detection'];
  extractor: Extractor;
  eias: RecordBuilder[];
  view: DocumentView;
}

/** One EIA's part of the file: the best extractor on it, and what it found. */
function readPart(view: DocumentView, options: ExtractOptions): Part {
  const ranked = options.extractors
    .map((extractor, order) => ({ extractor, order, ...extractor.score(view) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0];
  if (!best) throw new Error('extractDocument: no extractors configured');
  const chosen = best.extractor;
  const detection = {
    template: chosen.kind === 'template' ? chosen.id : null,
    confidence: detectionConfidence(ranked.filter((r) => r.extractor.kind === 'template').map((r) => r.score)),
    scores: ranked.map((r) => ({ id: r.extractor.id, score: r.score, detail: r.detail })),
  };
  const found = chosen.extract(view);
  if (found.notEia !== undefined) {
    const top = ranked.find((r) => r.extractor.kind === 'template');
    return { status: 'not-eia', reason: `${found.notEia}; best template ${top ? top.detail : 'none'}`, detection, extractor: chosen, eias: [], view };
  }
  // Cleaned first: an empty people row is no answer, and must not reach the model's validation.
  const eias = found.eias.map(cleanRecord).filter(hasAnswers);
  if (eias.length === 0) return { status: 'empty-form', reason: `the ${chosen.id} form has no answers filled in`, detection, extractor: chosen, eias: [], view };
  return { status: 'extracted', reason: null, detection, extractor: chosen, eias, view };
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
