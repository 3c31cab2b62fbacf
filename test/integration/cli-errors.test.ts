/**
 * Every way the CLI can fail at a person's terminal ends as one line (`eia: …`) and an exit
 * code, never a stack trace: stores that are missing, not SQLite, damaged or read-only;
 * paths that do not exist; folders with nothing to read; a closed stdout pipe.
 */
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, SAMPLES_DIR } from '../helpers/samples.js';
import { eia, STACK_FRAME } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'eia-cli-errors-'));
const store = join(dir, 'store.db');
const docs = ['kent-recycling-centre-booking-2023.docx', 'derby-cic-commissioning-2011.docx'];
const NO_STORE = "eia: no store at ./eia.db — run 'eia ingest' first or pass --db";

beforeAll(() => {
  chmodSync(dir, 0o755); // the read-only case runs the CLI as another user
  const inputs = join(dir, 'inputs');
  mkdirSync(inputs);
  for (const d of docs) copyFileSync(join(SAMPLES_DIR, d), join(inputs, d));
  const r = eia(['ingest', inputs, '--db', store, '--threads', '1']);
  expect(r.status, r.stderr).toBe(0);
}, 120_000);

function expectOneLine(r: ReturnType<typeof eia>, status: number, first: string): void {
  expect(r.firstErr).toBe(first);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.status).toBe(status);
}

describe('a missing store', () => {
  it.each([['status'], ['status', '--files'], ['export', '--format', 'jsonl'], ['runs'], ['diff'], ['show', 'x.pdf'], ['forms'], ['review'], ['review', 'list'], ['review', 'export-gold', 'gold'], ['report']])('eia %s says so in one line and creates nothing', (...args) => {
    const cwd = mkdtempSync(join(tmpdir(), 'eia-empty-cwd-'));
    expectOneLine(eia(args, { cwd }), 1, NO_STORE);
    expect(existsSync(join(cwd, 'eia.db'))).toBe(false);
  });

  it('names the --db given', () => {
    expectOneLine(eia(['status', '--db', join(dir, 'nope.db')]), 1, `eia: no store at ${join(dir, 'nope.db')} — run 'eia ingest' first or pass --db`);
  });
});

describe('a run or gold that is not there', () => {
  it('diff and eval name the run in one line, through the one handler', () => {
    expectOneLine(eia(['diff', '--to', '99', '--db', store]), 1, `eia: no run 99 in ${store} — 'eia runs' lists them`);
    expectOneLine(eia(['eval', '--gold', 'reviewed', '--baseline', '99', '--db', store]), 1, `eia: no run 99 in ${store} — 'eia runs' lists them`);
    expectOneLine(eia(['eval', '--gold', join(dir, 'no-gold'), '--db', store]), 1, `eia: --gold ${join(dir, 'no-gold')} is neither a folder of NAME.expected.json files nor 'reviewed'`);
  });
});

describe('a store that is not one', () => {
  it('a text file is refused as not SQLite', () => {
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'these are my notes, not a database\n'.repeat(200));
    expectOneLine(eia(['status', '--db', text]), 1, `eia: ${text} is not an eia store (not a SQLite database) — pass the right --db`);
    expectOneLine(eia(['ingest', join(SAMPLES_DIR, docs[0]!), '--db', text]), 1, `eia: ${text} is not an eia store (not a SQLite database) — pass the right --db`);
  });

  it('a folder is refused as a folder', () => {
    const folder = join(dir, 'a-folder.db');
    mkdirSync(folder);
    expectOneLine(eia(['ingest', join(SAMPLES_DIR, docs[0]!), '--db', folder]), 1, `eia: ${folder} is not an eia store (it is a folder) — pass the right --db`);
  });

  it('a truncated store is found damaged at open, by readers and writers', () => {
    const cut = join(dir, 'cut.db');
    copyFileSync(store, cut);
    truncateSync(cut, Math.floor(statSync(cut).size / 2));
    const line = `eia: the store ${cut} is damaged (database disk image is malformed) — restore it from a backup or ingest into a new --db`;
    expectOneLine(eia(['status', '--db', cut]), 1, line);
    expectOneLine(eia(['ingest', join(SAMPLES_DIR, docs[0]!), '--db', cut]), 1, line);
  });

  it('a store with a damaged page is found by quick_check at open', () => {
    const bad = join(dir, 'bad-page.db');
    copyFileSync(store, bad);
    const bytes = readFileSync(bad);
    bytes.fill(0x5a, 4096 * 2, 4096 * 3); // one whole page of a table, garbage
    writeFileSync(bad, bytes);
    const r = eia(['status', '--db', bad]);
    expect(r.firstErr).toMatch(new RegExp(`^eia: the store ${bad} is damaged \\(.+\\) — restore it from a backup or ingest into a new --db$`));
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.status).toBe(1);
  });

  it('a store in a folder that does not exist is not created', () => {
    const db = join(dir, 'no', 'such', 'folder', 'eia.db');
    expectOneLine(eia(['ingest', join(SAMPLES_DIR, docs[0]!), '--db', db]), 1, `eia: cannot create the store ${db}: the folder ${join(dir, 'no', 'such', 'folder')} does not exist — create it or pass another --db`);
  });
});

