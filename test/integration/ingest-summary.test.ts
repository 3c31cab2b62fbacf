/**
 * The summary line after an ingest says what was done: a batch of text with no form feeds has no pages,
 * and says so, rather than "0 pages at 0.0 pages/s"; a batch with a PDF counts its pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, sampleInputs } from '../helpers/samples.js';

const eia = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('ingest summary', () => {
  it('says a text-only batch has no pages, and counts a PDF\'s', () => {
    const root = mkdtempSync(join(tmpdir(), 'eia-summary-'));
    // A text export with no form feeds: no pages at all.
    const text = join(root, 'web-page.txt');
    writeFileSync(text, ['Equality Impact Assessment', '', 'Name of policy: Library opening hours', 'Lead officer: Jane Smith, Libraries Manager', '', '| Protected characteristic | Impact | Evidence |', '| Age | Negative | Older residents use the mornings. |', ''].join('\n'));
    const pdf = sampleInputs().find((f) => f.endsWith('.pdf'))!;
    const textRun = eia('ingest', text, '--db', join(root, 'text.db'));
    expect(textRun.status).toBe(0);
    expect(textRun.stdout).toContain('no paged files');
    expect(textRun.stdout).not.toMatch(/0 pages at/);
    const pdfRun = eia('ingest', pdf, '--db', join(root, 'pdf.db'));
    expect(pdfRun.status).toBe(0);
    expect(pdfRun.stdout).toMatch(/\n[1-9]\d* pages at \d+\.\d pages\/s/);
  });
});
