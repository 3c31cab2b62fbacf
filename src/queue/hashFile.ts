/**
 * sha256 of a file, streamed so that a large file never sits in memory, plus its first
 * bytes (enough to tell its format).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface HashedFile {
  sha256: string;
  size: number;
  head: Uint8Array;
}

const HEAD_BYTES = 4096;

export async function hashFile(path: string | Buffer): Promise<HashedFile> {
  const hash = createHash('sha256');
  let size = 0;
  const head: Buffer[] = [];
  let headLength = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    hash.update(buf);
    size += buf.length;
    if (headLength < HEAD_BYTES) {
      head.push(buf.subarray(0, HEAD_BYTES - headLength));
      headLength += Math.min(buf.length, HEAD_BYTES - headLength);
    }
  }
  return { sha256: hash.digest('hex'), size, head: new Uint8Array(Buffer.concat(head)) };
}
