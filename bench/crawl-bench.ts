/**
 * npm run bench:crawl [-- --articles 1000 --concurrency 8]: crawls a generated
 * fixture site (served by a child process on 127.0.0.1) end to end (fetch, clean, extract, SQLite store)
 * with politeness off, and prints pages/s, RSS at checkpoints and the share
 * of time spent fetching, cleaning, extracting and storing.
 *
 * npm run bench:crawl -- --hosts 10 [--articles 20 --concurrency 4 --delay-ms 1000]: many polite
 * sites at once, one per loopback address (127.0.0.2, …), with the crawl defaults; prints
 * elapsed time against the politeness floor (requests on the busiest host × the delay).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCrawl } from '../src/pipeline/crawl-runner';
import type { CrawlSummary } from '../src/pipeline/crawl-summary';
import { createFetchContext } from '../src/pipeline/stages';
import { settings } from '../src/settings';
import { SourceSchema } from '../src/sources/source-schema';
import { SqliteCrawlState } from '../src/store/crawl-state';
import { openStore } from '../src/store/index';

/** The site runs in its own process, like a real one: its CPU is not the crawler's. */
function startSiteProcess(articles: number, perListing = 50, hosts = 0): Promise<{ url: string; urls: string[]; child: ChildProcess }> {
  const script = path.resolve(__dirname, '../test/support/fixture-site-serve.js');
  const args = [script, '--generated', String(articles), '--per-listing', String(perListing), ...(hosts > 0 ? ['--hosts', String(hosts)] : [])];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buf = '';
    const onData = (d: Buffer) => {
      buf += d;
      if (!buf.includes('\n')) return;
      child.stdout!.off('data', onData);
      const urls = buf.split('\n')[0].trim().split(' ');
      resolve({ url: urls[0], urls, child });
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`fixture site exited with ${code}`)));
  });
}

/** Asks the site process for the request start times it logged, per site URL. */
function requestTimes(child: ChildProcess): Promise<Record<string, number[]>> {
  return new Promise((resolve) => {
    let buf = '';
    const onData = (d: Buffer) => {
      buf += d;
      if (!buf.includes('\n')) return;
      child.stdout!.off('data', onData);
      resolve(JSON.parse(buf.split('\n')[0]) as Record<string, number[]>);
    };
    child.stdout!.on('data', onData);
    child.stdin!.write('report\n');
  });
}

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, concurrency: { type: 'string' }, hosts: { type: 'string' }, 'delay-ms': { type: 'string' } } });
  if (values.hosts !== undefined) return manyHosts(values);
  const articles = Number(values.articles ?? 1000);
  const concurrency = Number(values.concurrency ?? 8);
  const site = await startSiteProcess(articles);
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-bench-crawl-'));
  const store = await openStore(path.join(dir, 'bench.db'));
  if (store.backend.kind !== 'sqlite') throw new Error('bench expects SQLite');
  const state = new SqliteCrawlState(store.backend.db);
  const ctx = createFetchContext({ polite: false, connectionsPerOrigin: concurrency, log: () => undefined });

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const checkpoints: string[] = [];
  const marks = [0.25, 0.5, 0.75, 1].map((f) => Math.round(articles * f));
  const progress = {
    update(s: CrawlSummary) {
      while (marks.length > 0 && s.articles >= marks[0]) {
        // With --expose-gc the heap is measured after a collection, so growth means something is kept.
        (globalThis as { gc?: () => void }).gc?.();
        const mem = process.memoryUsage();
        checkpoints.push(`${marks.shift()} articles: ${(mem.rss / MB).toFixed(0)} MB (heap ${(mem.heapUsed / MB).toFixed(0)} MB)`);
      }
    },
    done() {},
  };

  const source = SourceSchema.parse({ id: 'bench', name: 'Generated site', seeds: [`${site.url}/gen/`], allowPrivate: true, maxListingPages: 1000 });
  const t0 = performance.now();
  const summary = await runCrawl({ sources: [source], state, ctx, store, concurrency, maxAttempts: 1, progress, log: () => undefined });
  const wallS = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const pages = summary.fetched;
  const t = summary.timingsMs;
  const wallMs = wallS * 1000;
  // discover/clean/extract/store run on the event loop one at a time, so their sums are shares of the wall clock;
  // the rest is fetching (the fixture server shares this process), discovery and bookkeeping.
  const share = (x: number) => `${((100 * x) / wallMs).toFixed(0)}%`;
  const failed = Object.values(summary.failed).reduce((a, b) => a + b, 0);
  console.log(`crawl bench: ${articles} generated articles, concurrency ${concurrency}, politeness off, SQLite store`);
  console.log(`  pages fetched:   ${pages} (${summary.articles} articles, ${failed} failed), records created: ${summary.recordsCreated}`);
  console.log(`  wall time:       ${wallS.toFixed(1)} s`);
  console.log(`  throughput:      ${(pages / wallS).toFixed(1)} pages/s, ${(summary.articles / wallS).toFixed(1)} articles/s`);
  console.log(`  peak RSS:        ${(peakRss / MB).toFixed(0)} MB`);
  console.log(`  RSS at:          ${checkpoints.join('; ')}`);
  const cpu = t.discover + t.clean + t.extract + t.store;
  console.log(`  share of wall:   discover ${share(t.discover)}, clean ${share(t.clean)}, extract ${share(t.extract)}, store ${share(t.store)}, fetching (HTTP, waiting, crawl state) ${share(wallMs - cpu)}`);
  console.log(`  fetch latency:   ${(t.fetch / pages).toFixed(1)} ms per page on average (${concurrency} in flight)`);
  console.log(`  CPU per article: discover ${(t.discover / summary.articles).toFixed(1)} ms, clean ${(t.clean / summary.articles).toFixed(1)} ms, extract ${(t.extract / summary.articles).toFixed(1)} ms, store ${(t.store / summary.articles).toFixed(1)} ms`);

  await ctx.close();
  await store.close();
  site.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

