/**
 * npm run bench:crawl [-- --articles 1000 --concurrency 8]: crawls a generated
 * fixture site (served by a child process on 127.0.0.1) end to end (fetch, clean, extract, SQLite store)
 * with politeness off, and prints pages/s, RSS at checkpoints and the share
 * of time spent fetching, cleaning, extracting and storing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCrawl } from '../src/pipeline/crawl-runner';
import type { CrawlSummary } from '../src/pipeline/crawl-summary';
import { createFetchContext } from '../src/pipeline/stages';
import { SourceSchema } from '../src/sources/source-schema';
import { SqliteCrawlState } from '../src/store/crawl-state';
import { openStore } from '../src/store/index';

/** The site runs in its own process, like a real one: its CPU is not the crawler's. */
function startSiteProcess(articles: number): Promise<{ url: string; child: ChildProcess }> {
  const script = path.resolve(__dirname, '../test/support/fixture-site-serve.js');
  const child = spawn(process.execPath, [script, '--generated', String(articles), '--per-listing', '50'], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d) => {
      buf += d;
      const line = buf.split('\n')[0];
      if (buf.includes('\n')) resolve({ url: line.trim(), child });
    });
    child.on('exit', (code) => reject(new Error(`fixture site exited with ${code}`)));
  });
}

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, concurrency: { type: 'string' } } });
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

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
