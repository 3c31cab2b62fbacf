/**
 * Turns pdf.js text items into text runs with position, size and weight.
 *
 * pdf.js gives each item a transform whose translation is the run's origin on the baseline
 * (PDF user-space points, origin bottom-left) and whose vertical scale is the font size.
 * Whitespace-only items are not kept as runs: LibreOffice emits a " " item whose width spans
 * a whole tab stop or cell gap, which would smear across table cells. They only tell us that
 * a space separates their neighbours.
 */
import type { TextRun } from './types.js';

/** The parts of a pdf.js TextItem that we read. */
export interface RawTextItem {
  str: string;
  transform: readonly number[];
  width: number;
  fontName: string;
}

/** Font facts the converter needs; `name` is the PDF font name ("BAAAAA+LiberationSans-Bold"). */
export interface FontFacts {
  name?: string;
  bold?: boolean;
  black?: boolean;
}

/** Whether a font is bold: pdf.js's own flags, or the weight spelled in its name. */
export function isBoldFont(font: FontFacts | undefined): boolean {
  if (!font) return false;
  if (font.bold === true || font.black === true) return true;
  // Drop the subset prefix ("ABCDEF+") so that a tag which happens to spell "BOLD" cannot count.
  const name = (font.name ?? '').replace(/^[A-Z]{6}\+/, '');
  return /bold|black|heavy|semibold|demibold|extrabold/i.test(name);
}

/**
 * Builds runs from text items, in the order pdf.js gives them. `fontOf` looks up the font an
 * item names (pdf.js's commonObjs, filled in by getOperatorList).
 */
export function textRunsFromItems(items: readonly RawTextItem[], fontOf: (fontName: string) => FontFacts | undefined): TextRun[] {
  const runs: TextRun[] = [];
  const boldCache = new Map<string, boolean>();
  for (const item of items) {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    if (item.str.trim() === '') {
      // A separating space: remember it on the run before, if that run is on the same line.
      const prev = runs[runs.length - 1];
      if (item.str.length > 0 && prev && Math.abs(prev.baseline - f) < Math.max(1, prev.size * 0.3)) prev.spaceAfter = true;
      continue;
    }
    let bold = boldCache.get(item.fontName);
    if (bold === undefined) {
      bold = isBoldFont(fontOf(item.fontName));
      boldCache.set(item.fontName, bold);
    }
    // Vertical scale of the text matrix = font size; for unrotated text that is d.
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    const width = Math.abs(item.width);
    runs.push({
      text: item.str,
      x0: e,
      x1: e + width,
      baseline: f,
      size,
      bold,
      spaceAfter: /\s$/.test(item.str),
    });
  }
  return runs;
}
