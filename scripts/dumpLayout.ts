/**
 * Prints a file's layout as the extractors see it: one line per paragraph, tables as rows of
 * cells. A developer's tool for writing templates: `node dist/scripts/dumpLayout.js FILE`.
 */
import { readFileSync } from 'node:fs';
import { convertDocument } from '../src/convert/convertDocument.js';
import { DEFAULT_CONVERT_LIMITS } from '../src/convert/limits.js';
import type { Block } from '../src/model/layout.js';

function show(blocks: Block[]): void {
  blocks.forEach((b, i) => {
    if (b.type === 'paragraph') {
      console.log(`${i} [${b.role}${b.level !== undefined ? b.level : ''}] p${b.span.page ?? '-'} ${b.text}`);
      return;
    }
    console.log(`${i} TABLE ${b.rows.length} rows`);
    b.rows.forEach((r, j) => {
      const flags = `${r.header ? 'H' : ''}${r.continued ? 'C' : ''}`;
      const cells = r.cells.map((c) => {
        const span = c.colSpan > 1 || c.rowSpan > 1 ? `{${c.colSpan}x${c.rowSpan}}` : '';
        return span + c.paragraphs.map((p) => (p.role === 'list-item' ? `[li]${p.text}` : p.text)).join(' ¶ ');
      });
      console.log(`   r${j}${flags} p${r.span.page ?? '-'}: ${cells.map((c) => c.slice(0, Number(process.env.W ?? 120))).join(' || ')}`);
    });
  });
}

const file = process.argv[2];
if (!file) {
  console.error('usage: dumpLayout FILE');
  process.exit(2);
}
const layout = await convertDocument(file, new Uint8Array(readFileSync(file)), DEFAULT_CONVERT_LIMITS);
console.log(`format ${layout.format} pages ${layout.pages} meta ${JSON.stringify(layout.meta ?? {})} warnings ${layout.warnings.join('; ')}`);
show(layout.blocks);
