/**
 * A sign-off table a column per signer, the captions across the top and Name / Job title /
 * Date down the side, read on '|' lines and in pdftotext -layout columns; contact rows in a
 * signer's block do not end it.
 */
import { describe, expect, it } from 'vitest';
import { peopleOf } from '../helpers/readGeneric.js';

const HEAD = ['Equality Impact Assessment', '', 'Name of policy: Garden waste charge', '', 'Section 4: Sign-off', ''];
const BOTH = [
  ['Jonah Llewellyn', 'author', 'Project Lead', '2022-10-11'],
  ['Olu Maclean', 'approver', 'Assistant Director', '2022-03-06'],
];

describe('a sign-off table a column per signer', () => {
  it("reads '|' lines", async () => {
    expect(
      await peopleOf([...HEAD, '|  | Completed by | Approved by |', '| Name | Jonah Llewellyn | Olu Maclean |', '| Job title | Project Lead | Assistant Director |', '| Date | 11.10.2022 | 06.03.2022 |']),
    ).toEqual(BOTH);
  });

  it('reads layout columns whose two titles stand over an empty first column', async () => {
    expect(
      await peopleOf([
        ...HEAD,
        '              Completed by     Approved by',
        '   Name       Jonah Llewellyn  Olu Maclean',
        '   Job title  Project Lead     Assistant Director',
        '   Date       11.10.2022       06.03.2022',
      ]),
    ).toEqual(BOTH);
  });

  it('keeps a signer\'s date after their email and telephone lines', async () => {
    expect(
      await peopleOf([...HEAD, 'Approved by: Bethan Pritchard', 'Job title: Chief Officer', 'Email: bethan.pritchard@example.gov.uk', 'Telephone: 01632 872 748', 'Date: 24.04.2021']),
    ).toEqual([['Bethan Pritchard', 'approver', 'Chief Officer', '2021-04-24']]);
  });
});
