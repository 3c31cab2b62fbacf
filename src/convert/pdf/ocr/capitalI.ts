/**
 * Re-reads a lower-case l as a capital I inside a word of capitals. In Arial and other sans
 * faces the two are the same vertical bar, and tesseract, weighing English words, writes "Ul"
 * and "Nl" for the impact codes UI and NI that coded forms put in every row of their impact
 * grid, so the codes were lost. A bar after a capital in a two-letter word ("Ul", "Nl"), or
 * in a longer word that is otherwise all capitals with at least two of them ("PNl", "DBlS"),
 * is a capital I. "Ill", "lan" and "EqlA" are left alone: they hold other lower-case letters
 * or start with the bar, and which of l or I they mean cannot be told from the letters.
 */
import type { OcrWord } from './tesseractEngine.js';

/** A word's letters with what surrounds them: "7.Ul," → "7.", "Ul", ",". */
const PARTS = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u;

export function respellCapitalI(words: readonly OcrWord[]): OcrWord[] {
  return words.map((w) => {
    const parts = PARTS.exec(w.text);
    const letters = parts?.[2];
    if (!parts || !letters || !isCapitalsWithBar(letters)) return w;
    const text = `${parts[1] ?? ''}${letters.replace(/l/g, 'I')}${parts[3] ?? ''}`;
    return { ...w, text, symbols: w.symbols.map((s) => (s.text === 'l' ? { ...s, text: 'I' } : s)) };
  });
}

function isCapitalsWithBar(letters: string): boolean {
  if (!/^[A-Z][A-Zl]*$/.test(letters) || !letters.includes('l')) return false;
  const capitals = letters.replace(/l/g, '').length;
  return letters.length === 2 || capitals >= 2;
}
