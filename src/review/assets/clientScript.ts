/**
 * The review page's one script, served as /assets/review.js (a plain ES module, no build
 * step, no CDN): keys from KEY_BINDINGS, moving the selection, the highlight over the page
 * image or the text, and submitting the page's own forms. Decisions go through the forms, so
 * the server's validation and stale check answer every one the same way.
 */
import { KEY_BINDINGS } from '../keys.js';

const SCRIPT = String.raw`
const KEYS = new Map(__KEYS__.map((b) => [b.key, b.command]));
const fields = () => [...document.querySelectorAll('li.field')];
let current = Math.max(0, fields().findIndex((f) => f.classList.contains('selected')));

function highlightPdf(field) {
  const page = field.dataset.page;
  const bbox = field.dataset.bbox ? JSON.parse(field.dataset.bbox) : null;
  for (const fig of document.querySelectorAll('figure.page')) {
    const rect = fig.querySelector('rect.hl');
    if (!rect) continue;
    if (!bbox || fig.dataset.page !== page) { rect.setAttribute('visibility', 'hidden'); continue; }
    const [vx0, , , vy1] = fig.dataset.view.split(' ').map(Number);
    // PDF boxes have their origin at the bottom-left; the overlay's y runs down from the top.
    rect.setAttribute('x', String(bbox[0] - vx0));
    rect.setAttribute('y', String(vy1 - bbox[3]));
    rect.setAttribute('width', String(bbox[2] - bbox[0]));
    rect.setAttribute('height', String(bbox[3] - bbox[1]));
    rect.removeAttribute('visibility');
    rect.scrollIntoView({ block: 'center' });
  }
}

function highlightText(field) {
  const pre = document.getElementById('source-text');
  if (!pre) return;
  const text = pre.textContent;
  const start = Number(field.dataset.start), end = Number(field.dataset.end);
  pre.textContent = text;
  if (!(field.dataset.start && end > start)) return;
  const range = document.createRange();
  range.setStart(pre.firstChild, start);
  range.setEnd(pre.firstChild, Math.min(end, text.length));
  const mark = document.createElement('mark');
  mark.id = 'hl';
  range.surroundContents(mark);
  mark.scrollIntoView({ block: 'center' });
}

function select(i) {
  const all = fields();
  if (!all.length) return;
  current = Math.max(0, Math.min(all.length - 1, i));
  all.forEach((f, n) => {
    f.classList.toggle('selected', n === current);
    if (n === current) f.setAttribute('aria-current', 'true'); else f.removeAttribute('aria-current');
  });
  const field = all[current];
  field.scrollIntoView({ block: 'nearest' });
  highlightPdf(field);
  highlightText(field);
}

function submit(button) {
  if (!button) return;
  button.form.requestSubmit(button);
}

const COMMANDS = {
  'next-field': () => select(current + 1),
  'previous-field': () => select(current - 1),
  'accept': (f) => submit(f.querySelector('button.accept')),
  'not-stated': (f) => submit(f.querySelector('button.not-stated')),
  'delete-row': (f) => submit(f.querySelector('button.delete-row')),
  'undo': (f) => submit(f.querySelector('button.undo')),
  'edit': (f) => {
    const form = f.querySelector('form.edit');
    form.hidden = false;
    const input = form.querySelector('input[name=value]');
    input.focus();
    input.select();
  },
  'add-row': () => {
    const form = document.getElementById('add-row');
    if (!form) return;
    form.hidden = false;
    form.querySelector('textarea').focus();
  },
  'next-record': () => { const a = document.getElementById('next-record'); if (a) location.href = a.href; },
  'help': () => { const k = document.getElementById('keys'); k.hidden = !k.hidden; },
};

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select');
  if (typing) {
    if (event.key === 'Escape') { event.target.blur(); const form = event.target.closest('form.edit, form.add-row'); if (form) form.hidden = true; }
    return; // Enter in an edit box submits its own form
  }
  if (event.target instanceof HTMLElement && event.target.closest('button, a') && event.key === 'Enter') return;
  const command = KEYS.get(event.key);
  if (!command) return;
  event.preventDefault();
  const field = fields()[current];
  if (field || command === 'help' || command === 'next-record' || command === 'add-row') COMMANDS[command](field);
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const row = target && target.closest('tr.queue-row');
  if (row && !target.closest('a')) { location.href = row.dataset.href; return; }
  const field = target && target.closest('li.field');
  if (field && !target.closest('form')) select(fields().indexOf(field));
});

if (document.querySelector('li.field')) {
  select(current);
  const error = document.querySelector('li.field .error');
  if (error) { const input = error.closest('li.field').querySelector('form.edit input[name=value]'); if (input) input.focus(); }
}
// Keys work from here on (tests wait for it before pressing any).
document.documentElement.dataset.reviewReady = 'true';
if (document.querySelector('tr.queue-row')) document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === 'n') { const first = document.querySelector('tr.queue-row'); if (first && !(event.target instanceof HTMLElement && event.target.closest('a'))) location.href = first.dataset.href; }
});
`;

/** The script with the key table baked in (JSON: no quoting surprises). */
export const CLIENT_SCRIPT = SCRIPT.replace('__KEYS__', JSON.stringify(KEY_BINDINGS));

/** The commands the script has a handler for: the keys test checks every binding has one. */
export const CLIENT_COMMANDS = [...SCRIPT.matchAll(/^ {2}'([a-z-]+)': /gm)].map((m) => m[1]);
