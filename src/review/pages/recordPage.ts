/**
 * One record beside its source: the fields (queued ones first, each with why it is queued
 * and a form per decision, so the page works without script too) and the PDF pages with the
 * selected field's provenance box drawn over them, or the converted text with its character
 * range marked. Every value is document text: it only ever goes through `html`.
 */
import { z } from 'zod';
import { valueAt } from '../../model/jsonPointer.js';
import type { Provenance } from '../../model/record.js';
import type { CorrectionRow } from '../../store/correctionRows.js';
import { toKeyedPointer } from '../../store/correctionPointers.js';
import type { QueuedRecord } from '../../store/reviewQueue.js';
import { displayValue, html, type SafeHtml } from '../html.js';
import { PAGE_SCALE } from '../pageImage.js';
import type { RecordSource } from '../recordSource.js';
import { recordHref } from './queuePage.js';
import { shell } from './shell.js';

export interface FieldView {
  pointer: string;
  positional: string;
  value: unknown;
  confidence: number | null;
  reasons: string[];
  pending: boolean;
  queued: boolean;
  /** The field's version: the latest decision on it (undo rows included), for the stale check. */
  seenId: number | null;
  /** The standing decision an undo would take back. */
  decision: CorrectionRow | null;
  provenance: Provenance | null;
}

export interface PageError {
  pointer: string;
  message: string;
  /** What the reviewer typed: kept in the edit box, so a refused decision loses nothing. */
  attempted?: string;
}

const Bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/** Queued fields first (pending before decided), then every other field of the record in its order. */
export function fieldViews(q: QueuedRecord, rows: readonly CorrectionRow[]): FieldView[] {
  const undone = new Set(rows.filter((r) => r.action === 'undo').map((r) => r.undoes));
  const versions = new Map<string, number>();
  const standing = new Map<string, CorrectionRow>();
  for (const r of rows) {
    if (r.action === 'complete') continue;
    versions.set(r.pointer, r.id);
    if (r.action !== 'undo' && !undone.has(r.id)) standing.set(r.pointer, r);
    else if (r.action === 'undo') standing.delete(r.pointer);
  }
  const view = (pointer: string, positional: string, extra: Partial<FieldView>): FieldView => ({
    pointer, positional, value: valueAt(q.record.eia, positional), confidence: q.record.confidence[positional] ?? null,
    reasons: [], pending: false, queued: false, seenId: versions.get(pointer) ?? null, decision: standing.get(pointer) ?? null,
    provenance: q.record.provenance[positional] ?? null, ...extra,
  });
  const out = q.fields.map((f) => view(f.pointer, f.positional, { reasons: f.reasons, pending: f.pending, queued: true, confidence: f.confidence }));
  const listed = new Set(out.map((f) => f.positional));
  const scalars = ['title', 'organisation', 'directorate', 'service', 'activityType', 'assessmentDate', 'purpose', 'scope', 'consultation', 'outcome'].map((f) => `/${f}`);
  const leaves = Object.keys(q.record.confidence).filter((p) => p.split('/').length > 3);
  for (const positional of [...scalars, ...leaves]) {
    if (listed.has(positional)) continue;
    listed.add(positional);
    out.push(view(toKeyedPointer(q.record.eia, positional) ?? positional, positional, {}));
  }
  return out;
}

const label = (pointer: string): string => pointer.slice(1).split('/').map((s) => s.replace(/^\[(.*)\]$/, '$1').replace(/~1/g, '/').replace(/~0/g, '~')).join(' › ');

