/**
 * Lists a zip's entries, inflating every one of them while counting bytes, and refuses the
 * file as soon as the running total passes `maxInflatedBytes`. A zip bomb is a few kilobytes
 * that inflate to gigabytes: the check must happen during inflation, not after it, and it
 * must not trust the sizes the zip declares (yauzl also verifies those as it inflates).
 */
import yauzl from 'yauzl';
import { ConversionError } from '../ConversionError.js';

export function scanZip(bytes: Uint8Array, maxInflatedBytes: number): Promise<string[]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) {
        reject(new ConversionError('corrupt', `unreadable zip: ${openError?.message ?? 'unknown error'}`, { cause: openError }));
        return;
      }
      const names: string[] = [];
      let total = 0;
      let settled = false;
      const fail = (error: ConversionError): void => {
        if (settled) return;
        settled = true;
        zip.close();
        reject(error);
      };
      zip.on('error', (e: Error) => fail(new ConversionError('corrupt', `unreadable zip: ${e.message}`, { cause: e })));
      zip.on('end', () => {
        if (settled) return;
        settled = true;
        resolve(names);
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        if (total + entry.uncompressedSize > maxInflatedBytes) {
          fail(new ConversionError('too-large', `the package inflates past ${maxInflatedBytes} bytes (declared size of ${entry.fileName})`));
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            fail(new ConversionError('corrupt', `unreadable zip entry ${entry.fileName}: ${streamError?.message ?? ''}`, { cause: streamError }));
            return;
          }
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > maxInflatedBytes) {
              stream.destroy();
              fail(new ConversionError('too-large', `the package inflates past ${maxInflatedBytes} bytes (zip bomb?)`));
            }
          });
          stream.on('error', (e: Error) => fail(new ConversionError('corrupt', `unreadable zip entry ${entry.fileName}: ${e.message}`, { cause: e })));
          stream.on('end', () => {
            if (!settled) zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
