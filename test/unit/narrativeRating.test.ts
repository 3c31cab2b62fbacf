import { describe, expect, it } from 'vitest';
import { ratingFromNarrative } from '../../src/extract/parse/narrativeRating.js';

describe('ratingFromNarrative', () => {
  it('reads an impact that falls one way from its own words', () => {
    expect(ratingFromNarrative('Patients with sight loss may struggle to use the monitoring tablet.')).toBe('negative');
    expect(ratingFromNarrative('This could make them less likely to be referred.')).toBe('negative');
    expect(ratingFromNarrative('Older people will avoid hospital stays and the deconditioning that comes with them.')).toBe('positive');
  });
  it('says nothing when the words go both ways or neither', () => {
    expect(ratingFromNarrative('Earlier support should help and improve attendance, but fines could fall on families already struggling to cope and lose them income.')).toBeNull();
    expect(ratingFromNarrative('The policy applies to all pupils in the same way.')).toBeNull();
  });
});
