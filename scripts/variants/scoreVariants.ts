/**
 * Scores the variants corpus: every variant through the real job, scored with the vendored
 * scorer, as a table of rendering × template F1 with each rendering's gap to its source
 * document (the sample's PDF, or its .docx for Word-derived renderings) on the same samples.
 *
 *   npm run variants:score -- [--out DIR] [--kinds a,b] [--threads N] [--json]
 *
 * `EIA_LIBREOFFICE=off` in the environment scores the machine-without-LibreOffice path.
 */
import { resolve } from 'node:path';
import { KINDS, selectKinds } from './kinds.js';
import { readManifest, type ManifestEntry } from './manifest.js';
import { runExtraction } from './runExtraction.js';
import { recordsByFile, scoreSubset } from './scoreSubset.js';
import type { ScanParams } from './scanRendering.js';

export interface KindScore {
  kind: string;
  family: string;
  base: string;
  files: number;
  /** Files the job failed on or gave no record for. */
  problems: number;
  f1: number;
  macroF1: number;
  templates: Record<string, number>;
  /** F1 of the base rendering on the same samples, and this rendering's F1 minus it. */
  baseF1: number | null;
  gap: number | null;
}

export interface VariantsScore {
  dir: string;
  seed: number;
  templates: string[];
  kinds: KindScore[];
  problems: string[];
}

export async function scoreVariants(dir: string, options: { kinds?: string[]; threads?: number } = {}): Promise<VariantsScore> {
  const manifest = readManifest(dir);
  if (!manifest) throw new Error(`no manifest.json in ${dir}: run \`npm run variants\` first`);
  const wanted = new Set(selectKinds(options.kinds).flatMap((k) => [k.id, k.base]));
  const entries = manifest.entries.filter((e) => wanted.has(e.kind));
  const extraction = await runExtraction(entries.map((e) => ({ path: resolve(dir, e.file), cost: costOf(e) })), options.threads);
  const records = recordsByFile(extraction.lines);
  const templates = [...new Set(entries.flatMap((e) => e.templates))].sort();
  const problemFiles = new Set(extraction.problems.map((p) => /([^/\s]+~[\w-]+\.\w+):/.exec(p)?.[1]).filter(Boolean));
  const kinds: KindScore[] = [];
  for (const kind of KINDS) {
    const mine = entries.filter((e) => e.kind === kind.id);
    if (mine.length === 0 || !selectKinds(options.kinds).some((k) => k.id === kind.id)) continue;
    const summary = scoreSubset(dir, mine, records);
    const sources = new Set(mine.flatMap((e) => e.sources));
    const baseEntries = entries.filter((e) => e.kind === kind.base && e.sources.every((s) => sources.has(s)));
    const baseF1 = kind.id === kind.base || baseEntries.length === 0 ? null : scoreSubset(dir, baseEntries, records).f1;
    kinds.push({
      kind: kind.id,
      family: kind.family,
      base: kind.base,
      files: mine.length,
      problems: mine.filter((e) => problemFiles.has(e.file)).length,
      f1: summary.f1,
      macroF1: summary.macroF1,
      templates: Object.fromEntries(templates.filter((t) => summary.by[`template:${t}`]).map((t) => [t, summary.by[`template:${t}`]!.f1])),
      baseF1,
      gap: baseF1 === null ? null : summary.f1 - baseF1,
    });
  }
  return { dir, seed: manifest.seed, templates, kinds, problems: extraction.problems };
}

/** Rough relative cost of reading a variant: OCR is seconds per page, LibreOffice seconds per file. */
function costOf(e: ManifestEntry): number {
  if (e.family === 'scan') {
    const p = e.params as unknown as ScanParams;
    return p.skews.length * (p.dpi / 100) ** 2 * 3;
  }
  if (['doc', 'odt', 'rtf'].includes(e.kind)) return 5;
  return e.family === 'bundle' ? 2 : 1;
}

export function markdownTable(score: VariantsScore): string {
  const f = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : x.toFixed(3));
  const signed = (x: number | null): string => (x === null ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`);
  const head = ['rendering', 'files', ...score.templates, 'all', 'gap to source', 'failed'];
  const rows = score.kinds.map((k) => [
    k.kind, String(k.files), ...score.templates.map((t) => f(k.templates[t])), f(k.f1),
    k.baseF1 === null ? '—' : `${signed(k.gap)} (vs ${k.base} ${f(k.baseF1)})`, String(k.problems),
  ]);
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function parseArgs(argv: string[]): { dir: string; kinds?: string[]; threads?: number; json: boolean } {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const threads = value('--threads');
  return {
    dir: resolve(value('--out') ?? '.variants'),
    kinds: value('--kinds')?.split(',').map((k) => k.trim()).filter(Boolean),
    threads: threads === undefined ? undefined : Math.max(1, Number(threads)),
    json: argv.includes('--json'),
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  // A missing corpus or an unknown kind is the user's to fix: one line, no stack trace.
  const score = await scoreVariants(args.dir, args).catch((e: unknown) => {
    console.error(`variants:score: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
  if (args.json) console.log(JSON.stringify(score, null, 2));
  else {
    console.log(markdownTable(score));
    if (score.problems.length) console.log(`\n${score.problems.length} problem(s):\n${score.problems.map((p) => `- ${p}`).join('\n')}`);
    console.log(`\n${score.kinds.reduce((n, k) => n + k.files, 0)} files, seed ${score.seed}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}
