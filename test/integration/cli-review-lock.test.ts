/**
 * Review decisions are writes, and take the store's writer lock like every other writer,
 * for their own transaction only: on a real store, with `eia review` running as its own
 * process, a decision made while another process holds the lock (an ingest) is refused with
 * 423 naming that writer and nothing is stored; once it lets go the same decision is saved;
 * and an ingest started while the review server is up (idle) is not kept out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorrections } from '../../src/store/applyCorrections.js';
import { openDatabase } from '../../src/store/openStore.js';
import { CLI, SAMPLES_DIR } from '../helpers/samples.js';
import { sampleRecord, SHA, storeWith } from '../helpers/reviewRecords.js';
import { eia } from './cli-run.js';

const { db, path } = storeWith([sampleRecord()]);
db.close();
let server: ChildProcess;
let url = '';
const POINTER = '/impacts/[age|||]/rating';

/** Another process holding the writer lock, as `eia ingest` does for its whole batch, until killed. */
async function holdLock(): Promise<ChildProcess> {
  const lockModule = pathToFileURL(resolve(CLI, '../../store/writerLock.js')).href;
  const script = `const { takeWriterLock } = await import(${JSON.stringify(lockModule)}); await takeWriterLock(${JSON.stringify(path)}, { command: 'eia ingest' }); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  expect(line.toString()).toContain('held');
  return child;
}

async function decide(value: string): Promise<Response> {
  const page = await (await fetch(`${url}/records/${SHA}/0`)).text();
  const csrf = /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
  const recordId = /name="recordId" value="(\d+)"/.exec(page)![1]!;
  return fetch(`${url}/records/${SHA}/0/decisions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', origin: url, 'x-csrf-token': csrf },
    body: JSON.stringify({ pointer: POINTER, action: 'edit', value, recordId: Number(recordId), seenId: null }),
  });
}

/** The values stored for the field by decisions. */
const decisionsStored = (): unknown[] => {
  const read = openDatabase(path, { readonly: true });
  try {
    return readCorrections(read, SHA, 0).filter((r) => r.pointer === POINTER).map((r) => r.value);
  } finally {
    read.close();
  }
};

beforeAll(async () => {
  server = spawn(process.execPath, [CLI, 'review', '--db', path, '--port', '0', '--audit-rate', '0', '--reviewer', 'ann'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(server.stdout!, 'data')) as [Buffer];
  url = /review: (http:\/\/[^/\s]+)/.exec(line.toString())![1]!;
}, 30_000);

afterAll(() => {
  server.kill('SIGTERM');
});

describe('review writes under the writer lock', () => {
  it('refuses a decision while another process writes, naming it, and saves it once that one is done', async () => {
    const holder = await holdLock();
    try {
      const refused = await decide('both');
      expect(refused.status).toBe(423);
      expect(((await refused.json()) as { error: string }).error).toMatch(/^another writer \(pid \d+, eia ingest, since [\d:]+ UTC\) is using the store: the decision was not saved — try again when it has finished$/);
      expect(decisionsStored()).toEqual([]);
    } finally {
      holder.kill('SIGKILL'); // the OS drops the lock however its holder ends
      await once(holder, 'exit');
    }
    const saved = await decide('both');
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(decisionsStored()).toEqual(['both']);
  }, 30_000);

  it('does not keep an ingest out while the review server is open', () => {
    const r = eia(['ingest', join(SAMPLES_DIR, 'kent-recycling-centre-booking-2023.docx'), '--db', path, '--threads', '1']);
    expect(r.stderr).not.toMatch(/another writer/);
    expect(r.status, r.stderr).toBe(0);
  }, 120_000);
});
