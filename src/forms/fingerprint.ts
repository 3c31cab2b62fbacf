/**
 * A document's fingerprint: what its form prints, independent of what was written in it —
 * the heading sequence, the label set, the table header cells and the program that made the
 * file. Documents on the same form share most of it; answers differ from document to
 * document, so whatever a clustering finds repeated across documents is the form's own
 * wording. Pure: computed from the layout alone.
 */
import { z } from 'zod';
import type { Layout } from '../model/layout.js';
import { layoutPieces } from './layoutPieces.js';
import { MAX_LABEL_WORDS, normaliseLabel } from './labelText.js';

/** Bump when what a fingerprint holds changes: stored ones of older versions are recomputed. */
export const FINGERPRINT_VERSION = '2';

export const Fingerprint = z.object({
  version: z.string(),
  format: z.string(),
  /** PDF producer / creator or the authoring application, when the converter found one. */
  producer: z.string().nullable(),
  headings: z.array(z.string()),
  /** Normalised label texts, each once, in reading order. */
  labels: z.array(z.string()),
  /** Those of the labels printed before a colon, with their answer after it on the same line. */
  inlineLabels: z.array(z.string()),
  tableHeaders: z.array(z.string()),
  /**
   * Hashed word trigrams of the running text too long to be a label (guidance, and the labels
   * inside a table flattened into one line): the form's wording there repeats across its
   * documents even where no label can be cut out of it.
   */
  phrases: z.array(z.string()),
});
export type Fingerprint = z.infer<typeof Fingerprint>;

/** The words before a colon that a form prints as a label ("Lead officer: Jane Smith"). */
const COLON_LABEL = /^([^:]{2,120}?):(?!\/\/)(?!\d)\s*(.*)$/su;
/** At most this many words before a colon make a label; more is prose that uses a colon. */
const MAX_COLON_WORDS = 12;
/** Enough trigrams to cover a form's opening pages. */
const MAX_PHRASES = 4000;
const META_PRODUCER = ['producer', 'creator', 'application', 'generator'] as const;

export function fingerprintLayout(layout: Layout): Fingerprint {
  const headings: string[] = [];
  const labels = new OrderedSet();
  const inlineLabels = new OrderedSet();
  const tableHeaders = new OrderedSet();
  const phrases = new OrderedSet();
  for (const piece of layoutPieces(layout)) {
    const words = wordsOf(piece.text);
    if (words.length > MAX_LABEL_WORDS) for (let i = 0; i + 3 <= words.length; i++) phrases.add(hashWords(words.slice(i, i + 3)));
    const colon = COLON_LABEL.exec(piece.text);
    const before = colon?.[1];
    if (before !== undefined && before.split(/\s+/).length <= MAX_COLON_WORDS) {
      const label = normaliseLabel(before);
      labels.add(label);
      if (colon?.[2]) inlineLabels.add(label);
    } else labels.add(normaliseLabel(piece.text));
    if (piece.kind === 'heading') {
      const h = normaliseLabel(piece.text);
      if (h !== null && headings[headings.length - 1] !== h) headings.push(h);
    }
    if (piece.kind === 'header-cell') tableHeaders.add(normaliseLabel(piece.text));
  }
  return {
    version: FINGERPRINT_VERSION,
    format: layout.format,
    producer: producerOf(layout),
    headings,
    labels: labels.values(),
    inlineLabels: inlineLabels.values(),
    tableHeaders: tableHeaders.values(),
    phrases: phrases.values().slice(0, MAX_PHRASES),
  };
}

function producerOf(layout: Layout): string | null {
  for (const key of META_PRODUCER) {
    const v = layout.meta?.[key]?.trim();
    if (v) return v;
  }
  return null;
}

function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
}

/** FNV-1a of the words, base 36: short enough to keep thousands per document. */
function hashWords(words: string[]): string {
  let h = 0x811c9dc5;
  for (const ch of words.join(' ')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `~${h.toString(36)}`;
}

class OrderedSet {
  private readonly seen = new Set<string>();
  add(value: string | null): void {
    if (value !== null) this.seen.add(value);
  }
  values(): string[] {
    return [...this.seen];
  }
}
