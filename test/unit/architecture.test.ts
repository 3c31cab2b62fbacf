/**
 * The architecture rules (.dependency-cruiser.cjs, run by `npm run lint`) really bite: each
 * fixture under test/fixtures/architecture breaks one rule and must be refused by name, and
 * the project's own tree must pass.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/architecture/', import.meta.url));
const CONFIG = `${ROOT}.dependency-cruiser.cjs`;
const DEPCRUISE = `${ROOT}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`;

function cruise(cwd: string, ...paths: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [DEPCRUISE, ...paths, '--config', CONFIG, '--output-type', 'err'], { cwd, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('architecture rules', () => {
  it('refuse a cycle between folders, even when no file imports itself back', () => {
    const r = cruise(FIXTURES, 'folder-cycle');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('no-folder-cycle');
    expect(r.output).not.toContain('no-file-cycle');
  });

  it('refuse a cycle between files', () => {
    const r = cruise(FIXTURES, 'file-cycle');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('no-file-cycle');
  });

  it('refuse an import that points outward through the layers', () => {
    const r = cruise(FIXTURES, 'layers');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('layers:src/model');
  });

  it('pass on the project tree', () => {
    const r = cruise(ROOT, 'src', 'workers', 'extractors', 'scripts');
    expect(r.output).toContain('no dependency violations');
    expect(r.status).toBe(0);
  }, 60_000);
});
