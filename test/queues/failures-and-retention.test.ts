/**
 * A page that keeps failing ends failed with its reason after N attempts and
 * never blocks the rest of the crawl; retention keeps finished jobs bounded.
 */
import { startQueueSite, type QueueSite } from '../../bench/queue-bench-site';
import { enqueueCrawls } from '../../queues/enqueue-crawl';
import { PipelineMetrics } from '../../queues/pipeline-metrics';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { QUEUE_NAMES } from '../../queues/queue-names';
import { loadSourcesFile } from '../../src/sources/load-sources';
import IORedis from 'ioredis';
import { deleteKeys, idle, spawnWorker, stopWorker, testEnv, writeSources, type WorkerProcess } from './queue-harness';

jest.setTimeout(90_000);

describe('failing pages and retention', () => {
  let site: QueueSite;
  const t = testEnv('failing', undefined, { CASEFILE_FETCH_ATTEMPTS: '3', CASEFILE_KEEP_COMPLETED: '5', CASEFILE_KEEP_FAILED: '50' });
  let queues: PipelineQueues;
  let worker: WorkerProcess;
  const redis = new IORedis(t.conn.redisUrl);

  beforeAll(async () => {
    site = await startQueueSite({ articles: 30, extraLinks: ['/broken/always-failing-court-case'] });
    process.env.CASEFILE_FETCH_ATTEMPTS = '3';
    process.env.CASEFILE_BACKOFF_BASE_MS = '200';
    process.env.CASEFILE_KEEP_COMPLETED = '5';
    queues = new PipelineQueues(t.conn);
    worker = spawnWorker(t.env, ['--concurrency', '4']);
    await enqueueCrawls(queues, loadSourcesFile(writeSources(t.dir, site.url)));
    await idle(queues, 60_000);
    await stopWorker(worker); // its last metrics are written on the way out
  });
  afterAll(async () => {
    await stopWorker(worker);
    await queues.close();
    await site.close();
    await deleteKeys(t.conn.redisUrl, t.conn.prefix);
    redis.disconnect();
    delete process.env.CASEFILE_FETCH_ATTEMPTS;
    delete process.env.CASEFILE_BACKOFF_BASE_MS;
    delete process.env.CASEFILE_KEEP_COMPLETED;
  });

  test('the broken page failed after 3 attempts with its reason; the others finished', async () => {
    const failed = await queues.get(QUEUE_NAMES.fetch).getJobs(['failed']);
    expect(failed).toHaveLength(1);
    expect(failed[0].data.url).toContain('/broken/');
    expect(failed[0].attemptsMade).toBe(3);
    expect(failed[0].failedReason).toMatch(/^http-500: /);
    expect(site.requests.filter((r) => r.path.startsWith('/broken/'))).toHaveLength(3);
    // all 30 articles went through extraction and on to review
    const metrics = await new PipelineMetrics(redis, t.conn.prefix).snapshot();
    const value = (metric: string, labels: Record<string, string> = {}) =>
      metrics.filter((m) => m.metric === metric && Object.entries(labels).every(([k, v]) => m.labels[k] === v)).reduce((a, m) => a + m.value, 0);
    expect(value('pages_fetched_total')).toBe(31); // listing + 30 articles
    expect(value('pages_failed_total', { stage: 'fetch', reason: 'http-500' })).toBe(1);
    expect(value('records_extracted_total')).toBeGreaterThanOrEqual(30);
    expect(value('stage_duration_seconds_count', { stage: 'extract' })).toBe(30);
  });

  test('retention keeps at most 5 completed jobs per queue', async () => {
    const counts = await queues.counts();
    for (const name of [QUEUE_NAMES.fetch, QUEUE_NAMES.extract, QUEUE_NAMES.review]) expect(counts[name].completed).toBeLessThanOrEqual(5);
    // job hashes left in Redis: at most 5 completed per queue plus the failed one
    let cursor = '0';
    let jobKeys = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${t.conn.prefix}:fetch:*`, 'COUNT', 1000);
      cursor = next;
      jobKeys += keys.filter((k) => /:fetch:[^:]+$/.test(k) && /\./.test(k.split(':').pop() as string)).length;
    } while (cursor !== '0');
    expect(jobKeys).toBeLessThanOrEqual(6);
  });
});
