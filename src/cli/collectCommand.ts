/**
 * `eia collect --redis URL`: stores results that came back with no ingester running (one was
 * stopped, or crashed), through the same results consumer an ingest uses, and exits once the
 * results queue is empty. Run it when no `eia ingest --redis` is running: one writer at a time.
 */
import type { Command } from 'commander';
import { DEFAULT_DISTRIBUTED_OPTIONS } from '../queue/distributed/distributedOptions.js';
import { ResultsConsumer } from '../queue/distributed/resultsConsumer.js';
import { storeResult } from '../queue/storeResult.js';
import { openDatabase } from '../store/openStore.js';

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('store results waiting in Redis that no running ingest collected (distributed mode)')
    .requiredOption('--redis <url>', 'Redis holding the queues')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .action(async (opts: { redis: string; db: string }) => {
      const db = openDatabase(opts.db);
      let stored = 0;
      const consumer = new ResultsConsumer(opts.redis, DEFAULT_DISTRIBUTED_OPTIONS, (r) => {
        storeResult(db, r.sha256, r.result, null);
        stored++;
      });
      try {
        await consumer.drained;
      } finally {
        await consumer.close();
        db.close();
      }
      process.stdout.write(`collected ${stored} result${stored === 1 ? '' : 's'} into ${opts.db}\n`);
    });
}
