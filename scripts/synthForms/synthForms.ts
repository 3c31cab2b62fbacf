/**
 * The synthetic-forms corpus: EIAs written on forms drawn from the shapes real
 * organisations use (synthShape.ts), each with the record its labeller would expect, read by
 * the real job and scored by the vendored scorer, overall and by each dimension of the form,
 * so a weakness shows as the shape it belongs to ("layout × yes-no grid") rather than as one
 * document.
 *
 *   npm run forms:synth -- [--out .synth-forms] [--count 80] [--seed 1] [--office] [--no-score] [--json]
 *
 * --office adds Word documents among the renderings (LibreOffice saves them as .docx and
 * prints them to PDF; soffice must be installed), each read both ways; --no-score only writes.
 * Every file is written again on each run (they are small and quick to make); the folder is
 * git-ignored.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runExtraction } from '../variants/runExtraction.js';
import { recordsByFile, scoreSubset, type ScoreSummary } from '../variants/scoreSubset.js';
import { seededRandom } from '../variants/seededRandom.js';
import { drawContent } from './synthContent.js';
import { drawShape, TEXT_RENDERINGS, type FormShape } from './synthShape.js';
import { expectedOf, renderSynthForm, TICKED } from './renderSynthForm.js';
import { renderSynthHtml } from './renderSynthHtml.js';
import { convertBatch } from '../variants/officeRenderings.js';

export interface SynthEntry { file: string; expected: string; shape: FormShape; format: 'txt' | 'docx' | 'pdf' }

/**
 * Writes `count` forms into `dir`. With `office`, some are Word documents: written as HTML,
 * saved as .docx by LibreOffice and that .docx printed to PDF, each scored as a file of its own.
 */
export async function writeSynthForms(dir: string, count: number, seed: number, office: boolean): Promise<SynthEntry[]> {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.startsWith('synth-')) rmSync(join(dir, f), { recursive: true });
  const entries: SynthEntry[] = [];
  const html = join(dir, 'synth-html');
  const word: string[] = [];
  for (let n = 1; n <= count; n++) {
    const random = seededRandom(seed, `synth-form/${n}`);
    const shape = drawShape(random, office ? [...TEXT_RENDERINGS, 'word'] : TEXT_RENDERINGS);
    const content = drawContent(random, shape.rows);
    const name = `synth-${String(n).padStart(3, '0')}-${shape.rendering}-${shape.grid}`;
    const expected = `${JSON.stringify(expectedOf(content, shape), null, 2)}\n`;
    if (shape.rendering !== 'word') {
      writeFileSync(join(dir, `${name}.txt`), renderSynthForm(content, shape, random).text);
      writeFileSync(join(dir, `${name}.expected.json`), expected);
      entries.push({ file: `${name}.txt`, expected: `${name}.expected.json`, shape, format: 'txt' });
      continue;
    }
    mkdirSync(html, { recursive: true });
    writeFileSync(join(html, `${name}.html`), renderSynthHtml(content, shape, random));
    word.push(name);
    for (const format of ['docx', 'pdf'] as const) {
      writeFileSync(join(dir, `${name}-${format}.expected.json`), expected);
      entries.push({ file: `${name}-${format}.${format}`, expected: `${name}-${format}.expected.json`, shape, format });
    }
  }
  if (word.length > 0) {
    await convertBatch('html-docx', word.map((n) => ({ input: join(html, `${n}.html`), output: join(dir, `${n}-docx.docx`) })));
    // The PDF is printed from the Word file, as a council's "Save as PDF" would.
    for (const n of word) copyFileSync(join(dir, `${n}-docx.docx`), join(html, `${n}-pdf.docx`));
    await convertBatch('lo-pdf', word.map((n) => ({ input: join(html, `${n}-pdf.docx`), output: join(dir, `${n}-pdf.pdf`) })));
  }
  rmSync(html, { recursive: true, force: true });
  return entries;
}

