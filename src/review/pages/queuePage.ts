/** The queue: records in review order with how many fields wait and why. */
import { html, type SafeHtml } from '../html.js';
import type { QueuedRecord } from '../../store/reviewQueue.js';
import { shell } from './shell.js';

export const recordHref = (r: { sha256: string; indexInFile: number }): string => `/records/${r.sha256}/${r.indexInFile}`;

/** What `review list --json` and `/queue.json` give per record. */
export function queueJson(records: readonly QueuedRecord[]): unknown[] {
  return records.map((r) => ({
    sha256: r.sha256, indexInFile: r.indexInFile, file: r.file, template: r.template, title: r.title,
    expectedWrong: Number(r.expectedWrong.toFixed(3)), pending: r.pending, href: recordHref(r),
    fields: r.fields.filter((f) => f.pending).map((f) => ({ pointer: f.pointer, kind: f.kind, reasons: f.reasons, confidence: f.confidence, value: f.value ?? null })),
  }));
}

export function queuePage(records: readonly QueuedRecord[], csrf: string): SafeHtml {
  const waiting = records.filter((r) => r.pending > 0);
  const reasons = (r: QueuedRecord): string => {
    const n = new Map<string, number>();
    for (const f of r.fields) if (f.pending) for (const why of f.reasons) n.set(why, (n.get(why) ?? 0) + 1);
    return [...n].map(([why, k]) => `${k} ${why}`).join(', ');
  };
  const body = html`<main class="queue">
<h1>Review queue</h1>
<p class="summary">${waiting.length} of ${records.length} records have fields waiting for a decision, most likely wrong first.</p>
<table class="queue-table">
<thead><tr><th>record</th><th>file</th><th>template</th><th>waiting</th><th>why</th><th>expected wrong</th></tr></thead>
<tbody>
${waiting.map((r) => html`<tr class="queue-row" data-href="${recordHref(r)}"><td><a href="${recordHref(r)}">${r.title ?? '(no title)'}</a></td><td>${r.file}${r.indexInFile ? ` #${r.indexInFile}` : ''}</td><td>${r.template}</td><td class="n">${r.pending}</td><td>${reasons(r)}</td><td class="n">${r.expectedWrong.toFixed(2)}</td></tr>`)}
</tbody>
</table>
${waiting.length === 0 ? html`<p class="empty">Nothing waits for a decision.</p>` : ''}
</main>`;
  return shell('Review queue', csrf, body);
}
