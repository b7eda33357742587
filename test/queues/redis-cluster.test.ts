/**
 * The distributed mode on a real Redis Cluster (three masters, no replicas,
 * on 127.0.0.1): real worker processes crawl the fixture site end to end,
 * one is SIGKILLed in the middle of a page, and the records come out
 * complete and once each. Pacing, robots.txt, the seen sets, schedulers,
 * `enqueue` and the admin routes run on the cluster too, each of the three
 * REDIS_URL forms is used by some process, and every key sits in one slot.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import IORedis from 'ioredis';
import { articleHtml, startQueueSite, type QueueSite } from '../../bench/queue-bench-site';
import { resolveConnection, type ResolvedConnection } from '../../queues/connection';
import { enqueueCrawls } from '../../queues/enqueue-crawl';
import { PipelineQueues } from '../../queues/pipeline-queues';
import { QUEUE_NAMES } from '../../queues/queue-names';
import { extractDocument } from '../../src/pipeline/extract-document';
import { loadSourcesFile } from '../../src/sources/load-sources';
import { openStore } from '../../src/store/index';
import { CLI, idle, logLines, spawnWorker, stopWorker, tempDir, waitFor, writeSources, type WorkerProcess } from './queue-harness';
import { clusterKeys, startRedisCluster, type RedisClusterHandle } from './redis-cluster';

jest.setTimeout(180_000);

const ARTICLES = 12;
const PER_LISTING = 5; // three listing pages: discovery follows the pagination
const SLOW_PATH = '/slow/slow-court-case-page';
const DELAY_MS = 250;
/** arrival is measured at the server, a little after the gate let the request go (three busy processes); a broken pacer gives gaps of a few ms */
const TOLERANCE_MS = 50;

