import { describe, expect, it } from 'vitest';
import { isRawText, rawTextToParagraphs, splitListStarts } from '../../src/convert/txt/rawTextToParagraphs.js';
import type { TextLine } from '../../src/convert/txt/textPages.js';

const lines = (text: string, page = 1): TextLine[] => text.split('\n').map((t) => ({ page, text: t }));
const FORM = [
  'Coventry City Council Equality Impact Assessment (EIA)',
  'EIA Author Name Joanne Melville',
  'Position Revenues and Benefits Policy and Performance',
  'Manager',
  'Other members of assessment team: meeting members as below -',
  'Name Position',
  'The consultation ran from 15 September to 26 October and was answered by',
  '1,184 residents. Carers were added to the',
  'protected groups.',
  'Age 0-18 1. PN',
  '2. N',
  '• Eliminate discrimination',
].join('\n');

describe('isRawText', () => {
  const LONG = Array.from({ length: 9 }, () => FORM).join('\n');

  it('tells pdftotext -raw (no blank lines inside a page) from the default reading order', () => {
    expect(isRawText(lines(LONG))).toBe(true);
    expect(isRawText(lines(LONG.split('\n').join('\n\n')))).toBe(false);
  });

  it('does not count the blank lines that end a page', () => {
    const pages = [...lines(`${LONG}\n\n`, 1), ...lines(`${LONG}\n`, 2)];
    expect(isRawText(pages)).toBe(true);
  });

  it('leaves text written a paragraph to a line to the reading-order path', () => {
    expect(isRawText(lines(`${LONG}\n${'A paragraph written on one line without wrapping. '.repeat(4)}`))).toBe(false);
  });
});

describe('rawTextToParagraphs', () => {
  const paragraphs = rawTextToParagraphs(splitListStarts(lines(FORM)), new Set());
  const texts = paragraphs.map((p) => p.text);

  it('keeps each text-run line a paragraph of its own, so a label opens it', () => {
    expect(texts).toContain('EIA Author Name Joanne Melville');
    expect(texts).toContain('Position Revenues and Benefits Policy and Performance');
    expect(texts).toContain('Manager');
  });

  it('joins lines that plainly continue the one before (open end, lower-case start), keeping where each began', () => {
    const joined = paragraphs.find((p) => p.text.startsWith('The consultation'))!;
    expect(joined.text).toBe('The consultation ran from 15 September to 26 October and was answered by 1,184 residents. Carers were added to the protected groups.');
    expect(joined.lines).toHaveLength(2);
    const members = paragraphs.find((p) => p.text.startsWith('Other members'))!;
    expect(members.text).toMatch(/below - Name Position$/);
    expect(members.lines?.map((at) => members.text.slice(at))).toEqual(['Name Position']);
  });

  it('cuts a numbered list that opens mid-line off the cell before it, and reads bullets as list items', () => {
    expect(texts).toContain('Age 0-18');
    expect(texts).toContain('1. PN');
    const bullet = paragraphs.find((p) => p.text.includes('Eliminate'))!;
    expect(bullet.role).toBe('list-item');
  });
});
