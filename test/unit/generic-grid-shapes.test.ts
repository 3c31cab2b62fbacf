/**
 * Impact grids as other producers' exports write them: a Markdown separator under a '|'
 * header, tick boxes written with their options in the row ("☐ Positive ☒ Negative"),
 * "Yes" / "No" words under rating columns, a yes/no question as a column's header, a row
 * flattened a cell to a line, a block per group named by a "Protected characteristic:" label,
 * and a rating word opening a sentence ("Neutral. No differential impact.").
 */
import { describe, expect, it } from 'vitest';
import { impactsOf, ratingsAfter, readLines } from '../helpers/readGeneric.js';

const HEAD = ['Equality Impact Assessment', '', 'Name of policy: Library opening hours review', 'Lead officer: Jane Smith, Libraries Manager', ''];
const ratings = ratingsAfter(HEAD);

describe('grid shapes of other exports', () => {
  it("reads a '|' grid under a Markdown separator line", async () => {
    expect(await ratings([
      '| Protected characteristic | Positive | Negative | Neutral | Evidence |',
      '|---|:---:|---|---|---|',
      '| Age | | X | | Older residents use the library in the mornings. |',
      '| Sex | | | X | No differential impact. |',
    ])).toEqual(['age negative', 'sex neutral']);
  });

  it('rates a row by the box ticked among its options, in cells or on the heading line', async () => {
    expect(await ratings([
      'What impact will the proposal have on each group?', '',
      'Age            ☐ Positive   ☒ Negative   ☐ Neutral',
      'Sex            ☐ Positive   ☐ Negative   ☒ Neutral',
      'Race           ☒ Positive   ☐ Negative   ☐ Neutral',
    ])).toEqual(['age negative', 'sex neutral', 'race positive']);
    expect(await ratings([
      'Is there a potential negative impact on any of these groups?', '',
      'Age: ☒ Yes ☐ No', 'Disability: ☒ Yes ☐ No', 'Sex: ☐ Yes ☒ No',
    ])).toEqual(['age negative', 'disability negative', 'sex neutral']);
  });

  it('reads "Yes" under a rating column as its mark, and "No" in every one as no impact', async () => {
    expect(await ratings([
      'Characteristic        Positive impact    Negative impact    Comments',
      'Age                   No                 Yes                Older residents use the library in the mornings.',
      'Sex                   No                 No                 The hours are the same for everyone.',
      'Race                  Yes                No                 Longer evening hours suit working families.',
    ])).toEqual(['age negative', 'sex neutral', 'race positive']);
  });

  it('takes a yes/no question over a column, and "Differential impact? (Y/N)", as the adverse-impact question', async () => {
    expect(await ratings([
      '| Protected characteristic | Is there a likely negative impact? | Please give details | Mitigating actions |',
      '| Age | Yes | Older residents use the mornings. | Keep two morning sessions. |',
      '| Race | No | No differential impact. | |',
    ])).toEqual(['age negative', 'race neutral']);
    expect(await ratings([
      'Equality strand        Differential impact? (Y/N)    Comments',
      'Gender                 N                             No differential impact.',
      'Disability             Y                             Fewer visits for disabled readers.',
    ])).toEqual(['sex neutral', 'disability negative']);
  });

  it("lines up a '|' row flattened a cell to a line, empty cells kept", async () => {
    expect(await ratings([
      'Protected characteristic |', 'Positive |', 'Negative |', 'Neutral |', 'Evidence |',
      'Age |', ' |', 'X |', ' |', 'Older residents use the library in the mornings. |',
      'Sex |', ' |', ' |', 'X |', 'No differential impact. |',
    ])).toEqual(['age negative', 'sex neutral']);
  });

  it('gives the group named by a "Protected characteristic:" label to the questions under it', async () => {
    expect(await ratings([
      'Protected characteristic: Age', 'Impact: Negative', 'Evidence: Older residents use the library in the mornings.', '',
      'Protected characteristic: Sex', 'Impact: Neutral', 'Evidence: No differential impact.',
    ])).toEqual(['age negative', 'sex neutral']);
  });

  it('rates by a rating word that opens the answer, keeping the answer whole as the narrative', async () => {
    const impacts = await impactsOf([...HEAD, 'Impact on each protected characteristic', '',
      'Age: Negative. Older residents use the library in the mornings.', 'Sex: Neutral. No differential impact.', 'Race: Neutral. No differential impact.']);
    expect(impacts.map(([c, r, n]) => [c, r, n])).toEqual([
      ['age', 'negative', 'Negative. Older residents use the library in the mornings.'],
      ['sex', 'neutral', 'Neutral. No differential impact.'],
      ['race', 'neutral', 'Neutral. No differential impact.'],
    ]);
  });

  it('reads grids that list the people: women and men are sex', async () => {
    expect(await ratings([
      'Who will be affected?          Positive    Negative    None',
      'Older people                               ✓',
      'Women                                                  ✓',
      'Men                                                    ✓',
    ])).toEqual(['age negative', 'sex neutral']);
  });

  it('reads a grid on its side: groups across the top, a row per rating and one of evidence', async () => {
    const impacts = await impactsOf([...HEAD,
      '| Impact | Age | Disability | Sex | Race |',
      '| Positive | | | | X |',
      '| Negative | X | X | | |',
      '| Neutral | | | X | |',
      '| Evidence | Older residents use the mornings. | Fewer visits for disabled readers. | No differential impact. | Evening hours suit working families. |',
    ]);
    expect(impacts.map(([c, r, n]) => [c, r, n])).toEqual([
      ['age', 'negative', 'Older residents use the mornings.'],
      ['disability', 'negative', 'Fewer visits for disabled readers.'],
      ['sex', 'neutral', 'No differential impact.'],
      ['race', 'positive', 'Evening hours suit working families.'],
    ]);
    // Laid out by pdftotext -layout, the same grid is a table of columns.
    expect(await ratings([
      '              Age    Disability    Sex    Race',
      'Positive',
      'Negative      X      X',
      'Neutral                            X      X',
    ])).toEqual(['age negative', 'disability negative', 'sex neutral', 'race neutral']);
  });

  it('does not take a row that lists groups, with nothing asked of them, for a grid', async () => {
    expect(await ratings(['| Groups consulted | Age | Disability | Race |', '| Dates | May | June | July |'])).toEqual([]);
  });
});


