/**
 * Document-wide steps once every page is read: drop page furniture, measure the type, collect
 * the vocabulary for hyphenation, build each page's blocks and join tables across pages.
 */
import type { Block } from '../../model/layout.js';
import { buildVocabulary } from './hyphenation.js';
import { pageBlocks } from './pageBlocks.js';
import { findFurniture } from './pageFurniture.js';
import { joinTablesAcrossPages } from './joinTablesAcrossPages.js';
import { measureTypography } from './typography.js';
import type { PageContent, TextLine } from './types.js';

export function documentBlocks(pages: readonly PageContent[]): Block[] {
  const furniture = findFurniture(
    pages.map((p) => ({
      height: p.height,
      lines: p.lines,
      tables: p.tables.map((t) => ({ rect: t.grid.rect, text: t.cellLines.flat().map((l) => l.text).join(' ') })),
    })),
  );
  const clean = pages.map((p, i) => ({
    ...p,
    lines: p.lines.filter((_, j) => !furniture[i]?.lines.has(j)),
    tables: p.tables.filter((_, j) => !furniture[i]?.tables.has(j)),
  }));

  const regions: TextLine[][] = [];
  for (const p of clean) {
    regions.push(p.lines);
    for (const t of p.tables) regions.push(...t.cellLines);
  }
  const typography = measureTypography(regions, clean.flatMap((p) => p.lines));
  const vocabulary = buildVocabulary(regions.flatMap((r) => r.map((l) => l.text)));
  return joinTablesAcrossPages(clean.map((p) => pageBlocks(p, { typography, vocabulary })));
}
