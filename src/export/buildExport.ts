/**
 * From the store to one export's content: current records with corrections applied
 * (currentRecords, through the copy links), the analyst's filters, one record per EIA
 * unless every copy was asked for, and the rows of every table.
 */
import type { Db } from '../store/db.js';
import { linkedRecords } from '../store/copyLinks.js';
import type { ExportData, ExportMeta } from './exportData.js';
import { selectItems, type ExportFilters } from './exportItem.js';
import { tableRows } from './tables.js';

export function buildExport(db: Db, filters: ExportFilters, audit: ExportMeta['audit'] = null): ExportData {
  const { records, links } = linkedRecords(db);
  const items = selectItems(records, links, filters);
  const exported = new Set(items.map((i) => i.link.eiaId));
  // `files` lists every copy of an exported EIA, so the linking can be checked file by file.
  const copies = selectItems(records, links, { allCopies: true }).filter((i) => exported.has(i.link.eiaId));
  const { allCopies, ...rest } = filters;
  return {
    tables: tableRows(items, copies),
    records: items.map((i) => i.record),
    meta: {
      createdAt: new Date().toISOString(),
      filters: Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      allCopies: allCopies === true,
      audit,
    },
  };
}
