/**
 * Phrase look-ups over a whole document: its words, normalised and space-joined with a
 * space at each end, so that " equality impact assessment " finds the phrase only on word
 * boundaries.
 */
import type { DocumentView } from './documentView.js';
import { words } from '../text/tokens.js';

export function normalisedText(view: DocumentView): string {
  return ` ${view.tokens.map((t) => t.norm).join(' ')} `;
}

/** Share of `phrases` present in `text` (from normalisedText), in [0, 1]. */
export function phraseShare(text: string, phrases: readonly string[]): number {
  if (phrases.length === 0) return 0;
  const hits = phrases.filter((p) => text.includes(` ${words(p).join(' ')} `)).length;
  return hits / phrases.length;
}
