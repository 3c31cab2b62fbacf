/**
 * Forms that ask the same questions once per characteristic under a heading of its own
 * ("3.1 Age", then "Is there a potential for a negative impact? Yes", "Evidence: …",
 * "Mitigation: …"; the next heading "3.2 Disability"): the heading says which group each
 * question after it is about. A heading that names no characteristic ("4. Action plan",
 * "Section 5: Sign-off") or a table ends the run, so the sign-off's "Lead officer" is never
 * taken for the last group's owner.
 */
import type { Characteristic } from '../../../model/vocabulary.js';
import { characteristicOf, headOf } from '../../parse/characteristic.js';
import type { Cell, Strip } from '../strip.js';
import { SECTION } from './groupHeadings.js';

export interface HeadingSubject {
  characteristic: Characteristic;
  name: string;
}

/** Longest characteristic heading, in words ("Marriage and civil partnership", "Gender reassignment / transgender"). */
const MAX_HEADING_WORDS = 6;
/** "3.1", "a)", "(b)", "•", "Section 3.2 –": what may open a heading before its name. */
const OPENER = /^\s*(?:(?:section|part)\s+)?(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)]|\([a-z]\)|[•·-])?\s*(?:[–—-]\s*)?/i;
/** A numbered heading of the form's own ("4. Action plan"); SECTION names the parts ("Section 5: Sign-off"). */
const NUMBERED = /^\s*\d{1,2}[.)]?\s+\p{Lu}/u;

/**
 * "Protected characteristic: Age", "Equality group – Disability": a block per group that names
 * its group as the answer to a label of the form's own, then asks its questions.
 */
const NAMING_LABEL = /^\s*(?:(?:protected|equality)\s+)?(?:characteristic|group|strand)(?:\s+(?:group|affected|being assessed|considered))?\s*(?::|\s[–—-])\s*/i;

/** The characteristic a cell names as a heading of its own, or null. */
export function headingSubject(text: string): HeadingSubject | null {
  const name = text.replace(NAMING_LABEL, '').replace(OPENER, '').replace(/[:.\s]+$/, '').trim();
  if (!name || /[?;,.]|[–—-]$/.test(name) || name.split(/\s+/).length > MAX_HEADING_WORDS || !/^\p{Lu}/u.test(name)) return null;
  // The name alone, or with a bracketed gloss ("Age (young and older people)"): "Sex – No impact
  // identified." is a grid's row written as a line, not a heading over questions.
  const head = headOf(name);
  if (name !== head && !/^\s*\([^()]*\)$/.test(name.slice(name.indexOf(head) + head.length))) return null;
  const characteristic = characteristicOf(head);
  return characteristic && characteristic !== 'all' && characteristic !== 'other' ? { characteristic, name } : null;
}

/** For every strip cell, the characteristic heading in force there (null where none is). */
export function subjectsByCell(strip: Strip): Array<HeadingSubject | null> {
  let current: HeadingSubject | null = null;
  return strip.cells.map((c: Cell) => {
    if (c.tokenCount === 0) return current;
    // A grid's rows name their own groups; a heading's run does not reach into or past one.
    if (c.grid) {
      current = null;
      return null;
    }
    // A '|' line of several cells that opens with a group ("| Carers | | ✔ | |", "| Armed Forces
    // community | | | |") is a grid's row, not a heading; one that opens with a question is asked under one.
    const lineAlone = c.kind === 'paragraph' || strip.lineCells(c.line).length === 1;
    if (!lineAlone && c.kind === 'pipe' && headingSubject(strip.lineCells(c.line)[0]!.text)) {
      current = null;
      return null;
    }
    const named = lineAlone ? headingSubject(c.text) : null;
    if (named) current = named;
    else if (c.heading || (lineAlone && (SECTION.test(c.text) || NUMBERED.test(c.text)) && c.tokenCount <= 8)) current = null;
    return current;
  });
}
