/**
 * `node dist/scripts/versions/checkVersions.js [--write]`: compares every component's code
 * hash with versions.lock.json. Without --write it lists what moved (exit 1 when a hash
 * moved under an unchanged version); with --write it records the current pairs, refusing
 * while any changed component still has its old version.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { components } from './components.js';
import { hashComponent, importGraph, type Hashed } from './versionHashes.js';

export const ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../../' : '../../', import.meta.url));
export const LOCK = join(ROOT, 'versions.lock.json');

export interface VersionProblem {
  id: string;
  problem: 'changed-without-bump' | 'not-locked' | 'lock-stale';
  message: string;
}

export function currentHashes(): Record<string, Hashed> {
  const all = components();
  const graph = importGraph(ROOT, all.flatMap((c) => c.entries));
  return Object.fromEntries(all.map((c) => [c.id, hashComponent(ROOT, graph, c)]));
}

export function readLock(): Record<string, Hashed> {
  try {
    return JSON.parse(readFileSync(LOCK, 'utf8')) as Record<string, Hashed>;
  } catch {
    return {};
  }
}

export function problems(now: Record<string, Hashed>, lock: Record<string, Hashed>): VersionProblem[] {
  const out: VersionProblem[] = [];
  for (const [id, h] of Object.entries(now)) {
    const was = lock[id];
    if (!was) out.push({ id, problem: 'not-locked', message: `${id}@${h.version} is not in versions.lock.json: run checkVersions --write` });
    else if (was.hash !== h.hash && was.version === h.version) {
      out.push({ id, problem: 'changed-without-bump', message: `${id} changed since version ${h.version} was locked: bump its version, then run checkVersions --write` });
    } else if (was.hash !== h.hash || was.version !== h.version) {
      out.push({ id, problem: 'lock-stale', message: `${id} is now version ${h.version} (locked: ${was.version}): run checkVersions --write` });
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const now = currentHashes();
  const found = problems(now, readLock());
  if (process.argv.includes('--write')) {
    const bad = found.filter((p) => p.problem === 'changed-without-bump');
    if (bad.length) {
      for (const p of bad) process.stderr.write(`${p.message}\n`);
      process.exit(1);
    }
    writeFileSync(LOCK, `${JSON.stringify(now, null, 2)}\n`);
    process.stdout.write(`versions.lock.json: ${Object.entries(now).map(([id, h]) => `${id}@${h.version}`).join(', ')}\n`);
  } else {
    for (const p of found) process.stdout.write(`${p.message}\n`);
    process.exit(found.some((p) => p.problem === 'changed-without-bump') ? 1 : 0);
  }
}