function fieldItem(q: QueuedRecord, f: FieldView, i: number, csrf: string, error: PageError | undefined, selected: boolean): SafeHtml {
  const action = `${recordHref(q)}/decisions`;
  const isRow = /^\/(impacts|people|actions)\/\d+(\/|$)/.test(f.positional);
  const bbox = f.provenance?.bbox ? JSON.stringify(Bbox.parse(f.provenance.bbox)) : '';
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="pointer" value="${f.pointer}"><input type="hidden" name="recordId" value="${q.recordId}"><input type="hidden" name="seenId" value="${f.seenId ?? ''}">`;
  const conf = f.confidence === null ? '' : `confidence ${f.confidence.toFixed(2)}`;
  const current = f.value === null || f.value === undefined ? '' : typeof f.value === 'string' ? f.value : JSON.stringify(f.value);
  const editText = error?.pointer === f.pointer && error.attempted !== undefined ? error.attempted : current;
  return html`<li class="field${f.pending ? ' pending' : ''}${f.queued ? ' queued' : ''}${selected ? ' selected' : ''}" id="f-${i}" tabindex="-1"
 data-pointer="${f.pointer}" data-page="${f.provenance?.page ?? ''}" data-bbox="${bbox}" data-start="${f.provenance?.start ?? ''}" data-end="${f.provenance?.end ?? ''}"${selected ? html` aria-current="true"` : ''}>
<div class="field-head"><span class="name">${label(f.pointer)}</span>
${f.reasons.map((r) => html`<span class="reason reason-${r}">${r}</span>`)}
<span class="confidence">${conf}</span>
${f.decision ? html`<span class="decided">${f.decision.action === 'accept' ? 'accepted' : f.decision.action === 'delete-row' ? 'row deleted' : 'corrected'} by ${f.decision.reviewer ?? 'someone'}</span>` : ''}</div>
<div class="value">${displayValue(f.value)}</div>
<form class="decide" method="post" action="${action}">${hidden}${f.decision ? html`<input type="hidden" name="undoes" value="${f.decision.id}">` : ''}
<button type="submit" name="action" value="accept" class="accept">Accept</button>
<button type="submit" name="action" value="not-stated" class="not-stated">Not stated</button>
${isRow ? html`<button type="submit" name="action" value="delete-row" class="delete-row" formaction="${action}">Delete row</button>` : ''}
${f.decision ? html`<button type="submit" name="action" value="undo" class="undo">Undo</button>` : ''}
</form>
<form class="edit" method="post" action="${action}"${error?.pointer === f.pointer ? '' : html` hidden`}>${hidden}<input type="hidden" name="action" value="edit">
<label>new value <input type="text" name="value" value="${editText}" autocomplete="off"></label> <button type="submit">Save</button>
</form>
${error?.pointer === f.pointer ? html`<p class="error" role="alert">${error.message}</p>` : ''}
</li>`;
}

function sourcePanel(q: QueuedRecord, source: RecordSource, first: FieldView | undefined): SafeHtml {
  if (source.kind === 'none') return html`<p class="note">${source.note}</p>`;
  if (source.kind === 'text') {
    const p = first?.provenance;
    const [s, e] = p && p.end > p.start ? [p.start, p.end] : [0, 0];
    return html`${source.note ? html`<p class="note">${source.note}</p>` : ''}<pre class="source-text" id="source-text">${source.text.slice(0, s)}<mark id="hl">${source.text.slice(s, e)}</mark>${source.text.slice(e)}</pre>`;
  }
  return html`${source.pages.map((page, i) => {
    const n = i + 1;
    const [x0, y0, x1, y1] = page.view;
    const [w, h] = [x1 - x0, y1 - y0];
    const box = first?.provenance?.page === n && first.provenance.bbox ? first.provenance.bbox : null;
    return html`<figure class="page" id="page-${n}" data-page="${n}" data-view="${page.view.join(' ')}">
<img src="${recordHref(q)}/pages/${n}.png" alt="page ${n}" width="${Math.ceil(w * PAGE_SCALE)}" height="${Math.ceil(h * PAGE_SCALE)}" loading="${box || n === 1 ? 'eager' : 'lazy'}">
<svg class="overlay" viewBox="0 0 ${w} ${h}" preserveAspectRatio="none" aria-hidden="true"><rect class="hl" ${box ? html`x="${box[0] - x0}" y="${y1 - box[3]}" width="${box[2] - box[0]}" height="${box[3] - box[1]}"` : html`x="0" y="0" width="0" height="0" visibility="hidden"`}/></svg>
<figcaption>page ${n}</figcaption></figure>`;
  })}`;
}

const ROW_TEMPLATE = JSON.stringify({ characteristic: 'age', label: 'Age', group: null, subgroup: null, proposal: null, rating: 'neutral', narrative: null, mitigation: null, owner: null }, null, 1);

export function recordPage(q: QueuedRecord, fields: readonly FieldView[], rows: readonly CorrectionRow[], source: RecordSource, csrf: string, opts: { error?: PageError; focus?: string }): SafeHtml {
  const focus = opts.error?.pointer ?? opts.focus;
  const selected = Math.max(0, fields.findIndex((f) => f.pointer === focus));
  const action = `${recordHref(q)}/decisions`;
  const body = html`<main class="record" data-record="${recordHref(q)}">
<section class="fields-panel">
<h1>${q.title ?? '(no title)'}</h1>
<p class="meta">${q.file}${q.indexInFile ? ` #${q.indexInFile}` : ''} · ${q.template} · ${q.pending} waiting · ${q.record.review.status}</p>
${opts.error && !fields.some((f) => f.pointer === opts.error?.pointer) ? html`<p class="error" role="alert">${opts.error.message}</p>` : ''}
<ol class="fields">${fields.map((f, i) => fieldItem(q, f, i, csrf, opts.error, i === selected))}</ol>
<form class="add-row" id="add-row" method="post" action="${action}" hidden>
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="recordId" value="${q.recordId}"><input type="hidden" name="action" value="add-row"><input type="hidden" name="seenId" value="">
<label>add to <select name="pointer"><option value="/impacts">impacts</option><option value="/people">people</option><option value="/actions">actions</option></select></label>
<textarea name="value" rows="8" cols="50">${ROW_TEMPLATE}</textarea>
<button type="submit">Add row</button>
</form>
<details class="log"><summary>Decisions (${rows.length})</summary><ol>${rows.map((r) => html`<li>${r.createdAt} ${r.reviewer ?? '?'} ${r.action} ${r.pointer} ${r.action === 'set' || r.action === 'add-row' ? displayValue(r.value) : ''}</li>`)}</ol></details>
<p><a href="/next?after=${encodeURIComponent(`${q.sha256}/${q.indexInFile}`)}" id="next-record">next record</a></p>
</section>
<section class="source-panel" id="source">${sourcePanel(q, source, fields[selected])}</section>
</main>`;
  return shell(q.title ?? 'record', csrf, body);
}

/** The JSON answer for `/records/SHA/INDEX.json`: the corrected record and its queue. */
export function recordJson(q: QueuedRecord, fields: readonly FieldView[]): unknown {
  return {
    sha256: q.sha256, indexInFile: q.indexInFile, recordId: q.recordId, pending: q.pending, expectedWrong: q.expectedWrong,
    record: q.record,
    fields: fields.map((f) => ({ pointer: f.pointer, value: f.value ?? null, confidence: f.confidence, reasons: f.reasons, pending: f.pending, queued: f.queued, seenId: f.seenId, provenance: f.provenance })),
  };
}
