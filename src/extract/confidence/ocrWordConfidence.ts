/**
 * What OCR's word confidence does to a value's confidence. The fitted model (confidenceModel.ts)
 * gives the probability that the extraction is right when its text is; a value read off a scan
 * is right only if the words it was read from are too. Those two are taken as independent, so
 * the value's confidence is the model's times the probability that its least sure word was
 * read right, a rate measured on the scanned variants corpus (see WORD_RIGHT).
 */
import type { Piece } from '../document/valueRegion.js';

/**
 * The lowest OCR confidence (0–1) among the words the pieces cover, or undefined when none
 * of them was read by OCR (born-digital text, Word).
 */
export function weakestOcrWord(pieces: readonly Piece[]): number | undefined {
  let weakest: number | undefined;
  for (const piece of pieces) {
    const { unit } = piece;
    unit.paragraphs.forEach((p, k) => {
      if (!p.ocrWords) return;
      const offset = unit.paragraphOffsets[k] ?? 0;
      for (const [start, end, confidence] of p.ocrWords) {
        if (offset + end <= piece.from || offset + start >= piece.to) continue;
        weakest = weakest === undefined ? confidence : Math.min(weakest, confidence);
      }
    });
  }
  return weakest;
}

/**
 * The share of OCR'd words read right, by tesseract's confidence (upper bound of the bin,
 * 0–1 → share), measured by `node dist/scripts/benchOcr.js --words DIR --pages 2` on the six
 * scanned variants of seed 1 (150–300 dpi, grey and colour; 5,248 words): a word counts as
 * right when it is printed on the same page of the source PDF. Under 0.7: 63 words, 75 %
 * right; 0.7–0.9: 116 words, 94 %; 0.9 and over: 5,069 words, 99.7 %. The bins below 0.7
 * hold too few words to tell apart and are one.
 */
const WORD_RIGHT: ReadonlyArray<readonly [number, number]> = [
  [0.7, 0.75],
  [0.9, 0.94],
  [1.01, 0.997],
];

/** The probability that a word read with OCR confidence `c` (0–1) is right. */
export function ocrWordRight(c: number): number {
  for (const [upTo, share] of WORD_RIGHT) if (c < upTo) return share;
  return WORD_RIGHT[WORD_RIGHT.length - 1]?.[1] ?? 1;
}

/** A value's confidence given the model's and its weakest OCR'd word (undefined: not OCR'd). */
export function withOcrWords(modelConfidence: number, weakest: number | undefined): number {
  return weakest === undefined ? modelConfidence : modelConfidence * ocrWordRight(weakest);
}
