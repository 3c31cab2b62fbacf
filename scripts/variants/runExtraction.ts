/**
 * Runs files through the real job, as `scripts/extractFiles.ts` does (convert + extract,
 * no store), in one child process per core: each child takes a share of the files, the
 * slow ones (scans, LibreOffice formats) spread evenly. Returns every record line and the
 * files that failed or gave no record, with the reason the job gave.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const EXTRACT_FILES = fileURLToPath(new URL('../extractFiles.js', import.meta.url));

export interface Extraction {
  /** JSON Lines records, as `eia export --format jsonl` writes them (before corrections). */
  lines: string[];
  /** Files the job failed on or found no EIA in: "file: status reason: message". */
  problems: string[];
}

export async function runExtraction(files: ReadonlyArray<{ path: string; cost: number }>, threads = availableParallelism()): Promise<Extraction> {
  const shares: Array<{ paths: string[]; cost: number }> = Array.from({ length: Math.max(1, threads) }, () => ({ paths: [], cost: 0 }));
  for (const f of [...files].sort((a, b) => b.cost - a.cost)) {
    const lightest = shares.reduce((a, b) => (b.cost < a.cost ? b : a));
    lightest.paths.push(f.path);
    lightest.cost += f.cost;
  }
  const results = await Promise.all(shares.filter((s) => s.paths.length).map((s) => runChild(s.paths)));
  return { lines: results.flatMap((r) => r.lines), problems: results.flatMap((r) => r.problems) };
}

function runChild(paths: string[]): Promise<Extraction> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [EXTRACT_FILES, ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const problems = Buffer.concat(err).toString('utf8').split('\n').filter((l) => l.trim());
      if (code !== 0) problems.push(`extractFiles exited with ${code}`);
      resolve({ lines: Buffer.concat(out).toString('utf8').split('\n').filter((l) => l.trim()), problems });
    });
  });
}
