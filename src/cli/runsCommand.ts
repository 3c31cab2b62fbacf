/** `eia runs`: every ingest and re-run, newest last: versions, revision, how it ended, counts. */
import type { Command } from 'commander';
import { openDatabase } from '../store/openStore.js';
import { listRuns } from '../store/runs.js';

export function registerRuns(program: Command): void {
  program
    .command('runs')
    .description('list every ingest and re-run: when, with which versions, and what came of it')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--json', 'one JSON document (an array of runs)')
    .action((opts: { db: string; json?: boolean }) => {
      const db = openDatabase(opts.db, { readonly: true });
      try {
        const runs = listRuns(db);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(runs)}\n`);
          return;
        }
        for (const r of runs) {
          const counts = Object.entries(r.counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ');
          process.stdout.write(`run ${String(r.id).padStart(3)}  ${r.kind.padEnd(6)}  ${r.status.padEnd(8)}  ${r.started_at}  ${r.files} files${counts ? `: ${counts}` : ''}${r.revision ? `  @${r.revision.slice(0, 10)}` : ''}\n`);
          process.stdout.write(`          extractors ${r.extractors}${r.converters ? `\n          converters ${r.converters}` : ''}\n`);
        }
      } finally {
        db.close();
      }
    });
}
