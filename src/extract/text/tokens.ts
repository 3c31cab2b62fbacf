/**
 * Word tokens with their character offsets. The same tokenisation the scorer uses
 * (lower case, accents folded, split on anything that is not a letter or digit), so that
 * what counts as "the same words" here is what counts there.
 */

export interface Token {
  /** Lower-cased, accent-folded word. */
  norm: string;
  /** [start, end) in the source string. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ norm: fold(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Plain ASCII: NFKD leaves it as it is and it has no accents to strip. */
const ASCII = /^[\x00-\x7f]*$/;

export function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

/**
 * Token-multiset F1 of two values, as the scorer computes it: 1 when neither has a token,
 * 0 when only one has none. Non-text values are compared by their text.
 */
export function tokenF1(a: unknown, b: unknown): number {
  return wordsF1(words(String(a ?? '')), words(String(b ?? '')));
}

/** tokenF1 of two texts' words (from `words`), for callers that compare one text with many. */
export function wordsF1(ta: readonly string[], tb: readonly string[]): number {
  if (!ta.length && !tb.length) return 1;
  if (!ta.length || !tb.length) return 0;
  const count = new Map<string, number>();
  for (const t of ta) count.set(t, (count.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = count.get(t) ?? 0;
    if (c > 0) {
      common++;
      count.set(t, c - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}
