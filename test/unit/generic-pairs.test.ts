/**
 * The generic pair finder on synthetic forms in the shapes conversion leaves them in:
 * '|'-flattened tables, "Label: value" runs, a question paragraph and its answer, a flattened
 * paragraph where labels run into their values, endnote markers, printed guidance.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { compileVocabulary } from '../../src/extract/generic/genericExtractor.js';
import { findLabels } from '../../src/extract/generic/labels.js';
import { findPairs, type Pair } from '../../src/extract/generic/pairs.js';
import { labelTokens, splitPipes, Strip } from '../../src/extract/generic/strip.js';
import { generic } from '../../extractors/generic.js';

async function pairsOf(text: string): Promise<Pair[]> {
  const view = new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS));
  const c = compileVocabulary(generic.vocabulary);
  const strip = new Strip(view);
  return findPairs(strip, findLabels(strip, c.known, c.guidance), c.guidance);
}

/** label → short answer, with the field or role the vocabulary gives the label. */
const table = (pairs: Pair[]) =>
  pairs.map((p) => {
    const k = p.label.key;
    const key = !k ? '-' : k.kind === 'field' ? k.field : k.kind === 'person' ? k.capacity : k.kind;
    return [key, p.labelText, p.short.text];
  });

describe('generic strip', () => {
  it('splits "|" cells, keeping empty ones, and drops a row\'s closing "|"', () => {
    const text = 'Title | Parks plan | | Directorate |';
    expect(splitPipes(text).map(([a, b]) => text.slice(a, b))).toEqual(['Title', 'Parks plan', '', 'Directorate']);
    expect(splitPipes('no pipes here').length).toBe(1);
  });

  it('splits a label run into its value and skips endnote markers', () => {
    expect(labelTokens('Operational AreaGood Relations').map((t) => t.norm)).toEqual(['operational', 'area', 'good', 'relations']);
    expect(labelTokens('Reference number635').map((t) => t.norm)).toEqual(['reference', 'number', '635']);
    expect(labelTokens('Title of EIA[5]').map((t) => t.norm)).toEqual(['title', 'of', 'eia']);
    expect(labelTokens('EqIA').map((t) => t.norm)).toEqual(['eqia']);
  });
});

describe('generic pair finder', () => {
  it('reads "|"-flattened tables: the next cell answers, an empty one means no answer', async () => {
    const pairs = await pairsOf('Title of EIA[5] | Parks strategy | Budget reference | | Service Area: | Parks and Open Spaces | Directorate | Place |');
    expect(table(pairs)).toEqual([
      ['title', 'Title of EIA', 'Parks strategy'],
      // LABELLING.md: a field naming an area is the directorate's (a fallback: a Directorate label wins).
      ['directorate', 'Service Area:', 'Parks and Open Spaces'],
      ['directorate', 'Directorate', 'Place'],
    ]);
    expect(pairs.every((p) => p.short.bounded && p.method === 'next-cell')).toBe(true);
  });

  it('takes a table cell that is all label as the label, and the next cell as its answer', async () => {
    const pairs = await pairsOf('Officer completing Equality Screening | Jane Smith, Policy Officer |');
    expect(table(pairs)).toEqual([['author', 'Officer completing Equality Screening', 'Jane Smith, Policy Officer']]);
  });

  it('cuts a flattened paragraph at the next label: known, colon, question or section number', async () => {
    const pairs = await pairsOf(
      '1. Details: Title of what is being assessed: Housing Allocations Scheme Is it a new or revised policy? Revised policy Department and Section: Commissioning Group Growth Date assessment completed: 4 May 2021 3. Full description of the service: The scheme allocates homes.',
    );
    const rows = table(pairs);
    expect(rows).toContainEqual(['title', 'Title of what is being assessed:', 'Housing Allocations Scheme']);
    expect(rows).toContainEqual(['other', 'Is it a new or revised policy?', 'Revised policy']);
    expect(rows).toContainEqual(['directorate', 'Department and Section:', 'Commissioning Group Growth']);
    expect(rows).toContainEqual(['assessmentDate', 'Date assessment completed:', '4 May 2021']);
    expect(pairs.find((p) => p.labelText.startsWith('3. Full description'))?.short.text).toBe('The scheme allocates homes.');
  });

  it('answers a question paragraph with the paragraphs after it', async () => {
    const pairs = await pairsOf('What is the aim of the policy?\n\nTo reduce waste.\n\nIt also saves money.\n\nWho was consulted?\n\nResidents and staff.');
    const aim = pairs.find((p) => p.label.key?.kind === 'field' && p.label.key.field === 'purpose')!;
    expect(aim.short.text).toBe('To reduce waste.');
    expect(aim.long.text).toBe('To reduce waste.\n\nIt also saves money.');
    expect(pairs.find((p) => p.labelText === 'Who was consulted?')?.short.text).toBe('Residents and staff.');
  });

  it('keeps printed guidance and a question number out of the answers around it', async () => {
    const pairs = await pairsOf('Title Parks Plan 2. Who was present? Identify the facilitator, Lead Officer and others (e.g. NHS, Council) Jane Smith Policy Officer');
    expect(table(pairs)).toEqual([
      ['title', 'Title', 'Parks Plan'],
      ['team', '2. Who was present?', 'Jane Smith Policy Officer'],
    ]);
  });

  it('does not take words of an answer for labels: bracketed roles, an answer that echoes its label', async () => {
    const pairs = await pairsOf('Details of others involved in the assessment / David Bryan (Head of Legal Services) / Lynn Marsh (Head of Communications) Briefly describe public involvement in this proposal Consultation and engagement with 200 learners');
    expect(table(pairs)).toEqual([
      ['team', 'Details of others involved in the assessment', '/ David Bryan (Head of Legal Services) / Lynn Marsh (Head of Communications)'],
      ['consultation', 'Briefly describe public involvement in this proposal', 'Consultation and engagement with 200 learners'],
    ]);
  });

  it('finds a one-word label only where a label can be: "Service users" and "Section 2" are not the Service label', async () => {
    const keyed = async (text: string) => table(await pairsOf(text)).filter(([key]) => key !== '-');
    expect(await keyed('Service users will benefit from the change.')).toEqual([]);
    expect(await keyed('Section 2 Evidence')).toEqual([]);
    expect(table(await pairsOf('SUBJECT South Downs Local Plan'))).toEqual([['title', 'SUBJECT', 'South Downs Local Plan']]);
  });
});
