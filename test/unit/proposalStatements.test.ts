import { describe, expect, it } from 'vitest';
import { assignStatements, parseCodes } from '../../src/extract/parse/proposalStatements.js';

const codes = (s: string) => parseCodes(s);
const assign = (paragraphs: string[], c: string) => Object.fromEntries(assignStatements(paragraphs, codes(c)));

describe('proposal statements (LABELLING.md rules)', () => {
  it('parses numbered and bare codes', () => {
    expect(parseCodes('1. UI 2. PN 3. P').map((c) => [c.proposal, c.rating])).toEqual([[1, 'unknown'], [2, 'both'], [3, 'positive']]);
    expect(parseCodes('NI')).toMatchObject([{ proposal: 1, rating: 'neutral' }]);
  });

  it('gives numbered statements to their number', () => {
    expect(assign(['1. A.', '2. B.', '3. C.'], '1. P 2. N 3. P')).toEqual({ 1: 'A.', 2: 'B.', 3: 'C.' });
  });

  it('gives a trailing generic statement to every remaining proposal it describes', () => {
    expect(assign(['Unknown Impact.', 'No impact.'], '1. UI 2. NI 3. NI 4. NI')).toEqual({ 1: 'Unknown Impact.', 2: 'No impact.', 3: 'No impact.', 4: 'No impact.' });
    expect(assign(['Unknown Impact'], '1. UI 2. UI 3. NI 4. UI')).toEqual({ 1: 'Unknown Impact', 2: 'Unknown Impact', 4: 'Unknown Impact' });
  });

  it('lets an unnumbered paragraph after a numbered one continue it', () => {
    const out = assign(['Unknown impact.', 'B.', 'C.', 'D.', '5. Through the project.', 'Additional jobs.', 'Unknown Impact.'], '1. UI 2. PN 3. P 4. PN 5. P 6. P 7. UI');
    expect(out[5]).toBe('Through the project.\n\nAdditional jobs.');
    expect(out[6]).toBeUndefined();
    expect(out[7]).toBe('Unknown Impact.');
  });

  it('aligns statements an export ran together to the codes they describe', () => {
    const blob =
      'Unknown impact. More families will benefit from support. For some families will need more than a low level of support. ' +
      'More families receive support through funding. Negative impact on families where this is removed. ' +
      'Children in care will be able to live near their families. Unknown Impact.';
    const out = assign([blob], '1. UI 2. PN 3. P 4. N 5. P 6. UI 7. UI');
    expect(out).toEqual({
      1: 'Unknown impact.',
      2: 'More families will benefit from support. For some families will need more than a low level of support.',
      3: 'More families receive support through funding.',
      4: 'Negative impact on families where this is removed.',
      5: 'Children in care will be able to live near their families.',
      6: 'Unknown Impact.',
      7: 'Unknown Impact.',
    });
  });

  it('aligns run-together statements before the first numbered one to the codes before its number', () => {
    const out = assign(
      ['Unknown impact. More families will benefit from support. More families receive support through funding. Positive for some, negative impact where this is removed 5. Through the project care leavers get continuity. Unknown Impact.'],
      '1. UI 2. PN 3. P 4. PN 5. P 6. P 7. UI',
    );
    expect(out).toEqual({
      1: 'Unknown impact.',
      2: 'More families will benefit from support.',
      3: 'More families receive support through funding.',
      4: 'Positive for some, negative impact where this is removed',
      5: 'Through the project care leavers get continuity.',
      7: 'Unknown Impact.',
    });
  });

  it('keeps a final generic sentence with a statement whose own code it describes', () => {
    expect(assign(['1. Families benefit.', '2. Children benefit. Unknown Impact.'], '1. P 2. UI 3. P')).toEqual({ 1: 'Families benefit.', 2: 'Children benefit. Unknown Impact.' });
  });

  it('splits statements a cell ran together without full stops', () => {
    const out = assign(['Unknown Impact Unknown Impact Children in care will stay near their families. Unknown Impact. Unknown impact.'], '1. UI 2. UI 3. P 4. UI 5. UI');
    expect(out).toEqual({ 1: 'Unknown Impact', 2: 'Unknown Impact', 3: 'Children in care will stay near their families.', 4: 'Unknown Impact.', 5: 'Unknown impact.' });
  });
});
