/** The labelled sample files the integration tests run on. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
export const SCORER = fileURLToPath(new URL('../fixtures/spec/eia-score.mjs', import.meta.url));
export const SCHEMA = fileURLToPath(new URL('../../src/model/eia.schema.json', import.meta.url));
export const WORKER_FILE = new URL('../../dist/workers/thread.js', import.meta.url);
export const CLI = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

/** Sample inputs (pdf, docx, txt), sorted; `scan` includes the image-only PDF. */
export function sampleInputs(options: { scan?: boolean; ext?: string } = {}): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => /\.(pdf|docx|txt)$/.test(f) && f !== 'README.md')
    .filter((f) => options.scan || !f.includes('-scan'))
    .filter((f) => !options.ext || f.endsWith(`.${options.ext}`))
    .sort()
    .map((f) => `${SAMPLES_DIR}${f}`);
}
