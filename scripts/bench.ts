/**
 * `npm run bench`: throughput and peak memory of ingest, embedded and distributed, on
 * generated batches. A batch copies the corpus samples (the scan left out) under new names
 * with a small change each, so every copy is new content (sha256) and is really processed.
 * Scans are measured apart ("ocr": two copies of the corpus scan, embedded), since OCR
 * costs seconds per page where text PDFs cost milliseconds.
 * "bad-inputs": every bad input (scripts/badInputs: a 500-page PDF, a zip bomb, a 50 MB
 * line…) together with every sample, the scan included, in one embedded ingest: the mix
 * that used to peak at 922 MiB. Prints files/s, pages/s and peak RSS: the ingesting
 * process's own (its worker threads included) and its whole process tree's, which also
 * counts the native tesseract and LibreOffice while they run (runMeasured.ts), and the
 * tree's peak for the bad-input mix and for the largest batch against the 600 MiB goal;
 * asserts nothing (speed is measured, not tested).
 *
 *   npm run bench -- [--sizes 500,2000] [--modes embedded,rerun,distributed,ocr,bad-inputs] [--keep]
 * `rerun`: issue #11's re-run after an extractor improves. The Kent template's version is
 * bumped through EIA_TEMPLATES_DIR (a JSON copy of it, as a user's changed template would
 * be: no code edited), so every document of the embedded store is out of date, and `eia
 * rerun` re-extracts them all from their cached layouts; its throughput is printed beside
 * the first ingest's on the same files (goal ≥ 20×).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFileSync } from 'node:fs';
import { zipEntries, zipOf } from './badInputs/docxWriter.js';
import { makeBadInputs } from './badInputs/makeBadInputs.js';
import { kentEqia } from '../extractors/kentEqia.js';
import { runMeasured } from './bench/runMeasured.js';

const CLI = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const sizes = arg('--sizes', '500,2000').split(',').map(Number);
const modes = arg('--modes', 'embedded,rerun,distributed,ocr,bad-inputs').split(',');
const RSS_GOAL_MIB = 600;
const samples = resolve('samples');

interface Row {
  mode: string;
  files: number;
  pages: number;
  seconds: number;
  ingestMiB: number;
  /** The ingesting process and every process it started, summed at the peak. */
  treeMiB: number;
  workerMiB: number[];
}

/** A copy of a sample that differs in a few bytes but still opens: new content, same work. */
async function variant(file: string, i: number): Promise<Buffer> {
  const bytes = readFileSync(join(samples, file));
  if (file.endsWith('.pdf')) return Buffer.concat([bytes, Buffer.from(`\n%bench variant ${i}\n`)]);
  if (file.endsWith('.txt')) return Buffer.concat([bytes, Buffer.from(`\n\nBench variant ${i}\n`)]);
  return zipOf([...(await zipEntries(bytes)), [`customXml/bench-${i}.xml`, `<variant n="${i}"/>`]]);
}

async function makeBatch(dir: string, n: number, scans = false): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const inputs = readdirSync(samples).filter((f) => /\.(pdf|docx|txt)$/.test(f) && f.includes('-scan') === scans).sort();
  for (let i = 0; i < n; i++) {
    const file = inputs[i % inputs.length]!;
    const [stem, ext] = [basename(file).replace(/\.[^.]+$/, ''), file.split('.').pop()];
    writeFileSync(join(dir, `${stem}-v${i}.${ext}`), await variant(file, i));
  }
}

function parseSummary(stdout: string): { files: number; pages: number; mib: number } {
  return { files: Number(/^(\d+) files:/m.exec(stdout)?.[1] ?? 0), pages: Number(/(\d+) pages at/.exec(stdout)?.[1] ?? 0), mib: Number(/peak memory (\d+) MiB/.exec(stdout)?.[1] ?? 0) };
}

