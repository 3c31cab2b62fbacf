/**
 * The generic extractor: for a form no known template describes. Where a template names
 * every label of one form, this reads any form by what EIA forms have in common: it reads the
 * document as a strip of cells (strip.ts), finds every label, known or not (labels.ts), pairs
 * each with its answer (pairs.ts), and maps them to the record by meaning: fields
 * (fieldsFromPairs.ts), people (peopleFromPairs.ts), the issuing body (organisation.ts),
 * impacts (impacts/). The vocabulary that gives labels their meaning is data
 * (extractors/generic.ts). It also judges whether the document is an assessment form at all
 * (formEvidence.ts). What comes out is the same as a template's: an `eia` with evidence
 * behind every value, so confidence and provenance work the same way.
 */
import type { DocumentView } from '../document/documentView.js';
import { ActionColumns, extractActionPlan } from './actionPlan.js';
import { addLabelledActions, labelledActions } from './labelledActions.js';
import { ColumnWords } from './impacts/columns.js';
import { CLAIM_THRESHOLD, type Extractor, type ExtractorResult, type ExtractorScore } from '../extractor.js';
import { RecordBuilder } from '../record/recordBuilder.js';
import { fieldsFromPairs } from './fieldsFromPairs.js';
import { formEvidence } from './formEvidence.js';
import { headingTitleFinder } from './headingTitle.js';
import { extractImpacts } from './impacts/extractImpacts.js';
import { KnownLabels } from './knownLabels.js';
import { findLabels } from './labels.js';
import { withConcepts } from './conceptLabels.js';
import { LabelConcepts } from './labelConcepts.js';
import { promptTest, type PromptTest } from './answerPrompts.js';
import { BodyFinder, extractOrganisation } from './organisation.js';
import { findPairs } from './pairs.js';
import { peopleFromPairs } from './peopleFromPairs.js';
import { sectionsFromPairs } from './sectionsFromPairs.js';
import { Strip } from './strip.js';
import { GenericVocabulary, type GenericDefinition } from './genericVocabulary.js';

/** The vocabulary compiled once: label matchers, body finder, word sets. */
export interface CompiledVocabulary {
  vocabulary: GenericVocabulary;
  known: KnownLabels;
  bodies: BodyFinder;
  guidance: RegExp[];
  notNameWords: Set<string>;
  headingTitle: ReturnType<typeof headingTitleFinder>;
  /** The form's own names of more than one word ("Equality Impact Assessment"): a value holding one is a heading. */
  formName: RegExp;
  /** A line that begins (within a few words) with one of those names: the top of a form. */
  formHeading: RegExp;
  actionColumns: ActionColumns;
  concepts: LabelConcepts;
  isPrompt: PromptTest;
}

/** The multi-word names as one regex alternation (never matching when there are none). */
const multiWord = (names: readonly string[]): string => names.filter((n) => n.includes(' ')).map((n) => escape(n).replace(/ /g, '\\s+')).join('|') || '(?!)';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Validates the vocabulary (zod) and builds its matchers. */
export function compileVocabulary(raw: GenericVocabulary): CompiledVocabulary {
  const vocabulary = GenericVocabulary.parse(raw);
  return {
    vocabulary,
    known: new KnownLabels(vocabulary),
    bodies: new BodyFinder(vocabulary),
    guidance: vocabulary.guidanceStarts.map((g) => new RegExp(`^${escape(g)}(?![\\p{L}])`, 'iu')),
    notNameWords: new Set(vocabulary.notNameWords.map((w) => w.toLowerCase())),
    headingTitle: headingTitleFinder(vocabulary.formNames),
    formName: new RegExp(`\\b(?:${multiWord(vocabulary.formNames)})\\b`, 'i'),
    formHeading: new RegExp(`^\\W*(?:\\S+\\s+){0,5}?(?:${multiWord(vocabulary.formNames)})\\b`, 'i'),
    actionColumns: new ActionColumns(vocabulary.actionColumns, new ColumnWords(vocabulary)),
    concepts: new LabelConcepts(vocabulary),
    isPrompt: promptTest(vocabulary.promptWords),
  };
}

/** Below this form evidence (formEvidence.ts), a document is not an assessment form. */
export const MIN_FORM_EVIDENCE = 0.4;

export class GenericExtractor implements Extractor {
  readonly kind = 'generic';
  readonly id: string;
  readonly version: string;
  private readonly c: CompiledVocabulary;

  constructor(definition: GenericDefinition) {
    this.id = definition.id;
    this.version = definition.version;
    this.c = compileVocabulary(definition.vocabulary);
  }

  /** Its detection is its code (and vocabulary), which its version names. */
  get detectionKey(): string {
    return this.version;
  }

  /** The fallback: exactly the bar a template must clear, so it reads what no template claims. */
  score(): ExtractorScore {
    return { score: CLAIM_THRESHOLD, detail: `${this.id} (fallback)` };
  }

  extract(view: DocumentView): ExtractorResult {
    const { builder, evidence } = this.read(view);
    if (evidence < MIN_FORM_EVIDENCE) return { eias: [], notEia: `no EIA form found (form evidence ${evidence.toFixed(2)})` };
    return { eias: [builder] };
  }

  /**
   * Headings that name an assessment form ("Equality Impact Assessment", "Appendix 2 –
   * Section 75 Screening Form"): the form's name within its first few words of a short unit.
   */
  starts(view: DocumentView): number[] {
    return view.units.filter((u) => u.text.length <= 160 && this.c.formHeading.test(u.text.replace(/\s+/g, ' '))).map((u) => u.index);
  }

  /** Reads the whole document as one form; `evidence` is how much it looks like one, in [0, 1]. */
  read(view: DocumentView): { builder: RecordBuilder; evidence: number } {
    const c = this.c;
    const strip = new Strip(view);
    const labels = withConcepts(strip, findLabels(strip, c.known, c.guidance), c.concepts, c.isPrompt);
    const pairs = findPairs(strip, labels, c.guidance, c.isPrompt);
    const out = new RecordBuilder();
    fieldsFromPairs(pairs, out, (text) => c.bodies.isBody(text), c.formName, c.vocabulary.rating);
    c.headingTitle(strip, out);
    extractOrganisation(strip, c.bodies, out);
    // Found first: "Lead officer: …" in an action's block names its owner, not a signer of the form.
    const labelledPlan = labelledActions(strip, c.actionColumns);
    const planCells = new Set(labelledPlan.flatMap((a) => a.cells));
    peopleFromPairs(strip, labels, pairs.filter((p) => !planCells.has(p.label.cell)), c.notNameWords, c.formName, out);
    extractImpacts(strip, labels, pairs, c.vocabulary, out);
    if (!extractActionPlan(strip, c.actionColumns, new Set(labels.map((l) => l.cell)), out)) addLabelledActions(labelledPlan, out);
    sectionsFromPairs(pairs, out);
    return { builder: out, evidence: formEvidence(strip, labels, out.eia, c.vocabulary.formNames) };
  }
}
