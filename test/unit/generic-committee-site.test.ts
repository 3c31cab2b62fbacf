/**
 * A committee site's rendering of a Word form ('|' cells, a label and its answer on separate
 * rows): the bracketed guidance row under a label is not its answer, an answer may hold a
 * colon of its own, a two-row grid header still asks its adverse-impact question, a human
 * rights grid rates articles as `other`, and "Service area" beside "Department" is the service.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import { generic } from '../../extractors/generic.js';

const reader = new GenericExtractor(generic);

const FORM = [
  '| Equality and Human Rights Impact Assessment (EHRIA) |',
  '||||',
  '| Name of policy, proposal or service |',
  '| Library opening hours: a shorter Saturday at three branches |',
  '| Department |',
  '| Communities |',
  '| Service area |',
  '| Libraries and Archives |',
  '| What are the aims of the policy? |',
  '| (Say what the policy is for and what it should achieve.) |',
  '| Saturday hours at three branches end at 1pm to save £40,000 a year. |',
  '||||',
  '| Protected characteristic | Could this have a negative impact? | | | Explanation |',
  '| | Yes | No | Don\'t know | |',
  '| Age | X | | | Older readers use Saturday afternoons most. |',
  '| Disability | | X | | |',
  '| Race | | | X | Not known. |',
  '||||',
  '| Could the policy have a negative impact on any of the rights below? Mark one box for each. |',
  '| Article | Yes | No | Don\'t know | Explanation |',
  '| Article 8: Right to respect for private and family life | | X | | |',
  '| Article 10: Freedom of expression | X | | | Fewer hours of free access to information. |',
].join('\n');

describe('committee-site renderings', () => {
  it('reads label rows, skips bracketed guidance and rates both grids', async () => {
    const view = new DocumentView(await txtToLayout(new TextEncoder().encode(FORM), DEFAULT_CONVERT_LIMITS));
    const eia = reader.read(view).builder.eia;
    expect(eia.title).toBe('Library opening hours: a shorter Saturday at three branches');
    expect([eia.directorate, eia.service]).toEqual(['Communities', 'Libraries and Archives']);
    expect(eia.purpose).toBe('Saturday hours at three branches end at 1pm to save £40,000 a year.');
    expect(eia.impacts.map((i) => [i.characteristic, i.label, i.rating])).toEqual([
      ['age', 'Age', 'negative'],
      ['disability', 'Disability', 'neutral'],
      ['race', 'Race', 'unknown'],
      ['other', 'Article 8: Right to respect for private and family life', 'neutral'],
      ['other', 'Article 10: Freedom of expression', 'negative'],
    ]);
  });
});
