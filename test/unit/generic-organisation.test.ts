/**
 * The organisation finder: a body named in full, chosen by where it is named (the heading
 * before the text), nothing for "the Council", an abbreviation, or a word that only looks
 * like a place.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { RecordBuilder } from '../../src/extract/record/recordBuilder.js';
import { BodyFinder, extractOrganisation } from '../../src/extract/generic/organisation.js';
import { Strip } from '../../src/extract/generic/strip.js';
import { generic } from '../../extractors/generic.js';

const finder = new BodyFinder(generic.vocabulary);
const names = (text: string): string[] => finder.find(text).map((b) => b.name);

async function organisationOf(text: string): Promise<{ name: string | null; quality: number | undefined }> {
  const strip = new Strip(new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS)));
  const out = new RecordBuilder();
  extractOrganisation(strip, finder, out);
  return { name: out.eia.organisation, quality: out.evidence.get('/organisation')?.signals.quality };
}

describe('generic organisation finder', () => {
  it('finds bodies named in full, with the proper name that goes with their kind', () => {
    expect(names('Department and section: School Organisation Service, Leicestershire County Council')).toEqual(['Leicestershire County Council']);
    expect(names('The London Borough of Tower Hamlets (LBTH) LinkAge Plus Service')).toEqual(['London Borough of Tower Hamlets']);
    expect(names('The Causeway Coast and Glens Borough Council area is made up of')).toEqual(['Causeway Coast and Glens Borough Council']);
    expect(names('consolidating the Cheshire Constabulary estate')).toEqual(['Cheshire Constabulary']);
    expect(names('City of Edinburgh Council and NHS Lothian')).toEqual(['City of Edinburgh Council']);
    expect(names('NORFOLK CONSTABULARY EQUALITIES IMPACT ASSESSMENT TOOLKIT')).toEqual(['Norfolk Constabulary']);
  });

  it('names no body for "the Council", an abbreviation, or a heading of capitals that runs into it', () => {
    expect(names('The County Council is reminded that the Council must')).toEqual([]);
    expect(names('L.B. Redbridge - Local Implementation Plan; KCC and NYC')).toEqual([]);
    expect(names('ICB & CIC Council')).toEqual([]);
    expect(names('Cath Shaw Elliott Sweetman Lesley Holland Barnet Council s Housing Allocations Scheme')).toEqual(['Barnet Council']);
  });

  it('tells whether an answer is only a body\'s name', () => {
    expect(finder.isBody('Leicestershire County Council')).toBe(true);
    expect(finder.isBody('School Organisation Service')).toBe(false);
  });

  it('prefers the body in the heading, and trusts a body named only in the text less', async () => {
    const heading = await organisationOf('NORFOLK CONSTABULARY EQUALITIES IMPACT ASSESSMENT TOOLKIT\n\nThe policy was agreed with Suffolk Constabulary.');
    expect(heading.name).toBe('Norfolk Constabulary');
    const text = await organisationOf(`Equality Impact Assessment\n\n${'Background to the proposal. '.repeat(20)}\n\nThe proposal consolidates the Cheshire Constabulary estate.`);
    expect(text.name).toBe('Cheshire Constabulary');
    expect(text.quality!).toBeLessThan(heading.quality!);
  });

  it('does not take an adjective before a bare "Council" for a place', async () => {
    expect((await organisationOf(`Equality Impact Assessment\n\n${'Some text about the strategy. '.repeat(20)} Specific Council examples include the carbon target.`)).name).toBeNull();
    expect((await organisationOf(`Equality Impact Assessment\n\n${'Some text about housing. '.repeat(20)} Barnet Council s scheme was agreed by Barnet Homes.`)).name).toBe('Barnet Council');
  });
});
