/**
 * The anchors of one template in one document, and the answers under them. Looks a label
 * up by key and occurrence, and cuts its answer out of the document (valueRegion), bounded
 * by whichever label of the form comes next.
 */
import type { DocumentView } from '../document/documentView.js';
import type { Anchor } from '../document/findAnchors.js';
import { piecesText, valueOf, type Piece } from '../document/valueRegion.js';
import type { LabelSpec } from './templateDefinition.js';

export interface Answer {
  anchor: Anchor;
  pieces: Piece[];
  text: string;
  /** How the answer was found: beside its label in a table row, or in the text after it. */
  method: 'row' | 'following';
}

export class Answers {
  private readonly byKey = new Map<string, Anchor[]>();
  private readonly specs: Map<string, LabelSpec>;

  constructor(readonly view: DocumentView, readonly anchors: Anchor[], specs: LabelSpec[]) {
    this.specs = new Map(specs.map((s) => [s.key, s]));
    for (const a of anchors) this.byKey.set(a.key, [...(this.byKey.get(a.key) ?? []), a]);
  }

  anchorsOf(key: string): Anchor[] {
    return this.byKey.get(key) ?? [];
  }

  anchor(key: string, occurrence = 1): Anchor | undefined {
    return this.anchorsOf(key)[occurrence - 1];
  }

  /** The anchor that follows `a` in the document, whatever its key. */
  nextAfter(a: Anchor): Anchor | undefined {
    const i = this.anchors.indexOf(a);
    return i >= 0 ? this.anchors[i + 1] : undefined;
  }

  answer(key: string, occurrence = 1): Answer | null {
    const anchor = this.anchor(key, occurrence);
    return anchor ? this.answerAt(anchor) : null;
  }

  answerAt(anchor: Anchor): Answer {
    const spec = this.specs.get(anchor.key);
    const next = this.nextAfter(anchor);
    const below = spec?.answerBelow ?? false;
    const pieces = valueOf(this.view, anchor, next, { below, inline: spec?.inline ?? false });
    const unit = this.view.unitAt(anchor.end - 1);
    const method = !below && unit?.cell && pieces.some((p) => p.unit !== unit && p.unit.cell?.row === unit.cell?.row && p.unit.cell?.table === unit.cell?.table) ? 'row' : 'following';
    return { anchor, pieces, text: piecesText(pieces), method };
  }
}
