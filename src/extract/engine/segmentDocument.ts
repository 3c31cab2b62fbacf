/**
 * Councils bundle several EIAs into one file (committee-report appendices). A template's
 * `start` labels (its title question, say) appear once per EIA; each occurrence begins an
 * EIA, together with the form furniture printed just before it (the form's own heading, a
 * table header). `startUnits` says where, for the whole-file bundle splitter
 * (extract/splitBundle.ts); `segmentDocument` cuts one template's document at them.
 */
import { DocumentView } from '../document/documentView.js';
import { findAnchors, type Anchor } from '../document/findAnchors.js';
import type { CompiledTemplate } from '../template/compileTemplate.js';

/** A second start label closer than this many units to the first is the same form. */
export const MIN_UNITS_PER_EIA = 8;

/** Units where an EIA of this template begins, one per start label found, ascending (furniture above the start label included). */
export function startUnits(view: DocumentView, template: CompiledTemplate, anchors: Anchor[] = findAnchors(view, template.anchors)): number[] {
  const def = template.definition;
  const order = new Map(def.labels.map((l, i) => [l.key, i]));
  const startKeys = new Set(def.start);
  const anchorAtUnit = new Map<number, Anchor>();
  for (const a of anchors) if (!anchorAtUnit.has(view.unitAt(a.start)!.index)) anchorAtUnit.set(view.unitAt(a.start)!.index, a);
  const out: number[] = [];
  for (const s of anchors.filter((a) => startKeys.has(a.key))) {
    let unit = view.unitAt(s.start)!.index;
    const startOrder = order.get(s.key) ?? 0;
    // Take in the furniture printed just above the start label (form heading, table header).
    while (unit > 0) {
      const before = anchorAtUnit.get(unit - 1);
      const prev = view.units[unit - 1]!;
      if ((before && (order.get(before.key) ?? Infinity) < startOrder) || (!before && prev.text.trim() === '')) unit--;
      else break;
    }
    out.push(unit);
  }
  return out;
}

/** One view per EIA of this template in file order; the first keeps everything before the second start. */
export function segmentDocument(view: DocumentView, template: CompiledTemplate, anchors: Anchor[] = findAnchors(view, template.anchors)): DocumentView[] {
  const boundaries = [0];
  for (const unit of startUnits(view, template, anchors).slice(1)) if (unit - boundaries[boundaries.length - 1]! >= MIN_UNITS_PER_EIA) boundaries.push(unit);
  if (boundaries.length < 2) return [view];
  return boundaries.map((from, i) => DocumentView.ofUnits(view.layout, view.units.slice(from, boundaries[i + 1] ?? view.units.length)));
}
