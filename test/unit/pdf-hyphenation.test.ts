import { describe, expect, it } from 'vitest';
import { buildVocabulary, joinLines } from '../../src/convert/pdf/hyphenation.js';

const plain = (...texts: string[]) => texts.map((text) => ({ text, bold: [] as Array<[number, number]> }));

describe('joinLines', () => {
  it('joins lines with single spaces', () => {
    expect(joinLines(plain('Bath and North East', 'Somerset Council'), new Set()).text).toBe('Bath and North East Somerset Council');
  });

  it('keeps a line-end hyphen before a lowercase word, without a space', () => {
    expect(joinLines(plain('a simpler income-', 'banded scheme'), new Set()).text).toBe('a simpler income-banded scheme');
    expect(joinLines(plain('on Council-', 'arranged transport'), new Set()).text).toBe('on Council-arranged transport');
  });

  it('drops the hyphen when the document writes the word without it', () => {
    const vocabulary = buildVocabulary(['The service redesign starts in April.']);
    expect(joinLines(plain('the rede-', 'sign of services'), vocabulary).text).toBe('the redesign of services');
  });

  it('keeps compound hyphens before a capital', () => {
    expect(joinLines(plain('trained in Non-', 'Violent Resistance'), new Set()).text).toBe('trained in Non-Violent Resistance');
  });

  it('treats a spaced dash at the end of a line as punctuation', () => {
    expect(joinLines(plain('Adult Social Care –', 'Financial Assessment'), new Set()).text).toBe('Adult Social Care – Financial Assessment');
    expect(joinLines(plain('aged 45 -', 'and over'), new Set()).text).toBe('aged 45 - and over');
  });

  it('removes soft hyphens, joining the halves of a word broken at one', () => {
    expect(joinLines(plain('assess\u00ad', 'ment of in\u00adcome'), new Set()).text).toBe('assessment of income');
  });

  it('joins a URL broken after a slash but keeps the space after a plain word and slash', () => {
    expect(joinLines(plain('www.example.org/special-need-send/', 'sendias-bathnes'), new Set()).text).toBe('www.example.org/special-need-send/sendias-bathnes');
    expect(joinLines(plain('impact of services/', 'service users'), new Set()).text).toBe('impact of services/ service users');
  });

  it('joins a word split because it was too long for its column when told to', () => {
    expect(joinLines([{ text: 'Finance and Resource', bold: [] }, { text: 's', bold: [], glue: true }], new Set()).text).toBe('Finance and Resources');
  });

  it('moves bold ranges with the text', () => {
    const joined = joinLines(
      [
        { text: 'Name and role of', bold: [[0, 16]] },
        { text: 'officers completing', bold: [[0, 8]] },
      ],
      new Set(),
    );
    expect(joined.text).toBe('Name and role of officers completing');
    expect(joined.bold).toEqual([[0, 25]]);
    expect(joined.text.slice(0, 25)).toBe('Name and role of officers');
  });
});

describe('buildVocabulary', () => {
  it('collects lowercase words, splitting at hyphens and punctuation', () => {
    expect([...buildVocabulary(['Non-Violent care, Care!'])].sort()).toEqual(['care', 'non', 'violent']);
  });
});
