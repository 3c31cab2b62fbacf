/**
 * Impacts asked one characteristic at a time under a heading of its own ("2.1 Age", then the
 * form's questions): the heading says which group each question is about, a positive and a
 * negative question answered together rate it, and the evidence and mitigation lines under it
 * are its narrative and mitigation. A line naming a group and saying its impact ("Sex – No
 * impact identified.") is a row of its own, not a heading over the lines after it.
 */
import { describe, expect, it } from 'vitest';
import { impactsOf } from '../helpers/readGeneric.js';

const form = (body: string[]) => ['Equality Impact Assessment', 'Name of policy: Library opening hours review', 'Directorate: Communities', '', ...body, '', 'Section 4: Sign-off', 'Lead officer: Gwen Maclean'];

describe('a section per characteristic', () => {
  it('rates each group by the positive and negative questions under its numbered heading', async () => {
    const body = [
      '3.1 Age',
      'Is there a potential for a positive impact? No',
      'Is there a potential for a negative impact? Yes',
      'Evidence: Older people use the library most in the mornings.',
      'Mitigation: Keep one branch open in the mornings.',
      '',
      '3.2 Disability',
      'Is there a potential for a positive impact? Yes',
      'Is there a potential for a negative impact? No',
      'Evidence: The new kiosks are accessible.',
      'Mitigation: None needed.',
    ];
    expect(await impactsOf(form(body))).toEqual([
      ['age', 'negative', 'Older people use the library most in the mornings.', 'Keep one branch open in the mornings.'],
      ['disability', 'positive', 'The new kiosks are accessible.', null],
    ]);
  });

  it('gives a question worded for all groups ("… on this group?") to the heading above it, on a committee page too', async () => {
    const body = ['| 2.1 Race |', '| Could the proposal have a negative impact on this group? | No |', '| Evidence | No differential impact identified. |', '', '| 2.2 Religion or belief |', "| Could the proposal have a negative impact on this group? | Don't know |", '| Evidence | We hold no data on this group. |'];
    expect(await impactsOf(form(body))).toEqual([
      ['race', 'neutral', 'No differential impact identified.', null],
      ['religion-belief', 'unknown', 'We hold no data on this group.', null],
    ]);
  });

  it('reads a rating written as the answer ("Impact (positive, negative, neutral or not known): Negative")', async () => {
    const body = ['2.1 Age (young and older people)', 'Impact (positive, negative, neutral or not known): Positive and negative', 'Evidence: Some will benefit; others may lose out.', '', '2.2 Disability', 'Impact (positive, negative, neutral or not known): Negative', 'Evidence: The alternative is harder to reach.'];
    expect(await impactsOf(form(body))).toEqual([
      ['age', 'both', 'Some will benefit; others may lose out.', null],
      ['disability', 'negative', 'The alternative is harder to reach.', null],
    ]);
  });

  it('does not take a line that names a group and rates it for a heading over the next line', async () => {
    const body = ['3. Impact on communities', 'Sex – No impact identified.', 'Pregnancy and maternity – Impact: Neutral.', 'Religion or belief – Impact: Neutral. Sunday opening is kept at both sites.'];
    const impacts = await impactsOf(form(body));
    expect(impacts.find(([c]) => c === 'pregnancy-maternity')).toEqual(['pregnancy-maternity', 'neutral', null, null]);
  });
});

describe('a list of groups answering a question', () => {
  it('does not take the form\'s next question for a group\'s answer', async () => {
    const body = ['Which groups will be positively affected?', 'Disabled people, carers', '', 'Which groups will be negatively affected?', 'Older people, people on low incomes'];
    const impacts = await impactsOf(form(body));
    expect(impacts.map(([, , narrative]) => narrative)).not.toContain('Which groups will be negatively affected?');
  });
});
