/**
 * `eia collect --redis URL`: stores results that came back with no ingester running (one was
 * stopped, or crashed), through the same results consumer an ingest uses, and exits once the
 * results queue is empty. It takes the store's writer lock: while an ingest writes, it is
 * refused (or waits, with --wait).
 */
import type { Command } from 'commander';
import { DEFAULT_DISTRIBUTED_OPTIONS } from '../queue/distributed/distributedOptions.js';
import { storeResult } from '../queue/storeResult.js';
import { openWriter } from './openWriter.js';

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('store results waiting in Redis that no running ingest collected (distributed mode)')
    .requiredOption('--redis <url>', 'Redis holding the queues')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--wait', 'when another process is writing to the store, wait for it instead of refusing')
    .action(async (opts: { redis: string; db: string; wait?: boolean }) => {
      const { ResultsConsumer } = await import('../queue/distributed/resultsConsumer.js');
      const store = await openWriter(opts.db, 'eia collect', opts.wait);
      const db = store.db;
      let stored = 0;
      const consumer = new ResultsConsumer(opts.redis, DEFAULT_DISTRIBUTED_OPTIONS, (r) => {
        storeResult(db, r.sha256, r.result, null);
        stored++;
      });
      try {
        await consumer.drained;
      } finally {
        await consumer.close();
        store.close();
      }
      process.stdout.write(`collected ${stored} result${stored === 1 ? '' : 's'} into ${opts.db}\n`);
    });
}