async function embedded(dir: string, db: string, n: number, mode = 'embedded'): Promise<Row> {
  const started = Date.now();
  const r = await runMeasured(process.execPath, [CLI, 'ingest', dir, '--db', db]);
  const seconds = (Date.now() - started) / 1000;
  const { files, pages, mib } = parseSummary(r.stdout);
  // n < 0: count what the ingest saw (a folder of odd paths, links and loops).
  return { mode, files: n < 0 ? files : n, pages, seconds, ingestMiB: mib, treeMiB: Math.max(mib, r.treePeakMiB), workerMiB: [] };
}

/**
 * A template improved as a user would, without editing code: the Kent template as a JSON
 * template with one more boilerplate phrase (an extraction rule; its detection is the same)
 * and a new version.
 */
function bumpedTemplates(): string {
  const dir = join(root, 'templates');
  mkdirSync(dir, { recursive: true });
  const improved = { ...kentEqia, version: `${kentEqia.version}-bench`, boilerplate: [...(kentEqia.boilerplate ?? []), 'Guidance notes for completing this form'] };
  writeFileSync(join(dir, 'kent-eqia.json'), JSON.stringify(improved));
  return dir;
}

/**
 * `eia rerun` on a store `embedded` filled, after the change: the Kent documents re-extracted
 * from their cached layouts, the others kept (nothing they depend on changed); every
 * document is accounted for one way or the other.
 */
async function rerun(db: string, n: number): Promise<Row> {
  const started = Date.now();
  const r = await runMeasured(process.execPath, [CLI, 'rerun', '--db', db], { ...process.env, EIA_TEMPLATES_DIR: bumpedTemplates() });
  const seconds = (Date.now() - started) / 1000;
  const { files, pages, mib } = parseSummary(r.stdout);
  const fromCache = Number(/(\d+) from cached layouts/.exec(r.stdout)?.[1] ?? 0);
  const kept = Number(/(\d+) kept \(/.exec(r.stdout)?.[1] ?? 0);
  if (files !== n || fromCache + kept !== n || fromCache === 0) {
    process.stderr.write(`bench: the re-run saw ${files} documents, ${fromCache} re-extracted from cached layouts and ${kept} kept (expected ${n} in all, some re-extracted)\n${r.stderr.slice(-2000)}\n`);
  }
  process.stderr.write(`bench: re-run: ${fromCache} re-extracted from cached layouts, ${kept} kept\n`);
  return { mode: 'rerun from cached layouts', files: n, pages, seconds, ingestMiB: mib, treeMiB: Math.max(mib, r.treePeakMiB), workerMiB: [] };
}

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

async function distributed(dir: string, db: string, n: number): Promise<Row | null> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.error('distributed: redis-server is not installed (apt-get install redis-server); skipped');
    return null;
  }
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const url = `redis://127.0.0.1:${port}`;
  const workers = [0, 1].map(() => spawn(process.execPath, [CLI, 'worker', '--redis', url, '--concurrency', '1'], { stdio: ['ignore', 'ignore', 'pipe'] }));
  const workerOut = workers.map((w) => {
    let err = '';
    w.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    return () => err;
  });
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'ingest', dir, '--db', db, '--redis', url], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const seconds = (Date.now() - started) / 1000;
  await Promise.all(workers.map((w) => new Promise((ok) => { w.once('exit', ok); w.kill('SIGTERM'); })));
  redis.kill('SIGKILL');
  const { pages, mib } = parseSummary(r.stdout);
  const workerMiB = workerOut.map((out) => Number(/peak memory (\d+) MiB/.exec(out())?.[1] ?? 0));
  return { mode: 'distributed (2 workers)', files: n, pages, seconds, ingestMiB: mib, treeMiB: mib, workerMiB };
}

const rate = (x: number): string => x.toFixed(x < 1 ? 2 : 1);

