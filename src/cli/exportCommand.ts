/**
 * `eia export --format jsonl|csv`: the current records of the store, with reviewers'
 * corrections applied. jsonl: one record per line (the shared/spec record), to a file or
 * stdout. csv: a folder of tidy tables (documents, people, impacts, actions).
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import { openDatabase } from '../store/openStore.js';
import { currentRecords } from '../store/readStore.js';
import { CSV_TABLES, csvLine } from './csvTables.js';

interface ExportOptions {
  db: string;
  format: 'jsonl' | 'csv';
  out?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the extracted records: JSON Lines (one spec record per line) or a folder of CSV tables')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .option('--out <path>', 'output file (jsonl; default stdout) or folder (csv; default ./export)')
    .action(async (opts: ExportOptions) => {
      const db = openDatabase(opts.db, { readonly: true });
      try {
        const n = opts.format === 'jsonl' ? await exportJsonl(db, opts.out) : await exportCsv(db, opts.out ?? 'export');
        process.stderr.write(`exported ${n} record${n === 1 ? '' : 's'}${opts.out || opts.format === 'csv' ? ` to ${opts.out ?? 'export'}` : ''}\n`);
      } finally {
        db.close();
      }
    });
}

async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

async function exportJsonl(db: ReturnType<typeof openDatabase>, out: string | undefined): Promise<number> {
  const stream = out ? createWriteStream(out) : process.stdout;
  let n = 0;
  for (const record of currentRecords(db)) {
    await write(stream, `${JSON.stringify(record)}\n`);
    n++;
  }
  if (stream !== process.stdout) await close(stream as WriteStream);
  return n;
}

async function exportCsv(db: ReturnType<typeof openDatabase>, folder: string): Promise<number> {
  mkdirSync(folder, { recursive: true });
  const streams = CSV_TABLES.map((t) => {
    const s = createWriteStream(join(folder, `${t.name}.csv`));
    s.write(`\uFEFF${csvLine(t.header)}`);
    return s;
  });
  let n = 0;
  for (const record of currentRecords(db)) {
    for (const [i, t] of CSV_TABLES.entries()) for (const row of t.rows(record)) await write(streams[i]!, csvLine(row));
    n++;
  }
  await Promise.all(streams.map(close));
  return n;
}
