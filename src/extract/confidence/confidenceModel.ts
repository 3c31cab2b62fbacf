/**
 * Confidence = the probability that a value is right. A logistic model per kind of value
 * (title, person.role, impact.rating, …) over the evidence behind it: how well its label
 * matched, how it was found, the extractor's own plausibility check, how sure template
 * detection was, and what the source was (Word, PDF, which kind of text export). The
 * weights are fitted on labelled documents by `scripts/calibrate.ts` (see README,
 * "Confidence"), which also reports how well calibrated the result is.
 */
import { z } from 'zod';
import type { Signals } from '../record/recordBuilder.js';
import type { FormEvidence } from './formEvidence.js';
import type { RecordCoverage } from './recordCoverage.js';
import { ReviewThresholds } from '../../model/reviewThresholds.js';
import { sigmoid } from './sigmoid.js';

export interface ConfidenceContext {
  /** How sure template detection was, in [0, 1]. */
  templateConfidence: number;
  /** "docx", "pdf", or "txt:tabbed" / "txt:layout" / "txt:plain". */
  source: string;
  /** Extracted by the generic extractor rather than a known template. */
  generic: boolean;
  /** What the form shows it asks for (the part of the document the record came from). */
  form?: FormEvidence;
  /** How much of that the record holds (set by assembleRecord, per record). */
  coverage?: RecordCoverage;
}

/** How one reader's values fared, cross-validated, at its threshold. */
const ReaderFigures = z.object({ units: z.number(), wrong: z.number(), ece: z.number(), wrongBelowThreshold: z.number(), flaggedShare: z.number() });

export const CalibrationModel = z.object({
  version: z.literal(1),
  /**
   * Field groups → feature weights. "default" covers groups with too little data for a model
   * of their own; another group lists only the weights where it differs from "default".
   */
  groups: z.record(z.string(), z.record(z.string(), z.number())),
  /**
   * Confidence below which a value needs a reviewer, per reader, chosen by scripts/calibrate.ts
   * on the leave-one-family-out predictions (see reviewThreshold.ts).
   */
  reviewThresholds: ReviewThresholds.optional(),
  /** How the weights were fitted and how calibrated they proved (for the README and `eia status`). */
  fit: z
    .object({
      /** Documents (one EIA in one rendition) and scored units the model was fitted on. */
      documents: z.number(),
      /** Form families (the folds of cross-validation). */
      families: z.number().optional(),
      units: z.number(),
      /** In-sample and cross-validated expected calibration error (10 bins). */
      ece: z.number(),
      /** How the cross-validated figures were made: "leave-one-family-out". */
      crossValidation: z.string().optional(),
      crossValidatedEce: z.number(),
      /** Share of wrong units below the review threshold, in-sample and cross-validated. */
      wrongBelowThreshold: z.number().optional(),
      crossValidatedWrongBelowThreshold: z.number().optional(),
      /** Share of all units below the review threshold, in-sample and cross-validated. */
      flaggedShare: z.number().optional(),
      crossValidatedFlaggedShare: z.number().optional(),
      thresholds: ReviewThresholds.optional(),
      /** Cross-validated figures per reader ("templates", "generic"), each at its own threshold. */
      crossValidatedByReader: z.record(z.string(), ReaderFigures).optional(),
      /**
       * The cross-validated catch and flagged share when each family's thresholds are chosen
       * without it too (nested): the thresholds are fitted, so this is what a new family should expect.
       */
      thresholdsLeftOut: z.object({ wrongBelowThreshold: z.number(), flaggedShare: z.number() }).optional(),
    })
    .optional(),
});
export type CalibrationModel = z.infer<typeof CalibrationModel>;

/**
 * Fields the scorer judges through another unit: an impact's key fields and label are right
 * when the impact (keyed by them) is, a person's name when the person is.
 */
const GROUP_OF: Readonly<Record<string, string>> = {
  'impact.characteristic': 'impact',
  'impact.group': 'impact',
  'impact.subgroup': 'impact',
  'impact.proposal': 'impact',
  'impact.label': 'impact',
  'person.name': 'person',
};

/** The field group of a signal: "impact.narrative", "person.role", "title"… */
export function groupOf(field: string): string {
  return GROUP_OF[field] ?? field;
}

/** Words in a text value (runs of letters and digits). */
function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) n++;
  return n;
}

