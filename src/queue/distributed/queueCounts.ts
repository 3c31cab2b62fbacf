/** Jobs by state in each distributed queue, for `eia status --redis`. */
import { Queue } from 'bullmq';
import { DEFAULT_DISTRIBUTED_OPTIONS, PROCESS_QUEUE, RESULTS_QUEUE } from './distributedOptions.js';
import { redisConnection } from './redisConnection.js';

export async function queueCounts(redisUrl: string, prefix = DEFAULT_DISTRIBUTED_OPTIONS.prefix): Promise<Record<string, Record<string, number>>> {
  const connection = redisConnection(redisUrl);
  try {
    const out: Record<string, Record<string, number>> = {};
    for (const name of [PROCESS_QUEUE, RESULTS_QUEUE]) {
      const q = new Queue(name, { connection, prefix });
      out[name] = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
      await q.close();
    }
    return out;
  } finally {
    connection.disconnect();
  }
}
