/**
 * Deduplication: a URL is queued once per crawl (tracking parameters and
 * repeats fold into one canonical URL and one job id), and a second crawl of
 * unchanged pages fetches them but does not extract them again.
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

describe('deduplication', () => {
  let site: QueueSite;
  const t = testEnv('dedup');
  let queues: PipelineQueues;
  const workers: WorkerProcess[] = [];
  const redis = new IORedis(t.conn.redisUrl);

  afterAll(async () => {
    for (const w of workers) await stopWorker(w);
    await queues.close();
    await site.close();
    await deleteKeys(t.conn.redisUrl, t.conn.prefix);
    redis.disconnect();
  });

  test('once per crawl; unchanged pages are not extracted again', async () => {
    site = await startQueueSite({
      articles: 8,
      extraLinks: ['/news/activist-0-sentenced-by-district-court?utm_source=feed&utm_medium=rss', '/news/activist-1-sentenced-by-district-court#comments'],
    });
    queues = new PipelineQueues(t.conn);
    const sources = loadSourcesFile(writeSources(t.dir, site.url));
    workers.push(spawnWorker(t.env));
    await enqueueCrawls(queues, sources, 1_000);
    await idle(queues, 30_000);
    let counts = await queues.counts();
    expect(counts.fetch.completed).toBe(8);
    expect(counts.extract.completed).toBe(8);
    expect(site.requests.filter((r) => r.path.startsWith('/news/activist-0-')).length).toBe(1);

    await enqueueCrawls(queues, sources, 2_000); // a second crawl, new crawl id
    await idle(queues, 30_000);
    counts = await queues.counts();
    expect(counts.fetch.completed).toBe(16); // fetched again...
    expect(counts.extract.completed).toBe(8); // ...but not extracted again
    await stopWorker(workers[0]);
    const snapshot = await new PipelineMetrics(redis, t.conn.prefix).snapshot();
    const unchanged = snapshot.find((m) => m.metric === 'pages_skipped_total' && m.labels.reason === 'unchanged')?.value;
    expect(unchanged).toBe(8); // the listing is read again for new links; the articles stop at the hash
  });
});
