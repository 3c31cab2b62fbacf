/**
 * The template engine's dispatcher: runs one template's rules over one document (or one EIA
 * of a bundle), each kind of rule by its strategy (strategies/), over the answers under the
 * form's labels. What comes out is an `eia` with the evidence for every value; turning
 * evidence into confidence and provenance is assembleRecord's job.
 */
import type { DocumentView } from '../document/documentView.js';
import { findAnchors, type Anchor } from '../document/findAnchors.js';
import { impactsFromCodedGrid } from '../strategies/impactCodedGrid.js';
import { impactsFromProposalTable } from '../strategies/impactProposalTable.js';
import { impactsFromQuestionBlocks } from '../strategies/impactQuestionBlocks.js';
import { impactsFromRows } from '../strategies/impactRows.js';
import { impactFromStatement } from '../strategies/impactStatement.js';
import { extractActions } from '../strategies/actionTable.js';
import { choicesFromRules, fieldsFromRules } from '../strategies/fieldRules.js';
import { extractOutcome } from '../strategies/outcome.js';
import { peopleFromRules } from '../strategies/peopleRules.js';
import { sectionsFromAnchors } from '../strategies/sectionsFromAnchors.js';
import { words } from '../text/tokens.js';
import type { CompiledTemplate } from '../template/compileTemplate.js';
import { Answers } from '../template/answers.js';
import { RecordBuilder } from '../record/recordBuilder.js';

/** `anchors`: the template's labels in `view`, when the caller has found them already. */
export function extractWithTemplate(view: DocumentView, template: CompiledTemplate, anchors: Anchor[] = findAnchors(view, template.anchors)): RecordBuilder {
  const def = template.definition;
  const answers = new Answers(view, anchors, def.labels);
  const out = new RecordBuilder();
  fieldsFromRules(def, answers, out);
  choicesFromRules(def, answers, out);
  if (def.organisation) setOrganisation(def.organisation, view, out);
  peopleFromRules(def, answers, out);
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
  sectionsFromAnchors(def, answers, out);
  if (!out.eia.assessmentDate && def.assessmentDateFrom) {
    const i = out.eia.people.findIndex((p) => p.capacity === def.assessmentDateFrom && p.date);
    const evidence = out.evidence.get(`/people/${i}/date`);
    if (i >= 0 && evidence) out.setField('assessmentDate', out.eia.people[i]!.date, { ...evidence, signals: { ...evidence.signals, field: 'assessmentDate', method: 'derived' } });
  }
  return out;
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
