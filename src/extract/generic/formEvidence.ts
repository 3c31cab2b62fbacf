/**
 * Is a document no template knows an EIA form at all? Backfill folders hold minutes, budget
 * tables and letters that mention an equality impact assessment in passing; the generic
 * extractor must not turn those into records. A form says what it is in its heading, prints
 * labels a form would use, has them answered, and rows its impacts by characteristic:
 *   - heading (0.35): a form name written as a heading ("Equality Impact Assessment", not
 *     "noted the equality impact assessment") in the opening cells, an equality word and an
 *     assessment word capitalised together ("S75 Equality And Good Relations Screening"),
 *     or an acronym ("EqIA") at the very top;
 *   - labels (0.2): how many of the record's fields and roles the form has labels for;
 *   - answers (0.15): how many values the extractor found;
 *   - characteristics (0.3): short cells that name protected characteristics.
 * A score in [0, 1]. extractDocument's bar (0.4) needs the heading and something more (a
 * title line alone is not a form; a blank form, heading and labels, is an empty one), or,
 * without a heading, characteristic rows as well as labels: minutes with "Title:" and
 * "Date:" lines are not a form.
 */
import { EIA_SCALAR_FIELDS, type Eia } from '../../model/record.js';
import { characteristicOf } from '../parse/characteristic.js';
import type { LabelSpan } from './labels.js';
import type { Strip } from './strip.js';

const OPENING_CELLS = 6;
const OPENING_CHARS = 1500;
const EQUALITY_WORD = /\b(equality|equalities|diversity|section 75|s75|good relations|human rights|protected characteristics?)\b/i;
const TITLED = /\b(?:Equality|Equalities|EQUALITY|EQUALITIES|Diversity|S75|Section 75|SECTION 75|Human Rights)\b[^.?!:|]{0,40}?\b(?:Impact Assessment|IMPACT ASSESSMENT|Impact Analysis|Screening|SCREENING|Analysis)\b/;
const ACRONYM_CHARS = 300;

export function formEvidence(strip: Strip, labels: LabelSpan[], eia: Eia, formNames: readonly string[]): number {
  const opening = strip.cells
    .slice(0, OPENING_CELLS)
    .map((c) => c.text)
    .join(' ')
    .slice(0, OPENING_CHARS)
    .replace(/\s+/g, ' ');
  // A form's full name is enough ("Integrated Impact Assessment"); "Impact Assessment" or
  // "EIA" alone could be environmental or data protection, so those need an equality word beside them.
  const named = formNames.some((n) => (n.split(' ').length >= 3 || EQUALITY_WORD.test(n)) && asHeading(n, opening));
  // "S75 Equality And Good Relations Screening Form": an equality word and an assessment word, both capitalised, close together.
  const titled = TITLED.test(opening);
  // "EqIA" near the very top, with an equality word in the opening.
  const acronym = formNames.some((n) => !n.includes(' ') && asHeading(n, opening.slice(0, ACRONYM_CHARS))) && EQUALITY_WORD.test(opening);
  const heading = named || titled || acronym ? 1 : 0;
  const printed = keysOf(labels);
  const answered = EIA_SCALAR_FIELDS.filter((f) => eia[f] !== null).length + Math.min(1, eia.people.length) + Math.min(1, eia.impacts.length);
  const characteristics = new Set<string>();
  for (const c of strip.cells) {
    if (c.text.length > 160) continue; // row headings, not prose that mentions age in passing
    const ch = characteristicOf(c.text);
    if (ch && ch !== 'all' && ch !== 'other') characteristics.add(ch);
  }
  return 0.35 * heading + 0.2 * Math.min(1, printed / 3) + 0.15 * Math.min(1, answered / 2) + 0.3 * Math.min(1, characteristics.size / 4);
}

/**
 * A form name written as a heading: in capitals ("Equality Impact Assessment", "EQUALITY
 * IMPACT ASSESSMENT"), not as prose ("the Cabinet noted the equality impact assessment").
 */
function asHeading(name: string, text: string): boolean {
  const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\b`, 'giu');
  for (const m of text.matchAll(re)) {
    const capitalised = m[0].split(/\s+/).filter((w) => !/^(and|of|&)$/i.test(w)).every((w) => /^\p{Lu}/u.test(w));
    const article = /\b(the|an?|this|that|our|your|of|to|for)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
    if (capitalised && !article) return true;
  }
  return false;
}

/** How many different fields and roles labels ask for. */
function keysOf(labels: LabelSpan[]): number {
  const keys = new Set<string>();
  for (const { key } of labels) {
    if (!key || key.kind === 'other') continue;
    keys.add(key.kind === 'field' ? key.field : key.kind === 'person' ? `person:${key.capacity}` : key.kind);
  }
  return keys.size;
}
