/**
 * The generic extractor: for a form no known template describes. It reads the document as a
 * strip of cells (strip.ts), finds every label, known or not (labels.ts), pairs each with its
 * answer (pairs.ts), and maps them to the record by meaning: fields (fields.ts), people
 * (people.ts), the issuing body (organisation.ts), impacts (impacts/). The vocabulary that
 * gives labels their meaning is data (extractors/generic.ts), carried on the generic
 * template definition. What comes out is the same as a template's: an `eia` with evidence
 * behind every value, so confidence and provenance work the same way.
 */
import type { DocumentView } from '../document/documentView.js';
import type { CompiledTemplate, TemplateExtraction } from '../engine/extractWithTemplate.js';
import { RecordBuilder } from '../record/recordBuilder.js';
import type { TemplateDefinition } from '../template/templateDefinition.js';
import { extractFields } from './fieldsFromPairs.js';
import { formEvidence } from './formEvidence.js';
import { headingTitleFinder } from './headingTitle.js';
import { extractImpacts } from './impacts/extractImpacts.js';
import { KnownLabels } from './knownLabels.js';
import { findLabels } from './labels.js';
import { BodyFinder, extractOrganisation } from './organisation.js';
import { findPairs } from './pairs.js';
import { extractPeople } from './peopleFromPairs.js';
import { extractSections } from './sectionsFromPairs.js';
import { Strip } from './strip.js';
import { vocabularyOf, type GenericVocabulary } from './genericVocabulary.js';

/** The vocabulary compiled once per definition: label matchers, body finder, word sets. */
export interface CompiledVocabulary {
  vocabulary: GenericVocabulary;
  known: KnownLabels;
  bodies: BodyFinder;
  guidance: RegExp[];
  notNameWords: Set<string>;
  headingTitle: ReturnType<typeof headingTitleFinder>;
  /** The form's own names of more than one word ("Equality Impact Assessment"): a value holding one is a heading. */
  formName: RegExp;
}

const compiled = new WeakMap<TemplateDefinition, CompiledVocabulary>();

export function compileVocabulary(definition: TemplateDefinition): CompiledVocabulary {
  let c = compiled.get(definition);
  if (!c) {
    const vocabulary = vocabularyOf(definition);
    c = {
      vocabulary,
      known: new KnownLabels(vocabulary),
      bodies: new BodyFinder(vocabulary),
      guidance: vocabulary.guidanceStarts.map((g) => new RegExp(`^${g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu')),
      notNameWords: new Set(vocabulary.notNameWords.map((w) => w.toLowerCase())),
      headingTitle: headingTitleFinder(vocabulary.formNames),
      formName: new RegExp(`\\b(?:${vocabulary.formNames.filter((n) => n.includes(' ')).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|') || '(?!)'})\\b`, 'i'),
    };
    compiled.set(definition, c);
  }
  return c;
}

export interface GenericExtraction extends TemplateExtraction {
  /** How much the document looks like an EIA form at all, in [0, 1] (formEvidence.ts). */
  evidence: number;
}

export function extractGeneric(view: DocumentView, template: CompiledTemplate): GenericExtraction {
  const c = compileVocabulary(template.definition);
  const strip = new Strip(view);
  const labels = findLabels(strip, c.known, c.guidance);
  const pairs = findPairs(strip, labels);
  const out = new RecordBuilder();
  extractFields(pairs, out, (text) => c.bodies.isBody(text), c.formName);
  c.headingTitle(strip, out);
  extractOrganisation(strip, c.bodies, out);
  extractPeople(pairs, c.notNameWords, c.formName, out);
  extractImpacts(strip, labels, pairs, c.vocabulary, out);
  extractSections(pairs, out);
  const keyed = new Set(pairs.filter((p) => p.label.key?.kind === 'field').map((p) => (p.label.key?.kind === 'field' ? p.label.key.field : '')));
  return { builder: out, anchors: [], coverage: keyed.size / 10, evidence: formEvidence(strip, labels, out.eia, c.vocabulary.formNames) };
}
