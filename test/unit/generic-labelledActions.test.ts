/**
 * An action plan written as labelled lines, a block per action: each block is an action, and
 * its "Lead officer:" is the action's owner, not a person who signed the form.
 */
import { describe, expect, it } from 'vitest';
import { readLines as read } from '../helpers/readGeneric.js';

describe('an action plan of labelled lines', () => {
  it('reads a block per action, the owner into the action and not into people', async () => {
    const eia = await read([
      'Equality Impact Assessment',
      // A line as long as the export's longest: the short lines below are lines of their own.
      'Title of EIA: Review of garden waste collection charges and the half-price permit for households on Council Tax Reduction',
      '',
      'Section 3: Action plan',
      '',
      'Action 1: Publish the new arrangements in easy read and large print.',
      'Lead officer: Niamh Kowalski',
      'Timescale: December 2025',
      '',
      'Action 2: Monitor complaints by age and disability every quarter.',
      'Lead officer: Gwen Doherty',
      'Timescale: November 2027',
      '',
      'Section 4: Sign-off',
      'Completed by: Kiran Ferreira',
      'Job title: Service Manager',
    ]);
    expect(eia.actions).toEqual([
      { issue: null, action: 'Publish the new arrangements in easy read and large print.', milestone: null, owner: 'Niamh Kowalski', due: 'December 2025' },
      { issue: null, action: 'Monitor complaints by age and disability every quarter.', milestone: null, owner: 'Gwen Doherty', due: 'November 2027' },
    ]);
    expect(eia.people.map((p) => [p.name, p.capacity, p.role])).toEqual([['Kiran Ferreira', 'author', 'Service Manager']]);
  });

  it('takes no owner or date line alone for an action', async () => {
    const eia = await read(['Equality Impact Assessment', 'Lead officer: Niamh Kowalski', 'Timescale: December 2025']);
    expect(eia.actions).toEqual([]);
  });
});
