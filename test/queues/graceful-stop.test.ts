/**
 * SIGTERM stops a real worker gracefully: a job in hand is finished when the
 * deadline allows, or released back to the queue (not as a failed attempt)
 * when it does not; either way the process exits 0 within the deadline.
 */
import { startQueueSite, type QueueSite } from '../../bench/queue-bench-site';
import { enqueueCrawls } from '../../queues/enqueue-crawl';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { QUEUE_NAMES } from '../../queues/queue-names';
import { loadSourcesFile } from '../../src/sources/load-sources';
import { deleteKeys, idle, logLines, spawnWorker, stopWorker, testEnv, waitFor, writeSources, type WorkerProcess } from './queue-harness';

jest.setTimeout(90_000);

describe('SIGTERM', () => {
  let site: QueueSite;
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });
  beforeAll(async () => {
    site = await startQueueSite({ articles: 2, slowMs: 3000, extraLinks: ['/slow/slow-court-case-page'] });
    cleanups.push(() => site.close());
  });

  async function setup(name: string) {
    const t = testEnv(name);
    const queues = new PipelineQueues(t.conn);
    const workers: WorkerProcess[] = [];
    cleanups.push(async () => {
      for (const w of workers) await stopWorker(w);
      await queues.close();
      await deleteKeys(t.conn.redisUrl, t.conn.prefix);
    });
    return { t, queues, workers };
  }

  test('finishes the job in hand within the deadline, then exits 0', async () => {
    const { t, queues, workers } = await setup('sigterm-finish');
    const w = spawnWorker(t.env, ['--shutdown-timeout-ms', '10000']);
    workers.push(w);
    site.requests.length = 0;
    await enqueueCrawls(queues, loadSourcesFile(writeSources(t.dir, site.url)));
    await waitFor(() => site.requests.some((r) => r.path.startsWith('/slow/')), 30_000);
    const t0 = Date.now();
    w.child.kill('SIGTERM');
    const exit = await w.exited;
    expect(exit.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    const slow = (await queues.get(QUEUE_NAMES.fetch).getJobs(['completed'])).filter((j) => String(j.data.url).includes('/slow/'));
    expect(slow).toHaveLength(1);
    expect(logLines(w).some((l) => l.msg === 'workers stopped' && l.released === 0)).toBe(true);
  });

  test('releases the job at the deadline; another worker finishes it without a counted attempt', async () => {
    const { t, queues, workers } = await setup('sigterm-release');
    const w = spawnWorker(t.env, ['--shutdown-timeout-ms', '500']);
    workers.push(w);
    site.requests.length = 0;
    await enqueueCrawls(queues, loadSourcesFile(writeSources(t.dir, site.url)));
    await waitFor(() => site.requests.some((r) => r.path.startsWith('/slow/')), 30_000);
    const t0 = Date.now();
    w.child.kill('SIGTERM');
    const exit = await w.exited;
    expect(exit.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(2500); // 500 ms deadline plus closing connections
    expect(logLines(w).some((l) => l.msg === 'workers stopped' && l.released === 1)).toBe(true);
    const fetchQueue = queues.get(QUEUE_NAMES.fetch);
    const pending = (await fetchQueue.getJobs(['delayed', 'wait'])).filter((j) => String(j.data.url).includes('/slow/'));
    expect(pending).toHaveLength(1);
    expect(pending[0].attemptsMade).toBe(0);

    const w2 = spawnWorker(t.env);
    workers.push(w2);
    await idle(queues, 30_000);
    const done = (await fetchQueue.getJobs(['completed'])).filter((j) => String(j.data.url).includes('/slow/'));
    expect(done).toHaveLength(1);
    expect((await queues.counts()).fetch.failed).toBe(0);
  });

  test('with Redis unreachable it still exits soon after the deadline, with status 1', async () => {
    const { t, workers } = await setup('sigterm-no-redis');
    const w = spawnWorker({ ...t.env, REDIS_URL: 'redis://127.0.0.1:1' }, ['--shutdown-timeout-ms', '500']);
    workers.push(w);
    await waitFor(() => logLines(w).some((l) => l.msg === 'worker starting'), 10_000);
    const t0 = Date.now();
    w.child.kill('SIGTERM');
    const exit = await w.exited;
    expect(exit.code).toBe(1);
    expect(Date.now() - t0).toBeLessThan(500 + 5000 + 2000);
    // a dozen connections retrying every second log it once, not hundreds of times
    expect(logLines(w).filter((l) => /connection error|worker error/.test(String(l.msg))).length).toBeLessThan(10);
  });
});
