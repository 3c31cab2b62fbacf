/**
 * Runs one LibreOffice conversion (`soffice --headless --convert-to`) in a child process:
 * the file's bytes in, the converted file's bytes out. Each run gets its own temporary
 * profile (`-env:UserInstallation`), so conversions in parallel threads never share (or
 * lock) a profile and a user's own LibreOffice is never touched; the child runs in its own
 * process group under a time limit and the whole group (soffice's launcher and soffice.bin)
 * is killed when it runs over. The temporary folder is removed whatever happens.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConversionError } from '../ConversionError.js';
import { findLibreOffice } from './findLibreOffice.js';

/** Default time limit for one conversion, seconds (`EIA_LIBREOFFICE_TIMEOUT_S` overrides). */
export const DEFAULT_LIBREOFFICE_TIMEOUT_S = 90;

export interface LibreOfficeJob {
  /** The input's bytes. */
  bytes: Uint8Array;
  /** Extension to give the input file (LibreOffice picks its import filter partly by it). */
  inputExtension: string;
  /** `--convert-to` argument, e.g. `docx` or `pdf:writer_web_pdf_Export`. */
  convertTo: string;
  /** Extension of the file LibreOffice writes (the part of convertTo before any ':'). */
  outputExtension: string;
  /** Extra arguments placed before the input (e.g. `--infilter=…`). */
  extraArgs?: string[];
  timeoutMs?: number;
}

export function libreOfficeTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.EIA_LIBREOFFICE_TIMEOUT_S);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_LIBREOFFICE_TIMEOUT_S * 1000;
}

/** Throws ConversionError: needs-libreoffice (not installed), timed-out, or corrupt (no output). */
export async function convertWithLibreOffice(job: LibreOfficeJob): Promise<Uint8Array> {
  const soffice = findLibreOffice();
  if (!soffice) throw new ConversionError('needs-libreoffice', `cannot read .${job.inputExtension} without it`);
  const dir = await mkdtemp(join(tmpdir(), 'eia-lo-'));
  try {
    const input = join(dir, `input.${job.inputExtension}`);
    const outDir = join(dir, 'out');
    await writeFile(input, job.bytes);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless', '--invisible', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
      ...(job.extraArgs ?? []),
      '--convert-to', job.convertTo, '--outdir', outDir, input,
    ];
    // LibreOffice's own temporary files go inside our folder too, so a killed run leaves nothing.
    const ownTmp = join(dir, 'tmp');
    await mkdir(ownTmp);
    const run = await runGroup(soffice, args, job.timeoutMs ?? libreOfficeTimeoutMs(), dir, ownTmp);
    const produced = (await readdir(outDir).catch(() => [] as string[])).find((f) => f.endsWith(`.${job.outputExtension}`));
    if (!produced) {
      const said = run.output.replace(/\s+/g, ' ').trim().slice(-300);
      throw new ConversionError('corrupt', `LibreOffice could not convert the file (exit ${run.code ?? run.signal})${said ? `: ${said}` : ''}`);
    }
    return new Uint8Array(await readFile(join(outDir, produced)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs a command in its own process group; kills the group and throws timed-out past the limit. */
function runGroup(command: string, args: string[], timeoutMs: number, cwd: string, tmp: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The headless window plugin: no display is needed or looked for.
      env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp', TMPDIR: tmp },
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ConversionError('needs-libreoffice', `could not start ${command}: ${error.message}`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(new ConversionError('timed-out', `LibreOffice took longer than ${Math.round(timeoutMs / 1000)} s`));
      else resolve({ code, signal, output });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
