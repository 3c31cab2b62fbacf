/**
 * Wrapped lines → paragraphs, for text that lost its paragraph structure (pdftotext output,
 * cells of a layout-mode table). A paragraph ends where a list item starts, where the
 * indentation jumps, or where a short line ends a sentence. Line-end hyphens are undone:
 * "income-" + "banded" keeps its hyphen (compound words are the common case in council
 * prose), unless the document itself spells the word without one.
 */
import type { Paragraph } from '../../model/layout.js';
import { ParagraphBuilder, TAIL_CHARS } from '../paragraphBuilder.js';

export interface SourceLine {
  text: string;
  /** Leading spaces in the original line (layout-mode text); 0 when unknown. */
  indent: number;
  page: number | null;
}

/** A list marker at the start of a line: bullets, "1.", "1)", "a)", "(ii)". */
export const LIST_MARKER = /^([•▪◦●○■□➢►✓]|[*-](?=\s)|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s)|\([a-z]{1,4}\)(?=\s)|\(\d{1,2}\)(?=\s))\s*/i;
/** A line that is only one of LIST_MARKER's symbols (not "*" or "-", which also mean "nothing"). */
const BARE_MARK = /^[•▪◦●○■□➢►✓]$/;
const SENTENCE_END = /[.!?:;)\]"”’]$/;
/** A line shorter than this share of the widest line around it ends its paragraph (if it ends a sentence). */
const SHORT_LINE = 0.8;

export interface ParagraphOptions {
  /** Words the document spells without a hyphen, used to undo line-end hyphenation. */
  vocabulary?: ReadonlySet<string>;
  /**
   * Break paragraphs only at blank lines: list markers and short sentence ends stay inside
   * the paragraph. For reading-order exports, where a blank-line block is a whole table cell.
   */
  blankLinesOnly?: boolean;
  /**
   * A line that is only a marker symbol ("■", "✓") is text, not an empty list item: in a
   * grid's cell it is the mark a form was filled in with. For table cells.
   */
  bareMarksAsText?: boolean;
}

export function linesToParagraphs(lines: SourceLine[], options: ParagraphOptions = {}): Paragraph[] {
  const out: Paragraph[] = [];
  const width = Math.max(1, ...lines.map((l) => l.text.trim().length + l.indent));
  let current: { b: ParagraphBuilder; marker?: string; page: number | null; indent: number; textIndent: number } | null = null;
  let previous: SourceLine | null = null;

  const flush = (): void => {
    if (current && !current.b.isEmpty) {
      out.push(current.marker
        ? current.b.build({ role: 'list-item', marker: current.marker, page: current.page, level: 0 })
        : current.b.build({ page: current.page }));
    }
    current = null;
  };

  for (const line of lines) {
    const text = line.text.trim();
    if (!text) {
      flush();
      previous = null;
      continue;
    }
    const found: RegExpExecArray | null = options.blankLinesOnly && current !== null ? null : LIST_MARKER.exec(text);
    const marker: RegExpExecArray | null = found && options.bareMarksAsText && BARE_MARK.test(text) ? null : found;
    const startsNew =
      current === null ||
      marker !== null ||
      (previous !== null && !options.blankLinesOnly && (endsParagraph(previous, width) || endsNumberedHeading(previous, text, width))) ||
      indentBreak(current, line);
    if (startsNew) {
      flush();
      const body = marker ? text.slice(marker[0].length) : text;
      const markerText = marker?.[1];
      current = { b: new ParagraphBuilder(), page: line.page, indent: line.indent, textIndent: line.indent + (marker ? marker[0].length : 0) };
      if (markerText) current.marker = markerText === '*' || markerText === '-' ? markerText : normaliseMarker(markerText);
      current.b.add(body);
    } else if (current) {
      // Reading-order exports keep a label on its own line: remember where lines began.
      if (options.blankLinesOnly && !current.b.currentText.endsWith('-')) current.b.newLine();
      appendWrapped(current.b, text, options.vocabulary, previous?.text.trimEnd().endsWith('\u00AD') ?? false);
    }
    previous = line;
  }
  flush();
  return out;
}

/**
 * Bullet glyphs become "•"; a box or tick ("■", "□", "✓") stays as written, since on a form
 * it is an answer: "■ Proceed with the proposal" over "□ Do not proceed" is the ticked one.
 */
function normaliseMarker(marker: string): string {
  return /^[▪◦●○➢►]$/.test(marker) ? '•' : marker;
}

/** A numbered heading's own line: "7. Information and engagement used". */
const NUMBERED_LINE = /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{Lu}/u;
/** Words a wrapped line may end on in the middle of its sentence. */
const OPEN_END = /(?:[,;:–—-]|\b(?:and|or|the|of|to|for|with|in|on|a|an|by|from|its|their|your|our))$/i;

/**
 * A short numbered line with no full stop, then a line that opens with a capital: the form's
 * question or heading on its own line, its answer below ("7. Information and engagement used"
 * over "Scheme membership records, …"). A line that wrapped runs near the full width.
 */
function endsNumberedHeading(line: SourceLine, next: string, width: number): boolean {
  const text = line.text.trim();
  return NUMBERED_LINE.test(text) && !OPEN_END.test(text) && (line.indent + text.length) / width < 0.6 && /^\p{Lu}/u.test(next);
}

function endsParagraph(line: SourceLine, width: number): boolean {
  const text = line.text.trim();
  return SENTENCE_END.test(text) && (line.indent + text.length) / width < SHORT_LINE;
}

/** A line that starts left of the paragraph's text column begins something new. */
function indentBreak(current: { indent: number; textIndent: number; marker?: string }, line: SourceLine): boolean {
  if (line.indent === 0 && current.indent === 0) return false;
  if (current.marker) return line.indent + 1 < current.textIndent && line.indent <= current.indent;
  return Math.abs(line.indent - current.indent) > 3;
}

/** Joins a wrapped line onto a paragraph, undoing line-end hyphenation. */
export function appendWrapped(b: ParagraphBuilder, next: string, vocabulary?: ReadonlySet<string>, softHyphen = false): void {
  const text = b.currentText;
  // A soft hyphen (already dropped from the text) marks a word broken only by the line end.
  if (softHyphen) {
    b.append(next);
    return;
  }
  const hyphen = /([\p{L}]+)-$/u.exec(text.slice(-TAIL_CHARS));
  const nextWord = /^([\p{Ll}][\p{L}]*)/u.exec(next);
  if (hyphen && nextWord) {
    const joined = `${hyphen[1]}${nextWord[1]}`.toLowerCase();
    // "-" at a line end is a compound word's own hyphen unless the text spells the word whole.
    if (vocabulary?.has(joined)) replaceTail(b, 1);
    b.append(next);
    return;
  }
  b.space().add(next);
}

/** Removes the last `n` characters of the builder's text (a hyphen being undone). */
function replaceTail(b: ParagraphBuilder, n: number): void {
  b.truncate(b.currentText.length - n);
}

/** Lower-cased words of a text, for undoing hyphenation against the document's own spelling. */
export function vocabularyOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}
