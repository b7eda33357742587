/**
 * Pipeline counters and per-stage latencies, kept in one Redis hash so that
 * every worker process on every machine adds to the same figures and one
 * /metrics endpoint (in the review server) can show them all.
 * Example field: "pages_skipped_total|reason=unchanged" → 12.
 */
import { ownKey, type RedisClient } from './connection';
import type { Logger } from './logger';

/** Latency buckets in seconds: a fetch is 0.05–10 s, an extraction 5–500 ms. */
export const STAGE_BUCKETS_SECS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export type Labels = Record<string, string>;

export function fieldName(metric: string, labels: Labels = {}): string {
  const parts = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k].replace(/[|,=]/g, '_')}`);
  return parts.length > 0 ? `${metric}|${parts.join(',')}` : metric;
}

export function parseField(field: string): { metric: string; labels: Labels } {
  const [metric, rest] = field.split('|', 2);
  const labels: Labels = {};
  if (rest) {
    for (const kv of rest.split(',')) {
      const i = kv.indexOf('=');
      labels[kv.slice(0, i)] = kv.slice(i + 1);
    }
  }
  return { metric, labels };
}

/** Increments are summed in memory and written at most this often: one round trip instead of several per page. */
export const METRICS_FLUSH_MS = 500;

export class PipelineMetrics {
  readonly key: string;
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: RedisClient,
    prefix: string,
    private readonly log?: Logger,
  ) {
    this.key = ownKey(prefix, 'metrics');
  }

  pageFetched(): void {
    this.add([[fieldName('pages_fetched_total'), 1]]);
  }

  pageSkipped(reason: string): void {
    this.add([[fieldName('pages_skipped_total', { reason }), 1]]);
  }

  pageFailed(stage: string, reason: string): void {
    this.add([[fieldName('pages_failed_total', { stage, reason }), 1]]);
  }

  recordsExtracted(n: number): void {
    if (n > 0) this.add([[fieldName('records_extracted_total'), n]]);
  }

  recordsStored(inserted: number, existing: number): void {
    this.add([
      [fieldName('records_stored_total', { result: 'inserted' }), inserted],
      [fieldName('records_stored_total', { result: 'existing' }), existing],
    ]);
  }

  observeStage(stage: string, seconds: number): void {
    const incs: Array<[string, number]> = [
      [fieldName('stage_duration_seconds_count', { stage }), 1],
      [fieldName('stage_duration_seconds_sum', { stage }), seconds],
    ];
    for (const le of STAGE_BUCKETS_SECS) if (seconds <= le) incs.push([fieldName('stage_duration_seconds_bucket', { stage, le: String(le) }), 1]);
    incs.push([fieldName('stage_duration_seconds_bucket', { stage, le: '+Inf' }), 1]);
    this.add(incs);
  }

  private add(incs: Array<[string, number]>): void {
    for (const [field, n] of incs) if (n !== 0) this.pending.set(field, (this.pending.get(field) ?? 0) + n);
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), METRICS_FLUSH_MS);
      this.timer.unref();
    }
  }

  /** Writes what is pending. A lost metric must never fail a job, so errors are only logged. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const p = this.redis.pipeline();
    for (const [field, n] of batch) {
      if (Number.isInteger(n)) p.hincrby(this.key, field, n);
      else p.hincrbyfloat(this.key, field, n);
    }
    await p.exec().catch((err: Error) => this.log?.warn({ err: err.message }, 'metrics not recorded'));
  }

  async snapshot(): Promise<Array<{ metric: string; labels: Labels; value: number }>> {
    const all = await this.redis.hgetall(this.key);
    return Object.entries(all).map(([field, v]) => ({ ...parseField(field), value: Number(v) }));
  }
}
