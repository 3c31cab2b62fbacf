import { describe, expect, it } from 'vitest';
import { characterEdges, splitRunAt } from '../../src/convert/pdf/charPositions.js';
import { removeStruckText } from '../../src/convert/pdf/strikeThrough.js';
import { groupRunsIntoLines } from '../../src/convert/pdf/textLines.js';
import type { Segment, TextRun } from '../../src/convert/pdf/types.js';

const text = 'The potential impact of all proposals 1-7 this proposal on protected groups is';
/** The run as Coventry's completion statement draws it (10.5 pt Liberation Sans). */
const statement: TextRun = { text, x0: 62.1, x1: 62.1 + 355.44, baseline: 98.79, size: 10.5, bold: false, spaceAfter: false };
/** LibreOffice's strike line over "this proposal": 0.6 pt wide, 3 pt above the baseline. */
const strike: Segment = { orientation: 'h', pos: 101.79, from: 251.2, to: 310.7, width: 0.6 };
const cellBorder: Segment = { orientation: 'h', pos: 112.94, from: 57.25, to: 490.45, width: 0.5 };

describe('removeStruckText', () => {
  it('drops the struck words and keeps the line readable', () => {
    const { runs, segments } = removeStruckText([statement], [strike, cellBorder]);
    expect(groupRunsIntoLines(runs).map((l) => l.text)).toEqual(['The potential impact of all proposals 1-7 on protected groups is']);
    expect(segments).toEqual([cellBorder]);
  });

  it('leaves text alone under a border that runs past it or an underline below the middle', () => {
    const border: Segment = { ...strike, from: 57, to: 539 };
    const underline: Segment = { ...strike, pos: 97.5 };
    const { runs } = removeStruckText([statement], [border, underline]);
    expect(runs.map((r) => r.text)).toEqual([text]);
  });
});

describe('character positions', () => {
  it('spread over the measured width, wider letters taking more', () => {
    const edges = characterEdges({ text: 'Wi', x0: 0, x1: 12 });
    expect(edges[0]).toBe(0);
    expect(edges[2]).toBeCloseTo(12);
    expect(edges[1] ?? 0).toBeGreaterThan(8); // W (944) is far wider than i (222)
  });

  it('split a run that crosses a cell border between characters', () => {
    const run: TextRun = { text: 'Name Helen', x0: 100, x1: 150, baseline: 500, size: 10, bold: false, spaceAfter: false };
    const pieces = splitRunAt(run, [126]);
    expect(pieces.map((p) => p.text.trim())).toEqual(['Name', 'Helen']);
    expect(pieces[1]?.x0).toBeGreaterThan(124);
  });
});
