/**
 * One export's content, the same for every format: the rows of every table, the spec
 * records they came from, and what was asked for (written into datapackage.json).
 */
import type { EiaRecord } from '../model/record.js';
import type { AuditMeta } from './auditMeta.js';
import type { Row, TableName } from './tables.js';

export interface ExportMeta {
  createdAt: string;
  filters: Record<string, unknown>;
  allCopies: boolean;
  /** Measured accuracy of auto-accepted fields (the review audit), when the store has one. */
  audit: AuditMeta | null;
}

export interface ExportData {
  tables: Record<TableName, Row[]>;
  records: EiaRecord[];
  meta: ExportMeta;
}

/** How a format writes: a file or a folder; `out` undefined means stdout (jsonl only). */
export interface ExportFormat {
  name: 'jsonl' | 'csv' | 'xlsx' | 'sqlite' | 'parquet';
  target: 'file' | 'folder';
  /** File name used when the analyst gives no --out. */
  defaultOut: string;
  write(data: ExportData, out: string | undefined): Promise<void>;
}
