/**
 * Renders a PDF page with pdf.js onto an @napi-rs/canvas canvas (the canvas package pdf.js
 * itself uses in Node) and returns it as a grayscale bitmap, with the frame that maps its
 * pixels back to PDF user space (points, origin bottom-left).
 */
import { createCanvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { grayFromRgba, type GrayImage } from './grayImage.js';
import { pixelFrame, type PixelFrame } from './pixelFrame.js';

/** The canvas type pdf.js's render() declares (a DOM canvas, in its types). */
type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas'];

export interface RenderedPage {
  /** Grayscale pixels, origin top-left. */
  image: GrayImage;
  frame: PixelFrame;
}

/**
 * At most this many pixels are rendered: an A4 page at 200 dpi has 3.9 million, but a plan
 * or poster at A0 would have 62 million, 250 MB of RGBA outside the JavaScript heap's limits.
 * Bigger pages are rendered at a lower resolution.
 */
const MAX_PIXELS = 16_000_000;

/**
 * Renders `page` at `dpi` dots per inch, or less for a page bigger than MAX_PIXELS allows
 * (`frame.scale` tells: pixels per point). The canvas is released before returning: an A4
 * page at 300 dpi is 35 MB of RGBA, and a scanned document renders one page after another.
 */
export async function renderPageGray(page: PDFPageProxy, dpi: number): Promise<RenderedPage> {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const points = Math.max(1, Math.abs((x1 - x0) * (y1 - y0)));
  const scale = Math.min(dpi / 72, Math.sqrt(MAX_PIXELS / points));
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const canvas = createCanvas(width, height);
  try {
    const context = canvas.getContext('2d');
    // White first: pdf.js paints only what the page draws, and a transparent pixel reads as black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    // pdf.js's types name DOM canvases; @napi-rs/canvas is the Node canvas it is written against.
    const task = page.render({ canvas: canvas as unknown as RenderCanvas, viewport, background: '#ffffff' });
    await task.promise;
    const pixels = context.getImageData(0, 0, width, height);
    return { image: grayFromRgba(pixels.data, width, height), frame: pixelFrame(viewport.transform, scale) };
  } finally {
    // Zero size frees the native bitmap now rather than whenever the garbage collector runs.
    canvas.width = 0;
    canvas.height = 0;
  }
}
