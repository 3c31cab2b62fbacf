/**
 * A sign-off table laid out a column per signer: the captions across the top, the details
 * down the side.
 *
 *     |           | Completed by    | Approved by        |
 *     | Name      | Jonah Llewellyn | Olu Maclean        |
 *     | Job title | Project Lead    | Assistant Director |
 *     | Date      | 11.10.2022      | 06.03.2022         |
 *
 * Each column is one person, in the capacity its caption gives. Read as pairs, the header's
 * captions would take each other, and the names the wrong capacity.
 */
import type { FoundPerson } from '../record/addPeople.js';
import { findDate } from '../parse/parseDate.js';
import type { LabelSpan } from './labels.js';
import { peopleIn } from './peopleText.js';
import { isSignOffRow, NAME_TITLE, SIGN_DATE, SIGN_ROLE } from './signOffTable.js';
import type { Cell, Strip } from './strip.js';
import { cleanAnswer, wordCount } from './values.js';

/** How many lines below its captions a column table's "Name" row may start (a blank '|  |' row between). */
const NAME_REACH = 2;
/** The longest caption a header cell holds ("Signed off by (Director or Head of Service)"). */
const CAPTION_WORDS = 10;

export interface SignOffColumns {
  found: FoundPerson[];
  /** Every cell of the tables read, whose labels are not pairs of their own. */
  cells: Set<number>;
}

export function signOffColumns(strip: Strip, labels: readonly LabelSpan[], notNameWords: ReadonlySet<string>): SignOffColumns {
  const labelOf = new Map<number, LabelSpan>();
  for (const l of labels) if (!labelOf.has(l.cell)) labelOf.set(l.cell, l);
  const out: SignOffColumns = { found: [], cells: new Set() };
  const lines = [...new Set(strip.cells.map((c) => c.line))];
  for (let at = 0; at < lines.length; at++) {
    const header = strip.lineCells(lines[at]!);
    const captions = header.filter((c) => position(c, header) > 0 && c.tokenCount > 0);
    // Every filled cell after the first is a caption naming a capacity; the first is empty or a title.
    if (captions.length === 0 || !captions.every((c) => labelOf.get(c.index)?.key?.kind === 'person' && wordCount(c.text) <= CAPTION_WORDS)) continue;
    const nameAt = lines.slice(at + 1, at + 1 + NAME_REACH).findIndex((l) => NAME_TITLE.test(strip.lineCells(l)[0]?.text ?? ''));
    if (nameAt < 0) continue;
    const body: Array<readonly Cell[]> = [];
    for (const l of lines.slice(at + 1 + nameAt)) {
      const row = strip.lineCells(l);
      const side = row[0]?.text ?? '';
      if (!isSignOffRow(side)) break;
      body.push(row);
    }
    const column = (row: readonly Cell[], caption: Cell): Cell | undefined => row.find((c) => position(c, row) === position(caption, header));
    for (const caption of captions) {
      const key = labelOf.get(caption.index)!.key!;
      if (key.kind !== 'person') continue;
      const detail = (test: RegExp): Cell | undefined => {
        const row = body.find((r) => test.test(r[0]?.text ?? ''));
        const cell = row ? column(row, caption) : undefined;
        return cell && cell.tokenCount > 0 ? cell : undefined;
      };
      const nameCell = detail(NAME_TITLE);
      const person = nameCell ? peopleIn(cleanAnswer(nameCell.text) ?? '', notNameWords)[0] : undefined;
      if (!nameCell || !person) continue;
      const roleCell = detail(SIGN_ROLE);
      const dateCell = detail(SIGN_DATE);
      out.found.push({
        person: { name: person.name, role: roleCell ? cleanAnswer(roleCell.text) : person.role, capacity: key.capacity, date: (dateCell ? findDate(dateCell.text)?.value : null) ?? person.date },
        pieces: [strip.piece(nameCell), ...(roleCell ? [strip.piece(roleCell)] : [])],
        labelScore: labelOf.get(caption.index)!.score,
        method: 'generic-signoff-columns',
        quality: 0.85,
      });
    }
    for (const c of [...header, ...body.flat()]) out.cells.add(c.index);
  }
  return out;
}

/** A cell's column: its table column, or on a '|' line (whose empty cells are kept) its place on the line. */
function position(cell: Cell, row: readonly Cell[]): number {
  return cell.grid ? cell.grid.col : row.indexOf(cell);
}
