/**
 * Where LibreOffice is, if anywhere. `EIA_LIBREOFFICE` overrides the search: `off` (or `0`,
 * `none`) means "behave as if it were not installed" (what a bare machine does), a path
 * names the `soffice` to run. Otherwise the first `soffice` or `libreoffice` on PATH.
 * Looked up on each call (a stat per PATH entry): cheap next to a conversion, and a test or
 * a long-lived worker sees an install or a changed setting without restarting.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['soffice', 'libreoffice'];
const OFF = new Set(['off', '0', 'none', 'false', 'no']);

export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const setting = env.EIA_LIBREOFFICE?.trim();
  if (setting && OFF.has(setting.toLowerCase())) return null;
  if (setting) return isExecutable(setting) ? setting : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
