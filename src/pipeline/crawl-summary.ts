/**
 * What a crawl did, counted as it goes and printed at the end:
 * fetched, skipped by reason, failed by reason, records created.
 */
export interface CrawlSummary {
  runId: number;
  resumed: boolean;
  /** pages answered with a body (any kind) */
  fetched: number;
  /** article pages cleaned and extracted */
  articles: number;
  skipped: Record<string, number>;
  failed: Record<string, number>;
  recordsCreated: number;
  recordsExisting: number;
  /** true when the run was stopped before the frontier was empty */
  interrupted: boolean;
  elapsedMs: number;
  /** time summed over pages (overlapping under concurrency) */
  timingsMs: { fetch: number; discover: number; clean: number; extract: number; store: number };
}

export function emptySummary(runId: number, resumed: boolean): CrawlSummary {
  return {
    runId,
    resumed,
    fetched: 0,
    articles: 0,
    skipped: {},
    failed: {},
    recordsCreated: 0,
    recordsExisting: 0,
    interrupted: false,
    elapsedMs: 0,
    timingsMs: { fetch: 0, discover: 0, clean: 0, extract: 0, store: 0 },
  };
}

export function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function byReason(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

export function formatSummary(s: CrawlSummary): string {
  const secs = (s.elapsedMs / 1000).toFixed(1);
  return [
    `casefile crawl: ${s.interrupted ? 'stopped (run again to resume)' : 'done'} in ${secs} s${s.resumed ? ', resumed run' : ''}`,
    `  fetched:  ${s.fetched} pages, ${s.articles} articles extracted`,
    `  skipped:  ${total(s.skipped)}${byReason(s.skipped)}`,
    `  failed:   ${total(s.failed)}${byReason(s.failed)}`,
    `  records:  ${s.recordsCreated} created${s.recordsExisting > 0 ? `, ${s.recordsExisting} already in the store` : ''}`,
  ].join('\n');
}

/** One line for logs and the progress display. */
export function formatProgress(s: CrawlSummary, queued: number): string {
  return `fetched ${s.fetched}, articles ${s.articles}, skipped ${total(s.skipped)}, failed ${total(s.failed)}, records ${s.recordsCreated}, queued ${queued}`;
}
