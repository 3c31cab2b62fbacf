/**
 * Rows of a record matched by what they are, never by where they sit in their array: an
 * impact by characteristic + group + subgroup + proposal, a person by name + capacity, an
 * action by its action text. Two extractions of one document line up row by row even when
 * one found a row more. Keys are words a person can read ("age|service-users|0-18|2").
 */
import type { Action, Impact, Person } from '../model/record.js';

const norm = (s: string | null): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

export const impactKey = (i: Impact): string => [i.characteristic, i.group ?? '', i.subgroup ?? '', i.proposal ?? ''].join('|');
export const personKey = (p: Person): string => `${norm(p.name)}|${p.capacity}`;
export const actionKey = (a: Action): string => norm(a.action ?? a.issue ?? a.milestone).slice(0, 120);

/** Rows by key, the position of each kept for its confidence pointer; a key seen twice is numbered ("age||| #2"). */
export function keyed<T>(rows: readonly T[], key: (row: T) => string): Map<string, { row: T; index: number }> {
  const out = new Map<string, { row: T; index: number }>();
  rows.forEach((row, index) => {
    const base = key(row);
    let k = base;
    for (let n = 2; out.has(k); n++) k = `${base} #${n}`;
    out.set(k, { row, index });
  });
  return out;
}
