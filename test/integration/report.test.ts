/**
 * `eia report` on the Word samples, opened in Debian's chromium (playwright-core, no
 * downloaded browser) with every network request refused: the page needs none, its charts
 * are inline SVG, and each chart's bars say — and measure — the counts the JSON Lines export
 * gives. Document text is escaped (a directorate that is markup stays text).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EiaRecord } from '../../src/model/record.js';
import { renderReport } from '../../src/export/report/renderReport.js';
import type { ReportData } from '../../src/export/report/reportData.js';
import { CLI, sampleInputs } from '../helpers/samples.js';

const dir = mkdtempSync(join(tmpdir(), 'eia-report-'));
const db = join(dir, 'eia.db');
const html = join(dir, 'report.html');
const eia = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 2 ** 20 });

let browser: Browser;
let page: Page;
let records: EiaRecord[];
const outside: string[] = [];

beforeAll(async () => {
  expect(eia('ingest', ...sampleInputs({ ext: 'docx' }), '--db', db, '--threads', '2').status).toBe(0);
  const r = eia('report', '--db', db, '--out', html);
  expect(r.status, r.stderr).toBe(0);
  records = eia('export', '--db', db).stdout.trim().split('\n').map((l) => JSON.parse(l) as EiaRecord);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file://')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`file://${html}`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

interface Bar { label: Record<string, string>; width: number }

/** The bars of one chart: what each says (its aria-label) and how long it is drawn. */
async function bars(figure: string): Promise<Bar[]> {
  const found = await page.$$eval(`figure#${figure} path[aria-roledescription="bar"]`, (els) => els.map((e) => ({ label: e.getAttribute('aria-label') ?? '', width: e.getBoundingClientRect().width })));
  return found.map((b: { label: string; width: number }) => ({
    width: b.width,
    label: Object.fromEntries(b.label.split('; ').map((kv: string) => [kv.slice(0, kv.indexOf(': ')), kv.slice(kv.indexOf(': ') + 2)])),
  }));
}

const tally = (keys: string[]): Map<string, number> => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

/** Every bar's length is its count times one scale: the chart draws what it says. */
function expectProportional(bs: Bar[], count: (b: Bar) => number): void {
  const scale = bs[0]!.width / count(bs[0]!);
  for (const b of bs) expect(Math.abs(b.width - count(b) * scale)).toBeLessThan(1.5);
}

describe('eia report', () => {
  it('loads with no network request and draws its charts as inline SVG', async () => {
    expect(outside).toEqual([]);
    expect(await page.locator('figure svg').count()).toBeGreaterThanOrEqual(4);
    expect(readFileSync(html, 'utf8')).not.toMatch(/<script|https?:\/\/(?!vega\.github\.io|www\.w3\.org)/);
  });

  it('counts EIAs per year and per template as the export does', async () => {
    expect(records).toHaveLength(10);
    const years = tally(records.map((r) => r.eia.assessmentDate?.slice(0, 4) ?? '(no date)'));
    const byYear = await bars('by-year');
    expect(new Map(byYear.map((b) => [b.label.category!, Number(b.label.count)]))).toEqual(years);
    expectProportional(byYear, (b) => Number(b.label.count));
    const templates = tally(records.map((r) => r.template.id));
    expect(new Map((await bars('by-template')).map((b) => [b.label.category!, Number(b.label.count)]))).toEqual(templates);
  });

  it('stacks impact ratings by characteristic, and counts adverse impacts by directorate', async () => {
    const ratings = tally(records.flatMap((r) => r.eia.impacts.map((m) => `${m.characteristic}|${m.rating}`)));
    const stacked = await bars('ratings');
    expect(new Map(stacked.map((b) => [`${b.label.characteristic}|${b.label.rating}`, Number(b.label.count)]))).toEqual(ratings);
    expectProportional(stacked, (b) => Number(b.label.count));
    const adverse = tally(records.flatMap((r) => r.eia.impacts.filter((m) => m.rating === 'negative' || m.rating === 'both').map(() => r.eia.directorate ?? '(not stated)')));
    const drawn = await bars('adverse-by-directorate');
    expect(new Map(drawn.map((b) => [b.label.category!, Number(b.label.count)]))).toEqual(adverse);
    expectProportional(drawn, (b) => Number(b.label.count));
  });

  it('shows the share reviewed and says the audit has not measured accuracy yet', async () => {
    const reviewed = records.filter((r) => r.review.status === 'reviewed').length;
    expect(await page.locator('#share-reviewed').innerText()).toContain(`${reviewed} of 10`);
    expect(await page.locator('#kpis').innerText()).toMatch(/not measured yet/);
  });

  it('escapes document text', async () => {
    const hostile = '<img src=x onerror="document.title=1">';
    const data: ReportData = {
      createdAt: '2026-01-01', eias: 1, files: 1, byYear: [{ key: '2024', n: 1 }], byTemplate: [{ key: 'generic', n: 1 }],
      ratings: [{ characteristic: 'age', rating: 'negative', n: 1 }], adverseByDirectorate: [{ key: hostile, n: 1 }],
      reviewed: { reviewed: 0, needsReview: 1, auto: 0 }, audit: null,
      lowestConfidence: [{ title: `</td><script>document.title=2</script>`, sourceFile: 'a.pdf', pointer: '/title', confidence: 0.2, value: hostile }], failures: [],
    };
    const file = join(dir, 'hostile.html');
    writeFileSync(file, await renderReport(data));
    const p = await browser.newPage();
    await p.goto(`file://${file}`);
    expect(await p.title()).toBe('EIA report');
    expect(await p.locator('img').count()).toBe(0);
    expect(await p.locator('table').innerText()).toContain('<script>document.title=2</script>');
    await p.close();
  });
});
