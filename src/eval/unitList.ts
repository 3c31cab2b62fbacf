/**
 * Collects the scored units of one record, deciding each the way eia-score.mjs's `unit()`
 * does: a unit is right when both sides state it and the comparison holds, and its
 * confidence is the actual record's confidence at the actual value's pointer.
 */
import { present, type Match } from './text.js';
import type { ActualRecord, ScoredUnit } from './types.js';

const asText = (v: unknown): string | null => (present(v) ? String(v) : null);

export class UnitList {
  readonly units: ScoredUnit[] = [];

  constructor(private readonly record: ActualRecord | null) {}

  /**
   * Adds one unit and returns whether it is right. `pointer` locates the actual value in the
   * record; pass null when the record has none, or for a unit that carries no confidence
   * (the template id).
   */
  add(kind: string, pointer: string | null, expected: unknown, actual: unknown, match: Match): boolean {
    const e = asText(expected);
    const a = asText(actual);
    const correct = e !== null && a !== null && match(e, a);
    const at = a !== null && this.record ? pointer : null;
    const c = at === null ? undefined : this.record?.confidence?.[at];
    this.units.push({ pointer: at, kind, expected: e, actual: a, correct, confidence: typeof c === 'number' ? c : null });
    return correct;
  }
}
