/**
 * Runs a command and measures the peak memory of its whole process tree: the command and
 * every process it starts (the native tesseract reading a page, LibreOffice converting a
 * .doc), summed at each sample. `process.resourceUsage().maxRSS` inside the command counts
 * only its own process, so a child holding a page image would be missed. Linux only (/proc);
 * elsewhere the peak is 0 and the command's own figure is all there is.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface MeasuredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak of the tree's summed resident memory, MiB, sampled every `SAMPLE_MS`. */
  treePeakMiB: number;
}

/** How often the tree is sampled (ms): a page's tesseract lives for seconds, a spike for less. */
const SAMPLE_MS = 50;

/** Every live pid below `root`, itself included, from each process's parent in /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and brackets: fields are counted after its last ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while the folder was read
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function residentMiB(pid: number): number {
  try {
    const kib = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Number(kib) / 1024 : 0;
  } catch {
    return 0;
  }
}

export function runMeasured(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const onLinux = process.platform === 'linux';
    const timer = setInterval(() => {
      if (!onLinux || child.pid === undefined) return;
      peak = Math.max(peak, processTree(child.pid).reduce((sum, pid) => sum + residentMiB(pid), 0));
    }, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, stdout, stderr, treePeakMiB: Math.round(peak) });
    });
  });
}
