/**
 * Tidies an answer into a record value: boilerplate paragraphs dropped (a form's
 * "Not Applicable", guidance that leaked into an answer), endnote markers removed,
 * whitespace normalised; empty → null.
 */
import { tokenF1 } from './tokens.js';

export function cleanText(text: string | null | undefined, boilerplate: readonly string[] = []): string | null {
  if (!text) return null;
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.replace(/\[\d{1,3}\]/g, '').replace(/[ \t]+/g, ' ').trim())
    .filter((p) => p && !/^[-–—:•*.,;]+$/.test(p) && !isBoilerplate(p, boilerplate));
  const out = paragraphs.join('\n\n').trim();
  return out === '' ? null : out;
}

export function isBoilerplate(paragraph: string, boilerplate: readonly string[]): boolean {
  return boilerplate.some((b) => tokenF1(paragraph, b) >= 0.9);
}

/** Splits "Commissioning – Start Well" at its dash: [before, after]; after is null without a dash. */
export function splitAtDash(text: string): [string, string | null] {
  const m = /^(.*?)\s+[–—-]\s+(.*)$/s.exec(text.trim());
  return m ? [m[1]!.trim(), m[2]!.trim() || null] : [text.trim(), null];
}

export function firstParagraph(text: string): string {
  return text.split(/\n{2,}/)[0]!.trim();
}
