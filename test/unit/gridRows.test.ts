import { describe, expect, it } from 'vitest';
import { regroupGridRows, type RawGridRow } from '../../src/extract/strategies/gridRows.js';

const row = (label: string, codes: string, statements: string[]): RawGridRow => ({ label, labelUnit: undefined, codes, statements, extra: '', units: [] });

describe('regroupGridRows', () => {
  it('leaves a well-formed grid alone: one row per characteristic', () => {
    const rows = regroupGridRows([row('Age 0-18', '1. UI 2. P', ['1. Unknown.', '2. Better.']), row('Disability', '1. NI 2. NI', ['No impact.'])]);
    expect(rows.map((r) => [r.label, r.codes, r.statements])).toEqual([
      ['Age 0-18', '1. UI\n2. P', ['1. Unknown.', '2. Better.']],
      ['Disability', '1. NI\n2. NI', ['No impact.']],
    ]);
  });

  it('rebuilds rows an export broke up: labels mid-row, codes in the label column, statements a row late', () => {
    const rows = regroupGridRows([
      row('Sex', '1. UI 2. UI', ['1. Unknown Impact.', '2. Unknown Impact.']),
      row('', '3. UI', ['3. Unknown Impact.']),
      row('4. P', '', ['4. Homes are of mixed gender']),
      row('', '1. UI', ['gender identity.', '1. Unknown Impact']),
      row('Sexual orientation', '2. UI', ['2. Unknown Impact']),
      row('', '3. P', ['3. Carers support children']),
      row('', '4. UI', ['4. Unknown Impact.']),
    ]);
    expect(rows.map((r) => r.label)).toEqual(['Sex', 'Sexual orientation']);
    expect(rows[0]!.codes).toBe('1. UI\n2. UI\n3. UI\n4. P');
    // The statement's second line stays with it (assignStatements joins it to statement 4).
    expect(rows[0]!.statements).toEqual(['1. Unknown Impact.', '2. Unknown Impact.', '3. Unknown Impact.', '4. Homes are of mixed gender', 'gender identity.']);
    expect(rows[1]!.codes).toBe('1. UI\n2. UI\n3. P\n4. UI');
    expect(rows[1]!.statements).toEqual(['1. Unknown Impact', '2. Unknown Impact', '3. Carers support children', '4. Unknown Impact.']);
  });
});
