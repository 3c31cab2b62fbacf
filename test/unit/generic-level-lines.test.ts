/**
 * Characteristic blocks answered on labelled lines the generic reader had not met: a row of
 * boxes for the level of adverse impact (LABELLING.md: Low / Medium / High → negative, None →
 * neutral), "Positive impact? Y" / "Negative impact? N" answers, and a "Mitigation:" line after
 * a line as long as the export's widest, which is that row's mitigation, not a wrapped sentence.
 */
import { describe, expect, it } from 'vitest';
import { impactsOf } from '../helpers/readGeneric.js';

const HEAD = ['Equality Impact Assessment', '', 'Name of policy: Library opening hours', '', 'Section 2: Impact on people with protected characteristics', ''];

describe('labelled impact lines', () => {
  it('rates a row of level boxes, and keeps a Mitigation line after a long line apart', async () => {
    expect(
      await impactsOf([
        ...HEAD,
        'Race',
        'Level of adverse impact: High ☐ Medium ☐ Low ☐ None ☒',
        'Explanation: No impact expected.',
        '',
        'Disability',
        'Level of adverse impact: High ☐ Medium ☒ Low ☐ None ☐',
        'Explanation: Disabled people who rely on the service may find the alternative harder to reach.',
        'Mitigation: Leaflets will be translated into the three most spoken community languages.',
        '',
        'Age',
        'Level of adverse impact: High ☒ Medium ☐ Low ☐ None ☐',
        'Explanation: Older residents are less likely to pay online.',
        '',
      ]),
    ).toEqual([
      ['race', 'neutral', 'No impact expected.', null],
      ['disability', 'negative', 'Disabled people who rely on the service may find the alternative harder to reach.', 'Leaflets will be translated into the three most spoken community languages.'],
      ['age', 'negative', 'Older residents are less likely to pay online.', null],
    ]);
  });

  it('reads Y and N as the answers to "Positive impact?" and "Negative impact?"', async () => {
    const rows = await impactsOf([
      ...HEAD,
      'Age',
      'Positive impact? Y',
      'Negative impact? N',
      'Explanation: Longer opening suits people who work during the week.',
      '',
      'Disability',
      'Positive impact? N',
      'Negative impact? N',
      'Explanation: No differential impact identified.',
      '',
      'Sex',
      'Positive impact? Y',
      'Negative impact? Y',
      'Explanation: Some people will benefit while others lose out.',
      '',
    ]);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['age', 'positive', 'Longer opening suits people who work during the week.'],
      ['disability', 'neutral', 'No differential impact identified.'],
      ['sex', 'both', 'Some people will benefit while others lose out.'],
    ]);
  });
});
