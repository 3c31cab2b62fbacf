/**
 * A conclusion asked as a row of boxes ("Decision (tick one)") is the ticked option, with the
 * reasons the form asks for right after it; an unticked row gives no outcome.
 */
import { describe, expect, it } from 'vitest';
import { readLines } from '../helpers/readGeneric.js';

const outcomeOf = async (lines: string[]) => (await readLines(lines)).outcome;

const form = (boxes: string[], after: string[]) => [
  'Equality Impact Assessment',
  'Name of policy: Tenants garden scheme',
  '',
  '9. Decision (tick one)',
  ...boxes,
  ...after,
  '',
  '10. Actions',
];

describe('a ticked conclusion', () => {
  it('is the ticked option and the reasons given for it', async () => {
    const boxes = ['☐ No major change', '☐ Adjust the policy to remove barriers identified', '☒ Continue despite adverse impacts', '☐ Stop and remove the policy'];
    expect(await outcomeOf(form(boxes, ['Justification / next steps: The saving is needed to balance the Housing Revenue Account.']))).toBe(
      'Continue despite adverse impacts\n\nThe saving is needed to balance the Housing Revenue Account.',
    );
    expect(await outcomeOf(form(boxes, []))).toBe('Continue despite adverse impacts');
  });

  it('is nothing when no box is ticked', async () => {
    expect(await outcomeOf(form(['☐ No major change', '☐ Stop and remove the policy'], ['Reasons: not yet decided by the panel.']))).toBeNull();
  });

  it("on a committee page, skips the form's instruction on the row under the label", async () => {
    const lines = ['| Equality Impact Assessment |', '| Title of proposal | Library self-service opening |', '||||', '| Section 4: Outcome of the assessment |', '| Please choose one outcome |', '| Outcome 1 – No major change needed |', '| Sign-off by Head of Service |'];
    expect(await outcomeOf(lines)).toBe('Outcome 1 – No major change needed');
  });
});
