/**
 * A screening asked one characteristic at a time, each question printing the answers it takes
 * ("…because of their age?  Yes / No") with the answer on the next line, a follow-up "If yes,
 * please explain:" about the same group, and the group named mid-question ("Could the
 * proposal affect carers differently …?").
 */
import { describe, expect, it } from 'vitest';
import { impactsOf } from '../helpers/readGeneric.js';

const FORM = [
  'Equality Screening', '',
  '1a. Name of policy, strategy, project or service:\tClosure of the cash counter', '',
  'Section 4: Impact on people with protected characteristics', '',
  '4a. Could the proposal affect people differently because of their age?  Yes / No', 'Yes',
  'If yes, please explain:', 'Older customers prefer to pay face to face.', '',
  '4b. Could the proposal affect people differently because of race (including ethnic or national origin)?  Yes / No', 'No',
  'If yes, please explain:', 'N/A', '',
  '4j. Could the proposal affect carers differently (people who provide unpaid care)?  Yes / No', 'Yes',
  'If yes, please explain:', 'Carers who pay for others lose the counter.', '',
  'Section 5: Decision',
];

describe('a screening question per characteristic', () => {
  it('reads the answer under the printed options, the follow-up as its narrative', async () => {
    expect(await impactsOf(FORM)).toEqual([
      ['age', 'negative', 'Older customers prefer to pay face to face.', null],
      ['race', 'neutral', null, null],
      ['carers', 'negative', 'Carers who pay for others lose the counter.', null],
    ]);
  });
});
