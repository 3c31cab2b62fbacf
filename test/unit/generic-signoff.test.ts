/**
 * People on unseen forms: several named in one answer, separated by ';', and sign-off lines
 * that give each signer's date after a "Date:" label of its own.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import { generic } from '../../extractors/generic.js';

const reader = new GenericExtractor(generic);
async function people(text: string) {
  const view = new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS));
  return reader.read(view).builder.eia.people.map((p) => [p.name, p.role, p.capacity, p.date]);
}

describe('generic sign-off and people lists', () => {
  it('splits people listed with ";" between them, each with their own role', async () => {
    expect(await people([
      'Equality Impact Assessment',
      'Title of policy: Communal areas clearance',
      'Completed by: Hollie Brandreth, Building Safety Coordinator; Amrit Sandhu, Fire Safety Surveyor',
    ].join('\n\n'))).toEqual([
      ['Hollie Brandreth', 'Building Safety Coordinator', 'author', null],
      ['Amrit Sandhu', 'Fire Safety Surveyor', 'author', null],
    ]);
  });

  it('keeps "Name; Role" as one person', async () => {
    expect(await people('Equality Impact Assessment\n\nName of lead officer: Neil Aldridge-Clyne; School Place Planning Officer')).toEqual([
      ['Neil Aldridge-Clyne', 'School Place Planning Officer', 'author', null],
    ]);
  });

  it('gives each signer the date written after them on the sign-off line', async () => {
    const signed = await people([
      'Equality Impact Assessment',
      'Title of policy: Banding review',
      'Sign off',
      'Assessor: Hannah Greatorex        Date: 22/07/2024',
      'Approved by: Marcus Tebbutt, Head of Housing        Date: 29/07/2024',
    ].join('\n'));
    expect(signed).toEqual([
      ['Hannah Greatorex', null, 'author', '2024-07-22'],
      ['Marcus Tebbutt', 'Head of Housing', 'approver', '2024-07-29'],
    ]);
  });
});
