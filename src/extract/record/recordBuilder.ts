/**
 * Assembles an `eia` together with the evidence for each value: the pieces of the document
 * it came from (→ provenance) and the signals the confidence model reads (→ confidence).
 * Evidence is keyed by JSON Pointer into `eia`, the same keys the record's maps use.
 */
import { emptyEia, type Action, type Eia, type EiaScalarField, type Impact, type Person } from '../../model/record.js';
import type { Piece } from '../document/valueRegion.js';

export interface Signals {
  /** What kind of value this is, e.g. "title", "person.name", "impact.rating". */
  field: string;
  /** How well the label that led to it matched (1 = exactly). */
  labelScore?: number;
  /** How it was found: "row", "following", "code", "yes-no", "two-column", "table", "template"… */
  method?: string;
  /** The extractor's own plausibility check on the value, in [0, 1]. */
  quality?: number;
}

export interface Evidence {
  pieces: Piece[];
  signals: Signals;
}

export class RecordBuilder {
  readonly eia: Eia = emptyEia();
  readonly evidence = new Map<string, Evidence>();

  setField(field: EiaScalarField, value: string | null, evidence: Evidence): void {
    if (value === null || value.trim() === '') return;
    this.eia[field] = value;
    this.evidence.set(`/${field}`, evidence);
  }

  addPerson(person: Person, evidence: Partial<Record<keyof Person | '', Evidence>>): number {
    const i = this.eia.people.push(person) - 1;
    this.record(`/people/${i}`, evidence);
    return i;
  }

  addImpact(impact: Impact, evidence: Partial<Record<keyof Impact | '', Evidence>>): number {
    const i = this.eia.impacts.push(impact) - 1;
    this.record(`/impacts/${i}`, evidence);
    return i;
  }

  addAction(action: Action, evidence: Partial<Record<keyof Action | '', Evidence>>): number {
    const i = this.eia.actions.push(action) - 1;
    this.record(`/actions/${i}`, evidence);
    return i;
  }

  private record(prefix: string, evidence: Partial<Record<string, Evidence>>): void {
    for (const [k, e] of Object.entries(evidence)) if (e) this.evidence.set(k ? `${prefix}/${k}` : prefix, e);
  }
}
