/**
 * What a scan draws that the converter cares about, as a text page's operator list would
 * give it: rulings found in the bitmap become Segments, and table cells whose background is
 * clearly darker than the paper become Fills (shaded header and label cells).
 *
 * Output positions are PDF user-space points, origin bottom-left, y up; input pixels have
 * their origin top-left, y down.
 */
import { findTableGrids } from '../tableGrid.js';
import type { Fill, PageGraphics, Segment } from '../types.js';
import type { PixelRuling } from './findRulings.js';
import { medianGray, type GrayImage } from './grayImage.js';
import type { PixelFrame } from './pixelFrame.js';

/** A cell is shaded when its background is at least this many gray levels darker than the page's paper. */
const SHADE_STEP = 14;
/** Cell edges are kept out of the background sample by this much (points): rulings and their blur. */
const CELL_INSET = 2.5;

export function scanGraphics(rulings: readonly PixelRuling[], image: GrayImage, frame: PixelFrame): PageGraphics {
  const segments = rulings.map((r) => toSegment(r, frame));
  return { segments, fills: shadedCells(segments, image, frame) };
}

/** A pixel ruling as a Segment; pixel centres lie half a pixel in from their top-left corner. */
export function toSegment(r: PixelRuling, frame: PixelFrame): Segment {
  const centre = r.pos + 0.5;
  const [ax, ay] = r.orientation === 'h' ? frame.toPdf(r.from, centre) : frame.toPdf(centre, r.from);
  const [bx, by] = r.orientation === 'h' ? frame.toPdf(r.to, centre) : frame.toPdf(centre, r.to);
  // On a page with /Rotate 90 or 270 a row of pixels is a column of the page: decide in user space.
  const horizontal = Math.abs(bx - ax) >= Math.abs(by - ay);
  return horizontal
    ? { orientation: 'h', pos: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx), width: r.thickness / frame.scale }
    : { orientation: 'v', pos: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by), width: r.thickness / frame.scale };
}

/** Fills for the grid cells whose background (median gray, text being a minority of pixels) is darker than the paper. */
function shadedCells(segments: readonly Segment[], image: GrayImage, frame: PixelFrame): Fill[] {
  const paper = medianGray(image, 0, 0, image.width, image.height);
  const fills: Fill[] = [];
  for (const grid of findTableGrids(segments)) {
    for (const cell of grid.cells) {
      const { x0, y0, x1, y1 } = cell.rect;
      if (x1 - x0 <= 2 * CELL_INSET || y1 - y0 <= 2 * CELL_INSET) continue;
      const [px0, py0] = frame.toPixel(x0 + CELL_INSET, y1 - CELL_INSET);
      const [px1, py1] = frame.toPixel(x1 - CELL_INSET, y0 + CELL_INSET);
      const background = medianGray(image, Math.min(px0, px1), Math.min(py0, py1), Math.max(px0, px1), Math.max(py0, py1));
      if (background > paper - SHADE_STEP) continue;
      const hex = background.toString(16).padStart(2, '0');
      fills.push({ x0, y0, x1, y1, color: `#${hex}${hex}${hex}` });
    }
  }
  return fills;
}
