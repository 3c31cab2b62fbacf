/**
 * Redis connections for BullMQ. Workers need `maxRetriesPerRequest: null` (BullMQ blocks on
 * Redis commands); every connection reconnects with capped backoff, so a Redis restart
 * mid-batch is waited out rather than fatal.
 */
import { Redis } from 'ioredis';

export function redisConnection(url: string): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(200 * times, 5_000),
    reconnectOnError: () => true,
  });
}
