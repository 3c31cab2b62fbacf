/**
 * `eia report`: one self-contained HTML page (inline CSS and SVG, no script, nothing
 * fetched) from the numbers in reportData. Every piece of document text is escaped.
 */
import { RATINGS } from '../../model/vocabulary.js';
import { barChart, stackedRatings } from './charts.js';
import type { Count, ReportData } from './reportData.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)} %`);

function table(head: string[], rows: Array<Array<string | number>>): string {
  const cells = (r: Array<string | number>, tag: string): string => r.map((c) => `<${tag}>${escapeHtml(String(c))}</${tag}>`).join('');
  return `<table><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
}

/** A chart in a figure with a stable id (the report test finds each by it), or a sentence when there is nothing to draw. */
async function figure(id: string, counts: Count[], draw: () => Promise<string>, empty: string): Promise<string> {
  return `<figure id="${id}">${counts.length ? await draw() : `<p class="empty">${escapeHtml(empty)}</p>`}</figure>`;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:1rem}
.kpi{display:flex;gap:2rem;flex-wrap:wrap}.kpi div{background:#f4f6f8;padding:.6rem 1rem;border-radius:6px}.kpi b{display:block;font-size:1.4rem}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .5rem;text-align:left;vertical-align:top}
figure{margin:0;overflow:hidden}figure svg{max-width:100%;height:auto}.empty{color:#777}`;

export async function renderReport(d: ReportData): Promise<string> {
  const r = d.reviewed;
  const audit = d.audit
    ? `<div><b>${escapeHtml(pct(Math.round(d.audit.accuracy * d.audit.fields), d.audit.fields))}</b>auto-accepted fields right (audit of ${d.audit.fields})</div>`
    : '<div><b>–</b>accuracy of auto-accepted fields: not measured yet (no review audit)</div>';
  const ratings = d.ratings.map((x) => ({ key: x.characteristic, n: x.n }));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>EIA report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>${STYLE}</style></head><body>
<h1>Equality Impact Assessments</h1>
<p>${d.eias} EIAs from ${d.files} files (copies of one assessment counted once). Made ${escapeHtml(d.createdAt)}.</p>
<section class="kpi" id="kpis">
<div><b>${d.eias}</b>EIAs</div>
<div id="share-reviewed"><b>${pct(r.reviewed, d.eias)}</b>reviewed (${r.reviewed} of ${d.eias}; ${r.needsReview} need review)</div>
${audit}
</section>
<h2>EIAs</h2>
<div class="grid">
${await figure('by-year', d.byYear, () => barChart(d.byYear, 'EIAs per year', { keyOrder: true }), 'No EIAs.')}
${await figure('by-template', d.byTemplate, () => barChart(d.byTemplate, 'EIAs per template'), 'No EIAs.')}
</div>
<h2>Impacts</h2>
<div class="grid">
${await figure('ratings', ratings, () => stackedRatings(d.ratings, RATINGS), 'No impacts.')}
${await figure('adverse-by-directorate', d.adverseByDirectorate, () => barChart(d.adverseByDirectorate, 'Adverse impacts (negative or both) by directorate', { colour: '#c0392b' }), 'No adverse impacts.')}
</div>
<h2>Lowest-confidence fields</h2>
${table(['EIA', 'file', 'field', 'confidence', 'value'], d.lowestConfidence.map((f) => [f.title, f.sourceFile, f.pointer, f.confidence.toFixed(2), f.value]))}
<h2>Failures by reason</h2>
${d.failures.length ? `${await figure('failures', d.failures, () => barChart(d.failures, 'Files that failed, by reason', { colour: '#7f8c8d' }), '')}${table(['reason', 'files'], d.failures.map((f) => [f.key, f.n]))}` : '<p class="empty" id="failures">No file failed.</p>'}
</body></html>
`;
}
