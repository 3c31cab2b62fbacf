/** The value a JSON Pointer ("/title", "/impacts/3/rating", "/people/2") points at in `eia`. */
import type { Eia } from '../../model/record.js';

export function valueAt(eia: Eia, pointer: string): unknown {
  let at: unknown = eia;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
