/**
 * Shapes of unseen forms where the answer is written as words on lines of their own: dot
 * leaders between label and answer, "Positive impact: Yes / Negative impact: No" blocks per
 * characteristic, duty questions (Fairer Scotland, children's rights), "Unsure" under a
 * Yes/No/Unsure column, and a text saved a paragraph to a line with '|' rows that close on
 * an empty cell.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import { labelledAnswers } from '../../src/extract/generic/impacts/labelledAnswers.js';
import { generic } from '../../extractors/generic.js';

const reader = new GenericExtractor(generic);

async function read(text: string) {
  const view = new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS));
  return reader.read(view).builder.eia;
}
const ratings = (eia: Awaited<ReturnType<typeof read>>) => Object.fromEntries(eia.impacts.map((i) => [i.characteristic, i.rating]));

describe('answers written as words on lines of their own', () => {
  it('reads a label and its answer either side of dot leaders', async () => {
    const eia = await read([
      'EQUALITY IMPACT ASSESSMENT',
      '1. Subject of the assessment ........ Allotments lettings policy 2025',
      '2. Date started ..................... 08/07/2024',
    ].join('\n'));
    expect(eia.title).toBe('Allotments lettings policy 2025');
    expect(eia.assessmentDate).toBe('2024-07-08');
  });

  it('rates a characteristic block from its "Positive impact: / Negative impact:" lines, "Reasons:" dropped', async () => {
    const eia = await read([
      'Equality Impact Assessment',
      'Title of proposal',
      'Respite eligibility framework',
      '3. Impact on people with protected characteristics',
      'Age', 'Positive impact: Yes', 'Negative impact: No', 'Reasons: Older carers gain most.',
      'Disability', 'Positive impact: Yes', 'Negative impact: Yes', 'Reasons: Clearer route, but replacement care is scarce.',
      'Race', 'Positive impact: No', "Negative impact: Don't know", 'Reasons: Too few carers known to judge.',
      'Sex', 'Positive impact: No', 'Negative impact: No', 'Reasons:',
    ].join('\n\n'));
    expect(ratings(eia)).toEqual({ age: 'positive', disability: 'both', race: 'unknown', sex: 'neutral' });
    expect(eia.impacts.find((i) => i.characteristic === 'age')?.narrative).toBe('Older carers gain most.');
    expect(eia.impacts.find((i) => i.characteristic === 'sex')?.narrative).toBeNull();
  });

  it('labelledAnswers gives nothing for a block without answer lines', () => {
    expect(labelledAnswers(['Older carers gain most.'])).toBeNull();
    expect(labelledAnswers(['Adverse impact (please state): No', 'None found.'])).toEqual({ rating: 'neutral', narrative: ['None found.'], mitigation: [] });
    // What will be done about it is the row's mitigation, not narrative.
    expect(labelledAnswers(['Potential for negative impact? Yes', 'Explanation: Fares rise.', 'Mitigation: A concession card.'])).toEqual({ rating: 'negative', narrative: ['Fares rise.'], mitigation: ['A concession card.'] });
  });

  it('reads the Fairer Scotland and children\'s rights questions as impacts rated by their answers', async () => {
    const eia = await read([
      'Equality and Fairer Scotland Impact Assessment',
      'Title of proposal',
      'Day centre redesign',
      '4. Fairer Scotland Duty',
      'Will the proposal reduce or increase inequalities of outcome caused by socio-economic disadvantage?',
      'Reduce. Transport will be free.',
      '5. Children\'s rights',
      'Does the proposal affect the rights of children and young people (UNCRC)?',
      'No – the service is for adults only.',
    ].join('\n\n'));
    const byGroup = Object.fromEntries(eia.impacts.map((i) => [i.characteristic, [i.rating, i.narrative]]));
    expect(byGroup).toEqual({ 'socio-economic': ['positive', 'Reduce. Transport will be free.'], other: ['neutral', 'No – the service is for adults only.'] });
  });

  it('reads a text saved a paragraph to a line: "|" rows one per line, an empty last cell, Unsure as unknown', async () => {
    const long = 'The policy sets one approach to attendance across our nine academies, with a first-day call for unexplained absence and support meetings before any penalty notice is issued to a family.';
    const eia = await read([
      'Equality Impact Assessment – policies and procedures',
      'Policy being assessed: Attendance Policy',
      `Briefly describe what the policy is trying to achieve. ${long}`,
      'Group | Could it disadvantage this group? (Yes / No / Unsure) | Could it benefit this group? (Yes / No) | Evidence',
      'Age | No | No | Applies to all pupils alike.',
      'Disability | Yes | Yes | Lower attendance; earlier support helps.',
      'Gender reassignment | No | No |',
      'Pregnancy and maternity | Unsure | No | We hold no data.',
      'Sexual orientation | No | No |',
      'Pupils eligible for Pupil Premium | Yes | Yes | Fines hit low-income families hardest.',
    ].join('\n'));
    expect(eia.title).toBe('Attendance Policy');
    expect(ratings(eia)).toEqual({
      age: 'neutral', disability: 'both', 'gender-reassignment': 'neutral', 'pregnancy-maternity': 'unknown', 'sexual-orientation': 'neutral', 'socio-economic': 'both',
    });
  });

  it('rates rows under a "positive or adverse impact" summary column by their words, and reads Improves / Worsens grids', async () => {
    const eia = await read([
      'Equality and Health Inequalities Impact Assessment (EHIA)',
      '1. Proposal name',
      'Virtual ward expansion',
      'Protected characteristic groups',
      'Summary explanation of the main potential positive or adverse impact of your proposal',
      'Main recommendation from your proposal to reduce any key identified adverse impact or to increase the identified positive impact',
      'Age',
      'Older people will avoid hospital stays.',
      'Offer a carer the option of joining the review call.',
      'Disability',
      'Patients with sight loss may struggle to use the tablet.',
      'Provide talking devices.',
      'Sex',
      'No impact identified.',
      'None.',
      'Groups who face health inequalities',
      'Impact on access',
      'Impact on outcomes',
      'Notes',
      'People living in the 20% most deprived areas',
      'Improves',
      'Improves',
      'Mobile data is provided with every tablet.',
      'Carers of patients',
      'Worsens',
      'Improves',
      'Carers take on more care at home.',
    ].join('\n\n'));
    const byGroup = Object.fromEntries(eia.impacts.map((i) => [i.characteristic, [i.rating, i.mitigation]]));
    expect(byGroup).toMatchObject({
      age: ['positive', 'Offer a carer the option of joining the review call.'],
      disability: ['negative', 'Provide talking devices.'],
      sex: ['neutral', null],
      'socio-economic': ['positive', null],
      carers: ['both', null],
    });
  });

  it('reads the purpose under "What is the policy … for?" and under a numbered instruction ending in a full stop', async () => {
    const forQuestion = await read([
      'EQUALITY IMPACT ASSESSMENT',
      'Title of policy: Communal areas clearance',
      '2.1 What is the policy, procedure or service for? (Describe its aims and the outcomes you want.)',
      'Communal corridors must be kept clear so that residents can escape in a fire.',
      '2.2 Which customers or colleagues does it affect?',
      'Residents of flats.',
    ].join('\n'));
    expect(forQuestion.purpose).toBe('Communal corridors must be kept clear so that residents can escape in a fire.');
    const instruction = await read([
      'Equality Impact Assessment',
      'Title of proposal',
      'Short breaks eligibility framework',
      '1. Describe the aims and intended outcomes of the proposal.',
      'Give a short summary. Include any legislation that applies.',
      'The framework replaces three area-based criteria with one eligibility framework.',
      '2. Who has been involved in developing the proposal?',
      'Three carers\' focus groups.',
    ].join('\n'));
    expect(instruction.purpose).toBe('The framework replaces three area-based criteria with one eligibility framework.');
  });
});