/** The dimensions a score is broken down by, each a function of the drawn form. */
const DIMENSIONS: Record<string, (s: FormShape, e: SynthEntry) => string> = {
  format: (_s, e) => e.format,
  rendering: (s) => s.rendering,
  grid: (s) => s.grid,
  'rendering × grid': (s, e) => `${s.rendering === 'word' ? e.format : s.rendering} × ${s.grid}`,
  strands: (s) => s.strands,
  mark: (s) => (s.grid === 'word' || s.grid === 'answer-column' || s.grid === 'two-yes-no' ? '(words)' : s.mark),
  'sign-off': (s) => (s.rendering === 'lines' && (s.signOff === 'table' || s.signOff === 'columns') ? 'lines' : s.signOff),
  'author in opening section': (s) => (s.authorInHeader ? 'yes' : 'no'),
  contacts: (s) => (s.contacts && (s.signOff === 'blocks' || s.signOff === 'lines' || s.rendering === 'lines') ? 'email and phone' : 'none'),
  'pipe fields': (s) => (s.rendering !== 'pipe' ? '(not pipe)' : s.stacked ? 'stacked' : 'side by side'),
  pages: (s) => (s.rendering === 'word' ? '(word)' : s.pages ? 'page breaks' : 'one page'),
  guidance: (s) => (s.guidance ? 'printed' : 'none'),
  'two-row header': (s) => (!TICKED.includes(s.grid) ? '(no ticks)' : s.twoRowHeader ? 'two rows' : 'one row'),
  'row guidance': (s) => (s.rowGuidance ? 'printed' : 'none'),
  'wrapped lines': (s) => (s.rendering !== 'lines' ? '(not lines)' : s.wrap ? 'wrapped' : 'unwrapped'),
  'mitigation column': (s) => (s.mitigationColumn ? 'yes' : 'no'),
  impacts: (s) => (s.sections ? 'a section per group' : 'grid'),
  outcome: (s) => (s.outcome ? s.outcome.style : 'none'),
};

export interface SynthScore {
  seed: number;
  files: number;
  overall: Pick<ScoreSummary, 'f1' | 'precision' | 'recall'>;
  by: Record<string, Record<string, { files: number; f1: number; precision: number; recall: number }>>;
  problems: string[];
}

export async function scoreSynthForms(dir: string, entries: readonly SynthEntry[], seed: number): Promise<SynthScore> {
  const extraction = await runExtraction(entries.map((e) => ({ path: join(dir, e.file), cost: 1 })));
  const records = recordsByFile(extraction.lines);
  const pick = (s: ScoreSummary): { f1: number; precision: number; recall: number } => ({ f1: s.f1, precision: s.precision, recall: s.recall });
  const by: SynthScore['by'] = {};
  for (const [dimension, valueOf] of Object.entries(DIMENSIONS)) {
    const groups = new Map<string, SynthEntry[]>();
    for (const e of entries) groups.set(valueOf(e.shape, e), [...(groups.get(valueOf(e.shape, e)) ?? []), e]);
    by[dimension] = Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([value, es]) => [value, { files: es.length, ...pick(scoreSubset(dir, es, records)) }]));
  }
  return { seed, files: entries.length, overall: pick(scoreSubset(dir, entries, records)), by, problems: extraction.problems };
}

function markdown(score: SynthScore): string {
  const f = (x: number): string => x.toFixed(3);
  const out = [`synthetic forms: ${score.files} files, seed ${score.seed}: F1 ${f(score.overall.f1)} (P ${f(score.overall.precision)}, R ${f(score.overall.recall)})`];
  for (const [dimension, values] of Object.entries(score.by)) {
    out.push('', `| ${dimension} | files | F1 | P | R |`, '| --- | --- | --- | --- | --- |');
    for (const [value, s] of Object.entries(values)) out.push(`| ${value} | ${s.files} | ${f(s.f1)} | ${f(s.precision)} | ${f(s.recall)} |`);
  }
  if (score.problems.length) out.push('', `${score.problems.length} file(s) gave no record:`, ...score.problems.map((p) => `- ${p}`));
  return out.join('\n');
}

function parseArgs(argv: string[]): { dir: string; count: number; seed: number; json: boolean; office: boolean; score: boolean } {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (name: string, fallback: number): number => {
    const v = Number(value(name) ?? fallback);
    if (!Number.isInteger(v) || v < 1) {
      console.error(`forms:synth: ${name} takes a whole number of 1 or more (got ${value(name)}).`);
      process.exit(1);
    }
    return v;
  };
  return { dir: resolve(value('--out') ?? '.synth-forms'), count: number('--count', 80), seed: number('--seed', 1), json: argv.includes('--json'), office: argv.includes('--office'), score: !argv.includes('--no-score') };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const args = parseArgs(process.argv.slice(2));
  try {
    const entries = await writeSynthForms(args.dir, args.count, args.seed, args.office);
    if (!args.score) console.log(`${entries.length} files written to ${args.dir}`);
    else {
      const score = await scoreSynthForms(args.dir, entries, args.seed);
      console.log(args.json ? JSON.stringify(score, null, 2) : markdown(score));
    }
  } catch (e) {
    // One line, not a stack: a folder that cannot be written, or LibreOffice missing for --office.
    console.error(`forms:synth: ${e instanceof Error ? e.message : String(e)} (check --out, and that LibreOffice is installed for --office)`);
    process.exitCode = 1;
  }
}
