/** The review app is a leaf: only the CLI imports src/review, and src/review never imports the CLI. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const imports = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

describe('review app layering', () => {
  it('is imported by the CLI only', () => {
    const offenders = ['src', 'workers', 'extractors', 'scripts']
      .flatMap((d) => files(join(ROOT, d)))
      .filter((f) => !relative(ROOT, f).startsWith('src/review/') && !relative(ROOT, f).startsWith('src/cli/'))
      .filter((f) => imports(f).some((i) => /(^|\/)review\//.test(i)));
    expect(offenders).toEqual([]);
  });

  it('imports neither the CLI nor the queue', () => {
    const bad = files(join(ROOT, 'src/review')).filter((f) => imports(f).some((i) => /\/(cli|queue)\//.test(i)));
    expect(bad).toEqual([]);
  });
});
