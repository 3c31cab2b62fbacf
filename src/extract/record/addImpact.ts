/** Adds an impact with the same evidence behind each of its fields, tagged by field. */
import type { Impact } from '../../model/record.js';
import type { Piece } from '../document/valueRegion.js';
import type { RecordBuilder } from './recordBuilder.js';

export interface ImpactEvidence {
  pieces: Piece[];
  labelScore: number;
  /** How the rating was read: "two-column", "yes-no", "code", "words", "template". */
  ratingMethod: string;
  /** Plausibility of the row as a whole (e.g. codes and statements lined up), in [0, 1]. */
  quality: number;
}

export function addImpact(out: RecordBuilder, impact: Impact, e: ImpactEvidence): void {
  const ev = (field: string, method = e.ratingMethod) => ({ pieces: e.pieces, signals: { field, labelScore: e.labelScore, method, quality: e.quality } });
  out.addImpact(impact, {
    '': ev('impact'),
    characteristic: ev('impact.characteristic'),
    label: ev('impact.label'),
    rating: ev('impact.rating'),
    ...(impact.group ? { group: ev('impact.group') } : {}),
    ...(impact.subgroup ? { subgroup: ev('impact.subgroup') } : {}),
    ...(impact.proposal ? { proposal: ev('impact.proposal') } : {}),
    ...(impact.narrative ? { narrative: ev('impact.narrative') } : {}),
    ...(impact.mitigation ? { mitigation: ev('impact.mitigation') } : {}),
    ...(impact.owner ? { owner: ev('impact.owner') } : {}),
  });
}

/** Joins non-empty texts as paragraphs; null when nothing is left. */
export function joinParagraphs(parts: Array<string | null | undefined>): string | null {
  const out = parts.map((p) => (p ?? '').trim()).filter(Boolean).join('\n\n');
  return out === '' ? null : out;
}
