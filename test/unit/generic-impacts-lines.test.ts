/**
 * Impacts written one characteristic a line, the answer after the heading's dash
 * ("Age – Impact: Negative. …"), and which group a grid rates: only where the form splits
 * service users from staff (eia-model.md).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import { headingTail } from '../../src/extract/generic/impacts/rows.js';
import { generic } from '../../extractors/generic.js';

const reader = new GenericExtractor(generic);

async function impactsOf(text: string) {
  const view = new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS));
  return reader.read(view).builder.eia.impacts.map((i) => [i.characteristic, i.group, i.subgroup, i.rating, i.narrative]);
}

describe('impacts one line each', () => {
  it('splits a heading from the sentence after its dash, and not from guidance or a bare label', () => {
    expect(headingTail('Age – Impact: Negative. Older residents are less likely to book online.')).toMatchObject({ text: 'Impact: Negative. Older residents are less likely to book online.' });
    expect(headingTail('Sexual orientation – No impact identified.')).toMatchObject({ text: 'No impact identified.' });
    // Guidance on what to write is lower case and no sentence of the answer's.
    expect(headingTail('Sex – identify the impact on men and women')).toBeNull();
    expect(headingTail('Religion or belief:')).toBeNull();
    // A sentence that only starts with a group's name is no heading.
    expect(headingTail('The council – after consultation – agreed the plan.')).toBeNull();
  });

  it('reads "Impact: <rating>." after the heading, a statement of no impact, and words that rate the row', async () => {
    const text = [
      'Community Impact Assessment',
      '',
      '3. Impact on communities',
      // A line as long as the export's longest: the lines below are not wrapped parts of a paragraph.
      'For each group, state the impact as Positive, Negative, Neutral or Not known and give the reason. Use evidence where you have it, and say where you have none.',
      'Age – Impact: Negative. Fewer residents aged 75+ book online.',
      'Gender reassignment – No impact identified.',
      'Pregnancy and maternity – Impact: Neutral.',
      'Race – Impact: Not known. Booking pages are in English only.',
      'Carers – Impact: Positive. Booked slots mean no queuing.',
      'Rural communities – This will have a negative impact on villages.',
    ].join('\n');
    expect(await impactsOf(text)).toEqual([
      // The age band in the answer ("aged 75+") is no subgroup: the heading has none.
      ['age', null, null, 'negative', 'Fewer residents aged 75+ book online.'],
      ['gender-reassignment', null, null, 'neutral', 'No impact identified.'],
      ['pregnancy-maternity', null, null, 'neutral', null],
      ['race', null, null, 'unknown', 'Booking pages are in English only.'],
      ['carers', null, null, 'positive', 'Booked slots mean no queuing.'],
      ['rural', null, null, 'negative', 'This will have a negative impact on villages.'],
    ]);
  });

  it('records a group where a part names service users or staff, not under a heading about communities', async () => {
    const grid = ['Characteristic | Positive | Negative | Neutral | Comments |', 'Age | X | | | Longer opening hours. |', 'Disability | | | X | |'];
    const split = await impactsOf(['Equality Analysis', 'Section B: Impact on patients, service users and carers', ...grid].join('\n'));
    expect(split.map((i) => i[1])).toEqual(['service-users', 'service-users']);
    const everyone = await impactsOf(['Equality Analysis', 'Impact on communities', ...grid].join('\n'));
    expect(everyone.map((i) => i[1])).toEqual([null, null]);
  });
});
