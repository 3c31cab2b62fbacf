/**
 * A reading-order export that runs the next row's label onto the last statements of the row
 * before it, where a page broke inside the grid (Coventry's coded grid, pdftotext without -layout).
 */
import { describe, expect, it } from 'vitest';
import { splitTrailingLabel } from '../../src/extract/strategies/impactCodedGrid.js';

describe('a row label left at the end of the statements before it', () => {
  it('is a paragraph of its own', () => {
    expect(splitTrailingLabel('6. Unknown Impact. 7. Unknown Impact. Gender reassignment')).toEqual(['6. Unknown Impact. 7. Unknown Impact.', 'Gender reassignment']);
    expect(splitTrailingLabel('5. No impact. Race (Including: colour, nationality)')).toEqual(['5. No impact.', 'Race (Including: colour, nationality)']);
  });

  it('leaves statements whose last words name no group, or are a sentence, as they are', () => {
    expect(splitTrailingLabel('1. Families will pay more. Further details to follow')).toEqual(['1. Families will pay more. Further details to follow']);
    expect(splitTrailingLabel('2. Older people will benefit.')).toEqual(['2. Older people will benefit.']);
  });
});
