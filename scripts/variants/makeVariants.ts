/**
 * Writes the planned variants into the output folder: LibreOffice renderings in one batch
 * per target, everything else as separate jobs a few at a time (scans are the slow ones),
 * and each variant's expected records beside it.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { bundlePdf } from './bundleRendering.js';
import { convertBatch, type OfficeTarget } from './officeRenderings.js';
import type { PlannedVariant } from './planVariants.js';
import { requireTool, runTool } from './runTool.js';
import { scanPdf, type ScanParams } from './scanRendering.js';
import { sitePage, type SitePageParams } from './sitePage.js';
import { pdftotextExport } from './textRenderings.js';

const DIRECT_OFFICE: readonly OfficeTarget[] = ['lo-pdf', 'doc', 'odt', 'rtf'];
const NEEDS_HTML = new Set(['html', 'site-html', 'html-pdf']);

export interface MakeResult {
  made: PlannedVariant[];
  failed: Array<{ file: string; error: string }>;
}

/** `onMade` hears of each variant as it is written (the caller keeps the manifest current). */
export async function makeVariants(out: string, todo: readonly PlannedVariant[], log: (line: string) => void, onMade: (v: PlannedVariant) => void = () => undefined): Promise<MakeResult> {
  const made: PlannedVariant[] = [];
  const failed: MakeResult['failed'] = [];
  const work = join(out, '.work');
  mkdirSync(work, { recursive: true });
  const attempt = async (items: readonly PlannedVariant[], make: () => Promise<void>): Promise<void> => {
    try {
      await make();
      for (const v of items) {
        writeFileSync(join(out, v.entry.expected), `${JSON.stringify(v.expected, null, 1)}\n`);
        made.push(v);
        onMade(v);
        log(`made ${v.entry.file}`);
      }
    } catch (error) {
      for (const v of items) failed.push({ file: v.entry.file, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const ofKind = (id: string): PlannedVariant[] => todo.filter((v) => v.kind.id === id);

  // The HTML LibreOffice saves is both a rendering and the input of two others.
  const htmlSources = [...new Map(todo.filter((v) => NEEDS_HTML.has(v.kind.id)).map((v) => [v.samples[0]!.name, v.samples[0]!])).values()];
  const htmlOf = (name: string): string => join(work, `${name}.html`);
  await attempt([], () => convertBatch('html', htmlSources.map((s) => ({ input: s.docx!, output: htmlOf(s.name) }))));
  for (const target of DIRECT_OFFICE) {
    const items = ofKind(target);
    await attempt(items, () => convertBatch(target, items.map((v) => ({ input: v.samples[0]!.docx!, output: join(out, v.entry.file) }))));
  }
  const htmlPdf = ofKind('html-pdf').filter((v) => existsSync(htmlOf(v.samples[0]!.name)));
  await attempt(htmlPdf, () => convertBatch('html-pdf', htmlPdf.map((v) => ({ input: htmlOf(v.samples[0]!.name), output: join(out, v.entry.file) }))));

  const single = todo.filter((v) => !DIRECT_OFFICE.includes(v.kind.id as OfficeTarget) && v.kind.id !== 'html-pdf');
  // Slowest first, so the pool does not end on one long scan.
  single.sort((a, b) => cost(b) - cost(a));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < single.length) {
      const v = single[next++]!;
      await attempt([v], () => makeOne(v, out, htmlOf));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return { made, failed };
}

function cost(v: PlannedVariant): number {
  const scan = v.kind.scan ? (v.entry.params as unknown as ScanParams) : null;
  return scan ? scan.skews.length * scan.dpi ** 2 : 1;
}

async function makeOne(v: PlannedVariant, out: string, htmlOf: (name: string) => string): Promise<void> {
  const target = join(out, v.entry.file);
  const sample = v.samples[0]!;
  const params = v.entry.params;
  switch (v.kind.family) {
    case 'word':
      if (v.kind.id === 'docx') return copyFileSync(sample.docx!, target);
      if (v.kind.id === 'html') return copyFileSync(htmlOf(sample.name), target);
      if (v.kind.id === 'site-html') {
        const title = String(sample.expected.records[0]?.eia.title ?? sample.name);
        return writeFileSync(target, sitePage(readFileSync(htmlOf(sample.name), 'utf8'), title, params as unknown as SitePageParams));
      }
      throw new Error(`no maker for ${v.kind.id}`);
    case 'pdf':
      if (v.kind.id === 'pdf') return copyFileSync(sample.pdf!, target);
      await runTool(requireTool('Ghostscript', 'gs'), [
        '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
        `-dPDFSETTINGS=${String(params.pdfSettings)}`, `-dCompatibilityLevel=${String(params.compatibilityLevel)}`,
        `-sOutputFile=${target}`, sample.pdf!,
      ]);
      return;
    case 'pdftotext': {
      const t = v.kind.text!;
      return writeFileSync(target, await pdftotextExport(sample.pdf!, t.mode, t.encoding, t.formFeeds));
    }
    case 'scan':
      return scanPdf(sample.pdf!, target, params as unknown as ScanParams);
    case 'bundle':
      return bundlePdf(v.bundle!, target);
  }
}
