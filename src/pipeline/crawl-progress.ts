/**
 * Progress on standard error: a redrawn bar on a TTY, a log line every few
 * seconds otherwise (CI logs and files stay readable).
 */
import { formatProgress, type CrawlSummary } from './crawl-summary';

export interface ProgressReporter {
  update(summary: CrawlSummary, queued: number): void;
  /** a log line that must not be drawn over by the bar */
  log?(line: string): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, opts: { intervalMs?: number; tty?: boolean } = {}): ProgressReporter {
  const tty = opts.tty ?? Boolean(stream.isTTY);
  const intervalMs = opts.intervalMs ?? (tty ? 100 : 5000);
  let last = 0;
  let drawn = false;
  let lastBar = '';
  return {
    log(line) {
      if (tty && drawn) stream.write('\r\x1b[K' + line + '\n' + lastBar);
      else stream.write(line + '\n');
    },
    update(summary, queued) {
      const now = Date.now();
      if (now - last < intervalMs) return;
      last = now;
      const line = formatProgress(summary, queued);
      if (tty) {
        const finished = summary.fetched + sum(summary.skipped) + sum(summary.failed);
        const totalPages = finished + queued;
        const width = 24;
        const filled = totalPages > 0 ? Math.round((finished / totalPages) * width) : 0;
        const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
        const cols = stream.columns ?? 100;
        lastBar = `\r[${bar}] ${finished}/${totalPages} ${line}`.slice(0, cols - 1) + '\x1b[K';
        stream.write(lastBar);
        drawn = true;
      } else {
        stream.write(`casefile crawl: ${line}\n`);
      }
    },
    done() {
      if (tty && drawn) stream.write('\r\x1b[K');
    },
  };
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
