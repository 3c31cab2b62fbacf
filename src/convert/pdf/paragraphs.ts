/**
 * Builds paragraphs from the lines of one region: a table cell, or a page's text outside
 * tables. A new paragraph starts where
 *   - the gap to the previous line is clearly wider than the document's line spacing;
 *   - the font size changes;
 *   - a list marker opens the line ("•", "1.", "a)", …);
 *   - the indentation changes (a list item's continuation lines hang at its text, not its marker);
 *   - the previous line stopped short although the next word would have fitted after it
 *     (a paragraph end or a manual line break).
 * Outside tables, paragraphs set clearly larger than the body text are headings ranked by
 * size, and a short paragraph wholly in bold is a heading one level below those.
 *
 * Positions are PDF user-space points, origin bottom-left.
 */
import type { Paragraph } from '../../model/layout.js';
import { draftSpan } from '../finaliseLayout.js';
import { characterEdges } from './charPositions.js';
import { clusterValues, toBBox, unionRect } from './geometry.js';
import { joinLines, type StyledText } from './hyphenation.js';
import { markerKind, matchListMarker, type ListMarker } from './listMarkers.js';
import { headingLevelForSize, type Typography } from './typography.js';
import type { TextLine } from './types.js';

export interface ParagraphSettings {
  page: number;
  inTable: boolean;
  typography: Typography;
  vocabulary: ReadonlySet<string>;
  /** x (points) at which this region's lines wrap: the cell's inner right edge or the text's right margin. */
  wrapRight: number;
}

/** A gap this much wider than normal line spacing (as a share) separates paragraphs. */
const PARAGRAPH_GAP = 1.12;
/** Lines whose left edges differ by more than this (points) are differently indented. */
const INDENT_TOLERANCE = 3.5;
/** Sizes further apart than this (points) are different text styles. */
const SIZE_CHANGE = 1;
/**
 * A wholly bold paragraph longer than this is emphasised prose, not a heading. The same limit
 * as the Word converter's (src/convert/standaloneHeadings.ts), so both formats agree on which
 * bold question labels ("2.3 Will there be any potential impacts …?") are headings.
 */
const MAX_BOLD_HEADING_CHARS = 200;

interface Draft {
  lines: TextLine[];
  marker?: ListMarker;
  /** Where continuation lines of this paragraph start. */
  contX: number;
}

export function linesToParagraphs(lines: readonly TextLine[], settings: ParagraphSettings): Paragraph[] {
  const drafts: Draft[] = [];
  for (const line of lines) {
    const cur = drafts[drafts.length - 1];
    // Numbered headings ("2. Consideration of …") are headings, not list items.
    const headingSized = !settings.inTable && headingLevelForSize(settings.typography, line.size) !== undefined;
    const marker = headingSized ? undefined : matchListMarker(line.text);
    if (!cur || startsParagraph(cur, line, marker, settings)) {
      drafts.push({ lines: [line], ...(marker ? { marker } : {}), contX: marker ? textStartX(line, marker) : line.x0 });
      continue;
    }
    if (cur.lines.length === 1 && !cur.marker && line.x0 < cur.contX - INDENT_TOLERANCE) cur.contX = line.x0; // first-line indent
    cur.lines.push(line);
  }
  const markerXs = drafts.filter((d) => d.marker).map((d) => d.lines[0]?.x0 ?? 0);
  return drafts.map((d) => toParagraph(d, settings, markerXs));
}

function startsParagraph(cur: Draft, line: TextLine, marker: ListMarker | undefined, s: ParagraphSettings): boolean {
  const prev = cur.lines[cur.lines.length - 1];
  if (!prev) return true;
  const gap = prev.baseline - line.baseline;
  const normal = s.typography.lineSpacing * Math.max(prev.size, line.size);
  if (gap > normal * PARAGRAPH_GAP || gap < 0) return true;
  if (Math.abs(line.size - prev.size) > SIZE_CHANGE) return true;
  const forced = stoppedShort(prev, line, s.wrapRight);
  const sameList = cur.marker !== undefined && marker !== undefined && markerKind(cur.marker.marker) === markerKind(marker.marker);
  if (marker && (marker.strong || forced || sameList || /[.:;?!)]$/.test(prev.text))) return true;
  // Continuation lines sit at the paragraph's text edge; a first-line indent is allowed once.
  const firstLineIndent = cur.lines.length === 1 && !cur.marker && line.x0 < cur.contX;
  if (!firstLineIndent && Math.abs(line.x0 - cur.contX) > INDENT_TOLERANCE) return true;
  return forced;
}

/**
 * Whether the previous line ended early: the first word of the next line would have fitted
 * in the space left before the wrap edge, so the line was broken on purpose. Lines ending in
 * a hyphen were broken inside a word and never count.
 */
