/**
 * `eia review`'s web app (Hono on Node's http server): the queue, a record beside its
 * source, page images, decisions. The same handlers answer HTML and JSON (`Accept:
 * application/json` or a `.json` path), so a script sees exactly what a reviewer sees.
 * Each decision is written under the store's writer lock (lockedWrite.ts): refused with 423
 * while an ingest or another writer holds it.
 */
import { serve, type ServerType } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import type { AddressInfo } from 'node:net';
import type { Db } from '../store/openStore.js';
import { readCorrections } from '../store/applyCorrections.js';
import { reviewQueue, queuedRecord, type QueueSettings } from '../store/reviewQueueStore.js';
import { CLIENT_SCRIPT } from './assets/clientScript.js';
import { STYLES } from './assets/styles.js';
import { ICON } from './assets/icon.js';
import { decide, DecisionForm, type DecideResult } from './decide.js';
import { lockedWrite } from './lockedWrite.js';
import { pagePng } from './pageImage.js';
import { queueJson, queuePage, recordHref } from './pages/queuePage.js';
import { fieldViews, recordJson, recordPage, type PageError } from './pages/recordPage.js';
import { recordSource, sourcePath } from './recordSource.js';
import { access, isLoopback, newSecret, securityHeaders } from './security.js';

export interface ReviewAppOptions {
  db: Db;
  reviewer: string;
  settings: QueueSettings;
  /** Where rendered page images are kept. */
  cacheDir: string;
  /** Required on every request when set. */
  token: string | null;
  loopback: boolean;
}

const wantsJson = (c: Context, path: string): boolean => path.endsWith('.json') || (c.req.header('accept') ?? '').includes('application/json');

export function reviewApp(o: ReviewAppOptions): Hono {
  const csrf = newSecret();
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', access({ token: o.token, csrf, loopback: o.loopback }));

  app.get('/assets/review.js', (c) => c.body(CLIENT_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/assets/review.css', (c) => c.body(STYLES, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  // The browser asks for an icon on every page: one of its own, so no page load logs a 404.
  app.get('/assets/icon.svg', (c) => c.body(ICON, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400' }));
  app.get('/favicon.ico', (c) => c.body(ICON, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400' }));

  const queue = (c: Context): Response => {
    const records = reviewQueue(o.db, o.settings);
    if (wantsJson(c, c.req.path)) return c.json({ records: queueJson(records.filter((r) => r.pending > 0)) });
    return c.html(queuePage(records, csrf).value);
  };
  app.get('/', queue);
  app.get('/queue', queue);
  app.get('/queue.json', queue);

  app.get('/next', (c) => {
    const after = c.req.query('after') ?? '';
    const waiting = reviewQueue(o.db, o.settings).filter((r) => r.pending > 0 && `${r.sha256}/${r.indexInFile}` !== after);
    return c.redirect(waiting[0] ? recordHref(waiting[0]) : '/', 303);
  });

  const parseAddress = (c: Context): { sha256: string; index: number; json: boolean } | null => {
    const sha256 = c.req.param('sha') ?? '';
    const raw = c.req.param('index') ?? '';
    const m = /^(\d+)(\.json)?$/.exec(raw);
    if (!/^[0-9a-f]{64}$/.test(sha256) || !m) return null;
    return { sha256, index: Number(m[1]), json: wantsJson(c, raw) };
  };

  const showRecord = async (c: Context, status: 200 | 400 | 404 | 409 | 423, error?: PageError): Promise<Response> => {
    const at = parseAddress(c);
    const q = at && queuedRecord(o.db, o.settings, at.sha256, at.index);
    if (!at || !q) return c.text('no such record: the address is /records/SHA256/INDEX', 404);
    const rows = readCorrections(o.db, at.sha256, at.index);
    const fields = fieldViews(q, rows);
    if (at.json) return c.json(recordJson(q, fields), status === 200 ? 200 : status);
    const source = await recordSource(o.db, at.sha256, q.record.document.format);
    const focus = c.req.query('focus');
    return c.html(recordPage(q, fields, rows, source, csrf, { ...(error ? { error } : {}), ...(focus ? { focus } : {}) }).value, status);
  };
  app.get('/records/:sha/:index', (c) => showRecord(c, 200));

  app.get('/records/:sha/:index/pages/:page', async (c) => {
    const at = parseAddress(c);
    const page = /^(\d+)\.png$/.exec(c.req.param('page'));
    const path = at && sourcePath(o.db, at.sha256);
    if (!at || !page || !path) return c.text('no such page', 404);
    const png = await pagePng(path, at.sha256, Number(page[1]), o.cacheDir);
    if (!png) return c.text('no such page', 404);
    return c.body(new Uint8Array(png), 200, { 'Content-Type': 'image/png', 'Cache-Control': 'private, max-age=3600' });
  });

  app.post('/records/:sha/:index/decisions', async (c) => {
    const at = parseAddress(c);
    if (!at) return c.text('no such record', 404);
    const json = (c.req.header('content-type') ?? '').includes('application/json');
    const body: unknown = json ? await c.req.json() : await c.req.parseBody();
    const form = DecisionForm.safeParse(body);
    if (!form.success) return c.json({ error: `bad decision: ${form.error.issues[0]?.message ?? 'invalid'}` }, 400);
    const wantJson = json || wantsJson(c, c.req.path);
    const written = await lockedWrite(o.db.name, o.reviewer, () => decide(o.db, o.settings, at.sha256, at.index, form.data, o.reviewer));
    const result: DecideResult = written.ok ? written.value : { ok: false, status: 423, error: written.message };
    if (result.ok) {
      if (wantJson) return c.json({ id: result.id });
      const next = form.data.action === 'add-row' ? '' : `?focus=${encodeURIComponent(form.data.pointer)}`;
      return c.redirect(`${recordHref({ sha256: at.sha256, indexInFile: at.index })}${next}`, 303);
    }
    if (wantJson) return c.json({ error: result.error }, result.status);
    const attempted = form.data.action === 'edit' && form.data.value !== undefined ? { attempted: form.data.value } : {};
    return showRecord(c, result.status, { pointer: form.data.pointer, message: result.error, ...attempted });
  });

  app.notFound((c) => c.text('not found', 404));
  return app;
}

export interface RunningReviewServer {
  url: string;
  server: ServerType;
  close(): Promise<void>;
}

/** Serves the app on host:port (port 0: any free one); resolves once listening. */
export function startReviewServer(app: Hono, host: string, port: number): Promise<RunningReviewServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shown = isLoopback(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${host === 'localhost' ? 'localhost' : shown}:${info.port}`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
