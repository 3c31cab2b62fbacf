import { describe, expect, it } from 'vitest';
import { matchListMarker } from '../../src/convert/pdf/listMarkers.js';
import { linesToParagraphs, type ParagraphSettings } from '../../src/convert/pdf/paragraphs.js';
import { buildLine, groupRunsIntoLines } from '../../src/convert/pdf/textLines.js';
import type { TextLine, TextRun } from '../../src/convert/pdf/types.js';

const SIZE = 10.5;
const LEADING = 12.1;
/** A run with widths of about half the font size per character, as in Arial; `line` sets its baseline. */
const run = (text: string, x0: number, extra: Partial<TextRun> = {}): TextRun => ({
  text,
  x0,
  x1: x0 + text.length * SIZE * 0.5,
  baseline: 0,
  size: SIZE,
  bold: false,
  spaceAfter: false,
  ...extra,
});
const line = (baseline: number, ...runs: TextRun[]): TextLine =>
  buildLine(
    runs.map((r) => ({ ...r, baseline })),
    baseline,
  );

const settings = (over: Partial<ParagraphSettings> = {}): ParagraphSettings => ({
  page: 1,
  inTable: true,
  typography: { bodySize: SIZE, headingSizes: [14, 12], lineSpacing: LEADING / SIZE },
  vocabulary: new Set(),
  wrapRight: 300,
  ...over,
});

