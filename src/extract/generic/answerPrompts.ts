/**
 * The prompt a form prints where its answer goes, for the answer's shape: "Name and job
 * title", "Name / Designation", "(dd/mm/yyyy)". A line of nothing else belongs to the label
 * above it: the answer is the line after.
 */
import { words as wordsOf } from '../text/tokens.js';

/** Longest prompt, in words. */
const MAX_PROMPT_WORDS = 8;
const CONNECTORS = new Set(['and', 'or', 'of', 'the', 'your', 'their', 'with']);

export type PromptTest = (text: string) => boolean;

export function promptTest(promptWords: readonly string[]): PromptTest {
  const words = new Set(promptWords.map((w) => w.toLowerCase()));
  return (text) => {
    const ws = wordsOf(text);
    if (ws.length === 0 || ws.length > MAX_PROMPT_WORDS) return false;
    return ws.every((w) => words.has(w) || CONNECTORS.has(w)) && ws.some((w) => words.has(w));
  };
}
