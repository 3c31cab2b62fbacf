/**
 * The exported EIA record as zod schemas: shared/spec/eia-model.md is the meaning,
 * shared/spec/eia.schema.json the contract (test/unit/model-schema.test.ts checks that
 * what these schemas accept, that JSON Schema accepts too).
 */
import { z } from 'zod';
import { CAPACITIES, CHARACTERISTICS, IMPACT_GROUPS, RATINGS, RECORD_FORMATS, REVIEW_STATUSES } from './vocabulary.js';

/** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the text gives no more. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const Person = z.object({
  name: z.string().min(1),
  role: z.string().nullable(),
  capacity: z.enum(CAPACITIES),
  date: PartialDate.nullable(),
});
export type Person = z.infer<typeof Person>;

export const Impact = z.object({
  characteristic: z.enum(CHARACTERISTICS),
  label: z.string(),
  group: z.enum(IMPACT_GROUPS).nullable(),
  subgroup: z.string().nullable(),
  proposal: z.number().int().min(1).nullable(),
  rating: z.enum(RATINGS),
  narrative: z.string().nullable(),
  mitigation: z.string().nullable(),
  owner: z.string().nullable(),
});
export type Impact = z.infer<typeof Impact>;

export const Action = z.object({
  issue: z.string().nullable(),
  action: z.string().nullable(),
  milestone: z.string().nullable(),
  owner: z.string().nullable(),
  due: z.string().nullable(),
});
export type Action = z.infer<typeof Action>;

export const Section = z.object({
  ref: z.string().nullable(),
  heading: z.string(),
  text: z.string(),
});
export type Section = z.infer<typeof Section>;

export const Eia = z.object({
  title: z.string().nullable(),
  organisation: z.string().nullable(),
  directorate: z.string().nullable(),
  service: z.string().nullable(),
  activityType: z.string().nullable(),
  assessmentDate: PartialDate.nullable(),
  people: z.array(Person),
  purpose: z.string().nullable(),
  scope: z.string().nullable(),
  consultation: z.string().nullable(),
  impacts: z.array(Impact),
  actions: z.array(Action),
  outcome: z.string().nullable(),
  sections: z.array(Section),
});
export type Eia = z.infer<typeof Eia>;

/** The scalar text fields of `eia`, in the order the spec lists them. */
export const EIA_SCALAR_FIELDS = [
  'title', 'organisation', 'directorate', 'service', 'activityType', 'assessmentDate',
  'purpose', 'scope', 'consultation', 'outcome',
] as const;
export type EiaScalarField = (typeof EIA_SCALAR_FIELDS)[number];

/**
 * Where a value came from: page (1-based; null for formats without pages), bbox in PDF
 * user-space points [x0, y0, x1, y1] with the origin at the page's bottom-left (PDF only),
 * and [start, end) character offsets into the converted layout's `text`.
 */
export const Provenance = z.object({
  page: z.number().int().nullable(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Provenance = z.infer<typeof Provenance>;

/** A JSON Pointer into `eia` ("/title", "/impacts/3/rating") → value. */
export const PointerMap = <T extends z.ZodType>(value: T) => z.record(z.string().regex(/^\/[^\s]*$/), value);

export const EiaRecord = z.object({
  schemaVersion: z.literal(1),
  document: z.object({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: z.enum(RECORD_FORMATS),
    pages: z.number().int().min(1).nullable(),
    indexInFile: z.number().int().min(0),
  }),
  template: z.object({ id: z.string(), confidence: z.number().min(0).max(1) }),
  extractor: z.object({ name: z.string(), version: z.string() }),
  eia: Eia,
  confidence: PointerMap(z.number().min(0).max(1)),
  provenance: PointerMap(Provenance),
  /** `reasons`: what a needs-review record lacks that its form always has ("no-impact-rows", "no-title"…); absent when nothing is missing. */
  review: z.object({ status: z.enum(REVIEW_STATUSES), reasons: z.array(z.string()).optional() }),
});
export type EiaRecord = z.infer<typeof EiaRecord>;

/** An `eia` with every field empty: the starting point of every extractor. */
export function emptyEia(): Eia {
  return {
    title: null, organisation: null, directorate: null, service: null, activityType: null,
    assessmentDate: null, people: [], purpose: null, scope: null, consultation: null,
    impacts: [], actions: [], outcome: null, sections: [],
  };
}
