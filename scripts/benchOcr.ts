/**
 * OCR measured apart from ingest (called by `npm run bench`, or on its own):
 *
 *   node dist/scripts/benchOcr.js [--pages N] [FILE.pdf]
 *     throughput on the first N pages (default 3) of a scan (default: the corpus scan): the
 *     converter with the embedded tesseract.js, the converter with the native engine, and the
 *     plain `tesseract` CLI on the same page images (no levelling, no cells: its own page
 *     layout), in pages/s on one thread.
 *
 *   node dist/scripts/benchOcr.js --words DIR [--pages N]
 *     how often an OCR'd word is right, by tesseract's confidence, over the scans of a variants
 *     corpus (`npm run variants -- --kinds scan`): a word is right when it is printed on the
 *     same page of the source PDF (or a neighbouring one, for a cell carried across a break).
 *     This is the table src/extract/confidence/ocrWordConfidence.ts uses.
 *
 * Measures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONVERT_LIMITS } from '../src/convert/limits.js';
import { nativeTesseractVersion } from '../src/convert/pdf/ocr/nativeEngine.js';
import { DEFAULT_OCR_SETTINGS, type OcrSettings } from '../src/convert/pdf/ocr/ocrSettings.js';
import { pdfToLayout } from '../src/convert/pdf/pdfToLayout.js';
import type { Block, Layout, Paragraph } from '../src/model/layout.js';
import { readManifest } from './variants/manifest.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const pages = Number(opt('--pages') ?? 3);

/** The first `n` pages of a PDF as a PDF of their own (poppler's pdfseparate + pdfunite). */
function firstPages(pdf: string, n: number, work: string): Uint8Array {
  const dir = mkdtempSync(join(work, 'pages-'));
  execFileSync('pdfseparate', ['-f', '1', '-l', String(n), pdf, join(dir, 'p%03d.pdf')]);
  const parts = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
  if (parts.length === 1) return new Uint8Array(readFileSync(parts[0]!));
  execFileSync('pdfunite', [...parts, join(dir, 'all.pdf')]);
  return new Uint8Array(readFileSync(join(dir, 'all.pdf')));
}

async function convert(bytes: Uint8Array, engine: OcrSettings['engine']): Promise<Layout> {
  return pdfToLayout(bytes, DEFAULT_CONVERT_LIMITS, { ocr: { ...DEFAULT_OCR_SETTINGS, engine } });
}

async function throughput(file: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'eia-bench-ocr-'));
  try {
    const bytes = firstPages(file, pages, work);
    const n = Math.min(pages, Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? pages));
    const rows: Array<[string, number]> = [];
    const time = async (label: string, run: () => Promise<unknown> | unknown): Promise<void> => {
      const start = process.hrtime.bigint();
      await run();
      rows.push([label, Number(process.hrtime.bigint() - start) / 1e9]);
    };
    const native = nativeTesseractVersion();
    await time(`eia OCR, tesseract.js${native ? '' : ' (the default here)'}`, () => convert(bytes, 'tesseract.js'));
    if (native) {
      await time(`eia OCR, native ${native} (the default where installed)`, () => convert(bytes, 'native'));
      // The page images as the scanner stored them, read by the CLI as it comes.
      const images = mkdtempSync(join(work, 'images-'));
      execFileSync('pdfimages', ['-l', String(n), '-png', file, join(images, 'page')]);
      const pngs = readdirSync(images).filter((f) => f.endsWith('.png')).sort();
      await time(`plain ${native} CLI (psm 3, page images)`, () => {
        for (const png of pngs) execFileSync('tesseract', [join(images, png), 'stdout', '--oem', '1', '--psm', '3'], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
      });
    } else {
      console.log('(the tesseract CLI is not installed: apt-get install -y tesseract-ocr for the comparison)');
    }
    console.log(`\nOCR throughput, ${n} pages of ${file}`);
    for (const [label, seconds] of rows) console.log(`${label.padEnd(48)}${seconds.toFixed(1).padStart(8)} s${(n / seconds).toFixed(3).padStart(9)} pages/s`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Words for comparing OCR'd with typed text: one kind of quote and dash, no edge punctuation. */
function normal(word: string): string {
  return word.replace(/[‘’`]/g, "'").replace(/[–—]/g, '-').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function paragraphsOf(blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs))));
}

/** Confidence bins (upper bounds, 0–1) as ocrWordConfidence.ts's table has them. */
const BINS = [0.3, 0.5, 0.7, 0.8, 0.9, 1.01];

async function wordAccuracy(dir: string): Promise<void> {
  const manifest = readManifest(dir);
  if (!manifest) throw new Error(`no manifest.json in ${dir}`);
  const scans = manifest.entries.filter((e) => e.family === 'scan');
  const right = BINS.map(() => 0);
  const all = BINS.map(() => 0);
  const work = mkdtempSync(join(tmpdir(), 'eia-bench-words-'));
  try {
    for (const scan of scans) {
      const source = join(ROOT, 'samples', `${scan.sources[0]}.pdf`);
      const typed = await pdfToLayout(firstPages(source, pages, work), DEFAULT_CONVERT_LIMITS);
      const onPage = new Map<number, Set<string>>();
      for (const p of paragraphsOf(typed.blocks)) {
        const set = onPage.get(p.span.page ?? 0) ?? new Set<string>();
        for (const w of p.text.split(/\s+/)) set.add(normal(w));
        onPage.set(p.span.page ?? 0, set);
      }
      const read = await convert(firstPages(resolve(dir, scan.file), pages, work), 'tesseract.js');
      for (const p of paragraphsOf(read.blocks)) {
        const page = p.span.page ?? 0;
        for (const [start, end, confidence] of p.ocrWords ?? []) {
          const word = normal(p.text.slice(start, end));
          if (word === '') continue;
          const bin = BINS.findIndex((upTo) => confidence < upTo);
          all[bin] = (all[bin] ?? 0) + 1;
          if ([page - 1, page, page + 1].some((k) => onPage.get(k)?.has(word))) right[bin] = (right[bin] ?? 0) + 1;
        }
      }
      process.stderr.write(`benchOcr: ${scan.file}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nOCR'd words right, by tesseract confidence (${scans.length} scans, first ${pages} pages each)`);
  BINS.forEach((upTo, i) => {
    const from = i === 0 ? 0 : BINS[i - 1]!;
    const n = all[i] ?? 0;
    console.log(`confidence ${from.toFixed(2)}–${Math.min(1, upTo).toFixed(2)}${String(n).padStart(8)} words${(n > 0 ? (right[i] ?? 0) / n : NaN).toFixed(3).padStart(8)} right`);
  });
}

const wordsDir = opt('--words');
if (wordsDir) await wordAccuracy(resolve(wordsDir));
else await throughput(resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--pages') ?? join(ROOT, 'samples/bathnes-commissioning-2024-scan.pdf')));
