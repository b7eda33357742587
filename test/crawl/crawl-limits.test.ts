/**
 * The global concurrency limit, page budgets (deferred to the next run) and
 * the progress display (bar on a TTY, log lines otherwise).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProgress } from '../../src/pipeline/crawl-progress';
import { runCrawl } from '../../src/pipeline/crawl-runner';
import { emptySummary, formatSummary } from '../../src/pipeline/crawl-summary';
import { createFetchContext } from '../../src/pipeline/stages';
import { SourceSchema } from '../../src/sources/source-schema';
import { SqliteCrawlState } from '../../src/store/crawl-state';
import { openStore } from '../../src/store/index';
import { startFixtureSite } from '../support/fixture-site';

describe('crawl limits', () => {
  it('never has more pages in flight than the global limit, and a page budget defers the rest to the next run', async () => {
    const site = await startFixtureSite({ generatedArticles: 40, generatedPerListing: 40, generatedDelayMs: 40 });
    const dir = mkdtempSync(path.join(tmpdir(), 'casefile-limits-'));
    const store = await openStore(path.join(dir, 'c.db'));
    try {
      if (store.backend.kind !== 'sqlite') throw new Error('expected SQLite');
      const state = new SqliteCrawlState(store.backend.db);
      const ctx = createFetchContext({ polite: false, log: () => undefined });
      const source = SourceSchema.parse({ id: 'gen', name: 'Generated', seeds: [`${site.url}/gen/`], allowPrivate: true });
      const first = await runCrawl({ sources: [source], state, ctx, store, concurrency: 3, maxPages: 21, log: () => undefined });
      expect(site.maxInFlight()).toBeLessThanOrEqual(3);
      expect(site.maxInFlight()).toBe(3);
      expect(first.fetched).toBe(21);
      expect(first.articles).toBe(20);
      expect(first.skipped['max-pages']).toBe(20);
      const second = await runCrawl({ sources: [source], state, ctx, store, concurrency: 3, log: () => undefined });
      expect(second.resumed).toBe(false);
      expect(second.articles).toBe(20);
      const done = (store.backend.db.prepare('SELECT COUNT(*) AS n FROM crawl_content').get() as { n: number }).n;
      expect(done).toBe(40);
      await ctx.close();
    } finally {
      await store.close();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('progress', () => {
  function fakeStream(isTTY: boolean) {
    const writes: string[] = [];
    return { writes, stream: { isTTY, columns: 120, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
  }

  it('redraws a bar in place on a TTY and clears it at the end', () => {
    const { writes, stream } = fakeStream(true);
    const p = createProgress(stream, { intervalMs: 0 });
    const s = emptySummary(1, false);
    s.fetched = 3;
    p.update(s, 9);
    p.done();
    expect(writes[0]).toMatch(/^\r\[#{6}-{18}\] 3\/12 fetched 3/);
    expect(writes[1]).toBe('\r\x1b[K');
  });

  it('prints log lines above the bar, then redraws the bar', () => {
    const { writes, stream } = fakeStream(true);
    const p = createProgress(stream, { intervalMs: 0 });
    p.update(emptySummary(1, false), 2);
    p.log?.('casefile crawl: skipped: x.pdf is application/pdf');
    expect(writes[1]).toBe(`\r\x1b[Kcasefile crawl: skipped: x.pdf is application/pdf\n${writes[0]}`);
  });

  it('writes whole log lines when not on a TTY', () => {
    const { writes, stream } = fakeStream(false);
    const p = createProgress(stream, { intervalMs: 0 });
    p.update(emptySummary(1, false), 4);
    expect(writes).toEqual(['casefile crawl: fetched 0, articles 0, skipped 0, failed 0, records 0, queued 4\n']);
  });

  it('the summary gives fetched, skipped and failed by reason, and records', () => {
    const s = emptySummary(1, false);
    Object.assign(s, { fetched: 12, articles: 9, recordsCreated: 7, elapsedMs: 2500 });
    s.skipped = { robots: 1, unchanged: 2, duplicate: 3, type: 1, 'too-large': 1 };
    s.failed = { timeout: 1, 'http-404': 2 };
    expect(formatSummary(s)).toBe(
      [
        'casefile crawl: done in 2.5 s',
        '  fetched:  12 pages, 9 articles extracted',
        '  skipped:  8 (duplicate 3, robots 1, too-large 1, type 1, unchanged 2)',
        '  failed:   3 (http-404 2, timeout 1)',
        '  records:  7 created',
      ].join('\n'),
    );
  });
});
