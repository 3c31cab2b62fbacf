/**
 * JSON Lines: one spec record (shared/spec/eia-model.md) per line, to a file or stdout;
 * with a file, datapackage.json beside it describes the tables the other formats hold.
 */
import { dirname } from 'node:path';
import { dataPackage } from '../datapackage.js';
import type { ExportData, ExportFormat } from '../exportData.js';
import { close, openFile, write, writeDescriptor } from '../writeFiles.js';

export const jsonlFormat: ExportFormat = {
  name: 'jsonl',
  target: 'file',
  defaultOut: '-',
  async write(data: ExportData, out: string | undefined): Promise<void> {
    const stream = out ? openFile(out) : process.stdout;
    for (const record of data.records) await write(stream, `${JSON.stringify(record)}\n`);
    if (!out) return;
    await close(stream as ReturnType<typeof openFile>);
    const name = out.split(/[\\/]/).pop()!;
    writeDescriptor(dirname(out), {
      ...dataPackage(data.meta, () => ({ path: name, format: 'jsonl', mediatype: 'application/x-ndjson' })),
      // The lines are whole records, not table rows: one resource, described by the spec's JSON Schema.
      profile: 'data-package',
      resources: [{ name: 'records', type: 'json', path: name, format: 'jsonl', mediatype: 'application/x-ndjson', encoding: 'utf-8', description: 'one EIA record (shared/spec/eia.schema.json) per line' }],
    });
  },
};
