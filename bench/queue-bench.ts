/**
 * npm run bench:queue [-- --articles 1000]: crawls a generated 1,000-article
 * site on 127.0.0.1 with politeness off, in one run: embedded (one process),
 * then BullMQ with 1 and with 2 worker processes. Prints pages/s for each,
 * the queue's overhead per page and Redis memory per queued job.
 * Targets: 2 workers >= 1.5x 1 worker; the queue adds < 2 ms per page.
 * Each run also reports the CPU its processes (and Redis) used per page and
 * how many cores it kept busy, which tells a slow run from a starved one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { bullConnection, resolveConnection, type ResolvedConnection } from '../queues/connection';
import { enqueueCrawls } from '../queues/enqueue-crawl';
import { PipelineQueues, waitForIdle } from '../queues/pipeline-queues';
import { runCrawl } from '../src/pipeline/crawl-runner';
import { createFetchContext } from '../src/pipeline/stages';
import { SourceSchema, type Source } from '../src/sources/source-schema';
import { CrawlState } from '../src/store/crawl-state';
import { openStore } from '../src/store/index';
import { articleHtml } from './queue-bench-site';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bin/casefile.js');
const SITE_JS = path.join(__dirname, 'queue-bench-site.js');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s)
}

async function redisPid(): Promise<number | null> {
  const redis = new IORedis(REDIS_URL);
  try {
    const m = /process_id:(\d+)/.exec(await redis.info('server'));
    return m && existsSync(`/proc/${m[1]}/stat`) ? Number(m[1]) : null;
  } finally {
    redis.disconnect();
  }
}

function prefix(tag: string): string {
  return `casefile-bench-queue-${tag}-${process.pid}`;
}

async function deleteKeys(redis: IORedis, p: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${p}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}

/** The site runs in its own process so that it does not share an event loop with any crawler. */
async function startSite(articles: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', `require(${JSON.stringify(SITE_JS)}).startQueueSite({ articles: ${articles} }).then((s) => console.log(s.url))`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => child.stdout!.once('data', (d) => resolve(String(d).trim())));
  return { url, child };
}

function sourceFor(siteUrl: string): Source {
  return SourceSchema.parse({ id: 'bench', name: 'Generated site', seeds: [`${siteUrl}/news`], allowPrivate: true, perHostDelayMs: 0, maxListingPages: 1000 });
}

interface RunResult {
  seconds: number;
  articles: number;
  /** CPU seconds spent by the crawler's processes (and Redis, for the queued runs) */
  cpuSeconds: number;
}

