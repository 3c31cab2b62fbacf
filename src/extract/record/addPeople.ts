/**
 * Adds the people a strategy found to the record, by the spec's rule (corpus/LABELLING.md
 * "People"): each person once per capacity, and `team` / `accountable` only for people not
 * already named as author or approver. Template and generic extraction both end here.
 */
import type { Person } from '../../model/record.js';
import { sameName } from '../parse/personName.js';
import type { Piece } from '../document/valueRegion.js';
import type { RecordBuilder } from './recordBuilder.js';

export interface FoundPerson {
  person: Person;
  pieces: Piece[];
  labelScore: number;
  method: string;
  /** 0–1: how cleanly the name was bounded (a confidence signal). */
  quality: number;
}

export function addPeople(found: readonly FoundPerson[], out: RecordBuilder): void {
  const named = found.filter((f) => f.person.capacity === 'author' || f.person.capacity === 'approver');
  const kept: FoundPerson[] = [];
  for (const f of found) {
    const duplicate = kept.some((k) => k.person.capacity === f.person.capacity && sameName(k.person.name, f.person.name));
    const alreadyNamed = (f.person.capacity === 'team' || f.person.capacity === 'accountable') && named.some((n) => sameName(n.person.name, f.person.name));
    if (!duplicate && !alreadyNamed) kept.push(f);
  }
  for (const f of kept) {
    const evidence = (field: string) => ({ pieces: f.pieces, signals: { field, labelScore: f.labelScore, method: f.method, quality: f.quality } });
    out.addPerson(f.person, {
      '': evidence('person'),
      name: evidence('person.name'),
      capacity: evidence('person.capacity'),
      ...(f.person.role ? { role: evidence('person.role') } : {}),
      ...(f.person.date ? { date: evidence('person.date') } : {}),
    });
  }
}
