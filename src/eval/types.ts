/**
 * What the evaluation reads and returns. The input types are structural and lenient so that
 * both the project's `Eia` and a parsed `NAME.expected.json` fit them; the scorer reads
 * exported JSON the same way.
 */

export interface EvalPerson {
  name?: string | null;
  role?: string | null;
  capacity?: string | null;
  date?: string | null;
}

export interface EvalImpact {
  characteristic?: string | null;
  group?: string | null;
  subgroup?: string | null;
  proposal?: number | null;
  rating?: string | null;
  narrative?: string | null;
  mitigation?: string | null;
  owner?: string | null;
}

export interface EvalAction {
  issue?: string | null;
  action?: string | null;
  milestone?: string | null;
  owner?: string | null;
  due?: string | null;
}

export interface EvalEia {
  title?: string | null;
  organisation?: string | null;
  directorate?: string | null;
  service?: string | null;
  activityType?: string | null;
  assessmentDate?: string | null;
  people?: readonly EvalPerson[];
  purpose?: string | null;
  scope?: string | null;
  consultation?: string | null;
  impacts?: readonly EvalImpact[];
  actions?: readonly EvalAction[];
  outcome?: string | null;
}

/** An exported (or in-memory) record: what it says and how sure it is, by JSON Pointer. */
export interface ActualRecord {
  template?: { id: string } | null;
  eia: EvalEia;
  confidence?: Readonly<Record<string, number>>;
}

/** One record of a NAME.expected.json file. */
export interface ExpectedRecord {
  template?: string | null;
  eia: EvalEia;
}

/**
 * One scored unit. `kind` is the value's field group ("title", "person", "person.role",
 * "impact", "impact.rating", "action.due", "template"…), the same names the extractor's
 * signals use. `expected` / `actual` are null when that side does not state the value;
 * `pointer` is the JSON Pointer of the actual value (null when there is none), and
 * `confidence` the record's confidence there (null when there is none).
 */
export interface ScoredUnit {
  pointer: string | null;
  kind: string;
  expected: string | null;
  actual: string | null;
  correct: boolean;
  confidence: number | null;
}
