/**
 * How alike two OCR readings of text are, for telling that two lines on different pages are
 * the same printed text read with different slips ("EqIA – Version 2" / "EqlA - Versian 2").
 */

/**
 * A reading's comparison key: case, spacing, digits (page numbers), and the dashes and
 * quotes OCR confuses with one another do not matter.
 */
export function readingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[-‐‑‒–—―~]+/g, '-')
    .replace(/[‘’'`´]/g, "'")
    .replace(/[“”"]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edit distance (insertions, deletions, substitutions of UTF-16 units) between a and b. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Whether two readings are the same text: keys equal, or differing in at most `share` of the longer key's characters. */
export function sameReading(a: string, b: string, share: number): boolean {
  const ka = readingKey(a);
  const kb = readingKey(b);
  if (ka === kb) return true;
  const longer = Math.max(ka.length, kb.length);
  // Short texts ("No", "N/A", "Yes") are told apart by a single letter: only exact keys match.
  if (Math.min(ka.length, kb.length) < 8) return false;
  return editDistance(ka, kb) <= share * longer;
}
