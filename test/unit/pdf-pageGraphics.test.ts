import { beforeAll, describe, expect, it } from 'vitest';
import { pageGraphics } from '../../src/convert/pdf/pageGraphics.js';
import { loadPdfjs, type Pdfjs } from '../../src/convert/pdf/pdfjsRuntime.js';
import { isBoldFont } from '../../src/convert/pdf/textRuns.js';

let OPS: Pdfjs['OPS'];
beforeAll(async () => {
  ({ OPS } = await loadPdfjs());
});

const MOVE = 0;
const LINE = 1;
const CLOSE = 4;
const path = (...cmds: number[]) => [Float32Array.from(cmds)];

describe('pageGraphics', () => {
  it('brings stroked lines into page space through save/transform/restore', () => {
    const { fnArray, argsArray } = {
      fnArray: [OPS.save, OPS.transform, OPS.setLineWidth, OPS.constructPath, OPS.restore, OPS.constructPath],
      argsArray: [
        null,
        [1, 0, 0, 1, 251.2, 98.789],
        [0.6],
        [OPS.stroke, path(MOVE, 0, 3, LINE, 59.5, 3), null],
        null,
        [OPS.stroke, path(MOVE, 57, 785, LINE, 57, 566), null],
      ],
    };
    const { segments } = pageGraphics(fnArray, argsArray, OPS);
    expect(segments).toHaveLength(2);
    expect(segments[0]).toMatchObject({ orientation: 'h', from: 251.2, width: 0.6 });
    expect(segments[0]?.pos).toBeCloseTo(101.789, 2);
    expect(segments[0]?.to).toBeCloseTo(310.7, 2);
    expect(segments[1]).toMatchObject({ orientation: 'v', pos: 57, from: 566, to: 785, width: 1 });
  });

  it('reads thin filled rectangles as rulings, larger ones as fills, and ignores white', () => {
    const rect = (x0: number, y0: number, x1: number, y1: number) => path(MOVE, x0, y0, LINE, x1, y0, LINE, x1, y1, LINE, x0, y1, CLOSE);
    const { segments, fills } = pageGraphics(
      [OPS.setFillRGBColor, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.setFillRGBColor, OPS.constructPath],
      [
        ['#e4dfec'],
        [OPS.eoFill, rect(57, 715, 250, 739), null],
        [OPS.eoFill, rect(57, 715, 250, 739), null], // LibreOffice paints backgrounds twice
        [OPS.fill, rect(57, 700, 539, 700.75), null],
        ['#ffffff'],
        [OPS.fill, rect(0, 0, 595, 842), null],
      ],
      OPS,
    );
    expect(fills).toEqual([{ x0: 57, y0: 715, x1: 250, y1: 739, color: '#e4dfec' }]);
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({ orientation: 'h', from: 57, to: 539 });
  });
});

describe('isBoldFont', () => {
  it('reads the weight from pdf.js flags or the font name, ignoring the subset tag', () => {
    expect(isBoldFont({ name: 'BAAAAA+LiberationSans-Bold' })).toBe(true);
    expect(isBoldFont({ name: 'Arial,Bold' })).toBe(true);
    expect(isBoldFont({ name: 'CAAAAA+LiberationSans', bold: true })).toBe(true);
    expect(isBoldFont({ name: 'CAAAAA+LiberationSans' })).toBe(false);
    expect(isBoldFont(undefined)).toBe(false);
  });
});
