/**
 * Ratings from what forms write: impact codes (P, N, PN, NI, UI), yes/no answers to "are
 * there negative impacts?", worded assessments ("Both positive and negative impact"), and
 * the two-column rule (promotes equality / adverse impact) of shared/spec/eia-model.md.
 */
import type { Rating } from '../../model/vocabulary.js';

const CODES: Record<string, Rating> = {
  P: 'positive', N: 'negative', PN: 'both', NP: 'both', NI: 'neutral', UI: 'unknown',
  // "UN" is a council's typo for UI on a real form; "U" and "NK" are "unknown"/"not known".
  UN: 'unknown', U: 'unknown', NK: 'unknown', '+': 'positive', '-': 'negative',
};

/** An impact code such as "PN" → rating, or null when the text is not a code. */
export function ratingFromCode(code: string): Rating | null {
  return CODES[code.trim().replace(/[.,;]$/, '').toUpperCase()] ?? null;
}

/** "Yes" → negative, "No" → neutral, "Don't know" → unknown (answers to "negative impact?"). */
export function ratingFromNegativeQuestion(answer: string): Rating | null {
  const a = answer.trim().toLowerCase();
  if (/^(yes|y)\b/.test(a)) return 'negative';
  if (/^(no|n)\b/.test(a)) return 'neutral';
  if (/^(don'?t know|do not know|unknown|not known|unsure)\b/.test(a)) return 'unknown';
  return null;
}

/** A worded assessment ("Positive", "Impact unknown at this stage", "Both positive and negative impact"). */
export function ratingFromWords(text: string): Rating | null {
  const t = text.toLowerCase();
  if (/both\s+positive\s+and\s+negative|positive\s+and\s+negative|mixed/.test(t)) return 'both';
  // A longer answer that sets out positive impacts and negative impacts in turn.
  if (t.length > 200 && /\bpositive impacts?\b/.test(t) && /\b(negative|adverse) impacts?\b/.test(t)) return 'both';
  if (/unknown|not\s+(yet\s+)?known|unclear|don'?t know/.test(t)) return 'unknown';
  if (/\bno\s+(known\s+)?(adverse\s+|negative\s+|differential\s+)?impact|\bneutral\b|\bnone\b/.test(t)) return 'neutral';
  if (/\bnegative|adverse/.test(t)) return 'negative';
  if (/\bpositive/.test(t)) return 'positive';
  return null;
}

/**
 * A statement that there is no adverse impact ("No known adverse impact …", "None",
 * "N/A"): on two-column forms such a cell does not count as an adverse impact.
 */
export function isNoImpactStatement(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/[.\s]+$/, '');
  if (t === '') return true;
  return /^(n\/?a|none|nil|no|not applicable|not relevant)\b|^no (known |identified |significant |anticipated |obvious )?(adverse |negative |disproportionate |differential )?impacts?\b|^(there (is|are|will be) )?no (known )?(adverse|negative) impacts?/.test(t);
}

/** "N/A" or "Not applicable" alone: boilerplate, not a narrative. */
export function isNotApplicable(text: string): boolean {
  return /^(n\/?a|not applicable|none)\.?$/i.test(text.trim());
}

/**
 * The two-column rule: positive when the promote column has substance, negative when the
 * adverse column has substance beyond a statement that there is none, both when both,
 * neutral when the row says there is no impact, not-stated when the row is blank.
 */
export function twoColumnRating(promote: string, adverse: string): Rating {
  const hasPromote = promote.trim() !== '' && !isNotApplicable(promote);
  const hasAdverse = adverse.trim() !== '' && !isNoImpactStatement(adverse);
  if (hasPromote && hasAdverse) return 'both';
  if (hasPromote) return 'positive';
  if (hasAdverse) return 'negative';
  if (promote.trim() === '' && adverse.trim() === '') return 'not-stated';
  return 'neutral';
}
