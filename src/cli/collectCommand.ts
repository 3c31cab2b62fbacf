/**
 * `eia collect --redis URL`: stores results that came back with no ingester waiting for
 * them (one was stopped, or ran with a short window), then exits when the results queue
 * is empty. Run it when no `eia ingest --redis` is running: one writer at a time.
 */
import { Queue } from 'bullmq';
import type { Command } from 'commander';
import { extractorSetKey } from '../../extractors/registry.js';
import { BullmqRunner } from '../queue/distributed/BullmqRunner.js';
import { DEFAULT_DISTRIBUTED_OPTIONS, RESULTS_QUEUE } from '../queue/distributed/distributedOptions.js';
import { redisConnection } from '../queue/distributed/redisConnection.js';
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
      const runner = new BullmqRunner({
        redisUrl: opts.redis,
        versions: extractorSetKey(),
        onOrphan: (r) => {
          storeResult(db, r.sha256, r.result, null);
          stored++;
        },
      });
      const connection = redisConnection(opts.redis);
      const results = new Queue(RESULTS_QUEUE, { connection, prefix: DEFAULT_DISTRIBUTED_OPTIONS.prefix });
      // Wait until nothing is left to collect, then stop.
      for (;;) {
        await new Promise((r) => setTimeout(r, 500));
        const counts = await results.getJobCounts('waiting', 'active', 'delayed');
        if ((counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0) === 0) break;
      }
      await results.close();
      connection.disconnect();
      await runner.close();
      db.close();
      process.stdout.write(`collected ${stored} result${stored === 1 ? '' : 's'} into ${opts.db}\n`);
    });
}
