/**
 * Rows of a coded impact grid, put back together when an export scrambled them. A lossy
 * export can break one characteristic's row into several table rows, print its label on a
 * middle one, and shift the statements column by a row. Two things survive: a row label
 * naming a characteristic starts that characteristic's row, and codes and statements are
 * numbered per proposal, so a number that restarts at 1 begins the next characteristic.
 * On a well-formed grid (one row per characteristic) this changes nothing.
 */
import type { Unit } from '../document/documentView.js';
import { characteristicOf } from '../parse/characteristic.js';
import { codeSequence, itemsOf, type CodeEntry, type Item } from '../parse/proposalStatements.js';

export interface RawGridRow {
  label: string;
  labelUnit: Unit | undefined;
  codes: string;
  statements: string[];
  extra: string;
  units: Unit[];
}

export interface GridRow {
  label: string;
  codes: string;
  statements: string[];
  extra: string;
  units: Unit[];
}

const CODES_ONLY = /^(?:(?:\d{1,2}[.)]\s*)?(?:PN|NP|NI|UI|UN|P|N)\b[\s,;]*)+$/;

interface Group {
  label: string;
  codes: CodeEntry[];
  items: Item[];
  extra: string[];
  units: Unit[];
}

export function regroupGridRows(rows: RawGridRow[]): GridRow[] {
  const groups: Group[] = [];
  let lastLabelUnit: Unit | undefined;
  for (const row of rows) {
    const label = row.label.trim();
    const codesInLabel = CODES_ONLY.test(label);
    // A row-spanning label cell shows on every row it spans: the same label, not a new row.
    const starts = !codesInLabel && characteristicOf(label) !== null && !(row.labelUnit && row.labelUnit === lastLabelUnit);
    lastLabelUnit = row.labelUnit;
    if (starts || groups.length === 0) groups.push({ label: starts ? label : '', codes: [], items: [], extra: [], units: [] });
    const g = groups[groups.length - 1]!;
    g.codes.push(...codeSequence(`${codesInLabel ? `${label}\n` : ''}${row.codes}`));
    g.items.push(...itemsOf(row.statements, 99));
    if (row.extra.trim()) g.extra.push(row.extra);
    g.units.push(...row.units);
  }
  groups.forEach((g, i) => {
    const next = groups[i + 1];
    if (!next) return;
    const codeTail = restartAt(g.codes.map((c) => c.proposal));
    if (codeTail >= 0) next.codes.unshift(...g.codes.splice(codeTail));
    const itemTail = restartAt(g.items.map((it) => it.proposal));
    if (itemTail >= 0) next.items.unshift(...g.items.splice(itemTail));
  });
  return groups
    .filter((g) => g.label)
    .map((g) => ({
      label: g.label,
      codes: g.codes.map((c) => `${c.proposal}. ${c.code}`).join('\n'),
      statements: g.items.map((it) => (it.proposal === null ? it.text : `${it.proposal}. ${it.text}`)),
      extra: g.extra.join('\n\n'),
      units: g.units,
    }));
}

/** Index of the first number that does not go up (the numbering restarting), or -1. */
function restartAt(numbers: Array<number | null>): number {
  let last = 0;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    if (n === null || n === undefined) continue;
    if (n <= last) return i;
    last = n;
  }
  return -1;
}