describe('on a real Redis Cluster', () => {
  let cluster: RedisClusterHandle | undefined;
  let site: QueueSite | undefined;
  let queues: PipelineQueues | undefined;
  let conn: ResolvedConnection;
  const workers: WorkerProcess[] = [];
  const dir = tempDir();
  const db = path.join(dir, 'store.db');
  let baseEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
    conn = resolveConnection({ redisUrl: cluster.url, prefix: '{casefile}' });
    baseEnv = {
      ...process.env,
      CASEFILE_DB: db,
      CASEFILE_LOCK_DURATION_MS: '4000',
      CASEFILE_STALLED_INTERVAL_MS: '1000',
      CASEFILE_BACKOFF_BASE_MS: '200',
      CASEFILE_LOG_LEVEL: 'info',
    };
    // the default prefix on a cluster, {casefile}, is what the workers must pick by themselves
    delete baseEnv.CASEFILE_QUEUE_PREFIX;
    delete baseEnv.CASEFILE_REDIS_CLUSTER;
    queues = new PipelineQueues(conn);
  });

  afterAll(async () => {
    for (const w of workers) await stopWorker(w).catch(() => undefined);
    await queues?.close().catch(() => undefined);
    await site?.close();
    await cluster?.stop();
  });

  test('a crawl with a worker SIGKILLed mid-page stores every record once', async () => {
    const c = cluster!;
    site = await startQueueSite({ articles: ARTICLES, perListing: PER_LISTING, slowMs: 2500, extraLinks: [SLOW_PATH] });
    const sources = loadSourcesFile(writeSources(dir, site.url, { perHostDelayMs: DELAY_MS }));

    // worker A names every node
    const a = spawnWorker({ ...baseEnv, REDIS_URL: c.url }, ['--concurrency', '3']);
    workers.push(a);
    const [crawl] = await enqueueCrawls(queues!, sources, 1_000);
    await enqueueCrawls(queues!, sources, 1_000); // the same crawl again: one job id, nothing added
    expect(await queues!.get(QUEUE_NAMES.crawl).getJobCountByTypes('waiting', 'active', 'completed', 'delayed')).toBe(1);

    await waitFor(() => site!.requests.some((r) => r.path === SLOW_PATH), 60_000);
    a.child.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');
    const slowHitsAtKill = site.requests.filter((r) => r.path === SLOW_PATH).length;
    const articlesAtKill = new Set(site.requests.filter((r) => r.path.startsWith('/news/activist-')).map((r) => r.path)).size;

    // B knows one node by the redis+cluster:// form, C by CASEFILE_REDIS_CLUSTER=1; both learn the rest
    const b = spawnWorker({ ...baseEnv, REDIS_URL: `redis+cluster://127.0.0.1:${c.ports[1]}` }, ['--concurrency', '3']);
    const cw = spawnWorker({ ...baseEnv, REDIS_URL: `redis://127.0.0.1:${c.ports[2]}`, CASEFILE_REDIS_CLUSTER: '1' }, ['--concurrency', '3']);
    workers.push(b, cw);
    try {
      await idle(queues!, 120_000);
    } catch (err) {
      console.error([...logLines(b), ...logLines(cw)].filter((l) => Number(l.level) >= 40));
      throw err;
    }
    // metrics are flushed on a graceful stop
    await stopWorker(b);
    await stopWorker(cw);
    for (const w of [b, cw]) expect(logLines(w).filter((l) => /CROSSSLOT|MOVED|CLUSTERDOWN/.test(JSON.stringify(l)))).toEqual([]);

    // the kill happened mid-crawl, and the page in hand was fetched again by another worker
    expect(articlesAtKill).toBeLessThan(ARTICLES);
    expect(site.requests.filter((r) => r.path === SLOW_PATH).length).toBeGreaterThan(slowHitsAtKill);

    const counts = await queues!.counts();
    expect(counts.fetch.failed).toBe(0);
    expect(counts.discover.failed).toBe(0);
    expect(counts.extract.failed).toBe(0);
    expect(counts.review.failed).toBe(0);
    expect(counts.fetch.completed).toBe(ARTICLES + 1); // each article queued once in the crawl's seen set

    // every article's records are stored exactly once: the ids match an in-process extraction
    const expected = new Set<string>();
    const pages = [...Array(ARTICLES).keys()].map((i) => ({ url: `${site!.url}/news/activist-${i}-sentenced-by-district-court`, html: articleHtml(i) }));
    pages.push({ url: `${site.url}${SLOW_PATH}`, html: articleHtml(100000 + (SLOW_PATH.length % 1000)) });
    for (const p of pages) {
      const r = extractDocument({ input: p.url, url: p.url, bytes: Buffer.from(p.html), contentType: 'text/html; charset=utf-8' });
      for (const rec of r.records) expected.add(rec.id);
    }
    expect(expected.size).toBeGreaterThanOrEqual(ARTICLES);
    const store = await openStore(db);
    try {
      const ids = (await store.listRecords({ limit: 10_000 })).map((s) => s.record.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(expected);
    } finally {
      await store.close();
    }

    // politeness held across three processes through the pacing script on the cluster
    const times = site.requests.map((r) => r.atMs).sort((x, y) => x - y);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(DELAY_MS - TOLERANCE_MS);
    // robots.txt was shared through the cluster: fetched once for the three workers
    expect(site.requests.filter((r) => r.path === '/robots.txt')).toHaveLength(1);

    // every key casefile wrote (queues and its own) hashes to one slot
    const keys = await clusterKeys(c.ports, '{casefile}:');
    expect(keys.length).toBeGreaterThan(20);
    for (const part of ['cf:pace:', 'cf:robots:', `cf:seen:${crawl.crawlId}`, 'cf:metrics', ':fetch:', ':crawl:']) {
      expect(keys.some((k) => k.key.includes(part))).toBe(true);
    }
    const probe = new IORedis({ host: '127.0.0.1', port: c.ports[0] });
    try {
      const slots = new Set(await Promise.all(keys.map(async (k) => Number(await probe.call('CLUSTER', 'KEYSLOT', k.key)))));
      expect(slots.size).toBe(1);
      expect(new Set(keys.map((k) => k.port)).size).toBe(1);
    } finally {
      probe.disconnect();
    }
  });

  test('schedule and enqueue (one-shot CLI commands) work on the cluster', () => {
    const env = { ...baseEnv, REDIS_URL: cluster!.url };
    const file = path.join(dir, 'scheduled.json');
    writeFileSync(file, JSON.stringify({ sources: [{ id: 'nightly', name: 'Nightly', seeds: ['https://news.example.org/en/news'], schedule: '0 3 * * *' }] }));
    const first = spawnSync(process.execPath, [CLI, 'schedule', '--sources', file], { env, encoding: 'utf8' });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout.trim())).toMatchObject({ sourceId: 'nightly', action: 'created', pattern: '0 3 * * *' });
    const again = spawnSync(process.execPath, [CLI, 'schedule', '--sources', file], { env, encoding: 'utf8' });
    expect(JSON.parse(again.stdout.trim())).toMatchObject({ sourceId: 'nightly', action: 'unchanged' });

    const enq = spawnSync(process.execPath, [CLI, 'enqueue', '--seed', 'https://news.example.org/en/news'], { env, encoding: 'utf8' });
    expect(enq.status).toBe(0);
    expect(JSON.parse(enq.stdout.trim())).toMatchObject({ sourceId: 'seed', seeds: 1 });
  });

  test('a prefix without a hash tag is refused with the fix, before any job is written', () => {
    const r = spawnSync(process.execPath, [CLI, 'enqueue', '--seed', 'https://news.example.org/en/news'], {
      env: { ...baseEnv, REDIS_URL: cluster!.url, CASEFILE_QUEUE_PREFIX: 'casefile' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no hash tag.*\{casefile\}/);
  });

  test('a cluster that is down is a clear error for one-shot commands, not a hang', () => {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [CLI, 'enqueue', '--seed', 'https://news.example.org/en/news'], {
      env: { ...baseEnv, REDIS_URL: 'redis+cluster://127.0.0.1:1,127.0.0.1:2' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cannot reach Redis/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  test('the review server shows the cluster queues at /admin/queues and /metrics', async () => {
    const review: ChildProcess = spawn(process.execPath, [CLI, 'review', '--admin', '--port', '0'], {
      env: { ...baseEnv, REDIS_URL: cluster!.url, CASEFILE_REVIEW_TOKEN: 'cluster-admin-token' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    review.stdout!.on('data', (d) => (out += d));
    review.stderr!.on('data', (d) => (out += d));
    try {
      await waitFor(() => /http:\/\/127\.0\.0\.1:\d+/.test(out), 20_000);
      const baseUrl = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1];
      const auth = { authorization: 'Bearer cluster-admin-token' };
      const metrics = await fetch(baseUrl + '/metrics', { headers: auth });
      expect(metrics.status).toBe(200);
      const text = await metrics.text();
      expect(text).toContain(`casefile_queue_jobs{queue="fetch",state="completed"} ${ARTICLES + 1}`);
      expect(Number(/^casefile_pages_fetched_total (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0); // summed over the workers; A lost its last unflushed counts
      const api = await fetch(baseUrl + '/admin/queues/api/queues', { headers: auth });
      expect(api.status).toBe(200);
      const body = (await api.json()) as { queues: Array<{ name: string }> };
      expect(body.queues.map((q) => q.name).sort()).toEqual(['crawl', 'discover', 'export', 'extract', 'fetch', 'review']);
    } finally {
      review.kill('SIGTERM');
    }
  });
});
