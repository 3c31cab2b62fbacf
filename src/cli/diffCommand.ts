/**
 * `eia diff`: what changed between two runs, field by field, matched by natural keys; a
 * table of counts per template and field with a few examples each, or one JSON line per
 * change for scripts.
 */
import { Option, type Command } from 'commander';
import { countChanges, diffDocument, type DocumentChange } from '../diff/diffRuns.js';
import { openDatabase } from '../store/openStore.js';
import { listRuns } from '../store/runs.js';
import { chosenRun } from './chosenRun.js';
import { documentsTouched, stateAt } from '../store/runStates.js';
import { positiveInt } from './parseOptions.js';

interface DiffOptions {
  db: string;
  from?: number;
  to?: number;
  template?: string;
  field?: string;
  format: 'table' | 'jsonl';
  examples: number;
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('field-level changes between two runs (default: the latest run against the one before it)')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--from <run>', 'the earlier run (default: the run before --to)', positiveInt)
    .option('--to <run>', 'the later run (default: the latest)', positiveInt)
    .option('--template <id>', 'only records of this template')
    .option('--field <pointer>', 'only this field, e.g. /title, /impacts/rating, people')
    .addOption(new Option('--format <format>', 'output').choices(['table', 'jsonl']).default('table'))
    .option('--examples <n>', 'examples shown per field in the table', positiveInt, 3)
    .action((opts: DiffOptions) => {
      process.exitCode = runDiff(opts);
    });
}

function runDiff(opts: DiffOptions): number {
  const db = openDatabase(opts.db, { readonly: true });
  try {
    const to = chosenRun(db, opts.db, opts.to);
    const from = opts.from ?? [...listRuns(db)].reverse().find((r) => r.id < to)?.id ?? 0;
    const filter = { ...(opts.template ? { template: opts.template } : {}), ...(opts.field ? { field: opts.field } : {}) };
    const docs = documentsTouched(db, from, to);
    const changes: DocumentChange[] = [];
    for (const doc of docs) changes.push(...diffDocument(doc, stateAt(db, doc, from), stateAt(db, doc, to), filter));
    if (opts.format === 'jsonl') {
      for (const c of changes) process.stdout.write(`${JSON.stringify({ fromRun: from, toRun: to, ...c })}\n`);
      return 0;
    }
    printTable(from, to, changes, countChanges(changes, docs.length), opts.examples);
    return 0;
  } finally {
    db.close();
  }
}

const short = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? '—' : s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

function printTable(from: number, to: number, changes: readonly DocumentChange[], counts: ReturnType<typeof countChanges>, examples: number): void {
  const lines = [`run ${from} → run ${to}: ${counts.changed} of ${counts.documents} documents touched changed; ${changes.length} changes`];
  for (const [template, fields] of Object.entries(counts.byTemplate).sort()) {
    lines.push(`\n${template}`);
    for (const [field, kinds] of Object.entries(fields).sort()) {
      lines.push(`  ${field.padEnd(22)} ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}`);
      for (const c of changes.filter((x) => x.template === template && x.field === field).slice(0, examples)) {
        const conf = c.kind === 'confidence' ? ` (confidence ${c.confidenceFrom} → ${c.confidenceTo})` : '';
        lines.push(`    ${c.file}#${c.indexInFile ?? '-'} ${c.path}: ${short(c.from)} → ${short(c.to)}${conf}`);
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
