/**
 * OCRs a levelled page region by region: each table cell on its own, then the page with its
 * tables blanked out. Read as one page, tesseract joins the lines of neighbouring cells that
 * share a baseline into one line: it fits one baseline across them, misreads words where a
 * bold label meets regular text, and runs a cell's words into the next cell's. A cell read on
 * its own is one block of text (page segmentation mode 6).
 *
 * Pixel space: origin top-left, y down. The words come back in the page's pixel space, their
 * line indexes unique over the page.
 */
import type { Rect } from '../geometry.js';
import type { TableGrid } from '../types.js';
import type { GrayImage } from './grayImage.js';
import type { PixelFrame } from './pixelFrame.js';
import type { OcrEngine, OcrWord } from './tesseractEngine.js';

/** A pixel rectangle: [x0, y0) to [x1, y1), origin top-left. */
interface PixelRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Pixels darker than this count as ink when deciding whether a cell is worth reading. */
const INK = 128;
/** A cell with fewer ink pixels than this holds no text (specks, the end of a ruling). */
const MIN_INK_PIXELS = 12;

export async function readRegions(image: GrayImage, grids: readonly TableGrid[], frame: PixelFrame, engine: OcrEngine): Promise<OcrWord[]> {
  const dpi = frame.scale * 72;
  // Cells lose the rulings' width and a little more, so their borders' remains stay out.
  const inset = Math.max(2, Math.round(1.5 * frame.scale));
  const cells = grids.flatMap((g) => g.cells.map((c) => shrink(toPixels(c.rect, frame), inset)));
  const words: OcrWord[] = [];
  let lines = 0;
  let paragraphs = 0;
  const add = (found: readonly OcrWord[], dx: number, dy: number): void => {
    for (const w of found) words.push(shift(w, dx, dy, lines, paragraphs));
    lines += Math.max(0, ...found.map((w) => w.line + 1));
    paragraphs += Math.max(0, ...found.map((w) => w.paragraph + 1));
  };
  const crops = cells.filter((c) => c.x1 - c.x0 >= 4 && c.y1 - c.y0 >= 4).map((cell) => ({ cell, crop: cropImage(image, cell) })).filter(({ crop }) => inkPixels(crop) >= MIN_INK_PIXELS);
  const found = await engine.recogniseMany(crops.map((c) => c.crop), dpi, 'block');
  crops.forEach(({ cell }, i) => add(found[i] ?? [], cell.x0, cell.y0));
  const rest = blankOut(image, grids.map((g) => toPixels(g.rect, frame)));
  add(await engine.recognise(rest, dpi, 'page'), 0, 0);
  return words;
}

function toPixels(r: Rect, frame: PixelFrame): PixelRect {
  const [ax, ay] = frame.toPixel(r.x0, r.y0);
  const [bx, by] = frame.toPixel(r.x1, r.y1);
  return { x0: Math.round(Math.min(ax, bx)), y0: Math.round(Math.min(ay, by)), x1: Math.round(Math.max(ax, bx)), y1: Math.round(Math.max(ay, by)) };
}

function shrink(r: PixelRect, by: number): PixelRect {
  return { x0: r.x0 + by, y0: r.y0 + by, x1: r.x1 - by, y1: r.y1 - by };
}

/** The part of `image` inside `r` (clipped to the image), as an image of its own. */
export function cropImage(image: GrayImage, r: PixelRect): GrayImage {
  const x0 = Math.max(0, r.x0);
  const y0 = Math.max(0, r.y0);
  const width = Math.max(0, Math.min(image.width, r.x1) - x0);
  const height = Math.max(0, Math.min(image.height, r.y1) - y0);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(image.data.subarray((y0 + y) * image.width + x0, (y0 + y) * image.width + x0 + width), y * width);
  return { width, height, data };
}

/** A copy of `image` with the rectangles painted white. */
function blankOut(image: GrayImage, rects: readonly PixelRect[]): GrayImage {
  const data = new Uint8Array(image.data);
  for (const r of rects) {
    const x0 = Math.max(0, r.x0);
    const x1 = Math.min(image.width, r.x1 + 1);
    for (let y = Math.max(0, r.y0); y <= Math.min(image.height - 1, r.y1); y++) data.fill(255, y * image.width + x0, y * image.width + x1);
  }
  return { width: image.width, height: image.height, data };
}

function inkPixels(image: GrayImage): number {
  let n = 0;
  for (const v of image.data) if (v < INK) n++;
  return n;
}

function shift(w: OcrWord, dx: number, dy: number, lineOffset: number, paragraphOffset: number): OcrWord {
  const move = <T extends { x0: number; y0: number; x1: number; y1: number }>(b: T): T => ({ ...b, x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0 + dy, y1: b.y1 + dy });
  return { ...w, box: move(w.box), baseline: w.baseline + dy, line: w.line + lineOffset, paragraph: w.paragraph + paragraphOffset, symbols: w.symbols.map((s) => ({ ...s, box: move(s.box) })) };
}
