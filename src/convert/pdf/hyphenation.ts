/**
 * Joins the lines of a paragraph into one string, undoing line-end hyphenation:
 *   - a soft hyphen (U+00AD) marks a break inside a word: it is removed and the halves joined;
 *   - "income-" + "banded…" (a letter, a hyphen, then a word) keeps the hyphen and no space,
 *     because without automatic hyphenation a line only ends in a hyphen that is part of the
 *     text ("non-residential", "Council-arranged", "Non-Violent");
 *   - unless the next word is lowercase and the document also writes the word without the
 *     hyphen ("rede-" + "sign" with "redesign" elsewhere): then the hyphen goes;
 *   - a URL or path broken after a slash ("…-disability-send/" + "sendias…") joins without a
 *     space; after a plain word ("services/" + "service users") the space stays, as writers
 *     put one there more often than not;
 *   - a line marked `glue` continues a word that was too long for its column ("Resource" + "s").
 * Bold ranges move with the text.
 */

import { TAIL_CHARS } from '../paragraphBuilder.js';
export interface StyledText {
  text: string;
  /** [start, end) offsets of bold runs. */
  bold: Array<[number, number]>;
  /** Joins to the previous line without a space: the line break fell inside a word. */
  glue?: boolean;
}

const SOFT_HYPHEN = '\u00ad';
/** The letters of a word, for the vocabulary. */
const WORD = /\p{L}+/gu;

/** Every word (lowercase letters only) written anywhere in the document, for hyphenation decisions. */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const m of text.replace(/\u00ad/g, '').matchAll(WORD)) words.add(m[0].toLowerCase());
  return words;
}

/** Joins lines (already whitespace-normalised) into a paragraph's text. */
export function joinLines(lines: readonly StyledText[], vocabulary: ReadonlySet<string>): StyledText {
  let text = '';
  const bold: Array<[number, number]> = [];
  for (const line of lines) {
    let offset: number;
    const tail = text.slice(-TAIL_CHARS);
    if (text === '') {
      offset = 0;
    } else if (text.endsWith(SOFT_HYPHEN)) {
      text = text.slice(0, -1);
      offset = text.length;
    } else if (/\p{L}[-\u2010]$/u.test(tail) && /^[\p{L}\p{N}]/u.test(line.text)) {
      const before = /(\p{L}+)[-\u2010]$/u.exec(tail)?.[1] ?? '';
      const after = /^\p{Ll}+/u.exec(line.text)?.[0] ?? '';
      if (after !== '' && vocabulary.has((before + after).toLowerCase())) text = text.slice(0, -1);
      offset = text.length;
    } else if (line.glue || (text.endsWith('/') && /[^\s/]*[-./:][^\s/]*\/$/.test(tail) && /^\S/.test(line.text))) {
      offset = text.length;
    } else {
      text += ' ';
      offset = text.length;
    }
    if (line.bold.length > 0) {
      const joined = text + line.text;
      for (const [s, e] of line.bold) addBold(bold, s + offset, e + offset, joined);
    }
    text += line.text;
  }
  return removeSoftHyphens({ text, bold: clampRanges(bold, text.length) });
}

function addBold(ranges: Array<[number, number]>, start: number, end: number, text: string): void {
  const last = ranges[ranges.length - 1];
  if (last && last[1] <= start && text.slice(last[1], start).trim() === '') last[1] = Math.max(last[1], end);
  else ranges.push([start, end]);
}

function clampRanges(ranges: Array<[number, number]>, length: number): Array<[number, number]> {
  return ranges.map(([s, e]) => [Math.min(s, length), Math.min(e, length)] as [number, number]).filter(([s, e]) => e > s);
}

/** Removes soft hyphens left inside the text, shifting bold ranges to match. */
export function removeSoftHyphens(styled: StyledText): StyledText {
  if (!styled.text.includes(SOFT_HYPHEN)) return styled;
  const removedBefore: number[] = [];
  let removed = 0;
  let text = '';
  for (let i = 0; i < styled.text.length; i++) {
    removedBefore.push(removed);
    const ch = styled.text[i] ?? '';
    if (ch === SOFT_HYPHEN) removed++;
    else text += ch;
  }
  removedBefore.push(removed);
  const shift = (i: number): number => i - (removedBefore[i] ?? removed);
  return { text, bold: styled.bold.map(([s, e]) => [shift(s), shift(e)] as [number, number]).filter(([s, e]) => e > s) };
}
