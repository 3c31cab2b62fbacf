/**
 * `eia review`: serves the review web app (src/review) over the store; `eia review list`
 * prints what waits for a decision and why; `eia review export-gold DIR` writes reviewed
 * records as NAME.expected.json, the gold `eia eval` and shared/tools/eia-score.mjs read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { REVIEW_THRESHOLDS } from '../../extractors/registry.js';
import { reviewApp, startReviewServer } from '../review/server.js';
import { isLoopback, newSecret } from '../review/security.js';
import { openDatabase } from '../store/openStore.js';
import { openExistingStore } from './openExistingStore.js';
import { currentRecords } from '../store/readStore.js';
import { DEFAULT_AUDIT_RATE, reviewQueue } from '../store/reviewQueueStore.js';
import { queueJson } from '../review/pages/queuePage.js';
import { CliError } from './cliError.js';

interface ServeOptions {
  db: string;
  port: number;
  host: string;
  reviewer?: string;
  token?: string;
  auditRate: number;
}

function rate(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a share between 0 and 1, e.g. 0.02');
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0 picks a free one)');
  return n;
}


export function registerReview(program: Command): void {
  const review = program
    .command('review')
    .description('serve the review web app: the queue of fields to check, each beside its source page')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--port <n>', 'port (0: any free one)', port, 8080)
    .option('--host <address>', 'address to listen on; anything but loopback requires the access token', '127.0.0.1')
    .option('--reviewer <name>', 'who the decisions are recorded as (default: your user name)')
    .option('--token <token>', 'access token (beyond loopback one is generated and printed when not given)')
    .option('--audit-rate <share>', 'share of auto-accepted fields queued as an audit sample', rate, DEFAULT_AUDIT_RATE)
    .action((opts: ServeOptions) => serveReview(opts));

  review
    .command('list')
    .description('records and fields awaiting a decision, with the reasons (takes --db and --audit-rate)')
    .option('--json', 'one JSON object per record, one per line')
    // --db and --audit-rate are the parent's options: commander gives them to a subcommand only this way.
    .action((_opts: unknown, cmd: Command) => listQueue(cmd.optsWithGlobals<{ db: string; auditRate: number; json?: boolean }>()));

  review
    .command('export-gold <dir>')
    .description('write reviewed records as NAME.expected.json (the gold eia eval and eia-score.mjs read; takes --db)')
    .action((dir: string, _opts: unknown, cmd: Command) => exportGold(cmd.optsWithGlobals<{ db: string }>().db, dir));
}

async function serveReview(opts: ServeOptions): Promise<void> {
  // Decisions are written through it, each under the writer lock (src/review/lockedWrite.ts).
  const db = openExistingStore(opts.db);
  const loopback = isLoopback(opts.host);
  const token = opts.token ?? (loopback ? null : newSecret());
  const app = reviewApp({
    db, reviewer: opts.reviewer ?? userInfo().username, token, loopback,
    settings: { threshold: REVIEW_THRESHOLDS, auditRate: opts.auditRate },
    cacheDir: join(dirname(resolve(opts.db)), '.eia-review-cache'),
  });
  let running;
  try {
    running = await startReviewServer(app, opts.host, opts.port);
  } catch (e) {
    db.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${opts.port} is in use: pass another --port (0 picks a free one)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`cannot listen on ${opts.host}: pass an address of this machine as --host`);
    throw e;
  }
  process.stdout.write(`review: ${running.url}/${token ? `?token=${token}` : ''}\n`);
  if (token && !opts.token) process.stderr.write('review: the access token above was generated for this session; pass --token to choose one\n');
  const stop = (): void => {
    void running.close().finally(() => db.close());
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function listQueue(opts: { db: string; auditRate: number; json?: boolean }): void {
  const db = openDatabase(opts.db, { readonly: true });
  try {
    const waiting = queueJson(reviewQueue(db, { threshold: REVIEW_THRESHOLDS, auditRate: opts.auditRate }).filter((r) => r.pending > 0)) as Array<{
      file: string; indexInFile: number; sha256: string; pending: number; expectedWrong: number; fields: Array<{ pointer: string; reasons: string[]; confidence: number | null; value: unknown }>;
    }>;
    if (opts.json) {
      for (const r of waiting) process.stdout.write(`${JSON.stringify(r)}\n`);
      return;
    }
    if (!waiting.length) process.stdout.write('nothing waits for a decision\n');
    for (const r of waiting) {
      process.stdout.write(`${r.file}${r.indexInFile ? ` #${r.indexInFile}` : ''}  ${r.sha256.slice(0, 12)}  ${r.pending} waiting, ~${r.expectedWrong.toFixed(2)} wrong expected\n`);
      for (const f of r.fields) {
        const value = JSON.stringify(f.value ?? null);
        process.stdout.write(`  ${f.pointer.padEnd(40)} ${f.reasons.join(',').padEnd(20)} ${f.confidence === null ? '   —' : f.confidence.toFixed(2)}  ${value.length > 60 ? `${value.slice(0, 57)}…` : value}\n`);
      }
    }
  } finally {
    db.close();
  }
}

function exportGold(dbPath: string, dir: string): void {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const byName = new Map<string, { file: string; records: Array<{ template: string; eia: unknown }> }>();
    let clashes = 0;
    for (const r of currentRecords(db)) {
      if (r.review.status !== 'reviewed') continue;
      const name = basename(r.document.file, extname(r.document.file));
      const entry = byName.get(name) ?? { file: r.document.file, records: [] };
      // Two formats of one document share a name: the first file's reviews are the gold, and we say so.
      if (entry.file !== r.document.file) {
        clashes++;
        continue;
      }
      entry.records[r.document.indexInFile] = { template: r.template.id, eia: r.eia };
      byName.set(name, entry);
    }
    mkdirSync(dir, { recursive: true });
    for (const [name, { records }] of byName) writeFileSync(join(dir, `${name}.expected.json`), `${JSON.stringify({ records: records.filter(Boolean) }, null, 2)}\n`);
    process.stderr.write(`wrote ${byName.size} reviewed document${byName.size === 1 ? '' : 's'} to ${dir}${clashes ? ` (${clashes} record${clashes === 1 ? '' : 's'} of another file with the same name left out)` : ''}\n`);
  } finally {
    db.close();
  }
}
