/**
 * `eia worker` stops when told to, on a real Redis: SIGTERM finishes and exits at once when
 * Redis answers, within `--grace` seconds when it has gone away, and a second SIGINT leaves
 * immediately.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../helpers/redisServer.js';
import { eiaAsync, STACK_FRAME } from './cli-run.js';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});

/** A worker that has started (its handlers are in place), with the time its exit takes. */
async function startedWorker(grace: number) {
  const w = eiaAsync(['worker', '--redis', redis.url, '--concurrency', '1', '--grace', String(grace)]);
  let err = '';
  w.child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const t = setInterval(() => {
      if (/^worker: 1 at a time from /m.test(err)) {
        clearInterval(t);
        resolve();
      }
      if (w.child.exitCode !== null) reject(new Error(`worker ended early: ${err}`));
    }, 50);
  });
  return w;
}

async function secondsToExit(w: Awaited<ReturnType<typeof startedWorker>>, signals: NodeJS.Signals[]): Promise<{ seconds: number; run: Awaited<typeof w.done> }> {
  const t0 = Date.now();
  for (const s of signals) {
    w.child.kill(s);
    await new Promise((r) => setTimeout(r, 200));
  }
  const run = await w.done;
  return { seconds: (Date.now() - t0) / 1000, run };
}

describe('eia worker stopping', () => {
  it('with Redis up, SIGTERM ends cleanly at once', async () => {
    const w = await startedWorker(10);
    const { seconds, run } = await secondsToExit(w, ['SIGTERM']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^worker: stopped; peak memory \d+ MiB$/m);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(seconds).toBeLessThan(5);
  }, 60_000);

  it('with Redis gone, SIGTERM exits within --grace and says why', async () => {
    const w = await startedWorker(2);
    await redis.stop();
    try {
      await new Promise((r) => setTimeout(r, 500));
      const { seconds, run } = await secondsToExit(w, ['SIGTERM']);
      expect(run.status).toBe(130);
      expect(run.stderr).toMatch(/^worker: could not finish within 2 s \(is Redis answering\?\); leaving: jobs in hand are retaken by another worker after their lock lapses$/m);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(seconds).toBeGreaterThanOrEqual(1.5);
      expect(seconds).toBeLessThan(2 + 3);
    } finally {
      await redis.start();
    }
  }, 60_000);

  it('a second SIGINT leaves at once, however long the grace', async () => {
    const w = await startedWorker(60);
    await redis.stop();
    try {
      const { seconds, run } = await secondsToExit(w, ['SIGINT', 'SIGINT']);
      expect(run.status).toBe(130);
      expect(run.stderr).toMatch(/^worker: SIGINT again: leaving now/m);
      expect(seconds).toBeLessThan(4);
    } finally {
      await redis.start();
    }
  }, 60_000);
});
