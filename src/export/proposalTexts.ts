/**
 * The words of each numbered proposal. The model keeps only an impact's proposal number;
 * the proposals themselves are a numbered list in one of the form's sections ("1. Replace
 * the means-tested calculation…"). The list taken is the first section whose numbered items
 * run 1, 2, 3… without a gap, so a stray "3." in a narrative is never mistaken for one.
 */
import type { Eia } from '../model/record.js';

const ITEM = /^\s*(\d{1,2})[.)]\s+(\S.*)$/;

export function proposalTexts(eia: Eia): Map<number, string> {
  const wanted = Math.max(0, ...eia.impacts.map((m) => m.proposal ?? 0));
  if (wanted === 0) return new Map();
  for (const section of eia.sections) {
    const items = new Map<number, string>();
    let last = 0;
    // Lines straight after an item (no blank line between) are the item wrapped; a blank
    // line ends it, so the paragraphs that discuss a proposal are not taken as its words.
    let open = false;
    for (const line of section.text.split('\n')) {
      const m = ITEM.exec(line);
      if (m && Number(m[1]) === last + 1) {
        last = Number(m[1]);
        items.set(last, m[2]!.trim());
        open = true;
      } else if (!line.trim()) open = false;
      else if (open && !m) items.set(last, `${items.get(last)!} ${line.trim()}`);
    }
    if (last >= wanted) return items;
  }
  return new Map();
}
