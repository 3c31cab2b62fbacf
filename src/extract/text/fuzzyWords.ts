/**
 * Fuzzy word equality for matching form labels across template versions and damaged text:
 * equal, equal after Porter stemming ("objectives" ~ "objective"), or close by Jaro–Winkler
 * for longer words ("equalities" ~ "equality", "EqlA" ~ "EqIA"). Short words must match
 * exactly: "age" and "aged" are different labels.
 */
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** Similarity above which two words of five or more letters count as the same word. */
export const WORD_SIMILARITY = 0.9;

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : porterStemmer.stem(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** How alike two folded words are, in [0, 1]. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (stem(a) === stem(b)) return 0.97;
  if (a.length < 5 || b.length < 5 || /\d/.test(a) || /\d/.test(b)) return 0;
  return jaroWinkler(a, b);
}

export function sameWord(a: string, b: string): boolean {
  return wordSimilarity(a, b) >= WORD_SIMILARITY;
}
