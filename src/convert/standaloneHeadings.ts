/**
 * Forms mark their section and question labels by setting a short paragraph wholly in bold
 * rather than with a heading style. Outside tables, such a paragraph is a heading for every
 * purpose an extractor has; calling it one here makes Word, PDF and text layouts agree.
 */
import type { Block, Paragraph } from '../model/layout.js';

/** Longer than this, a bold paragraph is emphasised prose rather than a label. */
const MAX_HEADING_CHARS = 200;

export function isWhollyBold(p: Paragraph): boolean {
  if (!p.bold || p.bold.length === 0) return false;
  const covered = p.bold.reduce((n, [s, e]) => n + (e - s), 0);
  const letters = p.text.replace(/[^\p{L}\p{N}]/gu, '').length;
  const boldLetters = p.bold.map(([s, e]) => p.text.slice(s, e)).join('').replace(/[^\p{L}\p{N}]/gu, '').length;
  return covered > 0 && boldLetters >= letters;
}

export function markStandaloneBoldHeadings(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (b.type !== 'paragraph' || b.role !== 'body') return b;
    if (b.text.length > MAX_HEADING_CHARS || !isWhollyBold(b)) return b;
    return { ...b, role: 'heading', level: 4 };
  });
}
