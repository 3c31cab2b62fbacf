/**
 * `pdftotext -raw` text → paragraphs. Raw output is the PDF's text runs in content order,
 * one output line per baseline, with no blank lines and no columns: a form's label and its
 * answer come out on one line when they share a baseline ("EIA Author Name Joanne Melville"),
 * or on consecutive lines when the label wraps ("Name and role of officers" / "completing the
 * EIA" / "Ian Tomlinson"). Nothing in the text marks where a label ends, so each source line
 * stays its own paragraph (a label at its start then has the rest of the line, and the lines
 * after it, as its answer) except where a line plainly continues the one before: it starts
 * in lower case, or the line before ends in a hyphen, a comma or a word that cannot end a
 * sentence. Those are joined, so a wrapped answer reads as one paragraph.
 */
import type { Paragraph } from '../../model/layout.js';
import { ParagraphBuilder } from '../paragraphBuilder.js';
import { appendWrapped, LIST_MARKER } from './lineParagraphs.js';
import type { TextLine } from './textPages.js';

/**
 * A line left open: it ends in a comma, a hyphen or dash, an opening bracket, or a
 * lower-case word that cannot end a sentence or a label ("… the impact on", "… and").
 */
const OPEN_END = /(?:[,\-–(/&]|(?:^|\s)(?:and|or|of|the|a|an|to|in|for|with|on|by|from|at|as|is|are|be|that|which|who|their|its|our|this|these|not|than|into|under|over|between|including|such))$/;

/**
 * Blank lines per non-blank line below which a reading-order text is raw output. The
 * default reading order puts a blank line after every block (a fifth to a half of its
 * lines); raw output has none inside a page.
 */
export const RAW_BLANK_SHARE = 0.05;

/**
 * The longest line raw output has: one baseline of a page (an A4 page of 10-point text is
 * about 110 characters). Text with longer lines was written a paragraph to a line, and is
 * not read as text runs.
 */
export const MAX_RAW_LINE = 150;
/** Too few lines to tell raw output from a short reading-order text. */
export const MIN_RAW_LINES = 10;

/** Whether a reading-order text is `-raw` output: lines a page wide, next to no blank lines inside its pages. */
export function isRawText(lines: readonly TextLine[]): boolean {
  if (lines.some((l) => l.text.trim().length > MAX_RAW_LINE)) return false;
  let nonBlank = 0;
  let blank = 0;
  let pendingBlank = 0;
  let page = -1;
  for (const l of lines) {
    if (l.page !== page) {
      page = l.page;
      pendingBlank = 0;
    }
    if (!l.text.trim()) {
      // Counted only when text follows on the same page: a page's trailing blank lines say nothing.
      if (nonBlank > 0) pendingBlank++;
      continue;
    }
    blank += pendingBlank;
    pendingBlank = 0;
    nonBlank++;
  }
  return nonBlank >= MIN_RAW_LINES && blank / nonBlank < RAW_BLANK_SHARE;
}

export function rawTextToParagraphs(lines: readonly TextLine[], vocabulary: ReadonlySet<string>): Paragraph[] {
  const out: Paragraph[] = [];
  let current: { b: ParagraphBuilder; page: number; marker?: string } | null = null;
  let previous = '';
  const flush = (): void => {
    if (current && !current.b.isEmpty) {
      out.push(current.marker ? current.b.build({ role: 'list-item', marker: current.marker, page: current.page, level: 0 }) : current.b.build({ page: current.page }));
    }
    current = null;
  };
  for (const line of splitListStarts(lines)) {
    const text = line.text.trim();
    if (!text) {
      flush();
      previous = '';
      continue;
    }
    const marker = LIST_MARKER.exec(text);
    if (current && !marker && continuesLine(previous, text)) {
      // The joined line may still open with a label: remember where it began.
      if (!/\p{L}-$/u.test(current.b.currentText.slice(-2))) current.b.newLine();
      appendWrapped(current.b, text, vocabulary, previous.endsWith('\u00AD'));
    } else {
      flush();
      current = { b: new ParagraphBuilder(), page: line.page };
      if (marker && /^[•▪◦●○■□➢►✓*-]$/.test(marker[1]!)) {
        // A box or tick stays as written: on a form it is the answer ("■ Proceed").
        current.marker = /^[■□✓]$/.test(marker[1]!) ? marker[1]! : '•';
        current.b.add(text.slice(marker[0].length));
      } else {
        current.b.add(text);
      }
    }
    previous = text;
  }
  flush();
  return out;
}

/** A line continues the one before it: it starts in lower case, or the one before is left open. */
function continuesLine(previous: string, text: string): boolean {
  if (/^\p{Ll}/u.test(text)) return true;
  return OPEN_END.test(previous);
}

/** A numbered list opening mid-line ("Age 0-18 1. PN") whose next item starts the next line ("2. N"). */
const LIST_OPENS_MID_LINE = /^(.*\S)\s+((?:1|a|i)[.)]\s+\S.*)$/;
const SECOND_ITEM = /^(?:2|b|ii)[.)]\s/;

/**
 * A list is its own text run: where raw output put its first item on the line of the cell
 * before it (same baseline), the item is cut off onto a line of its own, so the list reads
 * as one block and the cell before it keeps only its own text.
 */
export function splitListStarts(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  lines.forEach((line, i) => {
    const m = LIST_OPENS_MID_LINE.exec(line.text.trim());
    const next = lines[i + 1]?.text.trim() ?? '';
    if (m && SECOND_ITEM.test(next) && !LIST_MARKER.test(line.text.trim())) {
      out.push({ page: line.page, text: m[1]! }, { page: line.page, text: m[2]! });
    } else {
      out.push(line);
    }
  });
  return out;
}
