/**
 * The native `tesseract` CLI (Debian's tesseract-ocr) as an OcrEngine, for machines that have
 * it: the same LSTM model tesseract.js loads (the @tesseract.js-data/eng best_int traineddata,
 * unpacked once into the temp folder), the same page segmentation modes and resolution, read
 * back from hOCR with every symbol's box (hocr.ts), so both engines hand the converter the
 * same words and it builds the same layout. A page's table cells go to one process as a list
 * of images: starting tesseract and loading the model costs more than reading a cell.
 *
 * Each run has its own temp folder, removed afterwards, and a time limit.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { GrayImage } from './grayImage.js';
import { parseHocr } from './hocr.js';
import { encodePgm, LSTM_ONLY, packageRoot, PAGE_SEGMENTATION, TRAINEDDATA, type OcrEngine, type OcrLayout, type OcrWord } from './tesseractEngine.js';

/** One run's time limit: a page's cells at about 0.1 s each, with room for a loaded machine. */
const TIMEOUT_MS = 300_000;

const versions = new Map<string, string | undefined>();

/**
 * The `tesseract` binary's version line ("tesseract 5.3.0"), or undefined when it cannot be
 * run; asked once per binary and thread (every scanned document's OCR wants it).
 */
export function nativeTesseractVersion(binary = 'tesseract'): string | undefined {
  if (!versions.has(binary)) {
    try {
      const out = execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
      versions.set(binary, /tesseract\s+\S+/.exec(out)?.[0]);
    } catch {
      versions.set(binary, undefined);
    }
  }
  return versions.get(binary);
}

/** Whether this machine has a native tesseract that reads LSTM models (4.0 or later): `auto` OCR settings then use it. */
export function nativeTesseractInstalled(): boolean {
  return Number(/tesseract\s+v?(\d+)/.exec(nativeTesseractVersion() ?? '')?.[1] ?? 0) >= 4;
}

export function createNativeEngine(binary = 'tesseract'): OcrEngine {
  const version = nativeTesseractVersion(binary);
  let ended = false;
  const run = async (images: readonly GrayImage[], dpi: number, layout: OcrLayout): Promise<OcrWord[][]> => {
    if (ended) throw new Error('the OCR engine was terminated');
    if (!version) throw new Error(`the tesseract CLI (${binary}) cannot be run`);
    if (images.length === 0) return [];
    const work = mkdtempSync(path.join(tmpdir(), 'eia-tesseract-'));
    try {
      const files = images.map((image, i) => {
        const file = path.join(work, `${i}.pgm`);
        writeFileSync(file, encodePgm(image));
        return file;
      });
      const list = path.join(work, 'images.txt');
      writeFileSync(list, `${files.join('\n')}\n`);
      const args = [list, 'stdout', '--tessdata-dir', tessdataDir(), '-l', 'eng', '--oem', String(LSTM_ONLY), '--psm', PAGE_SEGMENTATION[layout], '--dpi', String(Math.round(dpi)), '-c', 'tessedit_create_hocr=1', '-c', 'hocr_char_boxes=1'];
      const hocr = await new Promise<string>((resolve, reject) => {
        execFile(binary, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: TIMEOUT_MS, env: { ...process.env, OMP_THREAD_LIMIT: '1' } }, (error, stdout, stderr) => {
          if (error) reject(new Error(`tesseract failed: ${stderr.trim().split('\n').pop() ?? error.message}`));
          else resolve(stdout);
        });
      });
      const pages = parseHocr(hocr);
      if (pages.length !== images.length) throw new Error(`tesseract read ${pages.length} of ${images.length} images`);
      return pages;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };
  return {
    name: version ?? 'tesseract (not found)',
    async start() {
      if (!version) throw new Error(`the tesseract CLI (${binary}) cannot be run`);
      tessdataDir();
    },
    async recognise(image, dpi, layout) {
      return (await run([image], dpi, layout))[0] ?? [];
    },
    recogniseMany: run,
    async terminate() {
      ended = true;
    },
  };
}

/**
 * A folder holding tesseract.js's English model unpacked (the CLI cannot read it gzipped),
 * made once per machine and version: written beside, then renamed into place, so a process
 * never reads a half-written model.
 */
function tessdataDir(): string {
  const source = path.join(packageRoot('@tesseract.js-data/eng'), TRAINEDDATA, 'eng.traineddata.gz');
  const dir = path.join(tmpdir(), `eia-tessdata-${TRAINEDDATA}`);
  const model = path.join(dir, 'eng.traineddata');
  if (existsSync(model)) return dir;
  mkdirSync(dir, { recursive: true });
  const partial = `${model}.${process.pid}.part`;
  writeFileSync(partial, gunzipSync(readFileSync(source)));
  renameSync(partial, model);
  return dir;
}
