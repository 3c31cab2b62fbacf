/**
 * The code revision a run was made with, for the run's row: the git commit of the checkout
 * this command runs from, read from `.git` directly (no git needed), or null when it is not
 * a checkout (an installed package). `EIA_REVISION` overrides it (builds outside git).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project root, from dist/src/cli/ (compiled) or src/cli/ (sources). */
const ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../../' : '../../', import.meta.url));

export function codeRevision(): string | null {
  if (process.env.EIA_REVISION) return process.env.EIA_REVISION;
  try {
    const head = readFileSync(`${ROOT}.git/HEAD`, 'utf8').trim();
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref) return /^[0-9a-f]{40}$/.test(head) ? head : null;
    try {
      return readFileSync(`${ROOT}.git/${ref}`, 'utf8').trim();
    } catch {
      const packed = readFileSync(`${ROOT}.git/packed-refs`, 'utf8');
      return new RegExp(`^([0-9a-f]{40}) ${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm').exec(packed)?.[1] ?? null;
    }
  } catch {
    return null;
  }
}
