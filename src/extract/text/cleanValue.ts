/**
 * Tidies an answer into a record value: boilerplate paragraphs dropped (a form's
 * "Not Applicable", guidance that leaked into an answer), endnote markers removed,
 * whitespace normalised; empty → null.
 */
import { words, wordsF1 } from './tokens.js';

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
  if (boilerplate.length === 0) return false;
  // The paragraph is tokenised once, each template phrase once per process: answers are
  // cleaned against the same few phrases in every document.
  const pw = words(paragraph);
  return boilerplate.some((b) => {
    const bw = phraseWords(b);
    // F1 is at most 2·min/(sum) (every word of the shorter in common): skip what cannot reach 0.9.
    const most = pw.length + bw.length === 0 ? 1 : (2 * Math.min(pw.length, bw.length)) / (pw.length + bw.length);
    return most >= 0.9 && wordsF1(pw, bw) >= 0.9;
  });
}

const phraseCache = new Map<string, string[]>();
function phraseWords(phrase: string): string[] {
  let w = phraseCache.get(phrase);
  if (w === undefined) {
    if (phraseCache.size > 10_000) phraseCache.clear();
    phraseCache.set(phrase, (w = words(phrase)));
  }
  return w;
}

/** Splits "Commissioning – Start Well" at its dash: [before, after]; after is null without a dash. */
export function splitAtDash(text: string): [string, string | null] {
  const m = /^(.*?)\s+[–—-]\s+(.*)$/s.exec(text.trim());
  return m ? [m[1]!.trim(), m[2]!.trim() || null] : [text.trim(), null];
}

export function firstParagraph(text: string): string {
  return text.split(/\n{2,}/)[0]!.trim();
}