describe('a read-only store', () => {
  // Root may write any file, so a read-only store is what another user sees of root's.
  const asRoot = process.getuid?.() === 0;
  it('is refused for writing before anything is done, and still read', () => {
    const ro = join(dir, 'readonly');
    mkdirSync(ro);
    const db = join(ro, 'eia.db');
    copyFileSync(store, db);
    for (const suffix of ['-wal', '-shm']) if (existsSync(`${store}${suffix}`)) copyFileSync(`${store}${suffix}`, `${db}${suffix}`);
    chmodSync(db, 0o444);
    chmodSync(ro, 0o555);
    const as = asRoot ? { uid: 65534, gid: 65534 } : {};
    expectOneLine(eia(['ingest', join(SAMPLES_DIR, docs[0]!), '--db', db], { ...as, cwd: tmpdir() }), 1, `eia: the store ${db} is read-only — check its permissions (and its folder's) or pass another --db`);
    expectOneLine(eia(['rerun', '--db', db], { ...as, cwd: tmpdir() }), 1, `eia: the store ${db} is read-only — check its permissions (and its folder's) or pass another --db`);
  });
});

describe('inputs', () => {
  it('a path that does not exist is an error before any store is created', () => {
    const db = join(dir, 'typo.db');
    expectOneLine(eia(['ingest', join(dir, 'sampels'), '--db', db]), 1, `eia: no such file or folder: ${join(dir, 'sampels')} — check the path`);
    expect(existsSync(db)).toBe(false);
  });

  it('a folder with nothing to read says what it skipped', () => {
    const only = join(dir, 'only-notes');
    mkdirSync(only);
    writeFileSync(join(only, 'a.md'), '# notes');
    writeFileSync(join(only, 'b.md'), '# notes');
    writeFileSync(join(only, 'c.csv'), 'a,b');
    const r = eia(['ingest', only, '--db', join(dir, 'only.db')]);
    expectOneLine(
      { ...r, firstErr: r.stderr.split('\n').find((l) => l.startsWith('eia:')) ?? '' },
      1,
      `eia: no files to ingest in ${only} (3 skipped: .md ×2, .csv ×1) — eia reads .pdf .docx .txt .doc .html .htm .odt .rtf`,
    );
    expect(existsSync(join(dir, 'only.db'))).toBe(false);
  });

  it('an empty folder is refused before any store is created', () => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    const db = join(dir, 'empty.db');
    expectOneLine(eia(['ingest', empty, '--db', db]), 1, `eia: no files to ingest in ${empty} (nothing in it) — eia reads .pdf .docx .txt .doc .html .htm .odt .rtf`);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(`${db}.lock`)).toBe(false);
  });

  it('--include / --exclude choose the files, and the summary counts what they left out', () => {
    const share = join(dir, 'share');
    mkdirSync(join(share, 'drafts'), { recursive: true });
    copyFileSync(join(SAMPLES_DIR, docs[0]!), join(share, docs[0]!));
    copyFileSync(join(SAMPLES_DIR, docs[1]!), join(share, docs[1]!));
    copyFileSync(join(SAMPLES_DIR, docs[0]!), join(share, 'drafts', 'draft.docx'));
    writeFileSync(join(share, 'readme.md'), '# notes');
    const db = join(dir, 'globs.db');
    const r = eia(['ingest', share, '--db', db, '--threads', '1', '--exclude', 'drafts/**', '--exclude', 'derby*', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ seen: 1, extracted: 1, excluded: 2, ignored: { '.md': 1 } });
    const text = eia(['ingest', share, '--db', db, '--threads', '1', '--include', '*.docx', '--exclude', 'drafts/**']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('\n1 skipped: .md ×1 (no reader for these kinds of file)\n1 left out by --include/--exclude\n');
    const files = JSON.parse(eia(['status', '--db', db, '--files', '--format', 'json']).stdout) as unknown[];
    expect(files.map((f) => (f as { file: string }).file).sort()).toEqual([join(share, docs[0]!), join(share, docs[1]!)].sort());
  }, 240_000); // two ingests and a status: on a loaded 2-core machine, past the default minute

  it('globs that leave nothing refuse the batch before any store is created', () => {
    const db = join(dir, 'globbed-out.db');
    const inputs = join(dir, 'inputs');
    expectOneLine(eia(['ingest', inputs, '--db', db, '--include', '*.pdf']), 1, `eia: no files to ingest in ${inputs} (2 left out by --include/--exclude) — eia reads .pdf .docx .txt .doc .html .htm .odt .rtf`);
    expect(existsSync(db)).toBe(false);
  });

  it('no paths at all is a one-line usage error', () => {
    expectOneLine(eia(['ingest', '--db', join(dir, 'none.db')]), 1, 'eia: nothing to ingest — give files or folders (eia ingest samples/)');
  });
});

