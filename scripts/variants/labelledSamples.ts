/**
 * The labelled samples a variants corpus is made from: every `NAME.expected.json` in the
 * samples folder with its `NAME.docx` and/or `NAME.pdf`. A new sample added there gets
 * every variant its files allow, with nothing else to change.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const ExpectedFile = z.object({ records: z.array(z.object({ template: z.string().nullable().optional(), eia: z.object({ title: z.string().nullable().optional() }).passthrough() }).passthrough()) }).passthrough();
export type ExpectedFile = z.infer<typeof ExpectedFile>;

export interface LabelledSample {
  name: string;
  expectedPath: string;
  expected: ExpectedFile;
  docx: string | null;
  pdf: string | null;
  /** Templates of its records, in order. */
  templates: string[];
}

export function labelledSamples(dir: string): LabelledSample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      const expectedPath = join(dir, f);
      const expected = ExpectedFile.parse(JSON.parse(readFileSync(expectedPath, 'utf8')));
      const at = (ext: string): string | null => (existsSync(join(dir, `${name}.${ext}`)) ? join(dir, `${name}.${ext}`) : null);
      return { name, expectedPath, expected, docx: at('docx'), pdf: at('pdf'), templates: expected.records.map((r) => r.template ?? 'unknown') };
    })
    .filter((s) => s.docx !== null || s.pdf !== null);
}
