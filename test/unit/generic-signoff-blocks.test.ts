/**
 * Sign-offs written one block per signer: a caption that names no one ("Officer completing the
 * assessment"), then Name, Job title, an unsigned Signature and Date, each a label of its own.
 * The block's "Name" row holds the person, in the caption's capacity.
 */
import { describe, expect, it } from 'vitest';
import { peopleOf } from '../helpers/readGeneric.js';

const HEAD = ['Equality Impact Assessment', '', 'Name of policy: Garden waste charge', '', 'Section 4: Sign-off', ''];

describe('a sign-off written as captioned blocks', () => {
  it('reads pdftotext -layout columns, where the blank Signature row would otherwise join its neighbours', async () => {
    expect(
      await peopleOf([
        ...HEAD,
        'Assessment completed by',
        'Name        Hamish Byrne',
        'Job title   Team Leader',
        'Signature',
        'Date        26/08/2020',
        '',
        'Approved by',
        'Name        Olu Doherty',
        'Job title   Director of Place',
        'Signature',
        'Date        12/03/2021',
      ]),
    ).toEqual([
      ['Hamish Byrne', 'author', 'Team Leader', '2020-08-26'],
      ['Olu Doherty', 'approver', 'Director of Place', '2021-03-12'],
    ]);
  });

  it('reads "Label: answer" lines, a job title that is also a label\'s wording included', async () => {
    expect(
      await peopleOf([
        ...HEAD,
        'Officer completing the assessment',
        'Name: Kiran Okafor',
        'Job title: Team Leader',
        'Signature:',
        'Date: 27 February 2023',
        '',
        'Signed off by (Director or Head of Service)',
        'Name: Jonah Doherty',
        'Job title: Head of Service',
        'Signature:',
        'Date: 8 January 2023',
      ]),
    ).toEqual([
      ['Kiran Okafor', 'author', 'Team Leader', '2023-02-27'],
      ['Jonah Doherty', 'approver', 'Head of Service', '2023-01-08'],
    ]);
  });

  it('still reads a long label that only opens with "Name" by its own words', async () => {
    expect(
      await peopleOf([
        ...HEAD,
        'Name(s) and job title(s) of person(s)',
        'completing the EIA:',
        'Ruth Ogunleye, Disability Adviser',
      ]),
    ).toEqual([['Ruth Ogunleye', 'author', 'Disability Adviser', null]]);
  });
});
