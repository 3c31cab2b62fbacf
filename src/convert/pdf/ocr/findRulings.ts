/**
 * Finds table rulings in a levelled, binarised scan: long, thin, straight runs of ink.
 *
 * Horizontal rulings are found row by row (vertical ones the same way on the transposed
 * image): runs of ink at least `minPiece` long are stacked into strokes across neighbouring
 * rows; strokes thicker than `maxThickness` are blots or bars, not rulings; collinear
 * strokes with small gaps between them (a border the JPEG noise broke) are joined; what is
 * at least `minLength` long is a ruling, unless it runs through ink (amidInk: bold letters
 * blurred into a bar) or is short and meets no long ruling (keepAnchored: letter strokes of
 * two text lines run together). A letter's own strokes are far shorter than `minPiece`.
 *
 * Pixel space: origin top-left, y down; all lengths here are pixels.
 */
import type { BinaryImage } from './grayImage.js';

export interface PixelRuling {
  orientation: 'h' | 'v';
  /** Centre line: y of a horizontal ruling, x of a vertical one (pixels). */
  pos: number;
  /** Extent along the ruling: x range of a horizontal one, y range of a vertical one; from ≤ to. */
  from: number;
  to: number;
  /** Number of pixel rows (columns, for a vertical ruling) the stroke covers. */
  thickness: number;
  /** The runs of ink the ruling is made of, for erasing it: [line, from, to) in the ruling's own orientation. */
  runs: Array<[number, number, number]>;
}

export interface RulingOptions {
  /** Shortest run of ink that can be part of a ruling. */
  minPiece: number;
  /** Shortest ruling. */
  minLength: number;
  /** Shortest ruling kept without meeting another (keepAnchored). */
  anchoredLength: number;
  /** Thickest stroke that is still a ruling. */
  maxThickness: number;
  /** Widest gap bridged inside a run of ink (a pale pixel in a blurred line). */
  maxGap: number;
  /** Widest gap between collinear strokes that are joined into one ruling. */
  joinGap: number;
  /** How far beyond a stroke's edge its sides are checked for ink (amidInk). */
  sideOffset: number;
}

/** A ruling's side rows may be inked for at most this share of its length (text touching a border). */
const MAX_SIDE_INK = 0.3;

/**
 * Options for a scan rendered at `scale` pixels per point: pieces of 8 pt, rulings of 16 pt
 * (40 pt standing alone), 2.5 pt thick at most, sides checked 1.5 pt out. The shortest table
 * border in the corpus, between two cells of a one-line row, is about 20 pt.
 */
export function rulingOptionsFor(scale: number): RulingOptions {
  return {
    minPiece: Math.round(8 * scale),
    minLength: Math.round(16 * scale),
    anchoredLength: Math.round(40 * scale),
    maxThickness: Math.max(3, Math.round(2.5 * scale)),
    maxGap: Math.max(1, Math.round(0.5 * scale)),
    joinGap: Math.round(3 * scale),
    sideOffset: Math.max(2, Math.round(1.5 * scale)),
  };
}

export function findRulings(image: BinaryImage, options: RulingOptions): PixelRuling[] {
  const horizontal = findHorizontal(image, options).map((r) => ({ ...r, orientation: 'h' as const }));
  const vertical = findHorizontal(transpose(image), options).map((r) => ({ ...r, orientation: 'v' as const }));
  return keepAnchored([...horizontal, ...vertical], options);
}

/**
 * Keeps long rulings, and short ones (under `anchoredLength`) only where they meet a long
 * ruling across them: the border between two cells of one table row is short but ends on the
 * row's borders, while an ascender that blurred into the descender above it stands alone.
 */
function keepAnchored(rulings: readonly PixelRuling[], o: RulingOptions): PixelRuling[] {
  const long = rulings.filter((r) => r.to - r.from >= o.anchoredLength);
  const meets = (a: PixelRuling, b: PixelRuling): boolean =>
    a.orientation !== b.orientation && b.pos >= a.from - o.joinGap && b.pos <= a.to + o.joinGap && a.pos >= b.from - o.joinGap && a.pos <= b.to + o.joinGap;
  return rulings.filter((r) => r.to - r.from >= o.anchoredLength || long.some((l) => meets(r, l)));
}

type Stroke = Omit<PixelRuling, 'orientation'>;

