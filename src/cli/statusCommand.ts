/**
 * `eia status`: what the store holds — documents by status, failures grouped by reason,
 * records by template, how many need review. `--files` lists every input file
 * (`--format jsonl`: one {"file","sha256","status","reason"} per line). `--format json` is
 * always one JSON document (an array of files with `--files`; the summary object, with its
 * `queues` when --redis is given), `jsonl` one JSON value per line.
 */
import { Option, type Command } from 'commander';
import { REVIEW_THRESHOLDS } from '../../extractors/registry.js';
import { openDatabase } from '../store/openStore.js';
import { fileStatuses, summarise } from '../store/readStore.js';
import { auditAccuracy, type AuditAccuracy } from '../store/auditAccuracy.js';
import { copyCounts, linkedRecords } from '../store/copyLinks.js';

interface StatusOptions {
  db: string;
  redis?: string;
  files?: boolean;
  format: 'text' | 'jsonl' | 'json';
}

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('show what the store holds: documents by status, failures by reason, records needing review')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--files', 'list every input file with its status')
    .option('--redis <url>', 'also show the distributed queues: depth and jobs by state')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'jsonl', 'json']).default('text'))
    .action(async (opts: StatusOptions) => {
      const db = openDatabase(opts.db, { readonly: true });
      let summary: Record<string, unknown> | null = null;
      try {
        if (opts.files) printFiles(db, opts.format);
        else if (opts.format === 'json') summary = { ...summarise(db, REVIEW_THRESHOLDS), copies: copyCounts(linkedRecords(db).links), auditAccuracy: auditAccuracy(db) };
        else printSummary(db, opts.format);
      } finally {
        db.close();
      }
      if (summary) {
        const queues = opts.redis ? await (await import('../queue/distributed/queueCounts.js')).queueCounts(opts.redis) : undefined;
        process.stdout.write(`${JSON.stringify(queues ? { ...summary, queues } : summary, null, 2)}\n`);
      } else if (opts.redis && !opts.files) await printQueues(opts.redis, opts.format);
    });
}

function printFiles(db: ReturnType<typeof openDatabase>, format: StatusOptions['format']): void {
  const files = fileStatuses(db).map((f) => ({
    file: f.file,
    sha256: f.sha256,
    status: f.status === 'pending' ? 'failed' : f.status,
    reason: f.status === 'pending' ? 'not yet processed' : f.reason,
  }));
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(files, null, 2)}\n`);
    return;
  }
  for (const f of files) {
    if (format === 'text') process.stdout.write(`${f.status.padEnd(10)}  ${f.file}${f.reason ? `  (${f.reason})` : ''}\n`);
    else process.stdout.write(`${JSON.stringify(f)}\n`);
  }
}

function printSummary(db: ReturnType<typeof openDatabase>, format: StatusOptions['format']): void {
  const s = { ...summarise(db, REVIEW_THRESHOLDS), copies: copyCounts(linkedRecords(db).links) };
  const audit = auditAccuracy(db);
  if (format !== 'text') {
    process.stdout.write(`${JSON.stringify({ ...s, auditAccuracy: audit })}\n`);
    return;
  }
  const lines = [
    `documents: ${s.documents}${s.unreadable ? ` (+${s.unreadable} unreadable paths)` : ''}`,
    ...Object.entries(s.byStatus).map(([status, n]) => `  ${status.padEnd(11)} ${n}`),
    `records: ${s.records} (${s.needsReview} need review; ${s.lowConfidenceFields} fields below their reader's threshold: templates ${REVIEW_THRESHOLDS.templates}, generic ${REVIEW_THRESHOLDS.generic})`,
    ...Object.entries(s.byTemplate).map(([t, n]) => `  ${t.padEnd(11)} ${n}`),
    `EIAs: ${s.copies.eias} (${s.copies.duplicateCopies} records are copies of another file's EIA; ${s.copies.seriesWithVersions} with re-issued versions)`,
  ];
  if (s.failuresByReason.length) {
    lines.push('failures by reason:');
    for (const f of s.failuresByReason) lines.push(`  ${f.reason.padEnd(18)} ${String(f.count).padStart(5)}  e.g. ${f.example}`);
  }
  lines.push(...auditLines(audit));
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The audit sample's measured error rate of auto-accepted fields, per field kind, with its Wilson 95 % interval. */
function auditLines(a: AuditAccuracy): string[] {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  if (!a.overall) return ['audit sample: no audited fields decided yet (eia review queues a share of auto-accepted fields)'];
  const row = (k: AuditAccuracy['byKind'][number]): string => `  ${k.kind.padEnd(22)} ${String(k.wrong).padStart(4)}/${String(k.audited).padEnd(5)} ${pct(k.errorRate).padStart(6)} wrong  (95% ${pct(k.interval.low)}–${pct(k.interval.high)})`;
  return [`audit sample: auto-accepted fields measured wrong ${pct(a.overall.errorRate)} (95% Wilson ${pct(a.overall.interval.low)}–${pct(a.overall.interval.high)}, ${a.overall.audited} audited)`, ...a.byKind.map(row)];
}

async function printQueues(redisUrl: string, format: StatusOptions['format']): Promise<void> {
  const counts = await (await import('../queue/distributed/queueCounts.js')).queueCounts(redisUrl);
  if (format !== 'text') {
    process.stdout.write(`${JSON.stringify({ queues: counts })}\n`);
    return;
  }
  for (const [queue, byState] of Object.entries(counts)) {
    const depth = (byState.waiting ?? 0) + (byState.delayed ?? 0) + (byState.prioritized ?? 0);
    process.stdout.write(`queue ${queue}: ${depth} waiting; ${Object.entries(byState).map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  }
}
