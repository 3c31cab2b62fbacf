import { describe, expect, it } from 'vitest';
import { characteristicOf, headOf, subgroupOf } from '../../src/extract/parse/characteristic.js';
import { parseDate } from '../../src/extract/parse/parseDate.js';
import { parseNameRole, sameName, splitHonorific, stripOrgCode } from '../../src/extract/parse/personName.js';
import { isNoImpactStatement, ratingFromCode, ratingFromNegativeQuestion, ratingFromWords, twoColumnRating } from '../../src/extract/parse/rating.js';
import { withoutWrappedSubject } from '../../src/extract/strategies/impactQuestionBlocks.js';

describe('parseDate', () => {
  it.each([
    ['26 th November 2024', '2024-11-26'],
    ['29/09/2025', '2025-09-29'],
    ['9/11/10', '2010-11-09'],
    ['25.11.24', '2024-11-25'],
    ['Date: 30th September 2025', '2025-09-30'],
    ['25 November 2024 updated 5 February 2025', '2024-11-25'],
    ['September 2025', '2025-09'],
    ['2019', '2019'],
    ['31/02/2024', null],
    ['Ongoing', null],
  ])('%s → %s', (text, expected) => expect(parseDate(text)).toBe(expected));
});

describe('people', () => {
  it('splits names from roles however the form writes them', () => {
    expect(parseNameRole('Helen Marsh, Financial Assessment and Benefits Team Manager')).toMatchObject({ name: 'Helen Marsh', role: 'Financial Assessment and Benefits Team Manager' });
    expect(parseNameRole('Jackie Colley Commissioning Manager CYPD')).toMatchObject({ name: 'Jackie Colley', role: 'Commissioning Manager CYPD' });
    expect(parseNameRole('Mary Kearney-Knowles (Divisional Director)')).toMatchObject({ name: 'Mary Kearney-Knowles', role: 'Divisional Director' });
    expect(stripOrgCode('Christy Holden - ST SC')).toBe('Christy Holden');
    expect(splitHonorific('Councillor Pat Seaman')).toEqual({ name: 'Pat Seaman', honorific: 'Councillor' });
    expect(sameName('Pat Seaman', 'Patricia Seaman')).toBe(true);
    expect(sameName('Pat Seaman', 'Pat Jones')).toBe(false);
  });
});

describe('characteristics', () => {
  it.each([
    ['3.2 Sex – identify the impact/potential impact of the policy on women and men.', 'sex', 'Sex'],
    ['Sexual Orientation', 'sexual-orientation', 'Sexual Orientation'],
    ['Gender identity/transgender', 'gender-reassignment', 'Gender identity/transgender'],
    ['3.11 Socio-economically disadvantaged* – identify the impact on people', 'socio-economic', 'Socio-economically disadvantaged'],
    ['Race (Including: colour, nationality, citizenship ethnic or national origins)', 'race', 'Race (Including'],
    ["Carer's responsibilities", 'carers', "Carer's responsibilities"],
    ['Issues relating to all groups and protected characteristics', 'all', 'Issues relating to all groups and protected characteristics'],
    ['Age 0-18', 'age', 'Age 0-18'],
  ])('%s', (label, characteristic, head) => {
    expect(characteristicOf(label)).toBe(characteristic);
    expect(headOf(label)).toBe(head);
  });

  it('reads age bands', () => {
    expect(subgroupOf('Age 0-18')).toBe('0-18');
    expect(subgroupOf('Age16 -18')).toBe('16-18');
    expect(subgroupOf('Age 65+')).toBe('65+');
    expect(subgroupOf('Disability')).toBeNull();
  });
});

describe('ratings', () => {
  it('reads codes, yes/no answers and words', () => {
    expect(['P', 'N', 'PN', 'NI', 'UI', 'UN', 'X'].map(ratingFromCode)).toEqual(['positive', 'negative', 'both', 'neutral', 'unknown', 'unknown', null]);
    expect(['Yes', 'No', "Don't know", 'Maybe'].map(ratingFromNegativeQuestion)).toEqual(['negative', 'neutral', 'unknown', null]);
    expect(['Both positive and negative impact', 'Impact unknown at this stage', 'Negative', 'Positive'].map(ratingFromWords)).toEqual(['both', 'unknown', 'negative', 'positive']);
  });

  it('applies the two-column rule', () => {
    expect(twoColumnRating('Promotes access', 'Costs rise for some')).toBe('both');
    expect(twoColumnRating('Promotes access', 'No known adverse impact based on this budget growth')).toBe('positive');
    expect(twoColumnRating('', 'No known adverse impact.')).toBe('neutral');
    expect(twoColumnRating('', 'Rural users pay more')).toBe('negative');
    expect(twoColumnRating('', '')).toBe('not-stated');
    expect(twoColumnRating('N/A', 'N/A')).toBe('neutral');
    expect(isNoImpactStatement('None')).toBe(true);
    expect(isNoImpactStatement('Nonetheless costs rise')).toBe(false);
  });
});

describe('withoutWrappedSubject', () => {
  it("drops the end of a question's subject that a text export wrapped onto the answer's first line", () => {
    expect(withoutWrappedSubject('Belief\n\nNot Applicable', 'Religion and belief')).toBe('Not Applicable');
    expect(withoutWrappedSubject('identity/transgender\n\nNo', 'Gender identity/transgender')).toBe('No');
    expect(withoutWrappedSubject('and Maternity', 'Pregnancy and Maternity')).toBe('');
    expect(withoutWrappedSubject('Maria Castellano', 'Age')).toBe('Maria Castellano');
    expect(withoutWrappedSubject('lief', 'Religion and belief')).toBe('lief');
  });
});
