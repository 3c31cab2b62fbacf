/**
 * Settings for reading scanned pages. OCR is on unless the environment says `EIA_OCR=off`
 * (also "0", "false", "no"): a deployment without the CPU to spare for scans (about 3 s a
 * page) can switch it off and get the old 'no-text-layer' failure instead.
 */

export interface OcrSettings {
  enabled: boolean;
  /**
   * Resolution pages are rendered at for OCR (dots per inch). Scans are mostly made at
   * 150–300 dpi; rendering above the image's own resolution adds pixels but no detail.
   */
  dpi: number;
  /**
   * A page whose mean word confidence (0–100) is below this is taken to hold no text (a
   * photograph, a drawing, a blank page's noise): its words are dropped. Single words are
   * not judged by confidence, which tesseract often reports low for words it read right.
   */
  minPageConfidence: number;
  /**
   * Which tesseract reads the pages: `auto` (the default) takes the native `tesseract` CLI
   * where one that reads LSTM models (4 or later) is installed, else the embedded tesseract.js
   * (WebAssembly, needs nothing installed); `EIA_OCR_ENGINE=native` or `tesseract.js` fixes one.
   * Both run the same model and settings and give the same layout (ocr-engines.test.ts); the
   * native one reads a page in about two thirds of the time, and holds its memory in a child
   * process that ends with the page instead of a WebAssembly heap that only grows
   * (about 80 MiB less at the bad-input mix's peak, `npm run bench`).
   */
  engine: 'auto' | 'tesseract.js' | 'native';
}

export const DEFAULT_OCR_SETTINGS: OcrSettings = { enabled: true, dpi: 200, minPageConfidence: 40, engine: 'auto' };

const OFF = new Set(['off', '0', 'false', 'no']);

/** The default settings, with `EIA_OCR` switching OCR off, `EIA_OCR_DPI` (72–600) choosing the resolution and `EIA_OCR_ENGINE` (native, tesseract.js) the engine. */
export function ocrSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OcrSettings {
  const switched = env.EIA_OCR?.trim().toLowerCase();
  const dpi = Number(env.EIA_OCR_DPI);
  return {
    ...DEFAULT_OCR_SETTINGS,
    enabled: switched === undefined || !OFF.has(switched),
    ...(Number.isFinite(dpi) && dpi >= 72 && dpi <= 600 ? { dpi } : {}),
    ...engineFrom(env.EIA_OCR_ENGINE),
  };
}

function engineFrom(value: string | undefined): Partial<OcrSettings> {
  const v = value?.trim().toLowerCase();
  if (v === 'native') return { engine: 'native' };
  if (v === 'tesseract.js') return { engine: 'tesseract.js' };
  return {};
}
