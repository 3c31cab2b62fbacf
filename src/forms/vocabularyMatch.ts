/**
 * A form's label → what the generic reader's vocabulary says it asks for (a record field or a
 * person's role), by the vocabulary's own wordings (extractors/generic.ts, read, not changed):
 * the label is the wording, begins with it, or (for wordings of two words or more) holds it.
 */
import type { Capacity } from '../model/vocabulary.js';
import type { GenericField, GenericVocabulary } from '../extract/generic/genericVocabulary.js';
import { normaliseLabel } from './labelText.js';

type Meaning = { kind: 'field'; field: GenericField; wording: string } | { kind: 'person'; capacity: Capacity; roleFromLabel: boolean; wording: string };

/** `strength`: how well the label matched the wording (for comparing matches only). */
export type LabelMeaning = Meaning & { strength: number };

interface Wording {
  words: string;
  meaning: Meaning;
  fallback: boolean;
}

export class VocabularyMatcher {
  private readonly wordings: Wording[] = [];

  constructor(vocabulary: GenericVocabulary) {
    const add = (text: string, meaning: Meaning, fallback = false): void => {
      const words = normaliseLabel(text);
      if (words) this.wordings.push({ words, meaning, fallback });
    };
    for (const f of vocabulary.fields) for (const l of f.labels) add(l, { kind: 'field', field: f.field, wording: l }, f.fallback ?? false);
    for (const p of vocabulary.people) for (const l of p.labels) add(l, { kind: 'person', capacity: p.capacity, roleFromLabel: p.roleFromLabel ?? false, wording: l });
  }

  /** The strongest meaning of a normalised label, or null: exact beats prefix beats contained, longer wordings beat shorter. */
  meaningOf(label: string): LabelMeaning | null {
    let best: LabelMeaning | null = null;
    for (const w of this.wordings) {
      const n = w.words.split(' ').length;
      const kind = label === w.words ? 3 : label.startsWith(`${w.words} `) ? 2 : n >= 2 && ` ${label} `.includes(` ${w.words} `) ? 1 : 0;
      if (kind === 0) continue;
      const strength = kind * 100 + n - (w.fallback ? 50 : 0);
      if (!best || strength > best.strength) best = { ...w.meaning, strength };
    }
    return best;
  }
}
