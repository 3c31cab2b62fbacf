/**
 * The review server's HTTP contract over a real SQLite store, without a browser: the same
 * handlers answer HTML and JSON, POSTs need the CSRF token and the app's own origin, every
 * answer carries the CSP, decisions are validated by the model and refused when stale.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { reviewApp } from '../../src/review/server.js';
import { sampleRecord, SHA, storeWith } from '../helpers/reviewRecords.js';

const { db } = storeWith([sampleRecord()]);
afterAll(() => db.close());
const app = reviewApp({ db, reviewer: 'ann', settings: { threshold: 0.9, auditRate: 0 }, cacheDir: '/tmp/eia-review-cache-test', token: null, loopback: true });
const BASE = 'http://127.0.0.1:8080';
const get = (path: string, headers: Record<string, string> = {}) => app.request(`${BASE}${path}`, { headers: { host: '127.0.0.1:8080', ...headers } });

async function csrfAndRecord(): Promise<{ csrf: string; recordId: string }> {
  const page = await (await get(`/records/${SHA}/0`)).text();
  return { csrf: /name="csrf-token" content="([^"]+)"/.exec(page)![1]!, recordId: /name="recordId" value="(\d+)"/.exec(page)![1]! };
}

function post(body: Record<string, string>, headers: Record<string, string> = {}) {
  return app.request(`${BASE}/records/${SHA}/0/decisions`, {
    method: 'POST',
    headers: { host: '127.0.0.1:8080', 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
    body: new URLSearchParams(body).toString(),
  });
}

describe('review server', () => {
  it('answers HTML and JSON from the same handler, with the CSP on both', async () => {
    const page = await get(`/records/${SHA}/0`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-type')).toContain('text/html');
    const viaSuffix = (await (await get(`/records/${SHA}/0.json`)).json()) as { pending: number; fields: Array<{ pointer: string }> };
    const viaAccept = (await (await get(`/records/${SHA}/0`, { accept: 'application/json' })).json()) as unknown;
    expect(viaAccept).toEqual(viaSuffix);
    expect(viaSuffix.fields[0]!.pointer).toBe('/impacts/[age|||]/rating');
    const queue = (await (await get('/queue.json')).json()) as { records: Array<{ href: string; fields: Array<{ reasons: string[] }> }> };
    expect(queue.records[0]!.href).toBe(`/records/${SHA}/0`);
    expect(queue.records[0]!.fields[0]!.reasons).toEqual(['low-confidence']);
  });

  it('refuses a request for another Host on loopback (DNS rebinding)', async () => {
    expect((await get('/', { host: 'evil.example:8080' })).status).toBe(403);
  });

  it('refuses a POST without the CSRF token or from another origin', async () => {
    const { csrf, recordId } = await csrfAndRecord();
    const body = { pointer: '/impacts/[age|||]/rating', action: 'accept', recordId, seenId: '' };
    expect((await post(body)).status).toBe(403);
    expect((await post({ ...body, _csrf: 'wrong' })).status).toBe(403);
    expect((await post({ ...body, _csrf: csrf }, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('validates an edit by the model, then stores it, then refuses a stale one', async () => {
    const { csrf, recordId } = await csrfAndRecord();
    const body = { _csrf: csrf, pointer: '/impacts/[age|||]/rating', action: 'edit', recordId, seenId: '' };
    const bad = await post({ ...body, value: 'terrible' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^\/impacts\/0\/rating: /);
    const ok = await post({ ...body, value: 'both' });
    expect(ok.status).toBe(200);
    const stale = await post({ ...body, value: 'positive' });
    expect(stale.status).toBe(409);
    const record = (await (await get(`/records/${SHA}/0.json`)).json()) as { pending: number; record: { eia: { impacts: Array<{ rating: string }> }; review: { status: string } } };
    expect(record.record.eia.impacts[0]!.rating).toBe('both');
    // The only queued field is decided: the record is reviewed.
    expect(record.pending).toBe(0);
    expect(record.record.review.status).toBe('reviewed');
    // Undone, the field waits again and the record is no longer reviewed.
    const field = ((await (await get(`/records/${SHA}/0.json`)).json()) as { fields: Array<{ pointer: string; seenId: number }> }).fields.find((f) => f.pointer === body.pointer)!;
    const undo = await post({ ...body, action: 'undo', seenId: String(field.seenId), undoes: String(field.seenId) });
    expect(undo.status).toBe(200);
    const after = (await (await get(`/records/${SHA}/0.json`)).json()) as { pending: number; record: { eia: { impacts: Array<{ rating: string }> }; review: { status: string } } };
    expect(after.pending).toBe(1);
    expect(after.record.eia.impacts[0]!.rating).toBe('negative');
    expect(after.record.review.status).toBe('needs-review');
  });
});
