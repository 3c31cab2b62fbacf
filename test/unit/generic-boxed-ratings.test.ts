/**
 * A grid written one cell a paragraph under a header that opens with the characteristic
 * column's title ("Characteristic | Impact | Explanation | Mitigation"), rated on a boxed
 * line ("Impact: Positive □ Negative ■ Neutral □", each box after its option): rows lose
 * their empty cells, so a short row still lines up with the header from the left, and the
 * ticked box is the rating.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import { labelledAnswers } from '../../src/extract/generic/impacts/labelledAnswers.js';
import { tickedOptions } from '../../src/extract/generic/tickedOptions.js';
import { generic } from '../../extractors/generic.js';

const reader = new GenericExtractor(generic);
const marks = { ticked: ['X', 'ü'], unticked: [] };

describe('boxes after their options', () => {
  it('tick the option before them; boxes before their options still tick the one after', () => {
    expect(tickedOptions('Positive □ Negative ■ Neutral □', marks)).toEqual({ ticked: 'Negative' });
    expect(tickedOptions('Yes ☐ No ☒', marks)).toEqual({ ticked: 'No' });
    expect(tickedOptions('Positive ■ Negative ■ Neutral □', marks)).toEqual({ ticked: 'Positive; Negative' });
    expect(tickedOptions('Positive □ Negative □ Neutral □', marks)).toEqual({ ticked: null });
    expect(tickedOptions('☐ Screen in ☒ Screen out', marks)).toEqual({ ticked: 'Screen out' });
  });

  it('rate a block by the box ticked on its "Impact:" line; none ticked leaves it to the words', () => {
    expect(labelledAnswers(['Impact: Positive □ Negative ■ Neutral □', 'Older residents pay more.'])).toEqual({ rating: 'negative', narrative: ['Older residents pay more.'], mitigation: [] });
    expect(labelledAnswers(['Impact: Positive ■ Negative ■ Neutral □'])?.rating).toBe('both');
    expect(labelledAnswers(['Impact: Positive □ Negative □ Neutral □', 'No impact identified.'])?.rating).toBe('neutral');
    expect(labelledAnswers(['Impact: Positive □ Negative □ Neutral □'])?.rating).toBe('not-stated');
  });
});

describe('a titled grid one cell a paragraph', () => {
  it('lines every row up with the header, short rows from the left, and ends the last row at the next part', async () => {
    const text = [
      'Integrated Impact Assessment',
      'Title of proposal: Garden waste charge',
      'Section 2: Equality impacts',
      'Characteristic',
      'Impact',
      'Explanation',
      'Mitigation',
      'Age',
      'Impact: Positive □ Negative ■ Neutral □',
      'Older residents on fixed incomes have larger gardens.',
      'Disability',
      'Impact: Positive □ Negative ■ Neutral □',
      'Disabled residents may not reach a recycling centre.',
      'Assisted collections keep collection from the property.',
      'Race',
      'Impact: Positive □ Negative □ Neutral ■',
      'Sex',
      'Impact: Positive □ Negative □ Neutral ■',
      'Section 3: Health and wellbeing',
      '3.1 How will the proposal affect health?',
      '',
    ].join('\n');
    const view = new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS));
    const impacts = reader.read(view).builder.eia.impacts.map((i) => [i.characteristic, i.rating, i.narrative, i.mitigation]);
    expect(impacts).toEqual([
      ['age', 'negative', 'Older residents on fixed incomes have larger gardens.', null],
      ['disability', 'negative', 'Disabled residents may not reach a recycling centre.', 'Assisted collections keep collection from the property.'],
      ['race', 'neutral', null, null],
      ['sex', 'neutral', null, null],
    ]);
  });
});
