/**
 * `--include` / `--exclude` on `eia ingest`: glob patterns (picomatch) that choose which of
 * the files found are ingested. A pattern with a `/` is matched against the path below the
 * folder given (`drafts/**`, `2023/*.pdf`); one without is matched against the file name
 * alone (`*.pdf`, `~$*`), as in .gitignore. A file is kept when it matches some --include
 * (or none was given) and no --exclude. Dot-files match like any others: a share's hidden
 * folders are the user's to leave out.
 */
import { basename } from 'node:path';
import picomatch from 'picomatch';

export interface InputSelection {
  include: readonly string[];
  exclude: readonly string[];
}

type Matcher = (path: string) => boolean;

function anyOf(patterns: readonly string[]): Matcher | null {
  if (patterns.length === 0) return null;
  const byPath = patterns.filter((p) => p.includes('/'));
  const byName = patterns.filter((p) => !p.includes('/'));
  const path = byPath.length ? picomatch(byPath, { dot: true }) : null;
  const name = byName.length ? picomatch(byName, { dot: true }) : null;
  return (p) => (path?.(p) ?? false) || (name?.(basename(p)) ?? false);
}

/** The predicate the walk applies, or undefined when nothing was asked for. */
export function selectionOf(s: InputSelection): ((path: string) => boolean) | undefined {
  const include = anyOf(s.include);
  const exclude = anyOf(s.exclude);
  if (!include && !exclude) return undefined;
  return (p) => (include?.(p) ?? true) && !(exclude?.(p) ?? false);
}

/** commander's collector for an option given several times (`--exclude a --exclude b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
