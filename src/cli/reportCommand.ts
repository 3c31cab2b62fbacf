/**
 * `eia report [--out report.html]`: parses the options; src/export/report draws the page
 * (one row per EIA, reviewers' corrections applied, charts as inline SVG).
 */
import { auditMeta } from '../export/auditMeta.js';
import { auditAccuracy } from '../store/auditAccuracy.js';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { REVIEW_THRESHOLDS } from '../../extractors/registry.js';
import { buildExport } from '../export/buildExport.js';
import { reportData } from '../export/report/reportData.js';
import { renderReport } from '../export/report/renderReport.js';
import { openDatabase } from '../store/openStore.js';
import { summarise } from '../store/readStore.js';
import { CliError } from './cliError.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write one self-contained HTML report: EIAs per year and template, impact ratings, adverse impacts by directorate, review, failures')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--out <file>', 'HTML file to write', 'report.html')
    .action(async (opts: { db: string; out: string }) => {
      // A missing or broken store is refused by openDatabase with a typed error main.ts prints as one line.
      if (existsSync(opts.out) && statSync(opts.out).isDirectory()) throw new CliError(`--out ${opts.out} is a folder: give a file path such as ${opts.out.replace(/\/$/, '')}/report.html`);
      const db = openDatabase(opts.db, { readonly: true });
      let data: ReturnType<typeof reportData>;
      try {
        data = reportData(buildExport(db, {}, auditMeta(auditAccuracy(db))), summarise(db, REVIEW_THRESHOLDS).failuresByReason);
      } finally {
        db.close();
      }
      mkdirSync(dirname(opts.out), { recursive: true });
      writeFileSync(opts.out, await renderReport(data));
      process.stderr.write(`report of ${data.eias} EIAs written to ${opts.out}\n`);
    });
}
