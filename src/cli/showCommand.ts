/**
 * `eia show FILE|SHA256 [--json]`: one document's latest extraction with reviewers'
 * decisions applied — the record an export writes, for one file. `--json`: one record per
 * line (a file may bundle several EIAs).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { EiaRecord } from '../model/record.js';
import { readerOfTemplate, thresholdFor } from '../model/reviewThresholds.js';
import { REVIEW_THRESHOLDS } from '../../extractors/registry.js';
import { applyCorrectionsDetailed, readCorrections } from '../store/applyCorrections.js';
import { openDatabase, type Db } from '../store/openStore.js';
import { queryAll, queryOne } from '../store/query.js';
import { CliError } from './cliError.js';

interface ShowOptions {
  db: string;
  json?: boolean;
  index?: string;
}

export function registerShow(program: Command): void {
  program
    .command('show <fileOrSha256>')
    .description('one document’s latest extraction with reviewers’ corrections applied')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--index <n>', 'only the EIA at this position in the file (0-based)')
    .option('--json', 'one JSON record per line')
    .action((target: string, opts: ShowOptions) => show(target, opts));
}

/** The document a command line names: a sha256 (or a unique prefix of 8+), a stored path, or a file to hash. */
export function resolveDocument(db: Db, target: string): string {
  if (/^[0-9a-f]{8,64}$/i.test(target)) {
    const hits = queryAll(db, z.object({ sha256: z.string() }), 'SELECT sha256 FROM documents WHERE sha256 LIKE ? LIMIT 2', `${target.toLowerCase()}%`);
    if (hits.length === 1) return hits[0]!.sha256;
    if (hits.length > 1) throw new CliError(`${target} matches more than one document: give more of the sha256`);
  }
  for (const path of [target, resolve(target)]) {
    const hit = queryOne(db, z.object({ sha256: z.string() }), 'SELECT sha256 FROM document_paths WHERE path = ?', path);
    if (hit) return hit.sha256;
  }
  if (statSync(target, { throwIfNoEntry: false })?.isFile()) {
    const sha256 = createHash('sha256').update(readFileSync(target)).digest('hex');
    if (queryOne(db, z.object({ sha256: z.string() }), 'SELECT sha256 FROM documents WHERE sha256 = ?', sha256)) return sha256;
    throw new CliError(`${target} is not in the store: ingest it first (eia ingest ${target})`);
  }
  throw new CliError(`no document ${target} in the store: give a file path or a sha256 ('eia status --files' lists them)`);
}

function show(target: string, opts: ShowOptions): void {
  const db = openDatabase(opts.db, { readonly: true });
  try {
    const sha256 = resolveDocument(db, target);
    const rows = queryAll(db, z.object({ index_in_file: z.number().int(), record: z.string() }), 'SELECT index_in_file, record FROM records WHERE sha256 = ? AND current = 1 ORDER BY index_in_file', sha256);
    const wanted = opts.index === undefined ? rows : rows.filter((r) => String(r.index_in_file) === opts.index);
    if (!wanted.length) throw new CliError(`${target} has no ${opts.index === undefined ? '' : `EIA ${opts.index}, no `}extracted record ('eia status --files' says why)`);
    for (const row of wanted) {
      const applied = applyCorrectionsDetailed(EiaRecord.parse(JSON.parse(row.record)), readCorrections(db, sha256, row.index_in_file));
      if (opts.json) process.stdout.write(`${JSON.stringify(applied.record)}\n`);
      else process.stdout.write(describe(applied.record, applied.decisions.length));
    }
  } finally {
    db.close();
  }
}

/** How many values sit below the review threshold of the reader that extracted the record (what made it needs-review, with the reasons). */
function lowConfidence(r: EiaRecord): string {
  const reader = readerOfTemplate(r.template.id);
  const t = thresholdFor(REVIEW_THRESHOLDS, reader);
  const n = Object.values(r.confidence).filter((c) => c < t).length;
  return `  ${'low confidence'.padEnd(15)} ${n} value${n === 1 ? '' : 's'} below ${t} (the ${reader === 'generic' ? "generic reader's" : "templates'"} review threshold)`;
}

function describe(r: EiaRecord, decisions: number): string {
  const e = r.eia;
  const line = (k: string, v: unknown): string => `  ${k.padEnd(15)} ${v === null || v === undefined ? '—' : String(v).replace(/\s+/g, ' ').slice(0, 100)}`;
  const out = [
    `${r.document.file}  #${r.document.indexInFile}  ${r.document.sha256.slice(0, 12)}  ${r.template.id}  ${r.review.status}${r.review.reasons?.length ? ` [${r.review.reasons.join(', ')}]` : ''}${decisions ? ` (${decisions} decision${decisions === 1 ? '' : 's'})` : ''}`,
    line('title', e.title), line('organisation', e.organisation), line('directorate', e.directorate), line('service', e.service),
    line('activityType', e.activityType), line('assessmentDate', e.assessmentDate), line('purpose', e.purpose), line('outcome', e.outcome),
    lowConfidence(r),
    `  people (${e.people.length})`, ...e.people.map((p) => `    ${p.capacity.padEnd(11)} ${p.name}${p.role ? `, ${p.role}` : ''}`),
    `  impacts (${e.impacts.length})`, ...e.impacts.map((i) => `    ${[i.characteristic, i.group, i.subgroup, i.proposal].filter((x) => x !== null).join(' / ').padEnd(30)} ${i.rating}`),
    `  actions (${e.actions.length})`, ...e.actions.map((a) => `    ${(a.action ?? a.issue ?? '').replace(/\s+/g, ' ').slice(0, 90)}`),
  ];
  return `${out.join('\n')}\n`;
}