function stoppedShort(prev: TextLine, line: TextLine, wrapRight: number): boolean {
  if (/[-\u00ad\u2010]$/.test(prev.text)) return false;
  const first = line.runs[0];
  if (!first) return false;
  const word = /^\S+/.exec(first.text.trimStart())?.[0] ?? '';
  const lead = first.text.length - first.text.trimStart().length;
  const edges = characterEdges(first);
  const wordWidth = (edges[lead + word.length] ?? first.x1) - (edges[lead] ?? first.x0);
  const space = 0.28 * prev.size;
  return wrapRight - prev.x1 > wordWidth + space + 0.3 * prev.size;
}

/**
 * Whether `line` carries on a word that was too long for the column ("Resource" / "s"): the
 * previous line is one word that even the next line's first character would not have fitted
 * after, and the two halves make a word the document uses elsewhere. The vocabulary test
 * keeps "September" / "2025" apart, which look the same on the page.
 */
function continuesLongWord(prev: TextLine | undefined, line: TextLine, wrapRight: number, vocabulary: ReadonlySet<string>): boolean {
  if (!prev || /\s/.test(prev.text) || !/^\p{Ll}/u.test(line.text)) return false;
  const first = line.runs[0];
  if (!first) return false;
  const edges = characterEdges(first);
  const lead = first.text.length - first.text.trimStart().length;
  const charWidth = (edges[lead + 1] ?? first.x1) - (edges[lead] ?? first.x0);
  if (prev.x1 + charWidth <= wrapRight - 0.5) return false;
  const head = /\p{L}+$/u.exec(prev.text)?.[0] ?? '';
  const tail = /^\p{L}+/u.exec(line.text)?.[0] ?? '';
  return head !== '' && vocabulary.has((head + tail).toLowerCase());
}

/**
 * Where continuation lines of a list item start. Word lists hang the text at a tab stop after
 * the marker, and wrapped lines align with the text; a marker typed as text ("1. Replace …",
 * "- Foo") is followed by an ordinary space and wrapped lines return to the margin.
 */
function textStartX(line: TextLine, marker: ListMarker): number {
  const markerRun = line.runs[0];
  const next = line.runs[1];
  if (!markerRun || !next || markerRun.text.trim() !== marker.marker) return line.x0;
  const tabbed = next.x0 - markerRun.x1 > 0.6 * line.size;
  return tabbed ? next.x0 : line.x0;
}

function toParagraph(d: Draft, s: ParagraphSettings, markerXs: readonly number[]): Paragraph {
  const styled: StyledText[] = d.lines.map((l, i) => ({
    text: l.text,
    bold: l.bold,
    glue: i > 0 && continuesLongWord(d.lines[i - 1], l, s.wrapRight, s.vocabulary),
  }));
  const first = styled[0];
  if (d.marker && first) styled[0] = withMarker(first, d.marker);
  const { text, bold } = joinLines(styled, s.vocabulary);
  const box = unionRect(d.lines.map((l) => ({ x0: l.x0, y0: l.bottom, x1: l.x1, y1: l.top })));
  const span = draftSpan(s.page, box ? toBBox(box) : undefined);
  const boldPart = bold.length > 0 ? { bold } : {};
  if (d.marker) {
    const x = d.lines[0]?.x0 ?? 0;
    // Nesting depth: how many distinct marker indents in this region lie left of this one.
    const level = clusterValues(markerXs, INDENT_TOLERANCE).filter((mx) => mx < x - INDENT_TOLERANCE).length;
    return { type: 'paragraph', text, role: 'list-item', level, marker: d.marker.marker, ...boldPart, span };
  }
  if (!s.inTable) {
    const size = Math.max(...d.lines.map((l) => l.size));
    const sizeLevel = headingLevelForSize(s.typography, size);
    if (sizeLevel !== undefined) return { type: 'paragraph', text, role: 'heading', level: sizeLevel, ...boldPart, span };
    if (text.length <= MAX_BOLD_HEADING_CHARS && whollyBold(text, bold)) {
      return { type: 'paragraph', text, role: 'heading', level: s.typography.headingSizes.length + 1, ...boldPart, span };
    }
  }
  return { type: 'paragraph', text, role: 'body', ...boldPart, span };
}

/** The first line rewritten as "marker rest", with the marker normalised and bold offsets moved. */
function withMarker(line: StyledText, marker: ListMarker): StyledText {
  const prefix = `${marker.marker} `;
  const oldPrefix = line.text.length - marker.rest.length;
  const shift = prefix.length - oldPrefix;
  const bold = line.bold
    .map(([a, b]) => [a < oldPrefix ? (b <= oldPrefix ? a : prefix.length) : a + shift, b <= oldPrefix ? Math.min(b, prefix.length - 1) : b + shift] as [number, number])
    .filter(([a, b]) => b > a);
  return { text: prefix + marker.rest, bold };
}

/** Whether every letter and digit of the text lies in a bold range. */
export function whollyBold(text: string, bold: ReadonlyArray<readonly [number, number]>): boolean {
  if (bold.length === 0) return false;
  let plain = text;
  for (const [a, b] of bold) plain = plain.slice(0, a) + ' '.repeat(b - a) + plain.slice(b);
  return !/[\p{L}\p{N}]/u.test(plain);
}
