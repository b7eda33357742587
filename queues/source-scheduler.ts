/**
 * `casefile schedule`: one BullMQ job scheduler per source with a cron
 * expression, on the `crawl` queue. Unchanged sources are left alone (running
 * it twice changes nothing); changed ones are upserted; schedulers of sources
 * that are gone or lost their schedule are removed.
 */
import type { Queue } from 'bullmq';
import type { Source } from '../src/sources/source-schema';
import { jobOptionsFor } from './job-options';
import { schedulerIdFor, sourceIdOfScheduler } from './job-ids';
import type { CrawlJob } from './job-schemas';
import { QUEUE_NAMES } from './queue-names';

/** Cron expressions are read in UTC, so a schedule means the same on every machine. */
export const SCHEDULE_TZ = 'UTC';

export interface ScheduleChange {
  sourceId: string;
  schedulerId: string;
  action: 'created' | 'updated' | 'unchanged' | 'removed';
  pattern: string | null;
  /** next firing, ISO time */
  next: string | null;
}

/** Stable JSON (sorted keys) so that equal templates compare equal whatever the key order. */
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export async function syncSchedules(queue: Queue, sources: Source[]): Promise<ScheduleChange[]> {
  const changes: ScheduleChange[] = [];
  const wanted = new Map(sources.filter((s) => s.schedule).map((s) => [schedulerIdFor(s.id), s]));
  const existing = await queue.getJobSchedulers(0, -1, true);
  for (const sch of existing) {
    const id = sch.key ?? sch.id;
    const sourceId = id ? sourceIdOfScheduler(id) : null;
    if (!id || sourceId === null || wanted.has(id)) continue;
    await queue.removeJobScheduler(id);
    changes.push({ sourceId, schedulerId: id, action: 'removed', pattern: sch.pattern ?? null, next: null });
  }
  for (const [id, source] of wanted) {
    const data: CrawlJob = { source };
    const current = await queue.getJobScheduler(id);
    const same =
      current !== undefined &&
      current.pattern === source.schedule &&
      (current.tz ?? SCHEDULE_TZ) === SCHEDULE_TZ &&
      stableJson(current.template?.data) === stableJson(data);
    if (same) {
      changes.push({ sourceId: source.id, schedulerId: id, action: 'unchanged', pattern: source.schedule, next: current.next ? new Date(current.next).toISOString() : null });
      continue;
    }
    await queue.upsertJobScheduler(id, { pattern: source.schedule as string, tz: SCHEDULE_TZ }, { name: QUEUE_NAMES.crawl, data, opts: jobOptionsFor(QUEUE_NAMES.crawl) });
    const after = await queue.getJobScheduler(id);
    changes.push({
      sourceId: source.id,
      schedulerId: id,
      action: current ? 'updated' : 'created',
      pattern: source.schedule,
      next: after?.next ? new Date(after.next).toISOString() : null,
    });
  }
  return changes;
}