describe('a Word form of content controls, a block per group', () => {
  it('reads each block\'s boxes, the answer under "Please explain:" and under "Steps to reduce it:", and no unfilled prompt', async () => {
    const impacts = await impactsOf([...HEAD,
      'Tick ONE box for each characteristic.',
      'Age', 'Impact:  ☐ Positive  ☐ Negative  ☒ Neutral  ☐ Not known', 'Please explain:', 'Response times do not change for any age group.', 'Steps to reduce it:', 'Click or tap here to enter text.',
      'Sex', 'Impact:  ☐ Positive  ☒ Negative  ☐ Neutral  ☐ Not known', 'Please explain:', 'Parents said nursery pick-ups would be harder.', 'Steps to reduce it:', 'Rota requests will be considered.',
      'Race', 'Impact:  ☐ Positive  ☐ Negative  ☐ Neutral  ☐ Not known', 'Please explain:', 'Click or tap here to enter text.', 'Steps to reduce it:', 'Click or tap here to enter text.',
    ]);
    expect(impacts).toEqual([
      ['age', 'neutral', 'Response times do not change for any age group.', null],
      ['sex', 'negative', 'Parents said nursery pick-ups would be harder.', 'Rota requests will be considered.'],
      ['race', 'not-stated', null, null],
    ]);
  });
});

describe('a row naming several groups', () => {
  it('is an impact for each group it names, with the same words; one name with "and" in it stays one', async () => {
    expect(await ratings([
      '| Protected characteristic | Impact | Evidence |',
      '| Sex and gender reassignment | Neutral | The charges are the same for every hirer. |',
      '| Marriage and civil partnership | Neutral | No impact. |',
      '| Religion or belief / Sexual orientation | Negative | Faith and LGBT+ groups lose the discount. |',
    ])).toEqual(['sex neutral', 'gender-reassignment neutral', 'marriage-civil-partnership neutral', 'religion-belief negative', 'sexual-orientation negative']);
  });
});

describe("a colon inside an answer", () => {
  it('is the answer\'s own when the cell beside it is a label of known meaning', async () => {
    const eia = await readLines([
      'Equality Analysis', '',
      ' Name of policy, function or      Library lettings: new charges and concessions',
      ' service                          from April 2026',
      ' Directorate                      Communities and Leisure',
    ]);
    expect(eia.title).toBe('Library lettings: new charges and concessions from April 2026');
  });

  it('reads a health-inequalities grid marked under Improve / Worsen / No change, its rows named by whom they hold', async () => {
    expect(await ratings([
      'Group\tImprove\tWorsen\tNo change\tNot known\tExplanation',
      'People living in the most deprived 20% of neighbourhoods\t\tX\t\t\tFewer have a smartphone.',
      'People in rural or isolated areas\t\t\tX\t\tNo change to where clinics are held.',
      'Carers\tX\t\t\t\tProxy access helps carers.',
    ])).toEqual(['socio-economic negative', 'rural neutral', 'carers positive']);
  });
});
