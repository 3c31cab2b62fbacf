/**
 * Fuzzy word equality for matching form labels across template versions and damaged text:
 * equal, equal after Porter stemming ("objectives" ~ "objective"), or close by Jaro–Winkler
 * for longer words ("equalities" ~ "equality", "EqlA" ~ "EqIA"). Short words must match
 * exactly: "age" and "aged" are different labels.
 *
 * Label matching asks this millions of times per document, so stems and similarities are
 * memoised (bounded), and pairs that cannot be close are rejected before Jaro–Winkler.
 */
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** Similarity above which two words of five or more letters count as the same word. */
export const WORD_SIMILARITY = 0.9;

const MAX_CACHE = 200_000;
const stemCache = new Map<string, string>();
const similarityCache = new Map<string, number>();

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : porterStemmer.stem(word);
    if (stemCache.size > MAX_CACHE) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** How alike two folded words are, in [0, 1]. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // Words that differ in their first letter or in length by over a third are never taken
  // for each other; nor are short words or numbers. Checked before any lookup: cheap.
  if (a.length < 4 || b.length < 4 || a[0] !== b[0] || Math.abs(a.length - b.length) * 3 > Math.max(a.length, b.length)) {
    return a.length >= 3 && b.length >= 3 && a[0] === b[0] && stem(a) === stem(b) ? 0.97 : 0;
  }
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let s = similarityCache.get(key);
  if (s === undefined) {
    if (stem(a) === stem(b)) s = 0.97;
    else if (a.length < 5 || b.length < 5 || /\d/.test(a) || /\d/.test(b)) s = 0;
    else s = jaroWinkler(a, b);
    if (similarityCache.size > MAX_CACHE) similarityCache.clear();
    similarityCache.set(key, s);
  }
  return s;
}

export function sameWord(a: string, b: string): boolean {
  return wordSimilarity(a, b) >= WORD_SIMILARITY;
}
