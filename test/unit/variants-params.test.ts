import { describe, expect, it } from 'vitest';
import { drawScanParams } from '../../scripts/variants/scanRendering.js';
import { seededRandom } from '../../scripts/variants/seededRandom.js';
import { selectKinds } from '../../scripts/variants/kinds.js';

describe('variants parameters', () => {
  it('are drawn from their ranges: the same seed gives the same scan, another seed another', () => {
    const a = drawScanParams(seededRandom(1, 'x~scan-200-grey'), 200, false, 6);
    expect(drawScanParams(seededRandom(1, 'x~scan-200-grey'), 200, false, 6)).toEqual(a);
    const draws = Array.from({ length: 50 }, (_, seed) => drawScanParams(seededRandom(seed, 'x~scan-200-grey'), 200, false, 6));
    expect(new Set(draws.map((d) => d.jpegQuality)).size).toBeGreaterThan(5);
    for (const d of draws) {
      expect(d.jpegQuality).toBeGreaterThanOrEqual(50);
      expect(d.jpegQuality).toBeLessThanOrEqual(75);
      for (const s of d.skews) {
        expect(Math.abs(s)).toBeGreaterThanOrEqual(0.3);
        expect(Math.abs(s)).toBeLessThanOrEqual(1.5);
      }
    }
    expect(draws.some((d) => d.skews[0]! < 0) && draws.some((d) => d.skews[0]! > 0)).toBe(true);
  });

  it('selects kinds by id or family and refuses unknown names', () => {
    expect(selectKinds(['scan']).map((k) => k.id)).toHaveLength(6);
    expect(selectKinds(['doc', 'bundle']).map((k) => k.id)).toEqual(['doc', 'bundle']);
    expect(() => selectKinds(['fax'])).toThrow(/unknown kind/);
  });
});
