/**
 * A label's meaning from its words, where the vocabulary's wordings did not match. Every form
 * words its questions its own way ("Name of the programme, project or policy", "Project lead
 * completing this EHIA", "Who has been involved or consulted, and how?"), but the words that
 * carry the meaning recur: a name or title of a policy or proposal is the title; "consult" or
 * "engage" asks about consultation; a date of the assessment is its date. The concepts are
 * data (extractors/generic.ts, `concepts`), tried in order; the first one a label satisfies
 * gives its meaning.
 */
import { words as wordsOf } from '../text/tokens.js';
import type { LabelKey } from './knownLabels.js';
import type { GenericVocabulary, LabelConcept } from './genericVocabulary.js';

/** Longest label read for its meaning, in words; a longer phrase is a paragraph, not a label. */
export const MAX_CONCEPT_WORDS = 18;

/** "Section 2", "Part 1: …", "Step 3": a heading of the form's own parts, whatever words follow. */
const PART_HEADING = /^\s*(?:section|part|step|stage|appendix|annex|schedule)\s+(?:\d|[ivx]+\b|[a-e]\b)/i;

/** A term compiled: the words in a row it needs, each whole or (ending in `*`) a prefix. */
type Term = Array<{ word: string; prefix: boolean }>;

interface CompiledConcept {
  key: LabelKey;
  any: Term[];
  with: Term[];
  not: Term[];
}

export class LabelConcepts {
  private readonly concepts: CompiledConcept[];

  constructor(vocabulary: GenericVocabulary) {
    this.concepts = vocabulary.concepts.map((c) => ({ key: keyOf(c), any: c.any.map(term), with: (c.with ?? []).map(term), not: (c.not ?? []).map(term) }));
  }

  /** The meaning of a label so worded, or null when no concept fits (or it is too long to be a label). */
  classify(text: string): LabelKey | null {
    if (PART_HEADING.test(text)) return null;
    const words = wordsOf(text);
    if (words.length === 0 || words.length > MAX_CONCEPT_WORDS) return null;
    for (const c of this.concepts) {
      if (!c.any.some((t) => holds(words, t))) continue;
      if (c.with.length > 0 && !c.with.some((t) => holds(words, t))) continue;
      if (c.not.some((t) => holds(words, t))) continue;
      return c.key;
    }
    return null;
  }
}

function keyOf(c: LabelConcept): LabelKey {
  if (c.field) return { kind: 'field', field: c.field, alsoFills: null, fallback: c.fallback ?? false };
  if (c.capacity) return { kind: 'person', capacity: c.capacity, roleFromLabel: false };
  return { kind: 'other' };
}

/** A term's words as the label's are read (tokens.ts: "sign-off" is "sign off"); a trailing `*` makes its last word a prefix. */
function term(text: string): Term {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((part) => {
      const ws = wordsOf(part);
      const prefix = part.endsWith('*');
      return ws.map((word, i) => ({ word, prefix: prefix && i === ws.length - 1 }));
    });
}

function holds(words: string[], t: Term): boolean {
  for (let i = 0; i + t.length <= words.length; i++) {
    if (t.every((w, k) => (w.prefix ? words[i + k]!.startsWith(w.word) : words[i + k] === w.word))) return true;
  }
  return false;
}
