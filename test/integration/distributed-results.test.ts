/**
 * How the ingester learns of results, on a real redis-server: the results consumer stores
 * each result as it arrives, in arrival order, and nothing polls — however many jobs are in
 * flight, an idle ingester sends Redis the same few blocking reads (counted with INFO
 * commandstats), where a per-job poll would add commands for every job waiting.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BullmqRunner } from '../../src/queue/distributed/BullmqRunner.js';
import { RESULTS_QUEUE } from '../../src/queue/distributed/distributedOptions.js';
import { processJobId, resultJobId, type ResultJobData } from '../../src/queue/distributed/jobPayload.js';
import type { JobOutcome } from '../../src/queue/jobContract.js';
import { startRedis, type RedisServer } from '../helpers/redisServer.js';

let redis: RedisServer;
let admin: Redis;
const sha = (i: number): string => i.toString(16).padStart(64, '0');
const input = (i: number) => ({ path: `file-${i}.pdf`, sha256: sha(i), limits: { maxPages: 10, maxInflatedBytes: 1_000_000 } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Commands Redis has run so far, from INFO commandstats. */
async function commandsRun(): Promise<number> {
  const info = await admin.info('commandstats');
  return [...info.matchAll(/calls=(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
}

/** Commands Redis runs over `ms` of doing nothing but waiting, minus the INFO calls themselves. */
async function idleCommands(ms: number): Promise<number> {
  const before = await commandsRun();
  await sleep(ms);
  return (await commandsRun()) - before - 1;
}

beforeAll(async () => {
  redis = await startRedis();
  admin = new Redis(redis.url);
}, 30_000);
afterAll(async () => {
  admin.disconnect();
  await redis.stop();
});

describe('distributed results', () => {
  it('are stored one by one in the order they arrive', async () => {
    const options = { prefix: 'order' };
    const runner = new BullmqRunner({ redisUrl: redis.url, versions: 'v1', options });
    const stored: string[] = [];
    await runner.start((o: JobOutcome) => stored.push(o.path));
    const results = new Queue(RESULTS_QUEUE, { connection: admin, prefix: options.prefix });
    const order = [5, 2, 9, 0, 7, 3];
    for (const i of order) {
      const jobId = processJobId(sha(i), 'v1');
      const data: ResultJobData = { jobId, path: `file-${i}.pdf`, sha256: sha(i), result: { kind: 'failed', reason: 'corrupt', message: 'x', retryable: false, ms: 1 } };
      await results.add('result', data, { jobId: resultJobId(jobId), removeOnComplete: true });
    }
    const deadline = Date.now() + 10_000;
    while (stored.length < order.length && Date.now() < deadline) await sleep(50);
    expect(stored).toEqual(order.map((i) => `file-${i}.pdf`));
    // A stored result is gone from Redis: nothing is left for `eia collect` to store twice.
    expect(await results.getJobCounts('waiting', 'active', 'completed')).toEqual({ waiting: 0, active: 0, completed: 0 });
    await results.close();
    await runner.close();
  }, 30_000);

  it('are waited for without polling: an idle ingester costs Redis as much with 40 jobs in flight as with 1', async () => {
    const measure = async (prefix: string, jobs: number): Promise<number> => {
      const runner = new BullmqRunner({ redisUrl: redis.url, versions: 'v1', options: { prefix } });
      await runner.start(() => {});
      for (let i = 0; i < jobs; i++) await runner.submit(input(i));
      await sleep(1_000); // let start-up settle
      const n = await idleCommands(6_000);
      await runner.close();
      return n;
    };
    const one = await measure('idle-one', 1);
    const forty = await measure('idle-forty', 40);
    // Blocking reads time out and are re-issued at the same pace either way; a poll of two
    // commands per job every few seconds would add ~100 here.
    console.log(`idle Redis commands over 6 s: ${one} with 1 job in flight, ${forty} with 40`);
    expect(forty).toBeLessThanOrEqual(one + 10);
  }, 60_000);
});
