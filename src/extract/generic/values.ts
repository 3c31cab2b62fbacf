/**
 * An answer's text → a record value: endnote markers, page furniture and tick boxes left
 * over from the form dropped, whitespace normalised; answers that say nothing ("N/A",
 * "TBC", "-") are no value at all. Also the cuts a field needs: the first sentence (a title
 * whose label also asks for an overview), two parts of "Department and section".
 */
import { cleanText } from '../text/cleanValue.js';
import { stripFurniture } from './furniture.js';

const NON_ANSWER = /^(?:n\/?a|none|nil|tbc|tbd|to be confirmed|not applicable|not known|unknown|-+|\.+|yes|no|x|☐|☒|✓)\.?$/i;

export function cleanAnswer(text: string): string | null {
  const cleaned = cleanText(
    text
      .split(/\n{2,}/)
      .map((p) => stripFurniture(p).replace(/\s*[☐□]\s*/g, ' '))
      .join('\n\n'),
  );
  if (!cleaned || NON_ANSWER.test(cleaned)) return null;
  return cleaned;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The first sentence, and what follows it (null when nothing does). */
export function firstSentence(text: string): [string, string | null] {
  const para = text.split(/\n{2,}/);
  const m = /^(.+?[.!?])\s+(?=[\p{Lu}"“‘'(])/u.exec(para[0]!);
  if (m) {
    const rest = [para[0]!.slice(m[0].length), ...para.slice(1)].join('\n\n').trim();
    return [m[1]!.trim(), rest || null];
  }
  return para.length > 1 ? [para[0]!.trim(), para.slice(1).join('\n\n').trim()] : [text.trim(), null];
}

/**
 * "Commissioning – Start Well", "Children & Families Service, School Organisation Service" →
 * its parts, split at a dash or semicolon, or at commas when every part is a unit's name of
 * two or more capitalised words ("Communities, Economy and Transport" is one name).
 */
export function splitParts(text: string): string[] {
  const line = text.split(/\n{2,}/)[0]!.trim();
  const dash = line.split(/\s+[–—-]\s+|\s*;\s+/);
  if (dash.length > 1) return dash.map((p) => p.trim()).filter(Boolean);
  const commas = line.split(/\s*,\s+/);
  const names = commas.length > 1 && commas.every((p) => p.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(p));
  return names ? commas.map((p) => p.trim()) : [line];
}

/** Months the text has lost the start of ("2 vember 2010"): a unique tail names the month. */
export function repairMonths(text: string): string {
  return text.replace(/\b(\d{1,2})\s+(vember|tober|ruary|ptember|gust)\s+(\d{4})\b/gi, (_m, d: string, tail: string, y: string) => {
    const month = { vember: 'November', tober: 'October', ruary: 'February', ptember: 'September', gust: 'August' }[tail.toLowerCase() as 'vember'];
    return `${d} ${month} ${y}`;
  });
}

/** A label without its question number ("2.1 What is …" → "What is …", "3: Outcome" → "Outcome"). */
export function withoutQuestionNumber(label: string): string {
  return label.replace(/^\s*\d{1,2}(?:[.:]\d{1,2})*[.:]?\s+/, '');
}
