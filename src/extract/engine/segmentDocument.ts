/**
 * Councils bundle several EIAs into one file (committee-report appendices). A template's
 * `start` labels (its title question, say) appear once per EIA; each further occurrence
 * begins a new EIA, together with the form furniture printed just before it (the form's
 * own heading, a table header). Returns one view per EIA, in file order.
 */
import { DocumentView } from '../document/documentView.js';
import { findAnchors, type Anchor } from '../document/findAnchors.js';
import type { CompiledTemplate } from '../template/compileTemplate.js';

/** A second start label closer than this many units to the first is the same form. */
const MIN_UNITS_PER_EIA = 8;

export function segmentDocument(view: DocumentView, template: CompiledTemplate, anchors: Anchor[] = findAnchors(view, template.anchors)): DocumentView[] {
  const def = template.definition;
  const order = new Map(def.labels.map((l, i) => [l.key, i]));
  const startKeys = new Set(def.start);
  const starts = anchors.filter((a) => startKeys.has(a.key));
  if (starts.length < 2) return [view];
  const anchorAtUnit = new Map<number, Anchor>();
  for (const a of anchors) if (!anchorAtUnit.has(view.unitAt(a.start)!.index)) anchorAtUnit.set(view.unitAt(a.start)!.index, a);
  const boundaries: number[] = [0];
  for (const s of starts.slice(1)) {
    let unit = view.unitAt(s.start)!.index;
    const startOrder = order.get(s.key) ?? 0;
    // Take in the furniture printed just above the start label (form heading, table header).
    while (unit > 0) {
      const before = anchorAtUnit.get(unit - 1);
      const prev = view.units[unit - 1]!;
      if ((before && (order.get(before.key) ?? Infinity) < startOrder) || (!before && prev.text.trim() === '')) unit--;
      else break;
    }
    if (unit - boundaries[boundaries.length - 1]! >= MIN_UNITS_PER_EIA) boundaries.push(unit);
  }
  if (boundaries.length < 2) return [view];
  return boundaries.map((from, i) => DocumentView.ofUnits(view.layout, view.units.slice(from, boundaries[i + 1] ?? view.units.length)));
}