/** Many polite sites at once with the crawl's defaults: is the crawl bound by politeness or by the scheduler? */
async function manyHosts(values: { articles?: string; concurrency?: string; hosts?: string; 'delay-ms'?: string }): Promise<void> {
  const hosts = Number(values.hosts);
  const articles = Number(values.articles ?? 20);
  // undefined: the crawler's own defaults, as a user gets them
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  const delayMs = Number(values['delay-ms'] ?? settings.perHostDelayMs);
  for (const [name, n] of [['--hosts', hosts], ['--articles', articles], ['--delay-ms', delayMs]] as const) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got ${n}`);
  }
  const site = await startSiteProcess(articles, 10, hosts);
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-bench-crawl-'));
  const store = await openStore(path.join(dir, 'bench.db'));
  if (store.backend.kind !== 'sqlite') throw new Error('bench expects SQLite');
  const db = store.backend.db;
  const state = new SqliteCrawlState(db);
  const ctx = createFetchContext({ perHostDelayMs: delayMs, log: () => undefined });
  const sources = site.urls.map((url, i) =>
    SourceSchema.parse({ id: `site-${i + 2}`, name: `Generated site ${i + 2}`, seeds: [`${url}/gen/`], allowPrivate: true }),
  );

  const t0 = performance.now();
  const summary = await runCrawl({ sources, state, ctx, store, concurrency, log: () => undefined });
  const elapsedS = (performance.now() - t0) / 1000;
  const times = await requestTimes(site.child);

  const perHost = Object.values(times).map((t) => t.length);
  const requests = perHost.reduce((a, b) => a + b, 0);
  const busiest = Math.max(...perHost);
  const floorS = (busiest * delayMs) / 1000;
  const closest = Math.min(
    ...Object.values(times).flatMap((t) => {
      const sorted = [...t].sort((a, b) => a - b);
      return sorted.slice(1).map((x, i) => x - sorted[i]);
    }),
  );
  const stored = db.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT url) AS u FROM crawl_content').get() as { n: number; u: number };
  const failed = Object.values(summary.failed).reduce((a, b) => a + b, 0);
  console.log(`crawl bench: ${hosts} polite hosts × ${articles} generated articles, concurrency ${concurrency ?? 'default (4)'}, ${delayMs} ms per host, SQLite store`);
  console.log(`  requests:          ${requests} (${busiest} on the busiest host, robots.txt included); pages fetched ${summary.fetched}, ${failed} failed`);
  console.log(`  articles:          ${stored.n} stored, ${stored.u} distinct (expected ${hosts * articles})`);
  console.log(`  elapsed:           ${elapsedS.toFixed(1)} s`);
  console.log(`  throughput:        ${(requests / elapsedS).toFixed(2)} pages/s`);
  console.log(`  politeness floor:  ${floorS.toFixed(1)} s (${busiest} requests × ${delayMs} ms)`);
  console.log(`  elapsed / floor:   ${(elapsedS / floorS).toFixed(2)}`);
  console.log(`  closest requests:  ${closest} ms apart on one host (the delay is ${delayMs} ms)`);

  await ctx.close();
  await store.close();
  site.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
