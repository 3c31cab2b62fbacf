/**
 * Builds a Paragraph from runs of text, collapsing whitespace the way the model asks
 * (single spaces inside a paragraph) while keeping track of which characters were bold.
 * Shared by the Word and text converters so both produce identical paragraphs.
 */
import type { Paragraph, ParagraphRole } from '../model/layout.js';
import { draftSpan } from './finaliseLayout.js';

/** Characters that are never content: zero-width spaces/joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Whitespace of every kind, including no-break and typographic spaces. */
const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * How much of a paragraph's end the line-joining rules look at: they only concern its last
 * word, and testing `…$` patterns against the whole paragraph made joining a long one
 * quadratic.
 */
export const TAIL_CHARS = 256;

export interface ParagraphOptions {
  role?: ParagraphRole;
  level?: number;
  marker?: string;
  page?: number | null;
  bbox?: [number, number, number, number];
}

export class ParagraphBuilder {
  private text = '';
  private bold: Array<[number, number]> = [];
  private lines: number[] = [];
  private pendingSpace = false;
  private pendingLine = false;

  /** Appends a run; whitespace inside and between runs collapses to one space. */
  add(run: string, bold = false): this {
    const clean = run.replace(INVISIBLE, '');
    const pieces = clean.split(SPACE);
    pieces.forEach((piece, i) => {
      if (i > 0) this.pendingSpace = true;
      if (!piece) return;
      if (this.pendingSpace && this.text.length > 0) this.text += ' ';
      this.pendingSpace = false;
      const start = this.text.length;
      if (this.pendingLine && start > 0) this.lines.push(start);
      this.pendingLine = false;
      this.text += piece;
      if (bold) this.markBold(start, this.text.length);
    });
    return this;
  }

  /** The next text begins a new line of the source (recorded in Paragraph.lines). */
  newLine(): this {
    this.pendingLine = true;
    return this.space();
  }

  /** Forces a word break (e.g. between table-cell fragments or <br>). */
  space(): this {
    this.pendingSpace = true;
    return this;
  }

  get isEmpty(): boolean {
    return this.text.length === 0;
  }

  get currentText(): string {
    return this.text;
  }

  /** Cuts the text back to `length` characters (used to undo a line-end hyphen). */
  truncate(length: number): this {
    this.text = this.text.slice(0, length);
    this.bold = this.bold.filter(([s]) => s < length).map(([s, e]) => [s, Math.min(e, length)]);
    this.lines = this.lines.filter((l) => l < length);
    return this;
  }

  /** Appends text directly, with no space before it (joining a hyphenated word). */
  append(run: string, bold = false): this {
    this.pendingSpace = false;
    const hadText = this.text.length;
    this.add(run, bold);
    if (hadText && this.text[hadText] === ' ') {
      this.text = this.text.slice(0, hadText) + this.text.slice(hadText + 1);
    }
    return this;
  }

  build(options: ParagraphOptions = {}): Paragraph {
    let text = this.text;
    let bold = this.bold;
    let lines = this.lines;
    if (options.marker && !startsWithMarker(text, options.marker)) {
      const prefix = `${options.marker} `;
      text = prefix + text;
      bold = bold.map(([s, e]) => [s + prefix.length, e + prefix.length]);
      lines = lines.map((l) => l + prefix.length);
    }
    const paragraph: Paragraph = {
      type: 'paragraph',
      text,
      role: options.role ?? 'body',
      span: draftSpan(options.page ?? null, options.bbox),
    };
    if (options.level !== undefined) paragraph.level = options.level;
    if (options.marker) paragraph.marker = options.marker;
    if (bold.length) paragraph.bold = bold;
    if (lines.length) paragraph.lines = lines;
    return paragraph;
  }

  private markBold(start: number, end: number): void {
    const last = this.bold[this.bold.length - 1];
    // A bold run that follows another across one space is one run ("Children in Care").
    if (last && start - last[1] <= 1) last[1] = end;
    else this.bold.push([start, end]);
  }
}

function startsWithMarker(text: string, marker: string): boolean {
  return text === marker || text.startsWith(`${marker} `);
}

/** One paragraph from plain text in one call. */
export function paragraphOf(text: string, options: ParagraphOptions = {}): Paragraph {
  return new ParagraphBuilder().add(text).build(options);
}
