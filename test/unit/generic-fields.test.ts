/**
 * Fields and people by meaning on synthetic unseen forms: the vocabulary's wordings mapped to
 * record fields, answers cut to the shape each field needs, people by the role their label
 * gives them, and evidence behind every value.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import type { Eia } from '../../src/model/record.js';
import { generic } from '../../extractors/generic.js';

const reader = new GenericExtractor(generic);

async function extract(text: string) {
  const view = new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS));
  return reader.read(view);
}
const eiaOf = async (text: string): Promise<Eia> => (await extract(text)).builder.eia;

describe('generic fields by meaning', () => {
  it('maps the many wordings of a title', async () => {
    expect((await eiaOf('Name of policy being assessed: Waste strategy 2024 Department: Place')).title).toBe('Waste strategy 2024');
    expect((await eiaOf('Project name | Town centre lighting |')).title).toBe('Town centre lighting');
    expect((await eiaOf('Name of the proposed new or changed legislation, policy, strategy, project or service being assessed: | Local Implementation Plan |')).title).toBe('Local Implementation Plan');
    expect((await eiaOf('Title of Project/Service/Policy[4] | Notice of Motion – Bishopstone Junction |')).title).toBe('Notice of Motion – Bishopstone Junction');
  });

  it('splits "Name and overview" into title and purpose', async () => {
    const eia = await eiaOf('Name and overview of initiative / serviceReplacement of the police base. A proposal to keep a local police presence while saving money.');
    expect(eia.title).toBe('Replacement of the police base.');
    expect(eia.purpose).toBe('A proposal to keep a local police presence while saving money.');
  });

  it('refuses an answer too long to be a title, and one that is only the form\'s heading', async () => {
    expect((await eiaOf(`Title | ${'This proposal changes many things for many people across the borough and beyond, '.repeat(3)}|`)).title).toBeNull();
    expect((await eiaOf('Title | Equality Impact Assessment Form |')).title).toBeNull();
  });

  it('takes a title from a heading "Equality Impact Assessment – X" when no label asks for one', async () => {
    expect((await eiaOf('Equality Impact Assessment - Adult Social Care Savings 2021/22\n\nQuestion Answer')).title).toBe('Adult Social Care Savings 2021/22');
  });

  it('reads dates from date labels only, day first, the first date written, damage to the month repaired', async () => {
    expect((await eiaOf('Date screening completed: | 16 April 2019 |')).assessmentDate).toBe('2019-04-16');
    expect((await eiaOf('EIA date 24/09/2019')).assessmentDate).toBe('2019-09-24');
    expect((await eiaOf('Date of assessment: 2 vember 2010 Is this a new policy: New')).assessmentDate).toBe('2010-11-02');
    expect((await eiaOf('Date assessment completed: March Names of people: Jane Smith')).assessmentDate).toBeNull();
    expect((await eiaOf('Purpose: The plan runs from 1 April 2024 to 2027.')).assessmentDate).toBeNull();
  });

  it('splits "Department and section" into directorate and service, dropping the body\'s name', async () => {
    const eia = await eiaOf('Department and section: Children & Families Service, School Organisation Service, Leicestershire County Council\n\nContact: 0116 305 8039');
    expect([eia.directorate, eia.service, eia.organisation]).toEqual(['Children & Families Service', 'School Organisation Service', 'Leicestershire County Council']);
    expect((await eiaOf('Team/Department | EEC – City Transport |')).directorate).toBe('EEC');
    const both = await eiaOf('Team/Department | Major Projects & Growth | Directorate | Communities, Economy and Transport |');
    expect([both.directorate, both.service]).toEqual(['Communities, Economy and Transport', 'Major Projects & Growth']);
  });

  it('keeps purpose and consultation whole, over the paragraphs that follow', async () => {
    const eia = await eiaOf('What is it trying to achieve? (intended aims and outcomes)\n\nTo tackle sectarianism.\n\nTo promote good relations.\n\nWho was consulted?\n\nResidents and partners.');
    expect(eia.purpose).toBe('To tackle sectarianism.\n\nTo promote good relations.');
    expect(eia.consultation).toBe('Residents and partners.');
  });

  it('backs every value with evidence: the label\'s score, how it was found, how plausible it is', async () => {
    const x = await extract('Title of policy: | Waste strategy | Date of assessment: | 3 March 2022 |');
    const title = x.builder.evidence.get('/title')!;
    expect(title.signals).toMatchObject({ field: 'title', method: 'generic-next-cell', labelScore: 1 });
    expect(title.signals.quality).toBeGreaterThan(0.8);
    expect(title.pieces[0]!.unit.text.slice(title.pieces[0]!.from, title.pieces[0]!.to)).toBe('Waste strategy');
    const runOn = (await extract('Title of policy: Waste strategy Department and Section: Place')).builder.evidence.get('/title')!;
    expect(runOn.signals.quality).toBeLessThan(title.signals.quality!);
  });
});

describe('generic people by role', () => {
  it('gives each person the capacity of their label and splits name from role', async () => {
    const eia = await eiaOf(
      'Officer completing Equality Screening | Donald Chalker, Principal Engineer - Transport Strategy | Head of Service or Operational Director authorising Equality Screening | Steve Grayer, Head of Highways |',
    );
    expect(eia.people).toEqual([
      { name: 'Donald Chalker', role: 'Principal Engineer - Transport Strategy', capacity: 'author', date: null },
      { name: 'Steve Grayer', role: 'Head of Highways', capacity: 'approver', date: null },
    ]);
  });

  it('uses the label as the role only when the label names a post (LABELLING.md), not the assessment function', async () => {
    const eia = await eiaOf('Lead officer\n\nJane Smith\n\nLead Cabinet Member\n\nCllr Pat Jones');
    expect(eia.people).toEqual([
      { name: 'Jane Smith', role: null, capacity: 'author', date: null },
      { name: 'Pat Jones', role: 'Councillor', capacity: 'accountable', date: null },
    ]);
  });

  it('reads several people from one answer, and a flattened people table after its headings', async () => {
    const eia = await eiaOf('Details of Assessor / Dominic Ellis (Head of Estates) / Laura Crawshaw (Human Resources Advisor) Who was present? Name Job Title Email Lesley Boyd Health Inequalities Manager lesley@example.org Diana Dodd Principal Officer');
    expect(eia.people.map((p) => [p.name, p.role, p.capacity])).toEqual([
      ['Dominic Ellis', 'Head of Estates', 'author'],
      ['Laura Crawshaw', 'Human Resources Advisor', 'author'],
      ['Lesley Boyd', 'Health Inequalities Manager', 'team'],
      ['Diana Dodd', 'Principal Officer', 'team'],
    ]);
  });

  it('lists a person once per capacity, and not again as team once named author', async () => {
    // Bob Brown, listed after a ';', is a team member of his own; Jane Smith is not listed again as team.
    const eia = await eiaOf('Lead officer: Jane Smith, Policy Officer Members of assessment team: Jane Smith, Policy Officer; Bob Brown, Analyst');
    expect(eia.people.map((p) => [p.name, p.capacity])).toEqual([['Jane Smith', 'author'], ['Bob Brown', 'team']]);
  });

  it('does not take an impact\'s officer, nor a heading that ran after a name, for a person of the form', async () => {
    const eia = await eiaOf('Responsible officer for Disability | Jane Smith | Approved by Sam Lee Equality Impact Assessment Introductory Information');
    expect(eia.people).toEqual([{ name: 'Sam Lee', role: null, capacity: 'approver', date: null }]);
  });
});
