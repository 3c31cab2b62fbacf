/**
 * Reads the lines and filled rectangles a page draws from its pdf.js operator list.
 *
 * pdf.js reports path coordinates in the current transformation matrix, so we replay
 * `save`/`restore`/`transform` (and form XObjects, which bring their own matrix) to bring
 * every point into page space: PDF user-space points, origin bottom-left.
 *
 * Paths arrive as `OPS.constructPath` with args `[drawOp, [Float32Array path], minMax]`, the
 * path being a flat list of commands: moveTo=0 (x y), lineTo=1 (x y), curveTo=2 (6 numbers),
 * quadraticCurveTo=3 (4 numbers), closePath=4. pdf.js does not export these codes.
 */
import { IDENTITY, applyMatrix, matrixScale, multiply, type Matrix } from './geometry.js';
import type { Pdfjs } from './pdfjsRuntime.js';
import type { Fill, PageGraphics, Segment } from './types.js';

/** pdf.js's operator codes (its exported OPS table). */
export type OperatorCodes = Pdfjs['OPS'];

const PATH_MOVE_TO = 0;
const PATH_LINE_TO = 1;
const PATH_CURVE_TO = 2;
const PATH_QUADRATIC_CURVE_TO = 3;
const PATH_CLOSE = 4;

/** A filled rectangle no thicker than this (points) is a drawn line, e.g. a border Word exports as a fill. */
export const THIN_FILL_MAX = 2;
/** Straight edges that deviate less than this (points) from horizontal or vertical count as axis-aligned. */
const AXIS_TOLERANCE = 0.6;
/** Shorter edges are dots, dashes or glyph fragments, not rulings. */
const MIN_SEGMENT_LENGTH = 1;

interface GraphicsState {
  ctm: Matrix;
  lineWidth: number;
  fillColor: string;
  strokeColor: string;
}

interface SubPath {
  points: Array<[number, number]>;
  closed: boolean;
  curved: boolean;
}

/** Replays an operator list (fnArray/argsArray as pdf.js returns them) and collects rulings and fills. */
export function pageGraphics(fnArray: readonly number[], argsArray: readonly unknown[], OPS: OperatorCodes): PageGraphics {
  const segments: Segment[] = [];
  const fills: Fill[] = [];
  const seenFills = new Set<string>();
  let state: GraphicsState = { ctm: IDENTITY, lineWidth: 1, fillColor: '#000000', strokeColor: '#000000' };
  const stack: GraphicsState[] = [];

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    switch (fn) {
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform: {
        const m = asMatrix(args);
        if (m) state.ctm = multiply(m, state.ctm);
        break;
      }
      case OPS.paintFormXObjectBegin: {
        // A form XObject draws in its own matrix, undone at its end.
        stack.push({ ...state });
        const m = Array.isArray(args) ? asMatrix(args[0]) : undefined;
        if (m) state.ctm = multiply(m, state.ctm);
        break;
      }
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.setLineWidth:
        if (Array.isArray(args) && typeof args[0] === 'number') state.lineWidth = args[0];
        break;
      case OPS.setGState:
        readLineWidthFromGState(args, state);
        break;
      case OPS.setFillRGBColor:
        state.fillColor = colorArg(args);
        break;
      case OPS.setStrokeRGBColor:
        state.strokeColor = colorArg(args);
        break;
      case OPS.setFillTransparent:
        state.fillColor = 'transparent';
        break;
      case OPS.setStrokeTransparent:
        state.strokeColor = 'transparent';
        break;
      case OPS.constructPath: {
        if (!Array.isArray(args)) break;
        const drawOp: unknown = args[0];
        const subPaths = readPath(args[1], state.ctm);
        if (typeof drawOp !== 'number' || subPaths.length === 0) break;
        if (strokes(drawOp, OPS) && isVisible(state.strokeColor)) {
          const width = Math.max(0.1, state.lineWidth * matrixScale(state.ctm));
          for (const sub of subPaths) if (!sub.curved) strokeSegments(sub, width, segments);
        }
        if (fillsPath(drawOp, OPS) && isVisible(state.fillColor)) {
          for (const sub of subPaths) if (!sub.curved) fillRectangle(sub, state.fillColor, segments, fills, seenFills);
        }
        break;
      }
      default:
        break;
    }
  }
  return { segments, fills };
}

function strokes(op: number, OPS: OperatorCodes): boolean {
  return (
    op === OPS.stroke ||
    op === OPS.closeStroke ||
    op === OPS.fillStroke ||
    op === OPS.eoFillStroke ||
    op === OPS.closeFillStroke ||
    op === OPS.closeEOFillStroke
  );
}

function fillsPath(op: number, OPS: OperatorCodes): boolean {
  return (
    op === OPS.fill ||
    op === OPS.eoFill ||
    op === OPS.fillStroke ||
    op === OPS.eoFillStroke ||
    op === OPS.closeFillStroke ||
    op === OPS.closeEOFillStroke
  );
}