async function embedded(siteUrl: string, dir: string, concurrency: number): Promise<RunResult> {
  const store = await openStore(path.join(dir, 'embedded.db'));
  if (store.backend.kind !== 'sqlite') throw new Error('bench expects SQLite');
  const state = new CrawlState(store.backend.db);
  const ctx = createFetchContext({ polite: false, connectionsPerOrigin: concurrency, log: () => undefined });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const summary = await runCrawl({ sources: [sourceFor(siteUrl)], state, ctx, store, concurrency, maxAttempts: 1, log: () => undefined });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await ctx.close();
  await store.close();
  return { seconds, articles: summary.articles, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

async function distributed(siteUrl: string, dir: string, workers: number, concurrency: number): Promise<RunResult & { failed: number }> {
  const conn = resolveConnection({ redisUrl: REDIS_URL, prefix: prefix(`w${workers}`) });
  const env = { ...process.env, REDIS_URL, CASEFILE_QUEUE_PREFIX: conn.prefix, CASEFILE_DB: path.join(dir, `w${workers}.db`), CASEFILE_LOG_LEVEL: 'warn' };
  const children: ChildProcess[] = [];
  const ready: Array<Promise<void>> = [];
  for (let i = 0; i < workers; i++) {
    const child = spawn(process.execPath, [CLI, 'worker', '--impolite', '--allow-private', '--concurrency', String(concurrency)], { env: { ...env, CASEFILE_LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    ready.push(
      new Promise<void>((resolve) =>
        child.stderr!.on('data', (d) => {
          err += d;
          if (err.includes('"worker ready"')) resolve();
        }),
      ),
    );
    children.push(child);
  }
  await Promise.all(ready);
  const queues = new PipelineQueues(conn);
  const rpid = await redisPid();
  const cpuNow = () => children.reduce((a, c) => a + cpuSecondsOf(c.pid as number), 0) + (rpid ? cpuSecondsOf(rpid) : 0);
  const cpu0 = cpuNow();
  const t0 = performance.now();
  await enqueueCrawls(queues, [sourceFor(siteUrl)]);
  const done = await waitForIdle(queues, 600_000, 100);
  const seconds = (performance.now() - t0) / 1000 - 0.1; // the idle check needs one extra poll
  const cpuSeconds = cpuNow() - cpu0;
  if (!done) throw new Error('crawl did not finish');
  const counts = await queues.counts();
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
  await queues.close();
  const redis = new IORedis(REDIS_URL);
  await deleteKeys(redis, conn.prefix);
  redis.disconnect();
  return { seconds, cpuSeconds, articles: counts.extract.completed, failed: counts.fetch.failed + counts.extract.failed + counts.review.failed };
}

/** Cost of moving no-op jobs through a queue: add, take, complete, with the workers' settings. */
async function queueOverheadMsPerJob(conn: ResolvedConnection, jobs: number, concurrency: number): Promise<number> {
  const queue = new Queue('overhead', { connection: bullConnection(conn), prefix: conn.prefix, defaultJobOptions: { removeOnComplete: { count: 1000 } } });
  let done = 0;
  let finish: () => void = () => undefined;
  const allDone = new Promise<void>((r) => (finish = r));
  const worker = new Worker('overhead', async () => undefined, { connection: bullConnection(conn), prefix: conn.prefix, concurrency, autorun: false });
  worker.on('completed', () => {
    if (++done === jobs) finish();
  });
  const data = { crawlId: 'bench-0', url: 'http://127.0.0.1/news/x', source: { id: 'bench', seeds: ['http://127.0.0.1/news'] } };
  const t0 = performance.now();
  for (let i = 0; i < jobs; i += 100) await queue.addBulk([...Array(Math.min(100, jobs - i)).keys()].map((k) => ({ name: 'x', data, opts: { jobId: `bench.${i + k}` } })));
  void worker.run();
  await allDone;
  const ms = (performance.now() - t0) / jobs;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return ms;
}

/** used_memory growth for `n` waiting jobs of the fetch and extract kinds. */
async function redisBytesPerJob(conn: ResolvedConnection, n: number): Promise<{ fetch: number; extract: number }> {
  const redis = new IORedis(REDIS_URL);
  const used = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
  const queues = new PipelineQueues(conn);
  const source = sourceFor('http://127.0.0.1:1');
  const html = Buffer.from(articleHtml(7)).toString('base64');
  const measure = async (name: 'fetch' | 'extract', data: (i: number) => unknown): Promise<number> => {
    const before = await used();
    for (let i = 0; i < n; i += 100) {
      await queues.addBulk(name, [...Array(Math.min(100, n - i)).keys()].map((k) => ({ name, data: data(i + k), opts: { jobId: `bench-mem.${i + k}` } })));
    }
    const after = await used();
    return (after - before) / n;
  };
  const fetchBytes = await measure('fetch', (i) => ({ crawlId: 'bench-1', source, url: `http://127.0.0.1:1/news/activist-${i}-sentenced-by-district-court`, reservedSlotMs: null }));
  const extractBytes = await measure('extract', (i) => ({
    crawlId: 'bench-1', sourceId: 'bench', country: null, url: `http://127.0.0.1:1/news/activist-${i}-sentenced-by-district-court`,
    finalUrl: `http://127.0.0.1:1/news/activist-${i}-sentenced-by-district-court`, status: 200, headers: { 'content-type': 'text/html; charset=utf-8' },
    bodyBase64: html, fetchedAt: new Date().toISOString(), etag: null, lastModified: null,
  }));
  await queues.close();
  await deleteKeys(redis, conn.prefix);
  redis.disconnect();
  return { fetch: fetchBytes, extract: extractBytes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, concurrency: { type: 'string' } } });
  const articles = Number(values.articles ?? 1000);
  const concurrency = Number(values.concurrency ?? 8);
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-bench-queue-'));
  const site = await startSite(articles);
  try {
    console.log(`queue bench: ${articles} generated articles, politeness off, concurrency ${concurrency} per process, SQLite store, Redis ${REDIS_URL}`);
    const emb = await embedded(site.url, dir, concurrency);
    const one = await distributed(site.url, dir, 1, concurrency);
    const two = await distributed(site.url, dir, 2, concurrency);
    const rate = (r: RunResult) => r.articles / r.seconds;
    const cpuMs = (r: RunResult) => (1000 * r.cpuSeconds) / Math.max(1, r.articles);
    const line = (label: string, r: RunResult) =>
      console.log(`  ${label.padEnd(24)} ${r.articles} articles in ${r.seconds.toFixed(2)} s = ${rate(r).toFixed(1)} pages/s; CPU ${cpuMs(r).toFixed(2)} ms/page, ${(r.cpuSeconds / r.seconds).toFixed(2)} cores busy`);
    line('embedded (1 process)', emb);
    line('BullMQ, 1 worker', one);
    line('BullMQ, 2 workers', two);
    if (one.failed + two.failed > 0) console.log(`  (failed jobs: ${one.failed} + ${two.failed})`);
    const speedup = rate(two) / rate(one);
    console.log(`  2 workers / 1 worker:    ${speedup.toFixed(2)}x (target >= 1.5x) ${speedup >= 1.5 ? 'ok' : 'MISSED'}`);

    const conn = resolveConnection({ redisUrl: REDIS_URL, prefix: prefix('overhead') });
    const perJob = await queueOverheadMsPerJob(conn, 3000, concurrency);
    // an article passes through three queues (fetch, extract, review); listings add 1 job per 50 articles
    const perPage = perJob * (3 + 1 / 50);
    console.log(`  queue overhead:          ${perJob.toFixed(3)} ms per no-op job, ${perPage.toFixed(2)} ms per page (3.02 jobs) (target < 2 ms) ${perPage < 2 ? 'ok' : 'MISSED'}`);
    const wallDiff = (one.seconds - emb.seconds) * 1000 / Math.max(1, one.articles);
    console.log(`  wall clock, 1 worker vs embedded: ${wallDiff >= 0 ? '+' : ''}${wallDiff.toFixed(2)} ms per page`);
    console.log(`  CPU, 1 worker + Redis vs embedded: ${(cpuMs(one) - cpuMs(emb)).toFixed(2)} ms per page (less sensitive to other load than wall clock)`);
    const mem = await redisBytesPerJob(resolveConnection({ redisUrl: REDIS_URL, prefix: prefix('memory') }), 1000);
    console.log(`  Redis memory per queued job: fetch ${(mem.fetch / 1024).toFixed(2)} KiB, extract (with page body) ${(mem.extract / 1024).toFixed(2)} KiB`);
    console.log(`  (2 cores shared with other work: figures are noisy; "cores busy" shows how much CPU each run got)`);
  } finally {
    site.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
