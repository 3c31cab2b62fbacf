/**
 * Runs one template over one document (or one EIA of a bundle): finds the form's labels,
 * reads their answers and applies the template's rules, field by field. What comes out is
 * an `eia` with the evidence for every value; turning evidence into confidence and
 * provenance is the caller's job (extract/assembleRecord.ts).
 */
import type { DocumentView } from '../document/documentView.js';
import { compileAnchors, findAnchors, type Anchor } from '../document/findAnchors.js';
import { impactsFromCodedGrid } from '../strategies/impactCodedGrid.js';
import { impactsFromProposalTable } from '../strategies/impactProposalTable.js';
import { impactsFromQuestionBlocks } from '../strategies/impactQuestionBlocks.js';
import { impactsFromRows } from '../strategies/impactRows.js';
import { impactFromStatement } from '../strategies/impactStatement.js';
import { extractActions } from '../strategies/actionTable.js';
import { extractChoices, extractFields } from '../strategies/fieldRules.js';
import { extractOutcome } from '../strategies/outcome.js';
import { extractPeople } from '../strategies/peopleRules.js';
import { extractSections } from '../strategies/sectionsFromAnchors.js';
import { words } from '../text/tokens.js';
import type { TemplateDefinition } from '../template/templateDefinition.js';
import { Answers } from '../template/answers.js';
import { RecordBuilder } from '../record/recordBuilder.js';

export interface CompiledTemplate {
  definition: TemplateDefinition;
  anchors: ReturnType<typeof compileAnchors>;
}

export function compileTemplate(definition: TemplateDefinition): CompiledTemplate {
  return { definition, anchors: compileAnchors(definition.labels) };
}

export interface TemplateExtraction {
  builder: RecordBuilder;
  anchors: Anchor[];
  /** Share of the template's labels found in the document, in [0, 1]. */
  coverage: number;
}

export function extractWithTemplate(view: DocumentView, template: CompiledTemplate): TemplateExtraction {
  const def = template.definition;
  const anchors = findAnchors(view, template.anchors);
  const answers = new Answers(view, anchors, def.labels);
  const out = new RecordBuilder();
  extractFields(def, answers, out);
  extractChoices(def, answers, out);
  if (def.organisation) setOrganisation(def.organisation, view, out);
  extractPeople(def, answers, out);
  for (const rule of def.impacts) {
    switch (rule.kind) {
      case 'rows':
        impactsFromRows(rule, def, answers, out);
        break;
      case 'question-blocks':
        impactsFromQuestionBlocks(rule, def, answers, out);
        break;
      case 'coded-grid':
        impactsFromCodedGrid(rule, def, answers, out);
        break;
      case 'statement':
        impactFromStatement(rule, def, answers, out);
        break;
      case 'proposal-table':
        impactsFromProposalTable(rule, def, view, out);
        break;
    }
  }
  extractActions(def, answers, out);
  extractOutcome(def, answers, out);
  extractSections(def, answers, out);
  if (!out.eia.assessmentDate && def.assessmentDateFrom) {
    const i = out.eia.people.findIndex((p) => p.capacity === def.assessmentDateFrom && p.date);
    const evidence = out.evidence.get(`/people/${i}/date`);
    if (i >= 0 && evidence) out.setField('assessmentDate', out.eia.people[i]!.date, { ...evidence, signals: { ...evidence.signals, field: 'assessmentDate', method: 'derived' } });
  }
  const found = new Set(anchors.map((a) => a.key));
  return { builder: out, anchors, coverage: found.size / def.labels.length };
}

/** The template's organisation, pointed at where the document names it (if it does). */
function setOrganisation(name: string, view: DocumentView, out: RecordBuilder): void {
  const target = words(name).join(' ');
  const unit = view.units.find((u) => u.tokens.map((t) => t.norm).join(' ').includes(target));
  out.setField('organisation', name, {
    pieces: unit ? [{ unit, from: 0, to: unit.text.length }] : [],
    signals: { field: 'organisation', method: 'template', quality: unit ? 1 : 0.8 },
  });
}
