/**
 * Markup that earlier conversions left inside legacy text: HTML fragments (`<p>`, `<ul>`,
 * `<li>`, `<u>`), `**bold**` runs, and bullets run together on one line ("… RCHs: • Fees are
 * fixed … • An additional …"). Each becomes the paragraphs the form actually had.
 */
import type { Paragraph } from '../../model/layout.js';
import { htmlToParagraphs } from '../html/htmlToBlocks.js';
import { ParagraphBuilder } from '../paragraphBuilder.js';

const HTML_TAG = /<\/?(p|ul|ol|li|br|u|strong|b|em|i|span|div|table|tr|td)\b[^>]*>/i;

/** One text cell or line → its paragraphs. */
export function markupToParagraphs(raw: string, page: number | null = null): Paragraph[] {
  const paragraphs = HTML_TAG.test(raw) ? htmlToParagraphs(raw) : [boldMarkupParagraph(raw)];
  return paragraphs.flatMap(splitInlineBullets).filter((p) => p.text.length > 0).map((p) => ({ ...p, span: { ...p.span, page } }));
}

/** "Name: **Value**" → a paragraph whose bold range covers "Value". */
export function boldMarkupParagraph(raw: string): Paragraph {
  const b = new ParagraphBuilder();
  const parts = raw.split('**');
  // An odd count of "**" leaves the last one unmatched: treat it as literal text.
  const balanced = parts.length % 2 === 1;
  parts.forEach((part, i) => {
    if (!balanced && i === parts.length - 1 && i > 0) b.add(`**${part}`);
    else b.add(part, i % 2 === 1);
  });
  return b.build();
}

const BULLET_RUN = /\s*•\s*/;
const DASH_RUN = /\s+-\s+(?=\S)/;

/**
 * Splits a paragraph that holds several bullets on one line into its lead-in and one list
 * item per bullet. "- " bullets are only split when the paragraph itself starts with one,
 * because " - " inside prose is usually a dash.
 */
export function splitInlineBullets(p: Paragraph): Paragraph[] {
  const text = p.text;
  const bulletCount = (text.match(/•/g) ?? []).length;
  const startsWithDash = /^-\s/.test(text);
  let pieces: string[] | null = null;
  let marker = '•';
  if (bulletCount >= 2 || (bulletCount === 1 && !text.startsWith('•'))) {
    pieces = text.split(BULLET_RUN);
  } else if (startsWithDash && DASH_RUN.test(text.slice(2))) {
    pieces = ['', ...text.slice(2).split(DASH_RUN)];
    marker = '-';
  }
  if (!pieces) return [p];
  const [lead, ...items] = pieces;
  const out: Paragraph[] = [];
  if (lead && lead.trim()) out.push(new ParagraphBuilder().add(lead).build({ role: p.role === 'list-item' ? 'body' : p.role, page: p.span.page }));
  for (const item of items) {
    if (item.trim()) out.push(new ParagraphBuilder().add(item).build({ role: 'list-item', marker, level: p.level ?? 0, page: p.span.page }));
  }
  return out;
}