const root = mkdtempSync(join(tmpdir(), 'eia-bench-'));
const rows: Row[] = [];
/** Files/s of the first ingest and of the re-run from cached layouts, on the same files. */
const speedups: Array<{ files: number; first: number; rerun: number }> = [];
for (const n of sizes) {
  const dir = join(root, `batch-${n}`);
  process.stderr.write(`bench: generating ${n} files…\n`);
  await makeBatch(dir, n);
  for (const mode of modes.filter((m) => m === 'embedded' || m === 'distributed')) {
    process.stderr.write(`bench: ${mode}, ${n} files…\n`);
    const db = join(root, `${mode}-${n}.db`);
    const row = mode === 'embedded' ? await embedded(dir, db, n) : await distributed(dir, db, n);
    if (row) rows.push(row);
    if (mode === 'embedded' && modes.includes('rerun')) {
      process.stderr.write(`bench: rerun from cached layouts, ${n} files…\n`);
      const again = await rerun(db, n);
      rows.push(again);
      speedups.push({ files: n, first: n / row!.seconds, rerun: n / again.seconds });
    }
  }
}
if (modes.includes('ocr')) {
  const dir = join(root, 'scans');
  process.stderr.write('bench: ocr, 2 scanned files…\n');
  await makeBatch(dir, 2, true);
  rows.push(await embedded(dir, join(root, 'ocr.db'), 2, 'embedded, scans (OCR)'));
}
if (modes.includes('bad-inputs')) {
  const dir = join(root, 'bad-inputs-mix');
  process.stderr.write('bench: bad-input mix (every bad input and every sample, the scan included)…\n');
  await makeBadInputs(join(dir, 'bad'));
  mkdirSync(join(dir, 'samples'));
  for (const f of readdirSync(samples).filter((f) => /\.(pdf|docx|txt)$/.test(f))) copyFileSync(join(samples, f), join(dir, 'samples', f));
  rows.push(await embedded(dir, join(root, 'bad-inputs.db'), -1, 'bad-input mix + samples'));
}
console.log(`\n${'mode'.padEnd(26)}${'files'.padStart(7)}${'pages'.padStart(8)}${'seconds'.padStart(9)}${'files/s'.padStart(9)}${'pages/s'.padStart(9)}  peak RSS (MiB): process / process tree`);
for (const r of rows) {
  const rss = r.workerMiB.length ? `ingest ${r.ingestMiB}, workers ${r.workerMiB.join(' / ')}` : `${r.ingestMiB} / ${r.treeMiB}`;
  console.log(`${r.mode.padEnd(26)}${String(r.files).padStart(7)}${String(r.pages).padStart(8)}${r.seconds.toFixed(1).padStart(9)}${rate(r.files / r.seconds).padStart(9)}${rate(r.pages / r.seconds).padStart(9)}  ${rss}`);
}
console.log(`(${process.version}, ${(await import('node:os')).availableParallelism()} cores)`);
const bad = rows.find((r) => r.mode.startsWith('bad-input'));
const largest = rows.filter((r) => r.mode === 'embedded').sort((a, b) => b.files - a.files)[0];
const verdict = (mib: number): string => `${mib} MiB ${mib <= RSS_GOAL_MIB ? '≤' : '>'} ${RSS_GOAL_MIB}`;
if (bad || largest) {
  console.log(`peak RSS of the process tree: ${[bad ? `bad-input mix ${verdict(bad.treeMiB)}` : null, largest ? `${largest.files} files ${verdict(largest.treeMiB)}` : null].filter(Boolean).join('; ')}`);
}
for (const s of speedups) {
  console.log(`re-run from cached layouts, ${s.files} files: ${rate(s.rerun)} files/s vs first ingest ${rate(s.first)} files/s = ${(s.rerun / s.first).toFixed(1)}× (goal ≥ 20×)`);
}
if (!args.includes('--keep')) rmSync(root, { recursive: true, force: true });
// OCR engines side by side on the same pages (benchOcr.ts): tesseract.js, the native engine, the plain CLI.
if (modes.includes('ocr')) spawnSync(process.execPath, [fileURLToPath(new URL('./benchOcr.js', import.meta.url))], { stdio: 'inherit' });
