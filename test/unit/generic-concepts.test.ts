/**
 * Labels by meaning on synthetic unseen forms: wordings no list holds read by the words
 * they carry, one-label-per-line exports, the prompts printed under a label, and answers
 * given as a row of tick boxes.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import { LabelConcepts } from '../../src/extract/generic/labelConcepts.js';
import { promptTest } from '../../src/extract/generic/answerPrompts.js';
import { tickedOptions } from '../../src/extract/generic/tickedOptions.js';
import { hasAnswers } from '../../src/extract/hasAnswers.js';
import type { Eia } from '../../src/model/record.js';
import { generic } from '../../extractors/generic.js';

const reader = new GenericExtractor(generic);
const concepts = new LabelConcepts(generic.vocabulary);

const eiaOf = async (text: string): Promise<Eia> =>
  reader.read(new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS))).builder.eia;

const meaning = (label: string): string | null => {
  const key = concepts.classify(label);
  if (!key) return null;
  return key.kind === 'field' ? key.field : key.kind === 'person' ? `person:${key.capacity}` : 'other';
};

describe('label concepts', () => {
  it('reads a label\'s meaning from its words', () => {
    expect(meaning('Name of the programme, project or policy')).toBe('title');
    expect(meaning('What is being screened')).toBe('title');
    expect(meaning('Describe the programme, project or policy')).toBe('purpose');
    expect(meaning('Who has been involved or consulted, and how?')).toBe('consultation');
    expect(meaning('Project lead completing this EHIA')).toBe('person:author');
    expect(meaning('Senior Responsible Owner')).toBe('person:accountable');
    expect(meaning('Signed off by (Director)')).toBe('person:approver');
    expect(meaning('Date EHIA signed off')).toBe('other');
  });

  it('keeps the narrower meaning first and refuses what is no field', () => {
    expect(meaning('Date of next review')).toBe('other');
    expect(meaning('Date this screening was completed')).toBe('assessmentDate');
    expect(meaning('Name and job title of the lead officer')).toBe('person:author');
    expect(meaning('Describe the impact on disabled people')).toBeNull();
    expect(meaning('Section 2: Describe the proposal')).toBeNull();
    expect(meaning('The council will consult residents and traders on the new scheme over the summer months and then report the findings back')).toBeNull();
  });
});

describe('answer prompts and tick boxes', () => {
  it('tells a printed prompt from an answer', () => {
    const isPrompt = promptTest(generic.vocabulary.promptWords);
    expect(isPrompt('Name and job title')).toBe(true);
    expect(isPrompt('(dd/mm/yyyy)')).toBe(true);
    expect(isPrompt('Marcus Ellery, HR Policy Adviser')).toBe(false);
  });

  it('reads the ticked options, or nothing when none is ticked', () => {
    const marks = generic.vocabulary.rating;
    expect(tickedOptions('☐ commissioning a new service ☐ decommissioning\n☒ a policy or strategy ☐ other (please say)', marks)).toEqual({ ticked: 'a policy or strategy' });
    expect(tickedOptions('Policy    Procedure    ü Service change    Strategy', marks)).toEqual({ ticked: 'Service change' });
    expect(tickedOptions('Policy Procedure ü Business case Strategy Other:', marks)).toEqual({ ticked: 'Business case' });
    expect(tickedOptions('☐ New ☐ Revised', marks)).toEqual({ ticked: null });
    expect(tickedOptions('A new policy for the whole county', marks)).toBeNull();
  });
});

describe('one label per line', () => {
  const form = [
    'Part 1: About the proposal',
    'Name of the programme, project or policy',
    'Library opening hours review',
    'Project lead completing this assessment',
    'Name and job title',
    'Priya Shah, Libraries Manager',
    '1.1 Describe the programme, project or policy',
    'Include its main purpose, aims and outcomes',
    'Opening hours at six libraries change to match when people visit.',
    '1.2 Is this decision about:',
    '☐ commissioning a new service ☒ changing an existing service ☐ other',
    '1.3 Who has been involved or consulted, and how?',
    'A survey of 800 library users and two drop-in sessions.',
  ].join('\n');

  it('pairs each label line with the answer line below its prompt', async () => {
    const eia = await eiaOf(form);
    expect(eia.title).toBe('Library opening hours review');
    expect(eia.purpose).toBe('Opening hours at six libraries change to match when people visit.');
    expect(eia.activityType).toBe('changing an existing service');
    expect(eia.consultation).toBe('A survey of 800 library users and two drop-in sessions.');
    expect(eia.people).toEqual([{ name: 'Priya Shah', role: 'Libraries Manager', capacity: 'author', date: null }]);
  });

  it('takes the line under a label read by its words as its answer, whatever its own words', async () => {
    const eia = await eiaOf('Name of the programme or project\nOwner occupier grants scheme\nDirectorate\nPlace');
    expect(eia.title).toBe('Owner occupier grants scheme');
    expect(eia.people).toEqual([]);
  });
});

describe('any answer makes a record', () => {
  const read = async (text: string) => reader.read(new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS))).builder;
  const grid = (marks: [string, string]) =>
    ['Equality Impact Assessment', 'Characteristic | Positive | Negative | No impact |', `Age | | | ${marks[0]} |`, `Disability | | | ${marks[1]} |`, 'Sex | | | |'].join('\n');

  it('counts a ticked "no impact" and a filled-in directorate as answers, a blank grid as none', async () => {
    expect(hasAnswers(await read(grid(['X', 'X'])))).toBe(true);
    expect(hasAnswers(await read(grid(['', ''])))).toBe(false);
    expect(hasAnswers(await read('Equality Impact Assessment\nDirectorate: Place\nTitle:\nLead officer:'))).toBe(true);
  });

  it('reads a label that names two units joined by a slash to its colon', async () => {
    expect((await eiaOf('Equality Impact Assessment\nFaculty / Professional Service: Estates\nTitle: Car parking')).directorate).toBe('Estates');
  });
});

describe('flattened transcriptions', () => {
  it('reads a grid of boxes flattened into one paragraph, row by row', async () => {
    const text = [
      'Equality Impact Assessment Form Title of policy: Library fines Section 3: Assessing impact For each characteristic mark the impact and explain why.',
      'Characteristic Positive Negative No impact Explanation Age ☐ ☒ ☐ Older borrowers return items late more often. Disability ☒ ☒ ☐ Home delivery helps; fines hit carers.',
      'Religion or belief ☐ ☐ ☒ No impact identified. Section 4: Outcome of the assessment ☒ No major change',
    ].join(' ');
    const impacts = (await eiaOf(text)).impacts.map((i) => [i.characteristic, i.rating, i.narrative]);
    expect(impacts).toEqual([
      ['age', 'negative', 'Older borrowers return items late more often.'],
      ['disability', 'both', 'Home delivery helps; fines hit carers.'],
      ['religion-belief', 'neutral', 'No impact identified.'],
    ]);
  });
});

describe('units and bodies', () => {
  it('splits one answer naming a directorate and its service, and ranks two unit labels', async () => {
    let eia = await eiaOf('Equality Impact Assessment\nDirectorate: Commissioning – Long Term Conditions\nTitle: Weight management');
    expect([eia.directorate, eia.service]).toEqual(['Commissioning', 'Long Term Conditions']);
    eia = await eiaOf('Equality Impact Assessment\nDepartment: Customer Services, Independent Living\nTitle: Scheme managers');
    expect([eia.directorate, eia.service]).toEqual(['Customer Services', 'Independent Living']);
    eia = await eiaOf('Equality Impact Assessment\nService: Culture, Libraries and Leisure\nTitle: Opening hours');
    expect([eia.directorate, eia.service]).toEqual([null, 'Culture, Libraries and Leisure']);
    eia = await eiaOf('Equality Impact Assessment\nFaculty / Professional Service: Academic Registry\nSchool / Department: Student Records\nTitle: Attendance');
    expect([eia.directorate, eia.service]).toEqual(['Academic Registry', 'Student Records']);
  });

  it('names a trust or housing group in full from its masthead', async () => {
    expect((await eiaOf('Wealdmoor Community Health NHS Trust\nEquality Analysis Tool\nTitle of proposal | Falls pathway |')).organisation).toBe('Wealdmoor Community Health NHS Trust');
    expect((await eiaOf('Brackenside Homes Group\nEquality Impact Assessment\nName of policy: Tenancy fraud')).organisation).toBe('Brackenside Homes Group');
  });
});

describe('a two-column table read a column at a time', () => {
  it('pairs the i-th answer line with the i-th label line, only when the counts agree', async () => {
    const labels = ['Integrated Impact Assessment', 'Proposal title', 'Directorate', 'Officer completing the IIA', 'Date of assessment'];
    const eia = await eiaOf([...labels, 'Library strategy 2024', 'Communities and Place', 'Ffion Rowlands, Principal Librarian', '05/02/2024', 'Section 1: About the proposal'].join('\n'));
    expect([eia.title, eia.directorate, eia.assessmentDate]).toEqual(['Library strategy 2024', 'Communities and Place', '2024-02-05']);
    expect(eia.people.map((p) => [p.name, p.capacity])).toEqual([['Ffion Rowlands', 'author']]);
    // One answer short: which label lost its answer cannot be told, so none is guessed.
    const short = await eiaOf([...labels, 'Library strategy 2024', 'Communities and Place', '05/02/2024', 'Section 1: About the proposal'].join('\n'));
    expect(short.directorate).toBeNull();
  });
});
