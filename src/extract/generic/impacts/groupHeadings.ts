/**
 * Which group a grid rates, from the heading above it. Forms that assess patients or service
 * users and staff separately head each grid so ("Section B: Impact on patients, service users
 * and carers", "Section C: Impact on staff", "Workforce impact"); a grid under no such
 * heading rates no particular group (null, as the model asks where a form does not split).
 * A section heading that names no group ("Section D: Action plan") ends the previous one.
 */
import type { ImpactGroup } from '../../../model/vocabulary.js';
import type { Cell, Strip } from '../strip.js';

/** Longest heading, in words: longer cells are questions or answers that mention groups in passing. */
const MAX_HEADING_WORDS = 14;

const STAFF = /\b(?:staff|employees?|workforce|colleagues|personnel)\b/i;
const USERS = /\b(?:service\s+users?|patients?|customers?|clients?|residents?|members\s+of\s+the\s+public|the\s+public|tenants?|pupils?|students?|visitors?|communit(?:y|ies))\b/i;
/** The users' side of a split form, not the public at large: with STAFF, the words that show a form splits. */
const SPLIT_USERS = /\b(?:service\s+users?|patients?)\b/i;
/** The heading says what is assessed for whom: "Impact on …", "Effects on …", "… impact(s)". */
const IMPACT_ON = /\b(?:impacts?|effects?|implications?|assessment)\s+(?:on|for|upon)\b|\bimpacts?\s*$/i;
/** A heading of the form's own structure, which starts a new part. */
export const SECTION = /^\s*(?:section|part|stage|step)\s+(?:[A-Z0-9]{1,3}\b|one|two|three|four|five|six)/i;

/** The group a heading cell names, `undefined` when it is no group heading. */
export function headingGroup(text: string): ImpactGroup | undefined {
  const t = text.replace(/\|/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t || t.split(' ').length > MAX_HEADING_WORDS || /[?]\s*$/.test(t)) return undefined;
  if (!IMPACT_ON.test(t)) return undefined;
  const staff = STAFF.test(t);
  const users = USERS.test(t);
  // "Impact on service users and staff" rates both at once: no split.
  if (staff === users) return undefined;
  return staff ? 'staff' : 'service-users';
}

/**
 * For every strip cell, the group of the grid heading in force there (null where none is).
 * Headings are short cells; a part heading naming no group closes the group before it.
 */
export function groupsByCell(strip: Strip): Array<ImpactGroup | null> {
  // A group is recorded only where the form splits them (eia-model.md). A form whose one
  // heading is "Impact on communities" rates everyone; one that heads a part "Impact on
  // patients, service users and carers" or "Impact on staff" has split them, even where the
  // other part is cut off or left out.
  const headings = strip.cells.map((c) => headingGroup(c.text));
  const splits = new Set(headings.filter((g) => g !== undefined)).size >= 2 || strip.cells.some((c, i) => headings[i] !== undefined && (STAFF.test(c.text) || SPLIT_USERS.test(c.text)));
  if (!splits) return strip.cells.map(() => null);
  let current: ImpactGroup | null = null;
  return strip.cells.map((c: Cell, i) => {
    const named = headings[i];
    if (named !== undefined) current = named;
    // A table's bold first cell may be a row heading ("Age"); only headings outside grids close a part.
    else if (((c.heading && !c.grid) || SECTION.test(c.text)) && c.tokenCount <= MAX_HEADING_WORDS) current = null;
    return current;
  });
}
