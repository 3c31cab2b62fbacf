/**
 * A form printed in two languages, Welsh then English ("Teitl y cynnig / Title of proposal"),
 * saved from Word as text: labels, grid titles and row headings are read by their English
 * side, a header row's last title wrapped onto the next line is still its last column, and a
 * cell wrapped onto lines of its own continues.
 */
import { describe, expect, it } from 'vitest';
import { readLines } from '../helpers/readGeneric.js';

const FORM = [
  'Cyngor Sir Penllwyd', 'Penllwyd County Council', '',
  'Asesiad o’r Effaith ar Gydraddoldeb / Equality Impact Assessment', '',
  'Adran 1: Manylion y cynnig / Section 1: Details of the proposal',
  'Teitl y cynnig / Title of proposal\tMobile Library Service Review – replacing the two vehicles with',
  'a Library at Home service',
  'Gwasanaeth / Service\tLibraries, Archives and Culture',
  'Dyddiad yr asesiad / Date of assessment\t14/03/2024', '',
  'Nodwedd / Characteristic\tCadarnhaol / Positive\tNegyddol / Negative\tDim effaith / No impact\t',
  'Rhesymau / Reasons',
  'Oed / Age\t\t✓\t\tOlder users lose a weekly visit;',
  'they told us it is their main social contact that week.',
  'Hil / Race\t\t\t✓\tNo differential impact found.',
  'Y Gymraeg / Welsh language\t\t✓\t\tVolunteers may not speak Welsh.',
];

describe('a form in two languages', () => {
  it('reads labels by their English side', async () => {
    const eia = await readLines(FORM);
    expect([eia.title, eia.service, eia.assessmentDate]).toEqual(['Mobile Library Service Review – replacing the two vehicles with a Library at Home service', 'Libraries, Archives and Culture', '2024-03-14']);
  });

  it('reads the grid by its English titles and row headings, wrapped lines joined', async () => {
    const eia = await readLines(FORM);
    expect(eia.impacts.map((i) => [i.characteristic, i.label, i.rating, i.narrative])).toEqual([
      ['age', 'Oed / Age', 'negative', 'Older users lose a weekly visit; they told us it is their main social contact that week.'],
      ['race', 'Hil / Race', 'neutral', 'No differential impact found.'],
      ['other', 'Y Gymraeg / Welsh language', 'negative', 'Volunteers may not speak Welsh.'],
    ]);
  });
});