function findHorizontal(image: BinaryImage, o: RulingOptions): Stroke[] {
  const strokes: Array<Stroke & { last: number; weight: number; posSum: number }> = [];
  let open: typeof strokes = [];
  for (let y = 0; y < image.height; y++) {
    const runs = rowRuns(image, y, o);
    const stillOpen: typeof strokes = [];
    for (const [from, to] of runs) {
      // A run continues a stroke from the row above when they overlap for most of the shorter one.
      const stroke = open.find((s) => s.last >= y - 1 && overlap(s.from, s.to, from, to) >= 0.5 * Math.min(s.to - s.from, to - from));
      if (stroke) {
        stroke.from = Math.min(stroke.from, from);
        stroke.to = Math.max(stroke.to, to);
        stroke.last = y;
        stroke.posSum += y * (to - from);
        stroke.weight += to - from;
        stroke.runs.push([y, from, to]);
        if (!stillOpen.includes(stroke)) stillOpen.push(stroke);
      } else {
        const s = { pos: y, from, to, thickness: 1, runs: [[y, from, to] as [number, number, number]], last: y, weight: to - from, posSum: y * (to - from) };
        strokes.push(s);
        stillOpen.push(s);
      }
    }
    open = stillOpen;
  }
  const thin = strokes
    .map((s) => ({ pos: s.posSum / s.weight, from: s.from, to: s.to, thickness: new Set(s.runs.map((r) => r[0])).size, runs: s.runs }))
    .filter((s) => s.thickness <= o.maxThickness);
  return joinCollinear(thin, o).filter((s) => s.to - s.from >= o.minLength && !amidInk(image, s, o));
}

/**
 * Whether a stroke runs through ink rather than beside it: a pixel row a little beyond the
 * stroke, on either side, is inked for more than MAX_SIDE_INK of its length. Bold words that
 * blur together at the top of their x-height make such strokes, with the letters' bodies
 * just below; a table border has cell padding on both sides. (A strike-through also runs
 * through ink, and is given up with them: losing text to a false ruling would be worse.)
 */
function amidInk(image: BinaryImage, s: Stroke, o: RulingOptions): boolean {
  const offset = Math.ceil(s.thickness / 2) + o.sideOffset;
  const share = (y: number): number => {
    if (y < 0 || y >= image.height) return 0;
    let ink = 0;
    for (let x = s.from; x < s.to; x++) ink += image.ink[y * image.width + x] ?? 0;
    return ink / Math.max(1, s.to - s.from);
  };
  const centre = Math.round(s.pos);
  return share(centre - offset) > MAX_SIDE_INK || share(centre + offset) > MAX_SIDE_INK;
}

/** Runs of ink in row y at least minPiece long, bridging gaps of up to maxGap pixels: [from, to). */
function rowRuns(image: BinaryImage, y: number, o: RulingOptions): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const row = y * image.width;
  let start = -1;
  let lastInk = -1;
  for (let x = 0; x <= image.width; x++) {
    const ink = x < image.width && image.ink[row + x] === 1;
    if (ink) {
      if (start < 0) start = x;
      lastInk = x;
    } else if (start >= 0 && x - lastInk > o.maxGap) {
      if (lastInk + 1 - start >= o.minPiece) out.push([start, lastInk + 1]);
      start = -1;
    }
  }
  return out;
}

/**
 * Joins strokes on one line whose ends are at most joinGap apart. Strokes whose centres lie
 * within a pixel and a half of their neighbours' are one line: a ruling broken in one pixel
 * row but whole in the next comes out as a long stroke and short ones beside it.
 */
function joinCollinear(strokes: readonly Stroke[], o: RulingOptions): Stroke[] {
  const sorted = [...strokes].sort((a, b) => a.pos - b.pos);
  const out: Stroke[] = [];
  let bucket: Stroke[] = [];
  const flush = (): void => {
    let current: Stroke | undefined;
    for (const s of bucket.sort((a, b) => a.from - b.from)) {
      if (current && s.from <= current.to + o.joinGap) {
        const wc = current.to - current.from;
        const ws = s.to - s.from;
        current.pos = (current.pos * wc + s.pos * ws) / (wc + ws);
        current.to = Math.max(current.to, s.to);
        current.thickness = Math.max(current.thickness, s.thickness);
        current.runs.push(...s.runs);
        continue;
      }
      current = { ...s, runs: [...s.runs] };
      out.push(current);
    }
    bucket = [];
  };
  for (const s of sorted) {
    const last = bucket[bucket.length - 1];
    if (last && s.pos - last.pos > 1.5) flush();
    bucket.push(s);
  }
  flush();
  return out;
}

function transpose(image: BinaryImage): BinaryImage {
  const { width, height, ink } = image;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) out[x * height + y] = ink[row + x] ?? 0;
  }
  return { width: height, height: width, ink: out };
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}
