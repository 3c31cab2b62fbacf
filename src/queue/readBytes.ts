/**
 * A file's bytes as a plain Uint8Array viewing the Buffer read, not a copy of it: pdf.js
 * refuses a Buffer, and `new Uint8Array(buffer)` would hold a 50 MB input twice over.
 */
import { readFile } from 'node:fs/promises';

export async function readBytes(file: string | Buffer): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await readFile(file);
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}
