/**
 * MinHash signatures of word shingles: an estimate of the Jaccard similarity of two texts
 * that survives the small differences between copies of one form (a PDF's hyphenation, a
 * scan's OCR slips, Word's bullets), cheap enough to compare every pair in a block.
 */

const SIGNATURE_SIZE = 128;
const SHINGLE = 3;

/** Fixed coefficients (a deterministic generator): the same text gives the same signature on every machine. */
const [MULTIPLIERS, SEEDS] = (() => {
  let state = 0x9e3779b9;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  const a = new Int32Array(SIGNATURE_SIZE);
  const b = new Int32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  return [a, b];
})();

/** Lower-case words of letters and digits (accents folded), the unit both copies agree on. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9£%]+/)
    .filter((w) => w.length > 0);
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct word 3-shingles of a text, hashed (a text under three words is one shingle). */
export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < SHINGLE) out.add(fnv1a(w.join(' ')));
  // Spelt out for SHINGLE = 3 (the same string as joining the slice, without an array per
  // shingle): every current record is shingled whenever a run finishes.
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(fnv1a(`${w[i]!} ${w[i + 1]!} ${w[i + 2]!}`));
  return out;
}

/** The signature: per hash function, the least permuted shingle hash (empty text: all max). */
export function minHash(hashes: Set<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      // An odd multiplier and a murmur-style finaliser: a cheap 32-bit permutation per function.
      let v = Math.imul(h ^ SEEDS[i]!, MULTIPLIERS[i]!);
      v ^= v >>> 15;
      v = Math.imul(v, 0x2c1b3c6d) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of hash functions whose minima agree (0 when either text is empty). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a[0] === 0xffffffff || b[0] === 0xffffffff) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Locality-sensitive bands of a signature: texts sharing any band are compared (others almost never match). */
export function bands(sig: Uint32Array, rows = 4): string[] {
  const out: string[] = [];
  for (let i = 0; i < sig.length; i += rows) out.push(`${i}:${Array.from(sig.subarray(i, i + rows)).join(',')}`);
  return out;
}
