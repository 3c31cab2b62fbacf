/**
 * Developer loop: convert and extract files with the workers' own job (no store), printing
 * JSON Lines records as `eia export` does (before reviewers' corrections).
 * `node dist/scripts/extractFiles.js FILE... > out.jsonl`
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEFAULT_CONVERT_LIMITS } from '../src/convert/limits.js';
import { processFile } from '../workers/processFile.js';

for (const file of process.argv.slice(2)) {
  const bytes = new Uint8Array(readFileSync(file));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = await processFile({ path: file, sha256, bytes, limits: DEFAULT_CONVERT_LIMITS });
  if (result.kind === 'failed') console.error(`${file}: failed ${result.reason}: ${result.message}`);
  else {
    if (result.status !== 'extracted') console.error(`${file}: ${result.status} ${result.reason}`);
    for (const record of result.records) console.log(JSON.stringify(record));
  }
}
