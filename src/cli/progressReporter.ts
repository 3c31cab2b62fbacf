/**
 * What a person sees while files are processed. Keeps counters, never the files themselves,
 * so memory does not grow with the batch:
 *   - stdout: one line per file as it finishes (`path  status  detail`), then the summary;
 *   - stderr on a terminal: one bar line, redrawn four times a second: a spinner until the
 *     inputs are walked, then done/total (the total is known before work starts, so the bar
 *     never moves backwards), failures, pages/s, an ETA from pages, and the file in hand with
 *     its page (`OCR page 3/10`), so a long scan is seen to move;
 *   - stderr elsewhere (CI logs, pipes): one line per finished file, `[done/total] status path`.
 */
import type { IngestEvent } from '../queue/ingestOptions.js';

type Done = Extract<IngestEvent, { type: 'done' }>;
type Page = Extract<IngestEvent, { type: 'page' }>;
const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
const PATH_WIDTH = 50;

export class ProgressReporter {
  private readonly started = Date.now();
  private total: number | null = null;
  private done = 0;
  private failed = 0;
  private pages = 0;
  /** Files converted or extracted in this run (not skipped): what pages/s and the ETA are measured on. */
  private worked = 0;
  private readonly inHand = new Set<string>();
  /** The latest page each file in hand reached, with when its OCR started (for the ETA). */
  private readonly pageOf = new Map<string, Page & { ocrStarted?: number }>();
  private readonly timer: NodeJS.Timeout | null;
  private frame = 0;
  private drawn = false;
  private stopped = false;

  constructor(
    private readonly err: NodeJS.WriteStream = process.stderr,
    /** null: stdout is kept for a machine-readable summary. */
    private readonly out: NodeJS.WritableStream | null = process.stdout,
  ) {
    this.timer = err.isTTY ? setInterval(() => this.draw(), 250) : null;
    this.timer?.unref();
  }

  onEvent = (e: IngestEvent): void => {
    if (e.type === 'walked') {
      this.total = e.total;
    } else if (e.type === 'queued') {
      this.inHand.add(e.path);
    } else if (e.type === 'page') {
      const before = this.pageOf.get(e.path);
      const ocrStarted = e.stage === 'ocr' ? (before?.ocrStarted ?? Date.now()) : undefined;
      this.pageOf.set(e.path, { ...e, ...(ocrStarted !== undefined ? { ocrStarted } : {}) });
    } else {
      this.finish(e);
    }
    this.draw();
  };

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }

  /** Pages per second over the run so far (the summary's figure: finished files only). */
  get pagesPerSecond(): number {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? this.pages / seconds : 0;
  }

  /** The same, counting pages OCR has finished in files still in hand: the bar's live rate. */
  private get livePagesPerSecond(): number {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? (this.pages + this.ocrPagesInHand()) / seconds : 0;
  }

  private ocrPagesInHand(): number {
    let n = 0;
    for (const p of this.pageOf.values()) if (p.stage === 'ocr') n += p.page - 1;
    return n;
  }

  /** Writes a line to stdout without tearing the bar. */
  line(text: string): void {
    if (!this.out) return;
    this.clear();
    this.out.write(`${text}\n`);
    this.draw();
  }

  private finish(e: Done): void {
    this.inHand.delete(e.path);
    this.pageOf.delete(e.path);
    this.done++;
    if (e.status === 'failed') this.failed++;
    if (e.status !== 'skipped') {
      this.worked++;
      this.pages += e.pages;
    }
    this.line(`${e.path.padEnd(PATH_WIDTH)}  ${e.status.padEnd(10)}  ${detailOf(e)}`);
    if (!this.err.isTTY) this.err.write(`[${this.done}/${this.total ?? '?'}] ${e.status.padEnd(10)} ${e.path}${e.reason ? ` (${e.reason})` : ''}\n`);
  }

  private draw(): void {
    if (!this.err.isTTY || this.stopped) return;
    const width = Math.max(40, (this.err.columns ?? 100) - 1);
    this.err.write(`\r\x1b[2K${this.bar().slice(0, width)}`);
    this.drawn = true;
    this.frame++;
  }

  private clear(): void {
    if (this.drawn) this.err.write('\r\x1b[2K');
    this.drawn = false;
  }

  private bar(): string {
    if (this.total === null) return `ingest ${SPINNER[this.frame % SPINNER.length]} finding files…`;
    const share = this.total === 0 ? 1 : this.done / this.total;
    const cells = 24;
    const filled = Math.round(share * cells);
    const parts = [
      `ingest [${'█'.repeat(filled)}${'░'.repeat(cells - filled)}] ${this.done}/${this.total} files`,
      ...(this.failed ? [`${this.failed} failed`] : []),
      `${this.livePagesPerSecond.toFixed(1)} pages/s`,
      ...(this.eta() ? [`ETA ${this.eta()}`] : []),
    ];
    // The file furthest from done is the one worth naming: a long scan over quick Word files.
    const current = [...this.inHand].sort((a, b) => this.pagesLeft(b) - this.pagesLeft(a))[0];
    if (current) {
      const p = this.pageOf.get(current);
      const page = p ? ` ${p.stage === 'ocr' ? 'OCR page' : 'page'} ${p.page}/${p.of}` : '';
      parts.push(`${SPINNER[this.frame % SPINNER.length]} ${shorten(current)}${page}${this.inHand.size > 1 ? ` +${this.inHand.size - 1}` : ''}`);
    }
    return parts.join(' · ');
  }

  private pagesLeft(path: string): number {
    const p = this.pageOf.get(path);
    return p ? (p.stage === 'ocr' ? (p.of - p.page + 1) * 100 : p.of - p.page) : 0;
  }

  /**
   * Time left from pages: the files left at the pages per file seen so far, at the page rate
   * so far; before any file has finished, the scan in hand's OCR pages left at its own rate.
   */
  private eta(): string | null {
    if (this.total === null) return null;
    let left: number | null = null;
    if (this.worked > 0 && this.pages > 0) {
      left = (this.total - this.done) * (this.pages / this.worked) / Math.max(this.livePagesPerSecond, 1e-6);
    } else {
      for (const p of this.pageOf.values()) {
        if (p.stage !== 'ocr' || p.page < 2 || p.ocrStarted === undefined) continue;
        const perPage = (Date.now() - p.ocrStarted) / 1000 / (p.page - 1);
        left = Math.max(left ?? 0, (p.of - p.page + 1) * perPage);
      }
    }
    if (left === null) return null;
    const s = Math.round(left);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  }
}

function detailOf(r: Done): string {
  if (r.status === 'extracted') return `${r.records} record${r.records === 1 ? '' : 's'}`;
  if (r.status === 'skipped') {
    if (r.message) return r.message;
    return r.storedStatus === 'failed' ? `failed before (${r.reason ?? 'unknown'}); --retry-failed to try again` : `already in the store (${r.storedStatus})`;
  }
  return `${r.reason ?? ''}${r.message ? `: ${r.message}` : ''}`;
}

function shorten(path: string): string {
  return path.length > 40 ? `…${path.slice(-39)}` : path;
}
