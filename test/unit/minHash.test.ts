/**
 * MinHash signatures are stored as links and compared across runs, so the fast paths must
 * give exactly the textbook values: a shingle's hash is FNV-1a of its three words joined by
 * spaces, and a signature does not depend on the order its shingles are visited in.
 */
import { describe, expect, it } from 'vitest';
import { minHash, shingles, similarity, words } from '../../src/store/minHash.js';

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const text = 'The Équité review: 5% of £100 budgets — consultation with residents, staff and the residents’ panel.';

describe('minHash', () => {
  it('hashes each word 3-shingle as FNV-1a of the joined words', () => {
    const w = words(text);
    const expected = new Set(w.slice(0, -2).map((_, i) => fnv1a(w.slice(i, i + 3).join(' '))));
    expect([...shingles(text)].sort()).toEqual([...expected].sort());
    expect([...shingles('two words')]).toEqual([fnv1a('two words')]);
    expect(shingles('').size).toBe(0);
  });

  it('gives the same signature whatever the order of the shingles, close texts close ones, no text all max', () => {
    const hashes = shingles(text);
    const reversed = new Set([...hashes].reverse());
    expect(minHash(reversed)).toEqual(minHash(hashes));
    expect(similarity(minHash(hashes), minHash(shingles(`${text} And one more sentence here.`)))).toBeGreaterThan(0.5);
    expect(minHash(new Set())[0]).toBe(0xffffffff);
  });
});
