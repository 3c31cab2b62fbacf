/**
 * A sign-off block goes on after the person's name: the job title, where they work and the
 * date on the labels that follow belong to that person, until another label starts.
 */
import { describe, expect, it } from 'vitest';
import { peopleOf } from '../helpers/readGeneric.js';

describe('a sign-off block', () => {
  it('gives the person named the job title and date on the labels after the name', async () => {
    expect(
      await peopleOf([
        'Equality Impact Assessment',
        'Title of proposal: Garden waste charge',
        'Section 8: Sign-off',
        'Lead officer',
        'Bernadette Quayle',
        'Job title',
        'Head of Waste and Street Cleansing',
        'Directorate',
        'Neighbourhoods',
        'Date completed',
        '3 February 2025',
      ]),
    ).toEqual([['Bernadette Quayle', 'author', 'Head of Waste and Street Cleansing', '2025-02-03']]);
  });

  it('takes "Post:" on the next line as the role, and stops at a label of something else', async () => {
    const people = await peopleOf([
      'EQUALITY IMPACT ASSESSMENT - INITIAL SCREENING',
      'Name of policy, function or service: Assisted Waste Collection Policy',
      'Officer responsible for the assessment: Dennis Mottram',
      'Post: Waste Services Officer',
      'Is this a new or existing policy? Existing',
      'Position: Policy and Performance Team',
    ]);
    expect(people).toEqual([['Dennis Mottram', 'author', 'Waste Services Officer', null]]);
  });

  it("reads a sign-off table: each capacity's person with the job title and date in their row", async () => {
    const people = await peopleOf([
      'Equality Analysis',
      'Title of policy, service change or project\tPhlebotomy clinic move',
      'Sign-off\tName\tJob title\tDate',
      'Person completing the analysis\tKwame Asante\tPhlebotomy Services Manager\t06/11/2024',
      'Service manager',
      'Approved by (Divisional Director)\tHelen Marsh\tDivisional Director, Clinical Support Services\t19/11/2024',
    ]);
    expect(people).toEqual([
      ['Kwame Asante', 'author', 'Phlebotomy Services Manager', '2024-11-06'],
      ['Helen Marsh', 'approver', 'Divisional Director, Clinical Support Services', '2024-11-19'],
    ]);
  });

  it("reads a sign-off table on a committee site's '|' lines and in pdftotext -layout columns", async () => {
    const expected = [
      ['Jonah Byrne', 'author', 'Project Lead', '2023-01-28'],
      ['Olu Byrne', 'approver', 'Director of Place', '2020-03-21'],
    ];
    const pipe = await peopleOf([
      'Equality Impact Assessment',
      '| Title of EIA | Library opening hours |',
      'Section 4: Sign-off',
      '|  | Name | Job title | Date |',
      '| Completed by | Jonah Byrne | Project Lead | 28.01.2023 |',
      '| Approved by | Olu Byrne | Director of Place | 21.03.2020 |',
    ]);
    expect(pipe).toEqual(expected);
    const layout = await peopleOf([
      'Equality Impact Assessment',
      '   Title of EIA        Library opening hours',
      '   Department          Communities',
      '',
      '   Action                          Lead officer     Timescale',
      '   Review the charge after a year  Hamish Okafor    November 2026',
      '',
      'Section 4: Sign-off',
      '',
      '                 Name            Job title           Date',
      '   Completed by  Jonah Byrne     Project Lead        28.01.2023',
      '   Approved by   Olu Byrne       Director of Place   21.03.2020',
    ]);
    expect(layout).toEqual(expected);
  });
});
