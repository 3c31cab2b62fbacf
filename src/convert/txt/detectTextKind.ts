/**
 * Which of the three shapes of legacy text export a file is:
 *   - `tabbed`: an earlier converter's output with tab-separated table cells and HTML leftovers;
 *   - `layout`: `pdftotext -layout`, tables as space-aligned columns;
 *   - `plain`: reading-order text (`pdftotext` without -layout), no table structure at all.
 */
import type { TextLine } from './textPages.js';

export type TextKind = 'tabbed' | 'layout' | 'plain';

export function detectTextKind(lines: TextLine[]): TextKind {
  const nonBlank = lines.filter((l) => l.text.trim());
  if (nonBlank.length === 0) return 'plain';
  const tabbed = nonBlank.filter((l) => l.text.includes('\t')).length;
  if (tabbed >= 3 && tabbed / nonBlank.length >= 0.03) return 'tabbed';
  const gapped = nonBlank.filter((l) => /\S {3,}\S/.test(l.text.trim())).length;
  return gapped / nonBlank.length >= 0.08 ? 'layout' : 'plain';
}