describe('groupRunsIntoLines', () => {
  it('puts runs on one baseline into one line, left to right, with spaces from gaps and space items', () => {
    const lines = groupRunsIntoLines([
      run('world', 100, { baseline: 700 }),
      run('Hello', 62, { baseline: 700.2, spaceAfter: true }),
      run('next', 62, { baseline: 700 - LEADING }),
      run('line', 62 + 4 * SIZE * 0.5 + 3, { baseline: 700 - LEADING }),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Hello world', 'next line']);
  });

  it('joins touching runs without a space and records bold ranges', () => {
    const [l] = groupRunsIntoLines([run('are not applicable', 56.8, { baseline: 426, bold: true }), run('. It is intended', 56.8 + 18 * SIZE * 0.5, { baseline: 426 })]);
    expect(l?.text).toBe('are not applicable. It is intended');
    expect(l?.bold).toEqual([[0, 18]]);
  });

  it('normalises no-break spaces to spaces', () => {
    const [l] = groupRunsIntoLines([run('14\u00a0October  2024', 62, { baseline: 500 })]);
    expect(l?.text).toBe('14 October 2024');
  });
});

describe('linesToParagraphs', () => {
  it('splits on gaps wider than the line spacing and joins lines with single spaces', () => {
    const paragraphs = linesToParagraphs(
      [
        line(700, run('Helen Marsh, Financial Assessment and', 62)),
        line(700 - LEADING, run('Benefits Team Manager', 62)),
        line(700 - LEADING - 15.1, run('Tomasz Nowak, Policy Officer', 62)),
      ],
      settings({ wrapRight: 62 + 38 * SIZE * 0.5 }),
    );
    expect(paragraphs.map((p) => p.text)).toEqual(['Helen Marsh, Financial Assessment and Benefits Team Manager', 'Tomasz Nowak, Policy Officer']);
    expect(paragraphs.every((p) => p.role === 'body' && p.span.page === 1 && p.span.bbox !== undefined)).toBe(true);
  });

  it('makes list items of bullet lines, keeping the marker and hanging continuation lines', () => {
    const paragraphs = linesToParagraphs(
      [
        line(700, run('Key facts:', 62)),
        line(700 - LEADING, run('•', 62, { spaceAfter: true }), run('Charging for the second carer where', 80)),
        line(700 - 2 * LEADING, run('a person needs two carers', 80)),
        line(700 - 3 * LEADING, run('•', 62, { spaceAfter: true }), run('Introducing an arrangement fee', 80)),
        line(700 - 4 * LEADING, run('The review does not cover it.', 62)),
      ],
      settings({ wrapRight: 80 + 36 * SIZE * 0.5 }),
    );
    expect(paragraphs.map((p) => [p.role, p.marker, p.text])).toEqual([
      ['body', undefined, 'Key facts:'],
      ['list-item', '•', '• Charging for the second carer where a person needs two carers'],
      ['list-item', '•', '• Introducing an arrangement fee'],
      ['body', undefined, 'The review does not cover it.'],
    ]);
  });

  it('gives nested list items their depth', () => {
    const paragraphs = linesToParagraphs(
      [
        line(700, run('•', 62, { spaceAfter: true }), run('Residential care', 80)),
        line(700 - LEADING, run('o', 80, { spaceAfter: true }), run('in Bath', 98)),
        line(700 - 2 * LEADING, run('o', 80.2, { spaceAfter: true }), run('out of area', 98)),
        line(700 - 3 * LEADING, run('•', 61.9, { spaceAfter: true }), run('Fostering', 80)),
      ],
      settings(),
    );
    expect(paragraphs.map((p) => [p.text, p.level])).toEqual([
      ['• Residential care', 0],
      ['o in Bath', 1],
      ['o out of area', 1],
      ['• Fostering', 0],
    ]);
  });

  it('starts typed numbered items on their own lines but not a dash that merely wraps', () => {
    const paragraphs = linesToParagraphs(
      [
        line(700, run('1. PN', 168)),
        line(700 - LEADING, run('2. N', 168)),
        line(600, run('Responsible officer is Maria Castellano', 62)),
        line(600 - LEADING, run('- GT ENV and the team', 62)),
      ],
      // The dash did not fit after "Castellano" (else the line would have kept it).
      settings({ wrapRight: 62 + 39 * SIZE * 0.5 + 4 }),
    );
    expect(paragraphs.map((p) => p.text)).toEqual(['1. PN', '2. N', 'Responsible officer is Maria Castellano - GT ENV and the team']);
    expect(paragraphs.slice(0, 2).map((p) => p.marker)).toEqual(['1.', '2.']);
  });

  it('starts a new paragraph where the line stopped short of the wrap edge', () => {
    const paragraphs = linesToParagraphs([line(700, run('Unknown: 9.4%', 168)), line(700 - LEADING, run('Asian/Indian: 7.4%', 168))], settings({ wrapRight: 321 }));
    expect(paragraphs.map((p) => p.text)).toEqual(['Unknown: 9.4%', 'Asian/Indian: 7.4%']);
  });

  it('marks larger text and lone bold lines as headings outside tables only', () => {
    const big = line(760, run('1.1 Identify the aims of the policy', 57, { size: 12 }));
    const bold = line(700, run('Signed off by:', 57, { bold: true }));
    const body = line(670, run('Jean Kelly', 57));
    const outside = linesToParagraphs([big, bold, body], settings({ inTable: false, wrapRight: 540 }));
    expect(outside.map((p) => [p.role, p.level])).toEqual([
      ['heading', 2],
      ['heading', 3],
      ['body', undefined],
    ]);
    const inside = linesToParagraphs([bold, body], settings({ inTable: true, wrapRight: 540 }));
    expect(inside.map((p) => p.role)).toEqual(['body', 'body']);
    expect(inside[0]?.bold).toEqual([[0, 14]]);
  });
});

describe('matchListMarker', () => {
  it.each([
    ['• Foo', '•', true],
    ['\uf0b7 Foo', '•', true],
    ['- Foo', '-', false],
    ['1. Foo', '1.', false],
    ['a) Foo', 'a)', false],
    ['(iv) Foo', '(iv)', false],
    ['o Foo', 'o', false],
  ])('%s has marker %s', (text, marker, strong) => {
    expect(matchListMarker(text)).toMatchObject({ marker, strong, rest: 'Foo' });
  });

  it.each(['e.g. this', '-5% change', '2024 was', '1.1 Identify', 'once more'])('%s has none', (text) => {
    expect(matchListMarker(text)).toBeUndefined();
  });
});
