/**
 * A title from the form's heading, for forms that ask no title question: "Equality Impact
 * Assessment - Adult Social Care Transformational Savings 2021/22" names what is assessed
 * once the form's own name is taken off (eia-model.md: titles come without boilerplate such
 * as "Equality Impact Assessment –"). Only a heading that is the form's name, a dash or
 * colon, and a short name counts; anything else is too easily a guidance line.
 */
import type { RecordBuilder } from '../record/recordBuilder.js';
import type { Strip } from './strip.js';
import { wordCount } from './values.js';

/** Only the first cells are the heading. */
const HEADING_CELLS = 6;
const MAX_WORDS = 16;

export function headingTitleFinder(formNames: readonly string[]): (strip: Strip, out: RecordBuilder) => void {
  const names = formNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|');
  if (!names) return () => undefined;
  const form = `(?:${names})(?:\\s*\\(?(?:EIA|EqIA|EQIA|EIAs)\\)?)?`;
  const re = new RegExp(`^${form}\\s*[–—:-]\\s*(.+?)(?:\\s+[–—-]\\s+${form})?\\s*$`, 'i');
  return (strip, out) => {
    if (out.eia.title) return;
    for (const cell of strip.cells.slice(0, HEADING_CELLS)) {
      const m = re.exec(cell.text.replace(/\s+/g, ' '));
      const title = m?.[1]?.trim();
      if (!title || wordCount(title) > MAX_WORDS || wordCount(title) < 2 || /\b(template|guidance|form|toolkit)\b/i.test(title)) continue;
      const at = cell.text.indexOf(title.split(' ')[0]!);
      out.setField('title', title, {
        pieces: [strip.piece(cell, cell.from + Math.max(0, at), cell.to)],
        signals: { field: 'title', method: 'generic-heading', quality: 0.6 },
      });
      return;
    }
  };
}
