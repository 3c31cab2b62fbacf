/** Running the built `eia` command as a user would, for the cli-*.test.ts files. */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { CLI } from '../helpers/samples.js';

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The first line on stderr: what the tests hold to the exact wording. */
  firstErr: string;
}

export function eia(args: readonly string[], o: SpawnSyncOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 2 ** 20, ...o });
  const stderr = String(r.stderr ?? '');
  return { status: r.status, signal: r.signal, stdout: String(r.stdout ?? ''), stderr, firstErr: stderr.split('\n')[0] ?? '' };
}

/** The same, without waiting: for runs that race, or are killed mid-way. */
export function eiaAsync(args: readonly string[], cwd?: string): { child: ReturnType<typeof spawn>; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliRun>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, firstErr: stderr.split('\n')[0] ?? '' })),
  );
  return { child, done };
}

/** A Node stack frame, which no message for a person may carry. */
export const STACK_FRAME = /^ {4}at /m;
