/**
 * The synthetic-forms corpus: EIAs written on forms drawn from the shapes real
 * organisations use (synthShape.ts), each with the record its labeller would expect, read by
 * the real job and scored by the vendored scorer, overall and by each dimension of the form,
 * so a weakness shows as the shape it belongs to ("layout × yes-no grid") rather than as one
 * document.
 *
 *   npm run forms:synth -- [--out .synth-forms] [--count 80] [--seed 1] [--json]
 *
 * Every file is written again on each run (they are small and quick to make); the folder is
 * git-ignored.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runExtraction } from '../variants/runExtraction.js';
import { recordsByFile, scoreSubset, type ScoreSummary } from '../variants/scoreSubset.js';
import { seededRandom } from '../variants/seededRandom.js';
import { drawContent } from './synthContent.js';
import { drawShape, type FormShape } from './synthShape.js';
import { renderSynthForm } from './renderSynthForm.js';

export interface SynthEntry { file: string; expected: string; shape: FormShape }

export function writeSynthForms(dir: string, count: number, seed: number): SynthEntry[] {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.startsWith('synth-')) rmSync(join(dir, f));
  const entries: SynthEntry[] = [];
  for (let n = 1; n <= count; n++) {
    const random = seededRandom(seed, `synth-form/${n}`);
    const shape = drawShape(random);
    const doc = renderSynthForm(drawContent(random, shape.rows), shape, random);
    const name = `synth-${String(n).padStart(3, '0')}-${shape.rendering}-${shape.grid}`;
    writeFileSync(join(dir, `${name}.txt`), doc.text);
    writeFileSync(join(dir, `${name}.expected.json`), `${JSON.stringify(doc.expected, null, 2)}\n`);
    entries.push({ file: `${name}.txt`, expected: `${name}.expected.json`, shape });
  }
  return entries;
}

/** The dimensions a score is broken down by, each a function of the drawn form. */
const DIMENSIONS: Record<string, (s: FormShape) => string> = {
  rendering: (s) => s.rendering,
  grid: (s) => s.grid,
  'rendering × grid': (s) => `${s.rendering} × ${s.grid}`,
  strands: (s) => s.strands,
  mark: (s) => (s.grid === 'word' ? '(words)' : s.mark),
  'sign-off': (s) => (s.rendering === 'lines' && s.signOff === 'table' ? 'lines' : s.signOff),
  'pipe fields': (s) => (s.rendering !== 'pipe' ? '(not pipe)' : s.stacked ? 'stacked' : 'side by side'),
  pages: (s) => (s.pages ? 'page breaks' : 'one page'),
  guidance: (s) => (s.guidance ? 'printed' : 'none'),
  'mitigation column': (s) => (s.mitigationColumn ? 'yes' : 'no'),
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
    for (const e of entries) groups.set(valueOf(e.shape), [...(groups.get(valueOf(e.shape)) ?? []), e]);
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

function parseArgs(argv: string[]): { dir: string; count: number; seed: number; json: boolean } {
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
  return { dir: resolve(value('--out') ?? '.synth-forms'), count: number('--count', 80), seed: number('--seed', 1), json: argv.includes('--json') };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const args = parseArgs(process.argv.slice(2));
  const entries = writeSynthForms(args.dir, args.count, args.seed);
  const score = await scoreSynthForms(args.dir, entries, args.seed);
  console.log(args.json ? JSON.stringify(score, null, 2) : markdown(score));
}
