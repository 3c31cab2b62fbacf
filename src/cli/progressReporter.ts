/**
 * Live progress on stderr while files are processed (done / failed / remaining, pages/s),
 * and the per-file summary at the end. A bar on a terminal; plain lines otherwise (CI logs).
 */
import cliProgress from 'cli-progress';
import type { IngestEvent } from '../queue/ingestOptions.js';

export class ProgressReporter {
  private readonly bar: cliProgress.SingleBar | null;
  private readonly started = Date.now();
  private total = 0;
  private done = 0;
  private failed = 0;
  private pages = 0;
  readonly results: Array<Extract<IngestEvent, { type: 'done' }>> = [];

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.bar = stream.isTTY
      ? new cliProgress.SingleBar(
          { stream, format: 'ingest [{bar}] {value}/{total} files | failed {failed} | {pagesPerSecond} pages/s | {file}', hideCursor: true, etaBuffer: 20 },
          cliProgress.Presets.shades_classic,
        )
      : null;
    this.bar?.start(0, 0, { failed: 0, pagesPerSecond: '0.0', file: '' });
  }

  onEvent = (e: IngestEvent): void => {
    if (e.type === 'queued') {
      this.total++;
      this.bar?.setTotal(this.total);
      return;
    }
    if (e.status === 'skipped') {
      this.results.push(e);
      return;
    }
    this.done++;
    if (e.status === 'failed') this.failed++;
    this.pages += e.pages;
    this.results.push(e);
    const seconds = (Date.now() - this.started) / 1000;
    const pagesPerSecond = seconds > 0 ? (this.pages / seconds).toFixed(1) : '0.0';
    if (this.bar) {
      this.bar.setTotal(Math.max(this.total, this.done));
      this.bar.update(this.done, { failed: this.failed, pagesPerSecond, file: shorten(e.path) });
    } else {
      this.stream.write(`[${this.done}] ${e.status.padEnd(10)} ${e.path}${e.reason ? ` (${e.reason})` : ''}\n`);
    }
  };

  stop(): void {
    this.bar?.stop();
  }

  /** Pages per second over the run so far. */
  get pagesPerSecond(): number {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? this.pages / seconds : 0;
  }
}

function shorten(path: string): string {
  return path.length > 40 ? `…${path.slice(-39)}` : path;
}
