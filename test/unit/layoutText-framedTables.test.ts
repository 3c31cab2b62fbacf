/**
 * Framed tables in fixed-width text: antiword's `|` columns with cells wrapped inside them
 * and rows ended by a blank-celled line, pandoc's grid tables with `+---+` rules and a
 * `+===+` header rule; and the `|` tables written a row to a line, which stay text.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import type { Table } from '../../src/model/layout.js';

const layoutOf = (lines: string[]) => txtToLayout(new TextEncoder().encode(lines.join('\n')), DEFAULT_CONVERT_LIMITS);
const tablesOf = async (lines: string[]) =>
  (await layoutOf(lines)).blocks.filter((b): b is Table => b.type === 'table').map((t) => t.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join(' / '))));

describe('framed tables', () => {
  it("reads antiword's wrapped cells, a row ending at a blank-celled line", async () => {
    expect(await tablesOf([
      'SECTION 4 - ASSESSING THE IMPACT', '',
      '|Equality group  |Impact (High|Evidence / comments   |',
      '|                |/ Medium /  |                      |',
      '|                |Low / None) |                      |',
      '|                |            |                      |',
      '|Disability      |High        |61% of residents have |',
      '|                |            |a long-term illness.  |',
      '|                |            |                      |',
      '|Religion or     |None        |No impact identified. |',
      '|belief          |            |                      |',
      '',
      'SECTION 5 - OUTCOME',
    ])).toEqual([[
      ['Equality group', 'Impact (High / Medium / Low / None)', 'Evidence / comments'],
      ['Disability', 'High', '61% of residents have a long-term illness.'],
      ['Religion or belief', 'None', 'No impact identified.'],
    ]]);
  });

  it("reads pandoc's grid tables, the header above the '=' rule, a blank line in a cell a new paragraph", async () => {
    const layout = await layoutOf([
      'Equality and Health Inequalities Impact Assessment', '',
      '+------------+----------+----------------------+',
      '| Group      | Impact   | Comments             |',
      '+============+==========+======================+',
      '| Age        | X        | Older patients book  |',
      '|            |          | by phone.            |',
      '|            |          |                      |',
      '|            |          | Letters go out too.  |',
      '+------------+----------+----------------------+',
      '| Sex        |          | No impact.           |',
      '+------------+----------+----------------------+',
    ]);
    const table = layout.blocks.find((b): b is Table => b.type === 'table')!;
    expect(table.rows.map((r) => r.header)).toEqual([true, false, false]);
    expect(table.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text)))).toEqual([
      [['Group'], ['Impact'], ['Comments']],
      [['Age'], ['X'], ['Older patients book by phone.', 'Letters go out too.']],
      [['Sex'], [], ['No impact.']],
    ]);
  });

  it('takes no table written a row to a line for a framed one: nothing says its rows wrap', async () => {
    const layout = await layoutOf([
      'Equality Impact Assessment', '',
      '| Characteristic | Positive | Negative | Evidence          |',
      '| Age            |          | X        | Older residents.  |',
      '| Sex            |          |          | No impact.        |',
    ]);
    expect(layout.meta?.framedTables).toBeUndefined();
  });
});
