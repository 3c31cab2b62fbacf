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
const IMPACT_ON = /\b(?:impacts?|effects?|implications?|assessment)\s+(?:(?:is|are|will\s+be)\s+)?(?:on|for|upon)\b|\bimpacts?\s*$/i;
/**
 * A numbered part that asks or instructs about a grid ("2.2 … complete the table below to show
 * what the potential impact is for each of the protected groups of residents/service users",
 * "3.0 Will there be any potential impacts on Council staff from protected groups?"): a longer
 * heading, and a question, but it names a group only where another heading names the other.
 */
const NUMBERED_PART = /^\s*\d{1,2}\.\d{1,2}\.?\s/;
const MAX_PART_WORDS = 32;
/** A heading of the form's own structure, which starts a new part. */
export const SECTION = /^\s*(?:section|part|stage|step)\s+(?:[A-Z0-9]{1,3}\b|one|two|three|four|five|six)/i;

/** The group a heading cell names, `undefined` when it is no group heading. */
export function headingGroup(text: string, numbered = false): ImpactGroup | undefined {
  const t = text.replace(/\|/g, ' ').replace(/\s+/g, ' ').trim();
  const part = numbered && NUMBERED_PART.test(t);
  if (!t || t.split(' ').length > (part ? MAX_PART_WORDS : MAX_HEADING_WORDS) || (!part && /[?]\s*$/.test(t))) return undefined;
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
  const short = strip.cells.map((c) => headingGroup(c.text));
  const parts = strip.cells.map((c, i) => short[i] ?? headingGroup(c.text, true));
  const twoParts = new Set(parts.filter((g) => g !== undefined)).size >= 2;
  const headings = twoParts ? parts : short;
  const splits = twoParts || strip.cells.some((c, i) => headings[i] !== undefined && (STAFF.test(c.text) || SPLIT_USERS.test(c.text)));
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
