/**
 * Renderings LibreOffice makes from a sample's .docx: Word → PDF, .doc, .odt, .rtf and HTML
 * (Writer's HTML export), and HTML → PDF by Writer/Web. One soffice run converts a whole
 * batch (LibreOffice starts once per batch: seconds each), with its own throwaway profile.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireTool, runTool } from './runTool.js';

/** `--convert-to` target per rendering: filter names pinned so the output never depends on defaults. */
export const OFFICE_TARGETS = {
  'lo-pdf': { convertTo: 'pdf:writer_pdf_Export', ext: 'pdf' },
  doc: { convertTo: 'doc:MS Word 97', ext: 'doc' },
  odt: { convertTo: 'odt:writer8', ext: 'odt' },
  rtf: { convertTo: 'rtf:Rich Text Format', ext: 'rtf' },
  html: { convertTo: 'html:HTML (StarWriter)', ext: 'html' },
  'html-pdf': { convertTo: 'pdf:writer_web_pdf_Export', ext: 'pdf' },
  /** An HTML file opened as a Writer document (not Writer/Web) and saved as Word. */
  'html-docx': { convertTo: 'docx:MS Word 2007 XML', ext: 'docx', infilter: 'HTML (StarWriter)' },
} as const;
export type OfficeTarget = keyof typeof OFFICE_TARGETS;

export interface OfficeJob {
  input: string;
  output: string;
}

/** Converts every job's input to `target`; inputs must have distinct base names. */
export async function convertBatch(target: OfficeTarget, jobs: readonly OfficeJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const soffice = requireTool('LibreOffice', 'soffice', 'libreoffice');
  const spec: { convertTo: string; ext: string; infilter?: string } = OFFICE_TARGETS[target];
  const { convertTo, ext } = spec;
  const work = mkdtempSync(join(tmpdir(), 'eia-variants-lo-'));
  try {
    const outDir = join(work, 'out');
    mkdirSync(outDir);
    const args = [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--nologo', '--nolockcheck', ...(spec.infilter ? [`--infilter=${spec.infilter}`] : []), '--convert-to', convertTo, '--outdir', outDir, ...jobs.map((j) => j.input)];
    await runTool(soffice, args, { timeoutMs: 120_000 + jobs.length * 30_000, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    const produced = new Set(readdirSync(outDir));
    for (const job of jobs) {
      const name = `${basename(job.input).replace(/\.[^.]+$/, '')}.${ext}`;
      if (!produced.has(name)) throw new Error(`LibreOffice wrote no ${name} for ${job.input}`);
      copyFileSync(join(outDir, name), job.output);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
