/**
 * Runs the external tools the variants are made with (LibreOffice, Ghostscript, poppler,
 * ImageMagick, img2pdf), each with a time limit, and says clearly which one is missing.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export function findTool(...names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return null;
}

export function requireTool(what: string, ...names: string[]): string {
  const found = findTool(...names);
  if (!found) throw new Error(`${what} is needed: install it (apt-get install ${installHint(names[0]!)})`);
  return found;
}

function installHint(name: string): string {
  const packages: Record<string, string> = {
    soffice: 'libreoffice-writer-nogui', gs: 'ghostscript', pdftotext: 'poppler-utils', pdftoppm: 'poppler-utils',
    pdfunite: 'poppler-utils', magick: 'imagemagick', convert: 'imagemagick', img2pdf: 'img2pdf',
  };
  return packages[name] ?? name;
}

export interface ToolRun {
  stdout: Buffer;
  stderr: string;
}

/** Runs a tool to completion; throws with its stderr when it fails or runs over `timeoutMs`. */
export function runTool(command: string, args: string[], options: { timeoutMs?: number; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: options.timeoutMs ?? 300_000, killSignal: 'SIGKILL', cwd: options.cwd, env: options.env ?? process.env },
      (error, stdout, stderr) => {
        const err = stderr.toString('utf8');
        if (error) reject(new Error(`${command} ${args.slice(0, 6).join(' ')}…: ${error.message.split('\n')[0]}${err ? `: ${err.trim().slice(-400)}` : ''}`));
        else resolve({ stdout, stderr: err });
      },
    );
  });
}
