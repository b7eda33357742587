/**
 * Politeness across processes: two real workers share one host's pacing in
 * Redis, so requests to the host never come closer than its delay; a busy
 * host's job is delayed, not failed; robots.txt is fetched once for both.
 */
import IORedis from 'ioredis';
import { startQueueSite, type QueueSite } from '../../bench/queue-bench-site';
import { enqueueCrawls } from '../../queues/enqueue-crawl';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { QUEUE_NAMES } from '../../queues/queue-names';
import { RedisHostPacer } from '../../queues/redis-host-pacer';
import { loadSourcesFile } from '../../src/sources/load-sources';
import { deleteKeys, idle, spawnWorker, stopWorker, testEnv, uniquePrefix, writeSources, type WorkerProcess } from './queue-harness';

jest.setTimeout(90_000);

const DELAY_MS = 250;
/** request arrival is measured at the server, a little after the gate let it go */
const TOLERANCE_MS = 20;

describe('host pacing shared through Redis', () => {
  let site: QueueSite;
  const t = testEnv('pacing');
  let queues: PipelineQueues;
  const workers: WorkerProcess[] = [];

  afterAll(async () => {
    for (const w of workers) await stopWorker(w);
    await queues?.close();
    await site?.close();
    await deleteKeys(t.conn.redisUrl, t.conn.prefix);
  });

  test('two worker processes never hit the host closer than its delay', async () => {
    site = await startQueueSite({ articles: 10 });
    queues = new PipelineQueues(t.conn);
    workers.push(spawnWorker(t.env, ['--concurrency', '4']), spawnWorker(t.env, ['--concurrency', '4']));
    await enqueueCrawls(queues, loadSourcesFile(writeSources(t.dir, site.url, { perHostDelayMs: DELAY_MS })));
    await idle(queues, 60_000);

    const times = site.requests.map((r) => r.atMs).sort((a, b) => a - b);
    expect(times.length).toBe(12); // robots.txt, the listing, 10 articles
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(DELAY_MS - TOLERANCE_MS);
    expect(site.requests.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
    const counts = await queues.counts();
    expect(counts.fetch.failed).toBe(0);
    expect(counts.fetch.completed).toBe(10);
    // waiting for the host was not counted as a failed attempt
    for (const job of await queues.get(QUEUE_NAMES.fetch).getJobs(['completed'])) expect(job.attemptsMade).toBe(1);
  });
});

describe('RedisHostPacer gate', () => {
  const redis = new IORedis('redis://127.0.0.1:6379');
  const prefix = uniquePrefix('gate');
  afterAll(async () => {
    await deleteKeys('redis://127.0.0.1:6379', prefix);
    redis.disconnect();
  });

  test('of many concurrent callers one goes; the rest get distinct slots spaced by the interval', async () => {
    const pacer = new RedisHostPacer(redis, prefix);
    const results = await Promise.all([...Array(6)].map(() => pacer.gate('http://h.example', 1000, null)));
    expect(results.filter((r) => r.go)).toHaveLength(1);
    const slots = results.filter((r): r is { go: false; waitMs: number; slotMs: number } => !r.go).map((r) => r.slotMs).sort((a, b) => a - b);
    expect(slots).toHaveLength(5);
    for (let i = 1; i < slots.length; i++) expect(slots[i] - slots[i - 1]).toBe(1000);
    // a holder of a slot still waits for the interval since the last start
    const early = await pacer.gate('http://h.example', 1000, slots[0]);
    expect(early.go).toBe(false);
  });

  test('interval 0 never waits', async () => {
    const pacer = new RedisHostPacer(redis, prefix);
    expect((await pacer.gate('http://free.example', 0, null)).go).toBe(true);
    expect((await pacer.gate('http://free.example', 0, null)).go).toBe(true);
  });
});
