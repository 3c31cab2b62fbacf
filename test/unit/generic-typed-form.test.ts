/**
 * A form typed as plain text with numbered questions (a council's own housing form): the
 * question on a short line of its own and its answer below, guidance in square brackets
 * between them, one field naming both units ("Housing & Communities / Tenancy and Estates"),
 * and a level grid whose Reasons column says "No impact." where nothing is ticked adverse.
 */
import { describe, expect, it } from 'vitest';
import { readLines } from '../helpers/readGeneric.js';

const form = [
  'Cardwell District Council',
  'EQUALITY IMPACT ASSESSMENT – HOUSING SERVICES',
  '',
  '1. Subject of the assessment ........ Withdrawal of the tenants\' garden scheme',
  '2. Service area ..................... Housing & Communities / Tenancy and Estates',
  '3. Assessor ......................... Owen Fairclough, Estates Manager',
  '',
  '6. What does the change do and why?',
  '[Guidance: set out the current position, what is proposed and the outcome sought.]',
  'The free grass-cutting service for 1,140 council tenants ends in April 2025 to save money.',
  '',
  '7. Information and engagement used',
  'Scheme membership records, a letter to all members with a reply form (388 replies) and the',
  "Tenants' Panel on 14 January 2025.",
  '',
  '8. Impact grid',
  'Mark the level of ADVERSE impact (H / M / L) or None, or mark Positive.',
  '                                  High  Med  Low  None  Positive   Reasons',
  'Age                                           ■                    Some older tenants use the scheme.',
  'Race                                                ■              No impact.',
  'Sex                                                 ■              No impact.',
  '',
  '9. Decision (tick one)',
];

describe('a typed form with numbered questions', () => {
  it('reads the answer below a bracketed guidance note, not the note', async () => {
    expect((await readLines(form)).purpose).toBe('The free grass-cutting service for 1,140 council tenants ends in April 2025 to save money.');
  });

  it('ends a short numbered question at its line, so the line below is its answer', async () => {
    expect((await readLines(form)).consultation).toBe("Scheme membership records, a letter to all members with a reply form (388 replies) and the Tenants' Panel on 14 January 2025.");
  });

  it('splits a field naming both units at a spaced slash', async () => {
    const eia = await readLines(form);
    expect([eia.directorate, eia.service]).toEqual(['Housing & Communities', 'Tenancy and Estates']);
  });

  it('keeps "No impact." in the Reasons column as the narrative of a row rated by its tick', async () => {
    const impacts = (await readLines(form)).impacts.map((i) => [i.characteristic, i.rating, i.narrative]);
    expect(impacts).toEqual([['age', 'negative', 'Some older tenants use the scheme.'], ['race', 'neutral', 'No impact.'], ['sex', 'neutral', 'No impact.']]);
  });
});
