/**
 * Pointers that survive re-extraction: a JSON Pointer into `eia` whose array steps name the
 * row by its natural key (src/diff/naturalKeys.ts) in brackets, `/impacts/[age|staff||2]/rating`,
 * instead of its position, which a re-run that finds one more row would shift. Positional
 * pointers (`/impacts/3/rating`, what confidence and provenance maps use) convert both ways.
 */
import type { Eia } from '../model/record.js';
import { actionKey, impactKey, keyed, personKey } from '../diff/naturalKeys.js';

/** The arrays whose rows a reviewer decides on, with the key each row is known by. */
const ROW_KEYS: Record<string, (row: never) => string> = {
  impacts: impactKey as (row: never) => string,
  people: personKey as (row: never) => string,
  actions: actionKey as (row: never) => string,
};

export const isRowArray = (name: string): boolean => Object.hasOwn(ROW_KEYS, name);

const escape = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

function split(pointer: string): string[] {
  return pointer === '' || pointer === '/' ? [] : pointer.slice(1).split('/').map(unescape);
}

/** Natural keys of an array's rows, in order (a key seen twice numbered "… #2", as keyed() does). */
export function rowKeys(eia: Eia, array: string): string[] {
  const rows = (eia as unknown as Record<string, unknown>)[array];
  const key = ROW_KEYS[array];
  if (!Array.isArray(rows) || !key) return [];
  const out: string[] = [];
  for (const [k, { index }] of keyed(rows as never[], key)) out[index] = k;
  return out;
}

/** `/impacts/3/rating` → `/impacts/[age|staff||]/rating` against this record; null when the row does not exist. */
export function toKeyedPointer(eia: Eia, positional: string): string | null {
  const [head, index, ...rest] = split(positional);
  if (head === undefined) return null;
  if (!isRowArray(head) || index === undefined) return `/${[head, index, ...rest].filter((p) => p !== undefined).map(escape).join('/')}`;
  const key = rowKeys(eia, head)[Number(index)];
  if (key === undefined || !/^\d+$/.test(index)) return null;
  return `/${[escape(head), `[${escape(key)}]`, ...rest.map(escape)].join('/')}`;
}

/** `/impacts/[age|staff||]/rating` → `/impacts/3/rating` against this record; null when no row has that key. */
export function toPositionalPointer(eia: Eia, pointer: string): string | null {
  const raw = pointer === '' ? [] : pointer.slice(1).split('/');
  const [head, step, ...rest] = raw;
  if (head === undefined) return null;
  if (step === undefined || !step.startsWith('[') || !step.endsWith(']')) return pointer;
  const key = unescape(step.slice(1, -1));
  const index = rowKeys(eia, unescape(head)).indexOf(key);
  return index < 0 ? null : `/${[head, String(index), ...rest].join('/')}`;
}

/**
 * The field's kind, for counting errors by kind: `/title` → "title",
 * `/impacts/[age|||]/rating` or `/impacts/3/rating` → "impacts.rating", `/people/2` → "people".
 */
export function fieldKind(pointer: string): string {
  const [head, step, ...rest] = pointer.slice(1).split('/');
  if (step === undefined) return head ?? '';
  return rest.length ? `${head}.${rest.join('.')}` : `${head}`;
}
