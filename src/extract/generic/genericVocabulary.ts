/**
 * What the generic extractor knows about EIA forms in general, as data: the wordings that
 * recur across organisations' forms for each record field and each person's role, labels that
 * only end the answer before them, the words forms rate impacts with, and the shapes of
 * public bodies' names. The data lives beside the templates (extractors/generic.ts); the
 * logic that reads it lives here, in src/extract/generic/.
 */
import { z } from 'zod';
import { CAPACITIES } from '../../model/vocabulary.js';

/** Record fields a label's answer may fill, plus the two a "department and section" label splits into. */
export const GENERIC_FIELDS = ['title', 'directorate', 'service', 'activityType', 'assessmentDate', 'purpose', 'scope', 'consultation', 'outcome', 'organisation'] as const;
export type GenericField = (typeof GENERIC_FIELDS)[number];

const FieldLabels = z.object({
  field: z.enum(GENERIC_FIELDS),
  labels: z.array(z.string().min(1)).min(1),
  /**
   * The label asks for two things at once: "Name and overview of initiative" (title, then
   * purpose), "Department and section" (directorate, then service).
   */
  alsoFills: z.enum(GENERIC_FIELDS).optional(),
  /** A weaker wording: used only when no stronger label of the same field has an answer. */
  fallback: z.boolean().optional(),
  /**
   * One-word labels distinctive enough to be a label mid-paragraph ("… Centres Directorate
   * Adult Health"); other one-word labels ("Service", "Title") are too often words of an answer.
   */
  midText: z.boolean().optional(),
});

const PersonLabels = z.object({
  capacity: z.enum(CAPACITIES),
  labels: z.array(z.string().min(1)).min(1),
  /** The label is itself a job title ("Lead officer", "Head of Service"): the role when none is written. */
  roleFromLabel: z.boolean().optional(),
});

const RatingWords = z.object({
  /** Glyphs that mark a box as ticked, including what Wingdings ticks become ("P", "ü"). */
  ticked: z.array(z.string().min(1)),
  /** Glyphs of an empty box. */
  unticked: z.array(z.string().min(1)),
  /** Column headers → the rating a tick in that column gives. */
  columns: z.object({
    positive: z.array(z.string()),
    negative: z.array(z.string()),
    neutral: z.array(z.string()),
    unknown: z.array(z.string()),
    yes: z.array(z.string()),
    no: z.array(z.string()),
  }),
  /** Levels of adverse impact: any of them rates the row negative (the level stays in the narrative). */
  adverseLevels: z.array(z.string()),
  /** Questions whose Yes means a negative impact ("Potential for adverse impact?"). */
  adverseQuestions: z.array(z.string()),
  /** Answers that mean there is nothing to say ("N/A", "Not applicable"). */
  notApplicable: z.array(z.string()),
});

/**
 * A label's meaning from the words it holds, for the wordings no list can foresee ("Name of
 * the programme, project or policy", "Project lead completing this EHIA"). A term is a word,
 * a word ending in `*` (any word it begins), or several words in a row ("sign off").
 */
const LabelConcept = z
  .object({
    /** The field the label asks for, or the capacity of the person it names; neither: a label of no field. */
    field: z.enum(GENERIC_FIELDS).optional(),
    capacity: z.enum(CAPACITIES).optional(),
    /** Used only when no stronger label of the same field has an answer. */
    fallback: z.boolean().optional(),
    /** The label holds one of these... */
    any: z.array(z.string().min(1)).min(1),
    /** ...and, when given, one of these too... */
    with: z.array(z.string().min(1)).optional(),
    /** ...and none of these. */
    not: z.array(z.string().min(1)).optional(),
  })
  .refine((c) => !(c.field && c.capacity), 'a concept means a field or a person, not both');
export type LabelConcept = z.infer<typeof LabelConcept>;

export const GenericVocabulary = z.object({
  fields: z.array(FieldLabels).min(1),
  people: z.array(PersonLabels),
  /** Labels that fill no field but end the answer before them ("Reference number", "Version"). */
  otherLabels: z.array(z.string().min(1)),
  /**
   * Meanings by words, tried in order where no listed wording matched: the first concept a
   * label satisfies gives its meaning.
   */
  concepts: z.array(LabelConcept),
  /**
   * Words of the prompt a form prints under a label for the shape of its answer ("Name and
   * job title", "dd/mm/yyyy"): a line of nothing else is the label's, not its answer.
   */
  promptWords: z.array(z.string().min(1)),
  /** Words a person's name never holds: job titles, units, table headings ("Manager", "Health", "Email"). */
  notNameWords: z.array(z.string().min(1)),
  /** Kinds of public body whose full name ends with them ("County Council", "Constabulary"). */
  bodySuffixes: z.array(z.string().min(1)),
  /** Kinds of public body whose full name starts with them ("London Borough of", "University of"). */
  bodyPrefixes: z.array(z.string().min(1)),
  /** Words that cannot begin a body's name ("The County Council" names no body). */
  notBodyNames: z.array(z.string().min(1)),
  /** Names forms give themselves ("Equality Impact Assessment", "EqIA"): a heading "EIA – X" names X. */
  formNames: z.array(z.string().min(1)),
  /** How guidance printed after a label begins ("Please", "If so", "e.g."): it is part of the label, not the answer. */
  guidanceStarts: z.array(z.string().min(1)),
  /** Questions answered for all groups at once ("Will the policy have an impact on … protected characteristics?"). */
  allGroupsQuestions: z.array(z.string().min(1)),
  rating: RatingWords,
  /** An action plan's column headers, by the action field each column fills ("Lead", "By when"). */
  actionColumns: z.object({
    issue: z.array(z.string().min(1)),
    action: z.array(z.string().min(1)).min(1),
    milestone: z.array(z.string().min(1)),
    owner: z.array(z.string().min(1)),
    due: z.array(z.string().min(1)),
  }),
});
export type GenericVocabulary = z.infer<typeof GenericVocabulary>;

/** The generic extractor as data: its id and version (written on its records) and what it knows. */
export interface GenericDefinition {
  id: string;
  /** Bump when what the generic extractor produces changes (its code or this vocabulary). */
  version: string;
  vocabulary: GenericVocabulary;
}
