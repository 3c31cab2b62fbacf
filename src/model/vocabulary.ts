/**
 * The closed vocabularies of the normalised EIA model (shared/spec/eia-model.md, version 1).
 * Everything that names a characteristic, a rating, a capacity or a format uses these lists,
 * so a typo anywhere is a type error.
 */

/** The nine characteristics of the Equality Act 2010, then local extras, then `all` and `other`. */
export const CHARACTERISTICS = [
  'age',
  'disability',
  'sex',
  'gender-reassignment',
  'marriage-civil-partnership',
  'pregnancy-maternity',
  'race',
  'religion-belief',
  'sexual-orientation',
  'socio-economic',
  'rural',
  'armed-forces',
  'care-experienced',
  'carers',
  'health-inequalities',
  'all',
  'other',
] as const;
export type Characteristic = (typeof CHARACTERISTICS)[number];

/** The nine protected characteristics of the Equality Act 2010 (a subset of CHARACTERISTICS). */
export const PROTECTED_CHARACTERISTICS: readonly Characteristic[] = CHARACTERISTICS.slice(0, 9);

export const RATINGS = ['positive', 'negative', 'both', 'neutral', 'unknown', 'not-stated'] as const;
export type Rating = (typeof RATINGS)[number];

export const CAPACITIES = ['author', 'approver', 'accountable', 'team'] as const;
export type Capacity = (typeof CAPACITIES)[number];

export const IMPACT_GROUPS = ['service-users', 'staff'] as const;
export type ImpactGroup = (typeof IMPACT_GROUPS)[number];

/** Formats a record may name. The pipeline converts pdf, docx and txt; the rest are reserved by the spec. */
export const RECORD_FORMATS = ['pdf', 'docx', 'txt', 'html', 'doc', 'rtf', 'odt'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

export const REVIEW_STATUSES = ['auto', 'needs-review', 'reviewed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
