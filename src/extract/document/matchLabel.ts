/**
 * Finds a form label in the token stream, tolerating what happens to labels between template
 * versions and through lossy conversions: words reworded slightly (fuzzy word equality),
 * a word split across two cells ("de" "escribe"), a stray token ("question" "ons"), a word
 * dropped or added. The match may run across unit boundaries (a question whose guidance
 * bullets became separate paragraphs). Less informative words weigh less in the score.
 */
import { sameWord } from '../text/fuzzyWords.js';
import { words } from '../text/tokens.js';
import type { StreamToken } from './documentView.js';

export interface LabelPattern {
  text: string;
  words: string[];
  weights: number[];
  total: number;
}

export interface LabelMatch {
  /** [start, end) global token indices of the matched stream tokens. */
  start: number;
  end: number;
  /** Weighted share of the label's words found, in [0, 1]. */
  score: number;
}

const LIGHT_WORDS = new Set([
  'the', 'of', 'and', 'to', 'a', 'an', 'for', 'or', 'in', 'on', 'is', 'be', 'any', 'this', 'that', 'with', 'by',
  'are', 'as', 'at', 'it', 'its', 'e', 'g', 'eg', 'etc', 'your', 'you', 'has', 'have', 'been', 'there', 'if',
]);
/** Only this many label words decide the score: long questions change their tails between versions. */
const SCORED_PREFIX = 12;

export function compileLabel(text: string): LabelPattern {
  // A leading question number ("3.12", "19.") is not part of the label: forms renumber.
  const ws = words(text.replace(/^\s*\d{1,2}(\.\d{1,2})*\.?\s+/, ''));
  const weights = ws.map((w) => (LIGHT_WORDS.has(w) ? 0.3 : 1));
  return { text, words: ws, weights, total: weights.slice(0, SCORED_PREFIX).reduce((a, b) => a + b, 0) };
}

/**
 * Matches `label` against the stream from token `pos`. Returns null when the first word does
 * not match: labels are found where they start.
 */
export function matchLabelAt(stream: StreamToken[], pos: number, label: LabelPattern): LabelMatch | null {
  const m = label.words.length;
  if (m === 0 || pos >= stream.length) return null;
  let i = 0;
  let j = pos;
  let got = 0;
  let budget = 2 + Math.floor(m / 8);
  let end = pos;
  if (!wordAt(stream, j, label.words[0]!)) return null;
  // A one-word label ("Name", "Position") must be that word: fuzzy matching would take
  // "Positive" for "Position".
  if (m === 1) {
    const t = stream[j]!.norm;
    const w = label.words[0]!;
    return t === w || t === `${w}s` || w === `${t}s` ? { start: pos, end: pos + 1, score: 1 } : null;
  }
  while (i < m && j < stream.length) {
    const w = label.words[i]!;
    const hit = wordAt(stream, j, w);
    if (hit) {
      if (i < SCORED_PREFIX) got += label.weights[i]!;
      i++;
      j += hit;
      end = j;
      continue;
    }
    if (budget <= 0) break;
    // A stray stream token (damage) or a label word the form dropped: whichever resyncs.
    const extra = wordAt(stream, j + 1, w) > 0;
    const missing = label.words[i + 1] !== undefined && wordAt(stream, j, label.words[i + 1]!);
    if (extra) {
      j += 1;
    } else if (missing) {
      i += 1;
    } else {
      i += 1;
      j += 1;
    }
    budget--;
  }
  return { start: pos, end, score: got / label.total };
}

/** How many stream tokens at `j` spell word `w`: 1, 2 (a word split in two), or 0. */
function wordAt(stream: StreamToken[], j: number, w: string): number {
  const t = stream[j];
  if (!t) return 0;
  if (sameWord(t.norm, w)) return 1;
  const next = stream[j + 1];
  // A word split in two ("de" | "escribe"): the first part must begin the word.
  if (next && next.unit - t.unit <= 1 && w.length >= 5 && t.norm.length < w.length && w.startsWith(t.norm) && sameWord(t.norm + next.norm, w)) return 2;
  return 0;
}
