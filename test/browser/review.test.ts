/// <reference lib="dom" />
/**
 * The review app in a real browser (Debian's chromium driven by playwright-core) over a real
 * store made by `eia ingest` from a real PDF sample and an XSS probe document: keyboard-only
 * correction that survives a reload and reaches `eia show` and the export; the highlight box
 * where the provenance says; the probe shown as text with no script run; the token refused
 * beyond loopback; two reviewers on one field, one refused.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_THRESHOLDS } from '../../extractors/registry.js';
import { reviewApp, startReviewServer, type RunningReviewServer } from '../../src/review/server.js';
import { openDatabase, type Db } from '../../src/store/openStore.js';
import { readCorrections } from '../../src/store/applyCorrections.js';
import { CLI, SAMPLES_DIR } from '../helpers/samples.js';
import { PROBE_TEXT } from '../helpers/reviewProbe.js';

const CHROMIUM = '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'eia-review-browser-'));
const dbPath = join(dir, 'eia.db');
const PDF = join(dir, 'kent-recycling-centre-booking-2023.pdf');
const PROBE = join(dir, 'probe-eia.txt');
const eia = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });
// No audit sample here: its seed is drawn per store, and the fields a test walks must not depend on it.
const settings = { threshold: REVIEW_THRESHOLDS, auditRate: 0 };
/** Waits for what a page shows after a navigation: the machine is shared, a render can take seconds. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });

let browser: Browser;
const dbs: Db[] = [];
const servers: RunningReviewServer[] = [];

async function serve(reviewer: string, host = '127.0.0.1', token: string | null = null): Promise<RunningReviewServer> {
  const db = openDatabase(dbPath);
  dbs.push(db);
  const app = reviewApp({ db, reviewer, settings, cacheDir: join(dir, 'cache'), token, loopback: host === '127.0.0.1' });
  const s = await startReviewServer(app, host, 0);
  servers.push(s);
  return s;
}

function shaOf(file: string): string {
  const r = JSON.parse(eia('show', file, '--db', dbPath, '--json').stdout.trim().split('\n')[0]!) as { document: { sha256: string } };
  return r.document.sha256;
}

/** Waits until the page's script has bound its keys (a key pressed before would be lost). */
const ready = (page: Page) => page.waitForSelector('html[data-review-ready]', { state: 'attached' });

/**
 * Presses j, then k, until the selected field is `pointer` (keyboard only); fails if it never
 * comes. Fields needing review are listed first, so which of two fields comes first depends on
 * the fitted confidences: the field may lie either way from the one selected.
 */
async function selectField(page: Page, pointer: string): Promise<void> {
  await ready(page);
  const count = await page.locator('li.field').count();
  for (const key of ['j', 'k']) {
    for (let i = 0; i <= count; i++) {
      if ((await page.locator('li.field.selected').getAttribute('data-pointer')) === pointer) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`field ${pointer} never selected`);
}

let ann: RunningReviewServer;
let bob: RunningReviewServer;
let pdfSha: string;
let probeSha: string;

beforeAll(async () => {
  copyFileSync(join(SAMPLES_DIR, 'kent-recycling-centre-booking-2023.pdf'), PDF);
  writeFileSync(PROBE, PROBE_TEXT);
  const ingest = eia('ingest', PDF, PROBE, '--db', dbPath, '--threads', '1');
  expect(ingest.status, ingest.stderr).toBe(0);
  pdfSha = shaOf(PDF);
  probeSha = shaOf(PROBE);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] });
  ann = await serve('ann');
  bob = await serve('bob');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
  for (const db of dbs) db.close();
});

