/**
 * How the scorer compares values (shared/spec/eia-model.md "Scoring"): normalised token F1
 * for text (≥ 0.85 for short text, ≥ 0.7 for long text), exact comparison for dates and
 * enums. A faithful port of the helpers in shared/tools/eia-score.mjs.
 */
import { tokenF1, words } from '../extract/text/tokens.js';

/** Token F1 a short text (title, role, owner, due…) must reach to count as right. */
export const SHORT_TEXT = 0.85;
/** Token F1 a long text (purpose, narrative, action…) must reach to count as right. */
export const LONG_TEXT = 0.7;

/** A comparison of an expected with an actual value, both present. */
export type Match = (expected: string, actual: string) => boolean;

/** Lower-cased, accent-free runs of letters and digits: the tokenisation extraction uses too. */
export function tokens(s: unknown): string[] {
  return words(String(s ?? ''));
}

export { tokenF1 };

/** A value counts as stated unless it is null, undefined or blank text. */
export function present(v: unknown): boolean {
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}

export const textMatch = (threshold: number): Match => (e, a) => tokenF1(e, a) >= threshold;

export const exact: Match = (e, a) => e.trim() === a.trim();

export const always: Match = () => true;