/** White (or nearly) and transparent paint leaves nothing visible on a white page. */
export function isVisible(color: string): boolean {
  if (color === 'transparent') return false;
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return true;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? 'ff', 16));
  return Math.min(r ?? 255, g ?? 255, b ?? 255) < 248;
}

function colorArg(args: unknown): string {
  if (Array.isArray(args) && typeof args[0] === 'string') return args[0];
  return '#000000';
}

function asMatrix(value: unknown): Matrix | undefined {
  if (value === null || typeof value !== 'object' || !('length' in value)) return undefined;
  const arr = Array.from(value as ArrayLike<unknown>);
  if (arr.length !== 6 || !arr.every((v) => typeof v === 'number' && Number.isFinite(v))) return undefined;
  return arr as Matrix;
}

function readLineWidthFromGState(args: unknown, state: GraphicsState): void {
  if (!Array.isArray(args) || !Array.isArray(args[0])) return;
  for (const entry of args[0] as unknown[]) {
    if (Array.isArray(entry) && entry[0] === 'LW' && typeof entry[1] === 'number') state.lineWidth = entry[1];
  }
}

/** Decodes pdf.js's flat path commands into page-space sub-paths. */
function readPath(raw: unknown, ctm: Matrix): SubPath[] {
  const data = Array.isArray(raw) ? raw[0] : raw;
  if (data === null || typeof data !== 'object' || !('length' in data)) return [];
  const cmds = data as ArrayLike<number>;
  const subPaths: SubPath[] = [];
  let current: SubPath | undefined;
  const point = (k: number): [number, number] => applyMatrix(ctm, cmds[k] ?? 0, cmds[k + 1] ?? 0);
  for (let k = 0; k < cmds.length; ) {
    const cmd = cmds[k];
    if (cmd === PATH_MOVE_TO) {
      current = { points: [point(k + 1)], closed: false, curved: false };
      subPaths.push(current);
      k += 3;
    } else if (cmd === PATH_LINE_TO) {
      current?.points.push(point(k + 1));
      k += 3;
    } else if (cmd === PATH_CURVE_TO) {
      if (current) {
        current.curved = true;
        current.points.push(point(k + 5));
      }
      k += 7;
    } else if (cmd === PATH_QUADRATIC_CURVE_TO) {
      if (current) {
        current.curved = true;
        current.points.push(point(k + 3));
      }
      k += 5;
    } else if (cmd === PATH_CLOSE) {
      if (current) current.closed = true;
      k += 1;
    } else {
      break; // an unknown command: the rest cannot be decoded reliably
    }
  }
  return subPaths;
}

function strokeSegments(sub: SubPath, width: number, out: Segment[]): void {
  const pts = sub.points;
  const edges = pts.length - 1 + (sub.closed ? 1 : 0);
  for (let i = 0; i < edges; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    if (!a || !b) continue;
    const segment = axisSegment(a, b, width);
    if (segment) out.push(segment);
  }
}

function axisSegment(a: [number, number], b: [number, number], width: number): Segment | undefined {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < AXIS_TOLERANCE && dx >= MIN_SEGMENT_LENGTH) {
    return { orientation: 'h', pos: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]), width };
  }
  if (dx < AXIS_TOLERANCE && dy >= MIN_SEGMENT_LENGTH) {
    return { orientation: 'v', pos: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]), width };
  }
  return undefined;
}

/**
 * A filled axis-aligned rectangle becomes a ruling when thin, else a fill (shading). Other
 * filled shapes (glyph outlines, logos, rotated boxes) are ignored.
 */
function fillRectangle(sub: SubPath, color: string, segments: Segment[], fills: Fill[], seen: Set<string>): void {
  const pts = sub.points;
  if (pts.length < 4 || pts.length > 5) return;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const onCorner = pts.every(
    ([x, y]) => (Math.abs(x - x0) < AXIS_TOLERANCE || Math.abs(x - x1) < AXIS_TOLERANCE) && (Math.abs(y - y0) < AXIS_TOLERANCE || Math.abs(y - y1) < AXIS_TOLERANCE),
  );
  if (!onCorner) return;
  const w = x1 - x0;
  const h = y1 - y0;
  if (Math.max(w, h) < MIN_SEGMENT_LENGTH) return;
  if (Math.min(w, h) <= THIN_FILL_MAX) {
    segments.push(
      w >= h
        ? { orientation: 'h', pos: (y0 + y1) / 2, from: x0, to: x1, width: Math.max(h, 0.1) }
        : { orientation: 'v', pos: (x0 + x1) / 2, from: y0, to: y1, width: Math.max(w, 0.1) },
    );
    return;
  }
  // LibreOffice paints each cell background twice; keep one.
  const key = [x0, y0, x1, y1].map((v) => v.toFixed(1)).join(',') + color;
  if (seen.has(key)) return;
  seen.add(key);
  fills.push({ x0, y0, x1, y1, color });
}
