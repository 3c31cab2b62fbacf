/**
 * One tesseract.js worker for a whole scanned document: English, LSTM engine, traineddata
 * read from the installed @tesseract.js-data/eng package (no network, no cache on disk).
 *
 * tesseract.js runs tesseract (WebAssembly) in a worker thread of its own, started here on
 * the first page and ended by `terminate()`, which callers must reach (try/finally) so that
 * no thread outlives the conversion. Starting one takes about half a second and 60 MB (the
 * English model loaded into WebAssembly), so a document's pages share one.
 *
 * Word boxes are in the recognised bitmap's pixel space: origin top-left, y down.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import Tesseract from 'tesseract.js';
import type { GrayImage } from './grayImage.js';

/** A box in pixels, origin top-left: x0 ≤ x1, y0 (top) ≤ y1 (bottom). */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrSymbol {
  text: string;
  box: PixelBox;
}

export interface OcrWord {
  text: string;
  /** Tesseract's confidence in the word, 0–100. */
  confidence: number;
  box: PixelBox;
  /** y of the word's line's baseline under the word's centre (pixels, y down). */
  baseline: number;
  /** Index of the line tesseract put the word on, counting from 0 in each image read. */
  line: number;
  /** Index of the paragraph (block of lines) tesseract put the word in, counting likewise. */
  paragraph: number;
  symbols: OcrSymbol[];
}

/**
 * Which traineddata: "4.0.0_best_int" (tessdata_best with integer weights) is what
 * tesseract.js itself loads for the LSTM engine; the package's "4.0.0" read the corpus scan
 * word for word the same, at the same speed.
 */
export const TRAINEDDATA = '4.0.0_best_int';
/** Tesseract's engine modes: 1 is LSTM only, the one the best_int data is trained for. */
export const LSTM_ONLY = 1;

export const TESSERACT_VERSION = `tesseract.js ${packageVersion('tesseract.js')}`;

/**
 * How tesseract lays out what it reads: 'page' finds columns and blocks itself (page
 * segmentation mode 3); 'block' takes the image as one block of text (mode 6), as a table
 * cell is.
 */
export type OcrLayout = 'page' | 'block';
export const PAGE_SEGMENTATION: Record<OcrLayout, string> = { page: '3', block: '6' };

export interface OcrEngine {
  /** Which engine and version read the pages (for the layout's meta). */
  readonly name: string;
  /** Starts the worker and loads the language data, failing if they cannot be (done by the first `recognise` otherwise). */
  start(): Promise<void>;
  /** Reads the words on a grayscale image rendered at `dpi`; line indexes count from 0 in each call. */
  recognise(image: GrayImage, dpi: number, layout: OcrLayout): Promise<OcrWord[]>;
  /** Reads several images alike (a page's table cells): one word list per image, as `recognise` gives it. */
  recogniseMany(images: readonly GrayImage[], dpi: number, layout: OcrLayout): Promise<OcrWord[][]>;
  /** Ends the worker thread, if one was started; safe to call more than once. */
  terminate(): Promise<void>;
}

/** An engine whose worker starts on the first `recognise`. */
export function createOcrEngine(): OcrEngine {
  let worker: Promise<Tesseract.Worker> | undefined;
  let ended = false;
  const start = (): Promise<Tesseract.Worker> => {
    if (ended) return Promise.reject(new Error('the OCR engine was terminated'));
    worker ??= Tesseract.createWorker('eng', LSTM_ONLY, {
      langPath: path.join(packageRoot('@tesseract.js-data/eng'), TRAINEDDATA),
      cacheMethod: 'none',
      gzip: true,
    });
    return worker;
  };
  const recognise = async (image: GrayImage, dpi: number, layout: OcrLayout): Promise<OcrWord[]> => {
    const w = await start();
    // Tell tesseract the resolution: it cannot read one from a PGM and would guess from glyph sizes.
    await w.setParameters({ user_defined_dpi: String(Math.round(dpi)), tessedit_pageseg_mode: PAGE_SEGMENTATION[layout] as Tesseract.PSM });
    const result = await w.recognize(encodePgm(image), {}, { blocks: true, text: false });
    return wordsOf(result.data);
  };
  return {
    name: TESSERACT_VERSION,
    async start() {
      await start();
    },
    recognise,
    async recogniseMany(images, dpi, layout) {
      const out: OcrWord[][] = [];
      for (const image of images) out.push(await recognise(image, dpi, layout));
      return out;
    },
    async terminate() {
      ended = true;
      const pending = worker;
      worker = undefined;
      if (!pending) return;
      // A worker that failed to start has nothing to end.
      const w = await pending.catch(() => undefined);
      await w?.terminate();
    },
  };
}

/**
 * Binary PGM ("P5"): a 15-byte header and the raw pixels, which leptonica (tesseract's image
 * library) reads without decoding; PNG would cost a compression round trip per page.
 */
export function encodePgm(image: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1');
  return Buffer.concat([header, image.data]);
}

function wordsOf(page: Tesseract.Page): OcrWord[] {
  const out: OcrWord[] = [];
  let lineIndex = 0;
  let paragraphIndex = -1;
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      paragraphIndex++;
      for (const line of paragraph.lines) {
        const b = line.baseline;
        const slope = b.x1 !== b.x0 ? (b.y1 - b.y0) / (b.x1 - b.x0) : 0;
        for (const word of line.words) {
          const text = word.text.trim();
          if (text === '') continue;
          const box = toBox(word.bbox);
          out.push({
            text,
            confidence: word.confidence,
            box,
            baseline: b.y0 + slope * ((box.x0 + box.x1) / 2 - b.x0),
            line: lineIndex,
            paragraph: paragraphIndex,
            symbols: word.symbols.map((s) => ({ text: s.text, box: toBox(s.bbox) })),
          });
        }
        lineIndex++;
      }
    }
  }
  return out;
}

function toBox(b: Tesseract.Bbox): PixelBox {
  return { x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 };
}

export function packageRoot(name: string): string {
  return path.dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

function packageVersion(name: string): string {
  const pkg: unknown = createRequire(import.meta.url)(`${name}/package.json`);
  const version = pkg !== null && typeof pkg === 'object' && 'version' in pkg ? pkg.version : undefined;
  return typeof version === 'string' ? version : 'unknown';
}
