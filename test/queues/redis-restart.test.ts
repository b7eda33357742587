/**
 * Redis restarts in the middle of a crawl: the workers reconnect
 * (maxRetriesPerRequest: null) and finish it. The test runs its own
 * redis-server on a free port with AOF, never touching the shared one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { startQueueSite, type QueueSite } from '../../bench/queue-bench-site';
import { enqueueCrawls } from '../../queues/enqueue-crawl';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { loadSourcesFile } from '../../src/sources/load-sources';
import { openStore } from '../../src/store/index';
import { idle, logLines, spawnWorker, stopWorker, testEnv, waitFor, writeSources, tempDir, type WorkerProcess } from './queue-harness';

jest.setTimeout(120_000);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('Ready to accept connections')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`redis-server exited ${code}: ${out}`)));
  });
}

describe('Redis restart mid-crawl', () => {
  let site: QueueSite;
  let redis: ChildProcess | undefined;
  let worker: WorkerProcess | undefined;
  let queues: PipelineQueues | undefined;

  afterAll(async () => {
    if (worker) await stopWorker(worker);
    await queues?.close();
    redis?.kill('SIGKILL');
    await site?.close();
  });

  test('workers reconnect and carry on; nothing is lost', async () => {
    site = await startQueueSite({ articles: 24 });
    const port = await freePort();
    const dataDir = tempDir();
    redis = await startRedis(port, dataDir);
    const t = testEnv('redis-restart', `redis://127.0.0.1:${port}`);
    queues = new PipelineQueues(t.conn);
    // 100 ms between requests: the crawl lasts a few seconds, long enough to restart Redis inside it
    const sources = loadSourcesFile(writeSources(t.dir, site.url, { perHostDelayMs: 100 }));
    worker = spawnWorker(t.env, ['--concurrency', '4']);
    await enqueueCrawls(queues, sources);
    await waitFor(() => site.requests.filter((r) => r.path.startsWith('/news/')).length >= 5, 30_000);

    redis.kill('SIGTERM'); // a clean stop writes the AOF; jobs survive the restart
    await new Promise((r) => redis!.once('exit', r));
    const during = site.requests.length;
    await new Promise((r) => setTimeout(r, 1500));
    redis = await startRedis(port, dataDir);

    await idle(queues, 60_000);
    expect(worker.child.exitCode).toBeNull(); // the worker lived through it
    expect(site.requests.length).toBeGreaterThan(during);
    const counts = await queues.counts();
    expect(counts.fetch.failed).toBe(0);

    const store = await openStore(t.db);
    try {
      const stored = await store.listRecords({ limit: 10_000 });
      const urls = new Set(stored.map((s) => s.record.source.url));
      // every one of the 24 articles reached the store
      expect(urls.size).toBe(24);
    } finally {
      await store.close();
    }
    await stopWorker(worker);
    expect((await worker.exited).code).toBe(0);
    expect(logLines(worker).some((l) => l.msg === 'workers stopped')).toBe(true);
  });
});
