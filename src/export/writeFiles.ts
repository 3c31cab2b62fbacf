/**
 * Writing an export's files: streams that respect back-pressure, a folder made on demand,
 * and datapackage.json written last, so a package that has one is complete.
 */
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';

export async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

export function openFile(path: string): WriteStream {
  mkdirSync(dirname(path), { recursive: true });
  return createWriteStream(path);
}

export async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

export function writeDescriptor(folder: string, descriptor: unknown): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
}
