/**
 * The completion statement: a list of options, each with a check box, after a label. The
 * outcome is the option (or options) ticked. Ticks are ☒ ☑ ✓ ✔, or an "x" where the box was
 * lost in export; ☐ and empty boxes are unticked (corpus/LABELLING.md "Ticks").
 */
import type { Unit } from '../document/documentView.js';
import type { Answers } from '../template/answers.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { cleanText } from '../text/cleanValue.js';
import type { TemplateDefinition } from '../template/templateDefinition.js';

const TICK = /[☒☑✓✔✗✘]|(?:^|\s)[xX](?=\s*(?:\\Box|☐)?\s*$)/;
const BOX_DEBRIS = /[☐☒☑✓✔✗✘]|\\Box|(?:^|\s)[xX](?=\s*(?:\\Box|☐)?\s*$)/g;

interface Option {
  text: string;
  ticked: boolean;
  units: Unit[];
}

export function extractOutcome(template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  if (!template.outcome) return;
  const anchor = answers.anchor(template.outcome.from);
  if (!anchor) return;
  const view = answers.view;
  const end = answers.nextAfter(anchor)?.start ?? view.tokens.length;
  const first = view.unitAt(anchor.end - 1)!;
  const options: Option[] = [];
  for (const u of view.units.slice(first.index + 1)) {
    if (u.tokens.length > 0 && u.firstToken >= end) break;
    if (u.role === 'heading') break;
    const ticked = TICK.test(u.text);
    const text = u.text.replace(BOX_DEBRIS, ' ').replace(/\s+/g, ' ').trim();
    const sameRow = u.cell && options.length > 0 && options[options.length - 1]!.units.some((o) => o.cell && o.cell.table === u.cell!.table && o.cell.row === u.cell!.row);
    const last = options[options.length - 1];
    if (last && (!/\p{L}{2,}/u.test(text) || sameRow)) {
      // A box on its own (its own cell or paragraph) belongs to the option before it.
      last.ticked ||= ticked;
      last.units.push(u);
      if (sameRow && /\p{L}{2,}/u.test(text)) last.text += ` ${text}`;
      continue;
    }
    options.push({ text, ticked, units: [u] });
  }
  const ticked = options.filter((o) => o.ticked);
  if (ticked.length === 0) return;
  const value = cleanText(ticked.map((o) => o.text).join('\n\n'), template.boilerplate);
  const units = ticked.flatMap((o) => o.units);
  out.setField('outcome', value, {
    pieces: units.map((u) => ({ unit: u, from: 0, to: u.text.length })),
    signals: { field: 'outcome', labelScore: anchor.score, method: 'ticked', quality: ticked.length === 1 ? 1 : 0.5 },
  });
}
