/**
 * A scan of a PDF, as a council's multifunction printer makes one: each page rendered at the
 * scanner's resolution (pdftoppm), turned a little on the glass, with sensor noise, a soft
 * focus, a dark band where the lid did not cover the edge, saved as JPEG (ImageMagick), and
 * the pages put back together as an image-only PDF (img2pdf). Every setting is drawn from
 * a range with the seed, per document and per page: never one fixed instance.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Random } from './seededRandom.js';
import { findTool, requireTool, runTool } from './runTool.js';

export interface ScanParams {
  dpi: number;
  colour: boolean;
  /** JPEG quality, 50–75. */
  jpegQuality: number;
  /** ImageMagick Gaussian noise attenuation, 0.15–0.6. */
  noise: number;
  /** Blur sigma in pixels at 300 dpi (scaled to the dpi), 0.3–0.9. */
  blur: number;
  /** The side with the dark scanner edge and its width as a share of that dimension (0.8–2.5 %). */
  edge: { side: 'left' | 'right' | 'top' | 'bottom'; share: number; grey: number };
  /** Degrees each page is turned (counter-clockwise positive), |angle| in 0.3–1.5. */
  skews: number[];
}

export function drawScanParams(random: Random, dpi: number, colour: boolean, pages: number): ScanParams {
  const round = (x: number, d = 2): number => Number(x.toFixed(d));
  const skew = round(random.sign() * random.between(0.3, 1.5));
  return {
    dpi,
    colour,
    jpegQuality: random.int(50, 75),
    noise: round(random.between(0.15, 0.6)),
    blur: round(random.between(0.3, 0.9)),
    edge: { side: random.pick(['left', 'right', 'top', 'bottom'] as const), share: round(random.between(0.008, 0.025), 4), grey: random.int(10, 60) },
    // Pages of one scan lean the same way, by a little more or less each.
    skews: Array.from({ length: pages }, () => round(Math.sign(skew) * Math.min(1.5, Math.max(0.3, Math.abs(skew) + random.between(-0.25, 0.25))))),
  };
}

export async function pdfPageCount(pdf: string): Promise<number> {
  const pdfinfo = requireTool('pdfinfo (poppler-utils)', 'pdfinfo');
  const out = (await runTool(pdfinfo, [pdf])).stdout.toString('utf8');
  return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? '0');
}

export async function scanPdf(pdf: string, output: string, p: ScanParams): Promise<void> {
  const pdftoppm = requireTool('pdftoppm (poppler-utils)', 'pdftoppm');
  const magick = findTool('magick') ?? requireTool('ImageMagick', 'convert');
  const img2pdf = requireTool('img2pdf', 'img2pdf');
  const work = mkdtempSync(join(tmpdir(), 'eia-variants-scan-'));
  try {
    await runTool(pdftoppm, ['-r', String(p.dpi), ...(p.colour ? [] : ['-gray']), '-png', pdf, join(work, 'page')]);
    const pages = readdirSync(work).filter((f) => f.endsWith('.png')).sort();
    const jpegs: string[] = [];
    for (const [i, page] of pages.entries()) {
      const jpeg = join(work, `${page.replace(/\.png$/, '')}.jpg`);
      await runTool(magick, pageArgs(join(work, page), jpeg, p, p.skews[i] ?? p.skews[0] ?? 0.5));
      jpegs.push(jpeg);
    }
    await runTool(img2pdf, ['--output', output, ...jpegs]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** ImageMagick arguments for one page: turn, dark edge, noise, blur, colour, JPEG. */
function pageArgs(input: string, output: string, p: ScanParams, skew: number): string[] {
  const scale = p.dpi / 300;
  // The band's width in pixels, from an A4 page's size in inches at this resolution.
  const across = p.edge.side === 'left' || p.edge.side === 'right';
  const band = Math.max(2, Math.round(p.edge.share * (across ? 8.27 : 11.69) * p.dpi));
  const gravity = { left: 'West', right: 'East', top: 'North', bottom: 'South' }[p.edge.side];
  const opposite = { left: 'East', right: 'West', top: 'South', bottom: 'North' }[p.edge.side];
  const geometry = across ? `${band}x0` : `0x${band}`;
  return [
    input,
    // Grey scans are grey from the sensor on (and three times cheaper to process).
    ...(p.colour ? [] : ['-colorspace', 'Gray']),
    // Turned about the centre on a canvas of the page's own size, as the scanner's glass is fixed.
    '-virtual-pixel', 'white', '-distort', 'SRT', String(-skew),
    // The dark band: grey added along one edge and as much cut from the other.
    '-background', `gray(${p.edge.grey})`, '-gravity', gravity, '-splice', geometry, '-gravity', opposite, '-chop', geometry, '+gravity',
    '-attenuate', String(p.noise), '+noise', 'Gaussian',
    '-blur', `0x${(p.blur * scale).toFixed(2)}`,
    ...(p.colour ? ['-modulate', '100,108', '-fill', '#f3ecd9', '-tint', '12'] : []),
    '-density', String(p.dpi), '-units', 'PixelsPerInch',
    '-quality', String(p.jpegQuality), `jpeg:${output}`,
  ];
}
