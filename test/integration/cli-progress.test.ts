/**
 * Progress that tells the truth, on a real pseudo-terminal (`script`): the total is known
 * before the bar counts (never `0/0`, never growing), done never goes backwards, and a
 * scan in hand shows its file name and `OCR page k/N` while it is read. Without a terminal,
 * stderr is one line per file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, SAMPLES_DIR } from '../helpers/samples.js';
import { eia } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'eia-progress-'));
const inputs = join(dir, 'inputs');
mkdirSync(inputs);
copyFileSync(join(SAMPLES_DIR, 'bathnes-commissioning-2024-scan.pdf'), join(inputs, 'scan.pdf'));
copyFileSync(join(SAMPLES_DIR, 'kent-recycling-centre-booking-2023.docx'), join(inputs, 'kent.docx'));
const words = join(dir, 'words');
mkdirSync(words);
copyFileSync(join(SAMPLES_DIR, 'kent-recycling-centre-booking-2023.docx'), join(words, 'kent.docx'));
copyFileSync(join(SAMPLES_DIR, 'derby-cic-commissioning-2011.docx'), join(words, 'derby.docx'));
// A lower resolution reads the scan faster; what is tested is the bar, not the OCR.
const env = { ...process.env, EIA_OCR_DPI: '100' };
const hasScript = spawnSync('script', ['--version']).status === 0;

/** Every state the bar was drawn in, in order: the terminal output split at its redraws. */
function barStates(terminal: string): string[] {
  return terminal
    .split(/\r|\n/)
    .map((l) => l.replace(/\x1b\[2K/g, '').trim())
    .filter((l) => l.startsWith('ingest '));
}

describe('the progress bar on a terminal', () => {
  it.skipIf(!hasScript)(`counts to a known total, never backwards, and shows OCR pages with the file name${hasScript ? '' : ' (skipped: no `script` command; apt-get install bsdutils)'}`, () => {
    const db = join(dir, 'tty.db');
    const command = [process.execPath, CLI, 'ingest', inputs, '--db', db, '--threads', '2', '--timeout', '900'].map((a) => `'${a}'`).join(' ');
    const terminal = execFileSync('script', ['-qfec', `stty cols 200; ${command}`, '/dev/null'], { encoding: 'utf8', env, timeout: 900_000, maxBuffer: 64 * 2 ** 20 });
    const states = barStates(terminal);
    expect(states.length).toBeGreaterThan(5);
    const counted = states.filter((s) => /\d+\/\d+ files/.test(s));
    expect(counted.length).toBeGreaterThan(0);
    expect(states.some((s) => /0\/0 files/.test(s))).toBe(false);
    for (const s of counted) expect(s).toMatch(/ \d\/2 files/);
    const done = counted.map((s) => Number(/ (\d)\/2 files/.exec(s)![1]));
    for (let i = 1; i < done.length; i++) expect(done[i]).toBeGreaterThanOrEqual(done[i - 1]!);
    const ocr = states.map((s) => /inputs\/scan\.pdf OCR page (\d+)\/(\d+)/.exec(s)).filter((m) => m !== null);
    expect(ocr.length).toBeGreaterThan(0);
    expect(new Set(ocr.map((m) => m[2]))).toEqual(new Set(['10']));
    const pages = ocr.map((m) => Number(m[1]));
    for (let i = 1; i < pages.length; i++) expect(pages[i]).toBeGreaterThanOrEqual(pages[i - 1]!);
    expect(Math.max(...pages)).toBe(10);
    expect(terminal).toMatch(/2 files: 2 extracted/);
  }, 900_000);
});

describe('progress without a terminal', () => {
  it('is one stderr line per file, counted against the known total', () => {
    const r = eia(['ingest', words, '--db', join(dir, 'pipe.db'), '--threads', '2']);
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => /^\[(\d)\/2\] extracted +\S+\/words\/(derby|kent)\.docx$/.exec(l)?.[1])).toEqual(['1', '2']);
    expect(r.stderr).not.toMatch(/\x1b|\r/);
  }, 900_000);
});
