/**
 * `eia export`: parses the options and checks the output path; src/export does the rest
 * (one row per EIA unless --all-copies, reviewers' corrections applied, filters, one writer
 * per format, datapackage.json beside every export).
 */
import { auditMeta } from '../export/auditMeta.js';
import { auditAccuracy } from '../store/auditAccuracy.js';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CHARACTERISTICS, RATINGS, REVIEW_STATUSES } from '../model/vocabulary.js';
import { buildExport } from '../export/buildExport.js';
import type { ExportFilters } from '../export/exportItem.js';
import { exportFormat, FORMAT_NAMES, type FormatName } from '../export/formats/index.js';
import { openDatabase } from '../store/openStore.js';
import { CliError } from './cliError.js';

interface ExportOptions {
  db: string;
  format: FormatName;
  out?: string;
  template?: string;
  from?: string;
  to?: string;
  characteristic?: string;
  rating?: string;
  status?: ExportFilters['status'];
  minConfidence?: number;
  allCopies?: boolean;
  bom: boolean;
}

const isoDate = (v: string): string => {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new InvalidArgumentError('give a date as YYYY-MM-DD (or YYYY-MM, YYYY)');
  return v;
};
const probability = (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('give a number from 0 to 1');
  return n;
};

/** The database must exist; a folder format needs a folder (or nothing), a file format a file (or nothing). */
export function checkOutput(target: 'file' | 'folder', out: string, db: string): void {
  if (resolve(out) === resolve(db)) throw new CliError(`--out ${out} is the store itself: give another path`);
  if (!existsSync(out)) return;
  const isDir = statSync(out).isDirectory();
  if (target === 'folder' && !isDir) throw new CliError(`--out ${out} is a file, but this format writes a folder of files: give a folder path`);
  if (target === 'file' && isDir) throw new CliError(`--out ${out} is a folder, but this format writes one file: give a file path such as ${out.replace(/\/$/, '')}/eia-export`);
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the dataset: JSON Lines records, or tables (eias, files, people, impacts, actions, sections) as CSV, Excel, SQLite or Parquet, with datapackage.json')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .addOption(new Option('--format <format>', 'output format').choices(FORMAT_NAMES).default('jsonl'))
    .option('--out <path>', 'jsonl: file (default stdout); csv, parquet: folder (default ./export, ./export-parquet); xlsx, sqlite: file')
    .option('--template <id>', 'only EIAs read with this template (bathnes, kent-eqia, generic, ...)')
    .option('--from <date>', 'only EIAs assessed on or after this date', isoDate)
    .option('--to <date>', 'only EIAs assessed on or before this date', isoDate)
    .addOption(new Option('--characteristic <c>', 'only EIAs rating this characteristic').choices(CHARACTERISTICS))
    .addOption(new Option('--rating <r>', 'only EIAs with an impact rated so (adverse = negative or both), of --characteristic if given').choices([...RATINGS, 'adverse']))
    .addOption(new Option('--status <s>', 'only EIAs with this review status').choices(REVIEW_STATUSES))
    .option('--min-confidence <p>', 'only EIAs whose mean field confidence is at least this', probability)
    .option('--all-copies', 'one row per file, not per EIA (copies of one EIA share eia_id)')
    .option('--no-bom', 'csv: no UTF-8 byte-order mark (for tools other than Excel)')
    .action(async (opts: ExportOptions) => {
      // A missing or broken store is refused by openDatabase with a typed error main.ts prints as
      // one line, like every CliError here; main.ts also ends a closed stdout pipe quietly.
      const format = exportFormat(opts.format, { bom: opts.bom });
      // "-" is standard output, as everywhere on the command line (not a file named "-").
      const chosen = opts.out ?? format.defaultOut;
      if (chosen === '-' && format.defaultOut !== '-') throw new CliError(`--format ${opts.format} cannot go to standard output — pass --out with a ${format.target === 'folder' ? 'folder' : 'file'}`);
      const out = chosen === '-' ? undefined : chosen;
      if (out) checkOutput(format.target, out, opts.db);
      const db = openDatabase(opts.db, { readonly: true });
      let data: ReturnType<typeof buildExport>;
      try {
        data = buildExport(db, {
          template: opts.template, from: opts.from, to: opts.to, characteristic: opts.characteristic, rating: opts.rating,
          status: opts.status, minConfidence: opts.minConfidence, allCopies: opts.allCopies,
        }, auditMeta(auditAccuracy(db)));
      } finally {
        db.close();
      }
      await format.write(data, out);
      const n = data.records.length;
      process.stderr.write(`exported ${n} ${opts.allCopies ? 'record' : 'EIA'}${n === 1 ? '' : 's'}${out ? ` to ${out}` : ''}\n`);
    });
}