describe('--debug', () => {
  it('adds the stack trace to the same line', () => {
    const r = eia(['status', '--db', join(dir, 'nope.db'), '--debug']);
    expect(r.firstErr).toBe(`eia: no store at ${join(dir, 'nope.db')} — run 'eia ingest' first or pass --db`);
    expect(r.stderr).toMatch(STACK_FRAME);
    expect(eia(['status', '--db', join(dir, 'nope.db')], { env: { ...process.env, EIA_DEBUG: '1' } }).stderr).toMatch(STACK_FRAME);
  });
});

describe('a closed stdout pipe', () => {
  // What `eia status --files | head -1` does to the command: the reader goes away first.
  function closedPipe(args: string[]): Promise<{ status: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (status) => resolve({ status, stderr }));
    });
  }
  it.each([['status', '--files'], ['status'], ['status', '--format', 'json'], ['runs'], ['export', '--format', 'jsonl'], ['ingest', '--json']])('eia %s ends quietly with 0', async (...args) => {
    const extra = args[0] === 'ingest' ? [join(dir, 'inputs', docs[0]!)] : [];
    const r = await closedPipe([...args, ...extra, '--db', store]);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.status).toBe(0);
  });
});

describe('machine-readable output', () => {
  it('eia --help lists the exit codes', () => {
    const help = eia(['--help']).stdout;
    for (const code of ['0 ', '1 ', '2 ', '3 ', '130 ']) expect(help).toMatch(new RegExp(`^  ${code}`, 'm'));
  });

  it('status --format json is one JSON document; jsonl one value per line', () => {
    const json = JSON.parse(eia(['status', '--db', store, '--format', 'json']).stdout) as { documents: number };
    expect(json.documents).toBe(2);
    const files = JSON.parse(eia(['status', '--db', store, '--files', '--format', 'json']).stdout) as unknown[];
    expect(files).toHaveLength(2);
    const lines = eia(['status', '--db', store, '--files', '--format', 'jsonl']).stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as { status: string }).map((f) => f.status)).toEqual(['extracted', 'extracted']);
  });

  it('ingest --json prints only its summary object on stdout', () => {
    const r = eia(['ingest', join(dir, 'inputs', docs[0]!), '--db', store, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ seen: 1, skipped: 1, failed: 0, exitCode: 0, db: store });
  });
});
