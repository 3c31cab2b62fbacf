/**
 * The generic reader on a text document given as lines, as the unit tests of its rules
 * call it: the text converter, then the reader, no store and no worker.
 */
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import { generic } from '../../extractors/generic.js';

const reader = new GenericExtractor(generic);

/** The record the generic reader builds from `lines` (joined by newlines, as a .txt file). */
export async function readLines(lines: string[]) {
  const view = new DocumentView(await txtToLayout(new TextEncoder().encode([...lines, ''].join('\n')), DEFAULT_CONVERT_LIMITS));
  return reader.read(view).builder.eia;
}

/** The people read from `lines`, each as [name, capacity, role, date]. */
export async function peopleOf(lines: string[]) {
  return (await readLines(lines)).people.map((p) => [p.name, p.capacity, p.role, p.date]);
}

/** The impacts read from `lines`, each as [characteristic, rating, narrative, mitigation]. */
export async function impactsOf(lines: string[]) {
  return (await readLines(lines)).impacts.map((i) => [i.characteristic, i.rating, i.narrative, i.mitigation]);
}

/**
 * A reader of grids under a form's opening (`head`: its title, a title field, an officer):
 * each impact read from head + lines as "characteristic rating".
 */
export function ratingsAfter(head: string[]): (lines: string[]) => Promise<string[]> {
  return async (lines) => (await impactsOf([...head, ...lines])).map(([c, r]) => `${c} ${r}`);
}
