/**
 * Sign-offs: the labels of a sign-off block that go on after a person's name (job title,
 * where they work, date), and sign-off tables: capacities down the side, the people's details across, under a header
 * that titles them ("Sign-off | Name | Job title | Date" over "Person completing the
 * analysis | Kwame Asante | Phlebotomy Services Manager | 06/11/2024"). The person's name is
 * the answer to the row's label; their role and date are in the same row, under the header's
 * job-title and date columns.
 */
import type { Piece } from '../document/valueRegion.js';
import { findDate } from '../parse/parseDate.js';
import type { Cell, Strip } from './strip.js';

/** A date label of a sign-off block: "Date", "Date signed", "Date approved", "Date completed". */
export const SIGN_DATE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?date(?:\s+(?:signed|approved|agreed|completed|of sign[- ]?off))?\s*[:?|]*\s*$/i;
/** A job-title label of a sign-off block, or its column's title: "Job title", "Post", "Position", "Role". */
export const SIGN_ROLE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:job\s+(?:title|role)|post(?:\s+held)?|position|role|designation)\s*[:?|]*\s*$/i;
/** Where the signer works, between the name and the date ("Directorate", "Department"): no answer about the person, but still their block. */
const SIGN_SIDE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:directorate|department|division|service(?:\s+area)?|team|organisation)\s*[:?|]*\s*$/i;
/** A name label of a sign-off block, or its column's title: "Name", "Full name", "Print name". */
export const NAME_TITLE = /^\s*(?:(?:full|print(?:ed)?)\s+)?names?\s*[:?|]*\s*$/i;
/** How to reach the signer: "Email", "Telephone", "Contact number" (no answer about who they are, but still their block). */
const SIGN_CONTACT = /^\s*(?:e-?mail(?:\s+address)?|tel(?:ephone)?(?:\s+(?:no|number))?|phone(?:\s+number)?|mobile|contact\s+(?:number|details)|extension|ext)\s*[.:?|]*\s*$/i;
/** Where a sign-off block is signed: "Signature", "Signed" (its answer, if any, is a scanned mark). */
const SIGN_MARK = /^\s*(?:signature|signed)\s*[:?|]*\s*$/i;

/** A row of a signer's block that says nothing of who they are but keeps the block open: where they work, their signature, how to reach them. */
export const keepsSignerBlock = (label: string): boolean => SIGN_SIDE.test(label) || SIGN_MARK.test(label) || SIGN_CONTACT.test(label);
/** Any row of a signer's block: name, job title, date, or one that keeps the block open. */
export const isSignOffRow = (label: string): boolean => NAME_TITLE.test(label) || SIGN_ROLE.test(label) || SIGN_DATE.test(label) || keepsSignerBlock(label);

export interface SignOffDetails {
  role: { text: string; piece: Piece } | null;
  date: string | null;
}

/** The role and date beside a name answered in a table cell, when a header above titles the columns; null otherwise. */
export function signOffDetails(strip: Strip, name: Piece): SignOffDetails | null {
  const cell = strip.cells[strip.cellIndexOf(name)];
  if (cell?.kind === 'pipe') return pipeDetails(strip, cell);
  if (!cell?.grid) return null;
  const { table, row, col } = cell.grid;
  for (let r = row - 1; r >= 0; r--) {
    const header = strip.rowCells(table, r);
    if (!header.some((c) => c.grid!.col === col && NAME_TITLE.test(c.text))) continue;
    const roleCol = header.find((c) => SIGN_ROLE.test(c.text))?.grid!.col;
    const dateCol = header.find((c) => SIGN_DATE.test(c.text))?.grid!.col;
    const own = strip.rowCells(table, row);
    return detailsOf(strip, own.find((c) => c.grid!.col === roleCol && c.tokenCount > 0), own.find((c) => c.grid!.col === dateCol));
  }
  return null;
}

/** The role and date a sign-off row gives in the cells under its header's job-title and date titles. */
function detailsOf(strip: Strip, roleCell: Cell | undefined, dateCell: Cell | undefined): SignOffDetails {
  return {
    role: roleCell && roleCell.tokenCount > 0 ? { text: roleCell.text, piece: strip.piece(roleCell) } : null,
    date: dateCell ? (findDate(dateCell.text)?.value ?? null) : null,
  };
}

/** How many '|' lines above a sign-off row its header may stand (a row or two of other signers between). */
const PIPE_HEADER_REACH = 4;

/**
 * The same on a committee site's '|' lines ("| | Name | Job title | Date |" over "| Completed by
 * | Jonah Byrne | Project Lead | 28.01.2023 |"): empty cells are kept, so a column is its
 * position on the line.
 */
function pipeDetails(strip: Strip, cell: Cell): SignOffDetails | null {
  const own = strip.lineCells(cell.line);
  const at = own.indexOf(cell);
  for (let line = cell.line - 1; line >= Math.max(0, cell.line - PIPE_HEADER_REACH); line--) {
    const header = strip.lineCells(line);
    if (header.length !== own.length || header[0]?.kind !== 'pipe' || !NAME_TITLE.test(header[at]?.text ?? '')) continue;
    return detailsOf(strip, own[header.findIndex((c) => SIGN_ROLE.test(c.text))], own[header.findIndex((c) => SIGN_DATE.test(c.text))]);
  }
  return null;
}
