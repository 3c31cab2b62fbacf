/**
 * Versions that cannot lie: each converter and extractor version is paired with a content
 * hash of the code and data it depends on (its import closure, found by dependency-cruiser,
 * comments and formatting removed by the TypeScript printer so only what runs counts).
 * `versions.lock.json` keeps the pairs; when a component's hash moves and its version did
 * not, test/unit/versions.test.ts fails: bump the version, then
 * `node dist/scripts/versions/checkVersions.js --write`.
 *
 * Components: each converter (its entry's closure); each council template (its data file);
 * the generic reader (its vocabulary and src/extract/generic); the engine (everything else
 * extraction runs on, the fitted confidence model included), versioned by ENGINE_VERSION.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface Component {
  id: string;
  version: string;
  /** Files whose closures the component depends on. */
  entries: string[];
  /** Files of the closure that belong to other components. */
  excludes?: (file: string) => boolean;
}

export interface Hashed {
  version: string;
  hash: string;
  files: number;
}

/** The project's import graph from `entries`: module → the project modules it imports (one dependency-cruiser run). */
export function importGraph(root: string, entries: readonly string[]): Map<string, string[]> {
  const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const out = execFileSync(process.execPath, [bin, ...new Set(entries), '--config', '.dependency-cruiser.cjs', '--output-type', 'json', '--no-progress'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const result = JSON.parse(out) as { modules: Array<{ source: string; dependencies: Array<{ resolved: string; coreModule?: boolean; couldNotResolve?: boolean }> }> };
  const own = (f: string): boolean => !f.includes('node_modules');
  return new Map(
    result.modules.filter((m) => own(m.source)).map((m) => [m.source, m.dependencies.filter((d) => !d.coreModule && !d.couldNotResolve && own(d.resolved)).map((d) => d.resolved)]),
  );
}

/** Every module reachable from `entries` in `graph`, sorted. */
export function closure(graph: ReadonlyMap<string, readonly string[]>, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...(graph.get(f) ?? []));
  }
  return [...seen].sort();
}

/** What a file contributes: TypeScript as the printer emits it without comments, JSON re-serialised. */
export function normalised(root: string, file: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  if (file.endsWith('.ts')) {
    return ts.transpileModule(text, { fileName: file, compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  }
  if (file.endsWith('.json')) return JSON.stringify(JSON.parse(text));
  return text;
}

export function hashComponent(root: string, graph: ReadonlyMap<string, readonly string[]>, c: Component): Hashed {
  const files = closure(graph, c.entries).filter((f) => !(c.excludes?.(f) ?? false));
  const h = createHash('sha256');
  for (const f of files) h.update(`${f}\u0000${normalised(root, f)}\u0000`);
  return { version: c.version, hash: h.digest('hex').slice(0, 16), files: files.length };
}
