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
  // The hash of "w1 w2 w3" taken word by word (the same value as hashing the joined string,
  // without building it): every current record is shingled whenever a run finishes.
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    let h = fnv1aOn(0x811c9dc5, w[i]!);
    for (let k = 1; k < SHINGLE; k++) h = fnv1aOn(Math.imul(h ^ SPACE, 0x01000193), w[i + k]!);
    out.add(h >>> 0);
  }
  return out;
}

const SPACE = 0x20;

/** FNV-1a continued from state `h` over `text` (fnv1a(text) is fnv1aOn(offset basis, text) >>> 0). */
function fnv1aOn(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The signature: per hash function, the least permuted shingle hash (empty text: all max). */
export function minHash(hashes: Set<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const hs = Int32Array.from(hashes);
  // Function by function over the hashes (the minimum kept in a local): the same minima as
  // hash by hash over the functions, with one store per function instead of one per pair.
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const seed = SEEDS[i]!;
    const mult = MULTIPLIERS[i]!;
    let min = 0xffffffff;
    for (let k = 0; k < hs.length; k++) {
      // An odd multiplier and a murmur-style finaliser: a cheap 32-bit permutation per function.
      let v = Math.imul(hs[k]! ^ seed, mult);
      v ^= v >>> 15;
      v = Math.imul(v, 0x2c1b3c6d) >>> 0;
      if (v < min) min = v;
    }
    sig[i] = min;
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