describe('review in the browser', () => {
  it('opens the queue, corrects a field with the keyboard only, and the correction survives a reload, eia show and the export', async () => {
    const page = await browser.newPage();
    await page.goto(`${ann.url}/`);
    await poll(() => page.locator('tr.queue-row').count()).toBeGreaterThan(0);
    await page.goto(`${ann.url}/records/${pdfSha}/0`);
    await selectField(page, '/service');
    await page.keyboard.press('e');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Waste Management (corrected)');
    await Promise.all([page.waitForURL(/focus=/), page.keyboard.press('Enter')]);
    await page.reload();
    const field = page.locator('li.field[data-pointer="/service"]');
    await poll(() => field.locator('.value').textContent()).toBe('Waste Management (corrected)');
    expect(await field.locator('.decided').textContent()).toContain('ann');

    const shown = JSON.parse(eia('show', pdfSha, '--db', dbPath, '--json').stdout) as { eia: { service: string }; confidence: Record<string, number> };
    expect(shown.eia.service).toBe('Waste Management (corrected)');
    expect(shown.confidence['/service']).toBe(1);
    const exported = eia('export', '--db', dbPath, '--format', 'jsonl').stdout;
    expect(exported).toContain('"service":"Waste Management (corrected)"');
    await page.close();
  });

  it('loads the queue and a record page with no error in the console (its icon included)', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${ann.url}/`);
    await poll(() => page.locator('tr.queue-row').count()).toBeGreaterThan(0);
    await page.goto(`${ann.url}/records/${pdfSha}/0`);
    await ready(page);
    // The icon request is the browser's own: wait until it has been made and answered.
    await poll(async () => (await page.request.get(`${ann.url}/favicon.ico`)).status()).toBe(200);
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an invalid edit’s model error inline and stores nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${ann.url}/records/${pdfSha}/0`);
    await selectField(page, '/assessmentDate');
    await page.keyboard.press('e');
    await page.keyboard.type('next Tuesday');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('li.field[data-pointer="/assessmentDate"] .error').textContent()).toContain('/assessmentDate');
    const db = openDatabase(dbPath);
    expect(readCorrections(db, pdfSha, 0).filter((c) => c.pointer === '/assessmentDate')).toHaveLength(0);
    db.close();
    await page.close();
  });

  it('draws the highlight exactly over the field’s provenance box on the rendered page', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${ann.url}/records/${pdfSha}/0`);
    await selectField(page, '/title');
    const record = (await (await page.request.get(`${ann.url}/records/${pdfSha}/0.json`)).json()) as { record: { provenance: Record<string, { page: number; bbox: number[] }> } };
    const prov = record.record.provenance['/title']!;
    const figure = page.locator(`figure.page[data-page="${prov.page}"]`);
    const img = figure.locator('img');
    await poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    const [vx0, , vx1, vy1] = (await figure.getAttribute('data-view'))!.split(' ').map(Number) as [number, number, number, number];
    // The box's own geometry on screen (getBoundingClientRect would add the stroke's width).
    const box = await figure.locator('rect.hl').evaluate((r: SVGRectElement) => {
      const m = r.getScreenCTM()!;
      const b = r.getBBox();
      return { x: m.a * b.x + m.e, y: m.d * b.y + m.f, width: m.a * b.width, height: m.d * b.height };
    });
    const frame = (await img.boundingBox())!;
    const scale = frame.width / (vx1 - vx0);
    const [x0, y0, x1, y1] = prov.bbox as [number, number, number, number];
    expect(box.x).toBeCloseTo(frame.x + (x0 - vx0) * scale, 0);
    expect(box.y).toBeCloseTo(frame.y + (vy1 - y1) * scale, 0);
    expect(box.width).toBeCloseTo((x1 - x0) * scale, 0);
    expect(box.height).toBeCloseTo((y1 - y0) * scale, 0);
    // The page image is the real render: the highlighted area holds the title's dark text pixels.
    const dark = await img.evaluate((i: HTMLImageElement, b: number[]) => {
      const c = document.createElement('canvas');
      c.width = i.naturalWidth;
      c.height = i.naturalHeight;
      const g = c.getContext('2d')!;
      g.drawImage(i, 0, 0);
      const k = i.naturalWidth / (b[4]! - b[5]!);
      const d = g.getImageData(Math.floor((b[0]! - b[5]!) * k), Math.floor((b[6]! - b[3]!) * k), Math.ceil((b[2]! - b[0]!) * k), Math.ceil((b[3]! - b[1]!) * k)).data;
      let n = 0;
      for (let p = 0; p < d.length; p += 4) if (d[p]! < 100) n++;
      return n;
    }, [x0, y0, x1, y1, vx1, vx0, vy1]);
    expect(dark).toBeGreaterThan(50);
    if (process.env.EIA_SCREENSHOTS) {
      const out = join(import.meta.dirname, '../../docs/screenshots');
      mkdirSync(out, { recursive: true });
      await page.screenshot({ path: join(out, 'review-record.png') });
      await page.goto(`${ann.url}/`);
      await page.screenshot({ path: join(out, 'review-queue.png') });
    }
    await page.close();
  });

  it('shows the XSS probe as text: no script runs, no element is injected', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${ann.url}/records/${probeSha}/0`);
    await poll(() => page.locator('h1').textContent()).toContain('<script>window.__xss = 1</script>');
    expect(await page.locator('h1').textContent()).toContain('"><img src=x onerror="window.__xss=2">');
    expect(await page.locator('#source-text').textContent()).toContain('<a href="javascript:window.__xss=3">');
    for (let i = 0; i < 5; i++) await page.keyboard.press('j'); // the highlight rebuilds the text: still text
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], a[href^="javascript:"], b[onmouseover]').count()).toBe(0);
    expect(await page.locator('script').evaluateAll((s) => s.map((x) => x.getAttribute('src')))).toEqual(['/assets/review.js']);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('marks not stated, undoes, deletes a row and adds one, keyboard only; the text source marks the field’s range', async () => {
    const page = await browser.newPage();
    await page.goto(`${ann.url}/records/${probeSha}/0`);
    await selectField(page, '/title');
    expect(await page.locator('#source-text mark#hl').textContent()).toContain('Library opening hours');
    await selectField(page, '/service');
    const service = () => page.locator('li.field[data-pointer="/service"] .value').textContent();
    const before = await service();
    await Promise.all([page.waitForURL(/focus=/), page.keyboard.press('x')]);
    await poll(service).toBe('—');
    await Promise.all([page.waitForURL(/focus=/), page.keyboard.press('u')]);
    await poll(service).toBe(before);

    const race = page.locator('li.field[data-pointer^="/impacts/[race|||]"]');
    expect(await race.count()).toBeGreaterThan(0);
    await selectField(page, (await race.first().getAttribute('data-pointer'))!);
    await Promise.all([page.waitForURL(/\/0(\?|$)/), page.keyboard.press('d')]);
    await poll(() => race.count()).toBe(0);

    await ready(page);
    await page.keyboard.press('a');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(JSON.stringify({ characteristic: 'sex', label: 'Sex', group: null, subgroup: null, proposal: null, rating: 'neutral', narrative: 'Added by a reviewer', mitigation: null, owner: null }));
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const added = page.locator('li.field[data-pointer^="/impacts/[sex|||]"]');
    await poll(async () => ((await added.count()) > 0 ? 'added' : `${page.url()} ${(await page.locator('.error').allTextContents()).join(' ')}`)).toBe('added');
    const shown = JSON.parse(eia('show', probeSha, '--db', dbPath, '--json').stdout) as { eia: { impacts: Array<{ characteristic: string; narrative: string | null }> } };
    expect(shown.eia.impacts.map((i) => i.characteristic)).not.toContain('race');
    expect(shown.eia.impacts.find((i) => i.characteristic === 'sex')?.narrative).toBe('Added by a reviewer');
    await page.close();
  });

  it('refuses the second of two reviewers deciding the same field, and loses neither', async () => {
    const a = await browser.newContext();
    const b = await browser.newContext();
    const pa = await a.newPage();
    const pb = await b.newPage();
    await pa.goto(`${ann.url}/records/${pdfSha}/0`);
    await pb.goto(`${bob.url}/records/${pdfSha}/0`);
    await selectField(pa, '/directorate');
    await selectField(pb, '/directorate');
    await Promise.all([pa.waitForURL(/focus=/), pa.keyboard.press('Enter')]);
    await pb.keyboard.press('e');
    await pb.keyboard.type('Bob’s directorate');
    await pb.keyboard.press('Enter');
    const error = pb.locator('li.field[data-pointer="/directorate"] .error');
    await poll(() => error.textContent()).toMatch(/ann decided this field/);
    // Bob's text is still in his edit box, to decide again on what is there now.
    expect(await pb.locator('li.field[data-pointer="/directorate"] form.edit input[name=value]').inputValue()).toBe('Bob’s directorate');
    const db = openDatabase(dbPath);
    const onField = readCorrections(db, pdfSha, 0).filter((c) => c.pointer === '/directorate');
    db.close();
    expect(onField.map((c) => [c.reviewer, c.action])).toEqual([['ann', 'accept']]);
    await a.close();
    await b.close();
  });

  it('refuses every request without the token when bound beyond loopback, and shows the keys', async () => {
    const open = await serve('carol', '0.0.0.0', 'sesame-token-123');
    const port = new URL(open.url).port;
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/assets/review.js`)).status).toBe(401);
    expect((await fetch(`${base}/records/${pdfSha}/0.json`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${base}/queue.json`, { headers: { Authorization: 'Bearer sesame-token-123' } })).status).toBe(200);
    const page = await browser.newPage();
    await page.goto(`${base}/?token=sesame-token-123`);
    expect(page.url()).toBe(`${base}/`); // the token left the address bar
    await page.goto(`${base}/records/${pdfSha}/0`);
    expect(await page.locator('li.field').count()).toBeGreaterThan(0);
    await page.keyboard.press('?');
    expect(await page.locator('#keys').isVisible()).toBe(true);
    await page.close();
  });
});

if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: scripts/test.sh installs Debian's chromium`);
