/**
 * `eia eval`: scores a run's records against gold (a folder of NAME.expected.json, or the
 * records reviewers finished in this store) by the rules of the spec (src/eval, the
 * scorer's logic), and, with `--baseline`, gates a new extractor version: it exits 3 when
 * F1 drops by more than `--max-drop` on any template.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { gate, parseExpectedFile, runReport, type ExpectedRecord, type GateResult, type GoldPages, type RunReport } from '../eval/index.js';
import type { EiaRecord } from '../model/record.js';
import type { Db } from '../store/db.js';
import { openDatabase } from '../store/openStore.js';
import { currentRecords } from '../store/readStore.js';
import { chosenRun } from './chosenRun.js';
import { CliError } from './cliError.js';
import { documentsUpTo, stateAt } from '../store/runStates.js';
import { positiveInt } from './parseOptions.js';

interface EvalOptions {
  db: string;
  gold: string;
  run?: number;
  baseline?: number;
  maxDrop: number;
  json?: boolean;
}

/** Exit code of a failed gate. */
export const GATE_FAILED = 3;

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score a run against gold records; with --baseline, fail (exit 3) when F1 drops on any template')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .requiredOption('--gold <dir|reviewed>', "a folder of NAME.expected.json files, or 'reviewed' for this store's reviewed records")
    .option('--run <run>', 'the run to score (default: the latest)', positiveInt)
    .option('--baseline <run>', 'a run to compare with', positiveInt)
    .option('--max-drop <f1>', 'the largest F1 drop on a template the gate accepts', Number, 0.005)
    .option('--json', 'one JSON document')
    .action((opts: EvalOptions) => {
      process.exitCode = runEval(opts);
    });
}

interface Gold {
  expected: Map<string, ExpectedRecord[]>;
  inputs: string[];
  pages?: GoldPages;
}

const stem = (file: string): string => basename(file).replace(/\.[^.]+$/, '');

function goldFromDir(dir: string): Gold {
  const files = readdirSync(dir);
  const expected = new Map<string, ExpectedRecord[]>();
  for (const f of files.filter((x) => x.endsWith('.expected.json'))) {
    expected.set(f.replace(/\.expected\.json$/, ''), parseExpectedFile(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
  }
  return { expected, inputs: files };
}

/** Reviewed records (corrections applied) are the gold for the same files' extractions. */
function goldFromReviews(db: Db): Gold {
  const expected = new Map<string, ExpectedRecord[]>();
  const inputs: string[] = [];
  const pages = new Map<string, Map<string, number | null>>();
  for (const r of currentRecords(db)) {
    if (r.review.status !== 'reviewed') continue;
    const name = stem(r.document.file);
    const list = expected.get(name) ?? [];
    list[r.document.indexInFile] = { template: r.template.id, eia: r.eia };
    expected.set(name, list);
    inputs.push(basename(r.document.file));
    pages.set(`${name}.${r.document.format}#${r.document.indexInFile}`, new Map(Object.entries(r.provenance).map(([p, v]) => [p, v.page])));
  }
  return { expected, inputs: [...new Set(inputs)], pages };
}

/** Every record as run `run` left it (raw extractor output: gold, not corrections, is what it is scored against). */
function recordsAt(db: Db, run: number): EiaRecord[] {
  return documentsUpTo(db, run).flatMap((doc) => stateAt(db, doc, run)?.records ?? []);
}

function runEval(opts: EvalOptions): number {
  const db = openDatabase(opts.db, { readonly: true });
  try {
    const run = chosenRun(db, opts.db, opts.run);
    if (opts.baseline !== undefined) chosenRun(db, opts.db, opts.baseline);
    let gold: Gold;
    if (opts.gold === 'reviewed') gold = goldFromReviews(db);
    else if (statSync(opts.gold, { throwIfNoEntry: false })?.isDirectory()) gold = goldFromDir(opts.gold);
    else throw new CliError(`--gold ${opts.gold} is neither a folder of NAME.expected.json files nor 'reviewed'`);
    if (gold.expected.size === 0) throw new CliError(`no gold records in ${opts.gold}`);
    const report = (r: number): RunReport => runReport({ expected: gold.expected, inputs: gold.inputs, actual: recordsAt(db, r) }, r, gold.pages);
    const candidate = report(run);
    const baseline = opts.baseline !== undefined ? report(opts.baseline) : null;
    const verdict = baseline ? gate(candidate, baseline, opts.maxDrop) : null;
    if (opts.json) process.stdout.write(`${JSON.stringify({ run: candidate, ...(baseline ? { baseline, gate: verdict } : {}) })}\n`);
    else printReport(candidate, baseline, verdict);
    return verdict && verdict.dropped.length > 0 ? GATE_FAILED : 0;
  } finally {
    db.close();
  }
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '  —  ' : (100 * x).toFixed(1).padStart(5));

function printReport(c: RunReport, b: RunReport | null, g: GateResult | null): void {
  const lines = [`run ${c.run}: F1 ${c.overall.f1.toFixed(3)} (P ${c.overall.precision.toFixed(3)}, R ${c.overall.recall.toFixed(3)}), macro F1 ${c.macroF1.toFixed(3)} over ${c.overall.expected} expected units`];
  const table = (title: string, rows: Record<string, { precision: number; recall: number; f1: number; expected: number }>): void => {
    lines.push(`\n${title.padEnd(24)}     P      R     F1  units${b ? '   ΔF1' : ''}`);
    for (const [k, v] of Object.entries(rows).sort()) lines.push(`  ${k.padEnd(22)} ${pct(v.precision)}  ${pct(v.recall)}  ${pct(v.f1)}  ${String(v.expected).padStart(5)}${b ? `  ${delta(v.f1, (b as RunReport)[title === 'template' ? 'byTemplate' : title === 'format' ? 'byFormat' : 'byField'][k]?.f1)}` : ''}`);
  };
  table('template', c.byTemplate);
  table('format', c.byFormat);
  table('field', c.byField);
  const cal = c.calibration;
  lines.push(`\ncalibration: ECE ${cal.ece?.toFixed(3) ?? '—'} over ${cal.units} units; wrong values below ${cal.threshold}: ${pct(cal.wrongCaughtBelowThreshold)} %; flagged: ${pct(cal.flaggedShare)} %`);
  lines.push(`provenance: ${c.provenance.share === null ? 'the gold gives no pages' : `${c.provenance.hits}/${c.provenance.checked} on the gold value's page (${pct(c.provenance.share)} %)`}`);
  if (c.missingFiles) lines.push(`${c.missingFiles} gold files have no record in run ${c.run} (counted as misses)`);
  if (g) lines.push(`\ngate against run ${b!.run} (max drop ${g.maxDrop}): ${g.dropped.length ? `FAILED on ${g.dropped.join(', ')}` : 'passed'} (overall ΔF1 ${g.overallDelta >= 0 ? '+' : ''}${g.overallDelta.toFixed(3)})`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function delta(now: number, before: number | undefined): string {
  if (before === undefined) return '  new';
  const d = now - before;
  return `${d >= 0 ? '+' : ''}${d.toFixed(3)}`;
}
