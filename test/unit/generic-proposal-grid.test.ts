/**
 * One grid rating several proposals: codes numbered per proposal in the codes of a key the
 * form prints as a bulleted list ("Negative impact (N)"), statements numbered the same way,
 * and the grid's group given by the numbered part it stands under (residents/service users,
 * then Council staff).
 */
import { describe, expect, it } from 'vitest';
import { readLines } from '../helpers/readGeneric.js';

const FORM = [
  'Equality Impact Assessment (EIA)', '',
  'Title of EIA: Leisure Pricing Review 2026', 'EIA Author: Sam Okafor, Leisure Manager', '',
  '2.2 On the basis of evidence, complete the table below to show what the potential impact is for each of the protected groups of residents/service users', '',
  '•', '', 'Positive impact (P),', '', '•', '', 'Negative impact (N)', '', '•', '', 'Both positive and negative impacts (PN)', '',
  '•', '', 'No impact (NI)', '', '•', '', 'Unknown impact (UI)', '',
  'Protected characteristic\tImpact type\tNature of impact and any mitigations required',
  'Age 0-18\t1. PN 2. N 3. NI\t1. Juniors pay less at weekends but more on weekdays. 2. Family tickets end. 3. No impact.',
  'Disability\t1. P 2. UI 3. UI\t1. Carers go free. Unknown impact.',
  '',
  '3.0 Will there be any potential impacts on Council staff from protected groups?', '',
  'Protected characteristic\tImpact type\tNature of impact',
  'Sex\tNI\tNo impact. Staffing does not change.',
  'Race\tUI\tWe hold no data on staff ethnicity.',
];

describe('a grid rating several proposals', () => {
  it('splits each row into an impact per proposal, rated by the key, and gives each grid the group of the part it stands under', async () => {
    const eia = await readLines(FORM);
    expect(eia.impacts.map((i) => [i.characteristic, i.group, i.subgroup, i.proposal, i.rating, i.narrative])).toEqual([
      ['age', 'service-users', '0-18', 1, 'both', 'Juniors pay less at weekends but more on weekdays.'],
      ['age', 'service-users', '0-18', 2, 'negative', 'Family tickets end.'],
      ['age', 'service-users', '0-18', 3, 'neutral', 'No impact.'],
      ['disability', 'service-users', null, 1, 'positive', 'Carers go free.'],
      ['disability', 'service-users', null, 2, 'unknown', 'Unknown impact.'],
      ['disability', 'service-users', null, 3, 'unknown', 'Unknown impact.'],
      ['sex', 'staff', null, null, 'neutral', 'No impact. Staffing does not change.'],
      ['race', 'staff', null, null, 'unknown', 'We hold no data on staff ethnicity.'],
    ]);
  });
});
