/**
 * The Prometheus text for /metrics: job counts per queue and state (read
 * from BullMQ on each scrape) and the pipeline's counters and per-stage
 * latency histograms that every worker adds to in Redis (pipeline-metrics.ts).
 */
import { Counter, Gauge, Registry } from 'prom-client';
import { COUNTED_STATES, type PipelineQueues } from './pipeline-queues';
import { STAGE_BUCKETS_SECS, type PipelineMetrics } from './pipeline-metrics';

const HELP: Record<string, string> = {
  pages_fetched_total: 'Pages fetched (listings, feeds, sitemaps and articles)',
  pages_skipped_total: 'Pages not fetched or not extracted, by reason (robots, unchanged, duplicate, type, too-large, max-pages)',
  pages_failed_total: 'Pages that failed for good after their attempts, by stage and reason code',
  records_extracted_total: 'Case records extracted',
  records_stored_total: 'Records upserted into the review store, by result (inserted, existing)',
};

export async function renderMetrics(queues: PipelineQueues, metrics: PipelineMetrics): Promise<{ contentType: string; body: string }> {
  const registry = new Registry();
  const counts = await queues.counts();
  const gauge = new Gauge({ name: 'casefile_queue_jobs', help: 'Jobs per queue and state', labelNames: ['queue', 'state'], registers: [registry] });
  for (const [queue, c] of Object.entries(counts)) for (const state of COUNTED_STATES) gauge.set({ queue, state }, c[state]);

  const snapshot = await metrics.snapshot();
  const counters = new Map<string, Counter>();
  const histogram = snapshot.filter((m) => m.metric.startsWith('stage_duration_seconds'));
  for (const m of snapshot) {
    if (m.metric.startsWith('stage_duration_seconds')) continue;
    let c = counters.get(m.metric);
    if (!c) {
      const labelNames = Object.keys(m.labels).sort();
      c = new Counter({ name: `casefile_${m.metric}`, help: HELP[m.metric] ?? m.metric, labelNames, registers: [registry] });
      counters.set(m.metric, c);
    }
    c.inc(m.labels, m.value);
  }
  for (const [metric, help] of Object.entries(HELP)) {
    if (!counters.has(metric) && !/failed|skipped|stored/.test(metric)) new Counter({ name: `casefile_${metric}`, help, registers: [registry] });
  }
  let body = await registry.metrics();
  body += renderHistogram(histogram);
  return { contentType: registry.contentType, body };
}

/** prom-client histograms cannot be loaded from stored buckets, so this one is written out by hand. */
function renderHistogram(rows: Array<{ metric: string; labels: Record<string, string>; value: number }>): string {
  const name = 'casefile_stage_duration_seconds';
  const stages = [...new Set(rows.map((r) => r.labels.stage))].sort();
  const out = [`# HELP ${name} Time spent per job in each stage`, `# TYPE ${name} histogram`];
  const get = (metric: string, labels: Record<string, string>) =>
    rows.find((r) => r.metric === metric && Object.entries(labels).every(([k, v]) => r.labels[k] === v))?.value ?? 0;
  for (const stage of stages) {
    for (const le of [...STAGE_BUCKETS_SECS.map(String), '+Inf']) out.push(`${name}_bucket{stage="${stage}",le="${le}"} ${get('stage_duration_seconds_bucket', { stage, le })}`);
    out.push(`${name}_sum{stage="${stage}"} ${get('stage_duration_seconds_sum', { stage })}`);
    out.push(`${name}_count{stage="${stage}"} ${get('stage_duration_seconds_count', { stage })}`);
  }
  return out.join('\n') + '\n';
}