/**
 * The model's inputs for one value: the evidence (label match, how it was found, plausibility),
 * the document (template detection, generic extractor, source format), the value itself, and
 * how much of what its form asks for the record holds. One-hot features name the field group
 * (so the shared model still knows which kind of value it scores), the method and the source.
 * `logWords` is the value's length: a one-word narrative, or a paragraph where a name
 * belongs, is suspect. The coverage features are what tells the model a reader is out of its
 * depth on a form it has never seen: how much of a grid the form prints (`gridLabels`) and how
 * much of it was not read (`gridMissing`), a
 * record drawn from a sliver of the text (`logTextUsed`), no title, no one named under a
 * sign-off block; an impact row whose rating is `unknown` (`ratingUnknown`: a row with no
 * mark read in it). (Method within source, once a feature, is left out: its hundred rare
 * combinations fitted the families in the fit and misled on the family left out.)
 */
export function features(signals: Signals, context: ConfidenceContext, value?: unknown): Record<string, number> {
  const method = signals.method ?? 'none';
  const x: Record<string, number> = {
    bias: 1,
    labelScore: signals.labelScore ?? 1,
    quality: signals.quality ?? 1,
    templateConfidence: context.templateConfidence,
    generic: context.generic ? 1 : 0,
  };
  x[`field=${groupOf(signals.field)}`] = 1;
  x[`method=${method}`] = 1;
  x[`source=${context.source}`] = 1;
  if (typeof value === 'string') x.logWords = Math.log1p(wordCount(value));
  // A grid row found with no mark read in it: on forms the model has not seen, such rows are often not rows at all.
  if (isImpactGroup(signals.field)) x.ratingUnknown = ratingOf(value) === 'unknown' ? 1 : 0;
  // How much of a grid the form prints (share of the Equality Act's nine named as labels): a reader facing a grid has more to get wrong.
  if (context.form) x.gridLabels = context.form.characteristicLabels / 9;
  const c = context.coverage;
  if (c) {
    x.gridMissing = c.gridMissing;
    x.textUsed = c.textUsed;
    // Readers that fail read a percent of the text, readers that work a third of it: the log separates them.
    x.logTextUsed = Math.log10(Math.max(c.textUsed, MIN_TEXT_USED));
    x.noTitle = c.noTitle ? 1 : 0;
    x.noSignOff = c.noSignOff ? 1 : 0;
  }
  return x;
}

const isImpactGroup = (field: string): boolean => field === 'impact.rating' || groupOf(field) === 'impact';

/** An impact's rating: the value itself (impact.rating) or the row's (the impact). */
function ratingOf(value: unknown): unknown {
  if (typeof value === 'string') return value;
  return typeof value === 'object' && value !== null && 'rating' in value ? value.rating : undefined;
}

/** Below this share of the text used, less is no worse (and log 0 is no number). */
const MIN_TEXT_USED = 0.001;

export { sigmoid };

/** Never claim certainty: a probability of exactly 0 or 1 cannot be calibrated. */
const FLOOR = 0.005;
const CEILING = 0.995;

/**
 * The confidence the model gives features `x` of a value in `group`. A group lists only the
 * weights where it differs from "default"; a group without a model of its own is "default".
 */
/**
 * The generic extractor's values are calibrated apart from the templates' ("generic:title",
 * base "generic:default"): two extractors, two error rates, and neither should pull the
 * other's confidence.
 */
export const GENERIC_PREFIX = 'generic:';

/** The model group a value's confidence is read from. */
export function modelGroup(field: string, generic: boolean): string {
  return `${generic ? GENERIC_PREFIX : ''}${groupOf(field)}`;
}

/** The base group of a group's family: "default", or "generic:default" for the generic extractor. */
export function familyBase(group: string): string {
  return group.startsWith(GENERIC_PREFIX) ? `${GENERIC_PREFIX}default` : 'default';
}

export function confidenceOf(model: CalibrationModel, group: string, x: Readonly<Record<string, number>>): number {
  const base = model.groups[familyBase(group)] ?? model.groups.default ?? {};
  const own = group === familyBase(group) ? undefined : model.groups[group];
  let z = 0;
  for (const [k, v] of Object.entries(x)) z += (own?.[k] ?? base[k] ?? 0) * v;
  return Math.min(CEILING, Math.max(FLOOR, sigmoid(z)));
}

export function predict(model: CalibrationModel, signals: Signals, context: ConfidenceContext, value?: unknown): number {
  return confidenceOf(model, modelGroup(signals.field, context.generic), features(signals, context, value));
}
