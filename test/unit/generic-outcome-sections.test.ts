/**
 * A conclusion asked by a section of its own: the section's heading names it ("Section 6:
 * Conclusion", "Part 4: Outcome of the EHIA", "Section C: Decision"), and under it the form
 * may print a question or an instruction before its boxes. The ticked box is the outcome,
 * with the reasons the form asks for, on a line of their own or under a "Reasons" line.
 */
import { describe, expect, it } from 'vitest';
import { readLines } from '../helpers/readGeneric.js';

const outcomeOf = async (lines: string[]) => (await readLines(lines)).outcome;

const form = (section: string[]) => [
  'Equality Impact Assessment',
  'Title of proposal',
  'Garden waste collection charge',
  'Service area',
  'Waste and Street Cleansing',
  '',
  ...section,
  'Section 7: Action plan',
  'Action',
  'Lead',
];

describe('a conclusion section', () => {
  it('reads the box ticked under "Section 6: Conclusion" and the reasons under a "Reasons" line', async () => {
    const section = ['Section 6: Conclusion', '■ Proceed with the proposal', '□ Proceed with changes (list them in the action plan)', '□ Do not proceed', 'Reasons', 'The saving is needed to set a balanced budget.'];
    expect(await outcomeOf(form(section))).toBe('Proceed with the proposal\n\nThe saving is needed to set a balanced budget.');
  });

  it('reads the boxes under "Part 4: Outcome of the EHIA", a heading number then its wording', async () => {
    const section = ['Part 4: Outcome of the EHIA', '☐ No impact or positive impact only – proceed', '☒ Negative impacts found and mitigated – proceed with the action plan', '☐ Stop and rethink'];
    expect(await outcomeOf(form(section))).toBe('Negative impacts found and mitigated – proceed with the action plan');
  });

  it('takes the question printed under the heading as part of the label, on its line or run into it', async () => {
    const boxes = ['☐ Continue with the proposal unchanged', '☒ Adjust the proposal to reduce negative impacts', '☐ Stop the proposal'];
    expect(await outcomeOf(form(['Section 6: Outcome', 'Having completed the assessment, which of the following applies?', ...boxes]))).toBe('Adjust the proposal to reduce negative impacts');
    expect(await outcomeOf(form(['Section 6: Outcome Having completed the assessment, which of the following applies?', ...boxes]))).toBe('Adjust the proposal to reduce negative impacts');
  });

  it('reads past an instruction that opens the row of boxes ("Tick one:") under "Section C: Decision"', async () => {
    const section = ['Section C: Decision', 'Tick one:  ☐ No changes needed   ☒ Adjust the policy   ☐ Stop and rethink', 'Reasons: Add the SENCO steps to the procedure before the policy goes to the Board.'];
    expect(await outcomeOf(form(section))).toBe('Adjust the policy\n\nAdd the SENCO steps to the procedure before the policy goes to the Board.');
  });

  it("keeps an option's own letter with it where the export ran the options together", async () => {
    // A transcription that printed a whole page as one paragraph.
    const page = 'Sexual orientation ☐ ☐ ☒ No impact identified. Section 4: Outcome of the assessment ☐ A. No major change needed ☒ B. Adjust the policy to remove barriers ☐ C. Stop and remove the policy Section 5: Action plan Issue Action Responsible Date';
    expect(await outcomeOf(['University of Hollinbridge Equality Impact Assessment (EIA) Form Title of policy: Attendance Monitoring Policy', '', page])).toBe('B. Adjust the policy to remove barriers');
  });

  it('does not give a numbered question of its own the meaning of the label above it', async () => {
    const lines = ['Equality Impact Assessment', 'Title of proposal: Hall lettings', '1.1 Describe the aims of the policy', '1.2 Who will be affected? ☐ Students ☐ Staff ☐ Visitors'];
    expect((await readLines(lines)).purpose).toBeNull();
  });
});
