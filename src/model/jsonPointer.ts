/** Reads a value at a JSON Pointer ("/impacts/3/rating") inside an object: records, confidence maps, corrections. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '/') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Sets a value at a JSON Pointer, creating nothing: the parent must exist. Returns success. */
export function setAt(root: unknown, pointer: string, value: unknown): boolean {
  const parts = pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = parts.pop();
  const parent = valueAt(root, parts.length ? `/${parts.join('/')}` : '');
  if (last === undefined || parent === null || typeof parent !== 'object') return false;
  (parent as Record<string, unknown>)[last] = value;
  return true;
}
