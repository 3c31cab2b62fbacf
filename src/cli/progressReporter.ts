/**
 * What a person sees while files are processed. Keeps counters, never the files themselves,
 * so memory does not grow with the batch:
 *   - stdout: one line per file as it finishes (`path  status  detail`), then the summary;
 *   - stderr on a terminal: one bar line, redrawn four times a second: a spinner until the
 *     inputs are walked, then done/total (the total is known before work starts, so the bar
 *     never moves backwards), failures, pages/s, an ETA from pages, and the files in hand;
 *   - stderr elsewhere (CI logs, pipes): one line per finished file, `[done/total] status path`.
 */
import type { IngestEvent } from '../queue/ingestOptions.js';

type Done = Extract<IngestEvent, { type: 'done' }>;
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

  /** Pages per second over the run so far. */
  get pagesPerSecond(): number {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? this.pages / seconds : 0;
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
      `${this.pagesPerSecond.toFixed(1)} pages/s`,
      ...(this.eta() ? [`ETA ${this.eta()}`] : []),
    ];
    const current = [...this.inHand].slice(-1)[0];
    if (current) parts.push(`${SPINNER[this.frame % SPINNER.length]} ${shorten(current)}${this.inHand.size > 1 ? ` +${this.inHand.size - 1}` : ''}`);
    return parts.join(' · ');
  }

  /** Time left from pages: the files left at the pages per file seen so far, at the page rate so far. */
  private eta(): string | null {
    if (this.total === null || this.worked === 0 || this.pages === 0) return null;
    const left = (this.total - this.done) * (this.pages / this.worked) / Math.max(this.pagesPerSecond, 1e-6);
    const s = Math.round(left);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  }
}

function detailOf(r: Done): string {
  if (r.status === 'extracted') return `${r.records} record${r.records === 1 ? '' : 's'}`;
  if (r.status === 'skipped') {
    return r.storedStatus === 'failed' ? `failed before (${r.reason ?? 'unknown'}); --retry-failed to try again` : `already in the store (${r.storedStatus})`;
  }
  return `${r.reason ?? ''}${r.message ? `: ${r.message}` : ''}`;
}

function shorten(path: string): string {
  return path.length > 40 ? `…${path.slice(-39)}` : path;
}
