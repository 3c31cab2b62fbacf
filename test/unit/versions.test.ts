/**
 * Versions that cannot lie: every converter and extractor's code hash must match the one
 * locked beside its version (versions.lock.json). A behaviour change without a version bump
 * fails here — bump the version (re-runs compare by it) and run
 * `node dist/scripts/versions/checkVersions.js --write`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentHashes, problems, readLock } from '../../scripts/versions/checkVersions.js';
import { closure, normalised } from '../../scripts/versions/versionHashes.js';

describe('versions that cannot lie', () => {
  it('every component is locked with its current code', () => {
    const found = problems(currentHashes(), readLock());
    expect(found.map((p) => p.message)).toEqual([]);
  }, 120_000);

  it('a changed hash under an unchanged version is refused; a bump only asks for the lock to be written', () => {
    const lock = { engine: { version: '2', hash: 'aaaa', files: 3 } };
    expect(problems({ engine: { version: '2', hash: 'bbbb', files: 3 } }, lock)).toMatchObject([{ problem: 'changed-without-bump' }]);
    expect(problems({ engine: { version: '3', hash: 'bbbb', files: 3 } }, lock)).toMatchObject([{ problem: 'lock-stale' }]);
    expect(problems({ engine: { version: '2', hash: 'aaaa', files: 3 } }, lock)).toEqual([]);
    expect(problems({ fresh: { version: '1', hash: 'cccc', files: 1 } }, lock)).toMatchObject([{ problem: 'not-locked' }]);
  });

  it('hashes what runs: a comment or a line break moves nothing, a changed literal does', () => {
    const root = mkdtempSync(join(tmpdir(), 'eia-versions-'));
    const write = (name: string, text: string): string => (writeFileSync(join(root, name), text), normalised(root, name));
    const base = write('a.ts', 'export const x = 1;\n');
    expect(write('b.ts', '/** why x is 1 */\nexport const x =\n  1; // one\n')).toBe(base);
    expect(write('c.ts', 'export const x = 2;\n')).not.toBe(base);
  });

  it('follows imports: a component is its entry and all it reaches', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', []], ['d', ['a']]]);
    expect(closure(graph, ['a'])).toEqual(['a', 'b', 'c']);
  });
});
