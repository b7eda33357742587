/**
 * Many sites at once (one per loopback address, so one host each): every
 * article is found once, and host-aware scheduling keeps politeness exact:
 * one request at a time per host, the delay and Crawl-delay between two
 * requests to one host, and a 429's Retry-After holding the whole host.
 * Speed is not asserted here; `npm run bench:crawl -- --hosts 10` measures it.
 */
import Database from 'better-sqlite3';
import { MemoryHostPaceState } from '../../src/fetch/host-pacer';
import { runCrawl } from '../../src/pipeline/crawl-runner';
import type { CrawlSummary } from '../../src/pipeline/crawl-summary';
import { createFetchContext } from '../../src/pipeline/stages';
import { SourceSchema } from '../../src/sources/source-schema';
import { SqliteCrawlState, type FrontierItem } from '../../src/store/crawl-state';
import { generatedArticlePath } from '../support/fixture-site-generated';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';

const DELAY_MS = 100;
const ARTICLES_PER_SITE = 8;
const GENERATED_HOSTS = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'];
/** 127.0.0.3 asks for more than the default delay in its robots.txt */
const CRAWL_DELAY_HOST = '127.0.0.3';
const CRAWL_DELAY_S = 0.3;
/** the hand-written fixture site, whose /limited/ page answers 429 with Retry-After: 1 once */
const RATE_LIMITED_HOST = '127.0.0.6';

/** Records how long each request waited for its host's turn after it was handed to the pacer. */
class RecordingPaceState extends MemoryHostPaceState {
  readonly waits: Array<{ host: string; waitMs: number }> = [];
  override async reserve(host: string, intervalMs: number, nowMs: number): Promise<number> {
    const at = await super.reserve(host, intervalMs, nowMs);
    this.waits.push({ host, waitMs: at - nowMs });
    return at;
  }
}

function gaps(times: number[]): number[] {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.slice(1).map((t, i) => t - sorted[i]);
}

describe('crawling many hosts at once', () => {
  const generated: FixtureSite[] = [];
  let limited: FixtureSite;
  let db: Database.Database;
  let summary: CrawlSummary;
  const pace = new RecordingPaceState();

  beforeAll(async () => {
    for (const [i, host] of GENERATED_HOSTS.entries()) {
      generated.push(
        await startFixtureSite({
          host,
          generatedArticles: ARTICLES_PER_SITE,
          generatedFirst: 1 + i * ARTICLES_PER_SITE,
          generatedPerListing: 4,
          crawlDelaySeconds: host === CRAWL_DELAY_HOST ? CRAWL_DELAY_S : undefined,
        }),
      );
    }
    limited = await startFixtureSite({ host: RATE_LIMITED_HOST, retryAfterSeconds: 1 });
    db = new Database(':memory:');
    const state = new SqliteCrawlState(db);
    const ctx = createFetchContext({ perHostDelayMs: DELAY_MS, paceState: pace, log: () => undefined });
    const sources = [
      ...generated.map((site, i) => SourceSchema.parse({ id: `gen-${i}`, name: `Generated ${i}`, seeds: [`${site.url}/gen/`], allowPrivate: true })),
      SourceSchema.parse({ id: 'limited', name: 'Fixture site', seeds: [`${limited.url}/news/?page=2`], allowPrivate: true }),
    ];
    try {
      summary = await runCrawl({ sources, state, ctx, store: null, maxAttempts: 3, retryBaseDelayMs: 10, log: () => undefined });
    } finally {
      await ctx.close();
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all([...generated, limited].map((s) => s?.close()));
    db?.close();
  });

  it('finds every article once', () => {
    const urls = (db.prepare('SELECT url FROM crawl_content').all() as Array<{ url: string }>).map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
    const expected = generated.flatMap((site, i) =>
      Array.from({ length: ARTICLES_PER_SITE }, (_, k) => `${site.url}${generatedArticlePath(1 + i * ARTICLES_PER_SITE + k)}`),
    );
    const fromGenerated = urls.filter((u) => !u.startsWith(limited.url)).sort();
    expect(fromGenerated).toEqual(expected.sort());
    // Pages 2-4 of the fixture site's listing, the feeds they link, redirects and canonical links resolved: 12 articles.
    expect(urls.filter((u) => u.startsWith(limited.url))).toHaveLength(12);
    expect(summary.articles).toBe(urls.length);
    expect(summary.failed).toEqual({});
    expect(summary.interrupted).toBe(false);
  });

  it('sends one request at a time to each host, never closer than the delay', () => {
    for (const site of [...generated, limited]) {
      expect(site.maxInFlight()).toBe(1);
      expect(Math.min(...gaps(site.requests.map((r) => r.atMs)))).toBeGreaterThanOrEqual(DELAY_MS);
    }
  });

  it("hands a page to a slot only when its host is free: no request waits for its host's delay", () => {
    // The generated sites have no redirects; a redirect's second hop is the one request that may wait in its slot.
    const hosts = new Set(generated.map((s) => new URL(s.url).origin));
    const waits = pace.waits.filter((w) => hosts.has(w.host));
    expect(waits.length).toBe(generated.reduce((n, s) => n + s.requests.length, 0));
    expect(waits.filter((w) => w.waitMs > 0)).toEqual([]);
  });

  it("keeps the Crawl-delay of a host's robots.txt once it is read", () => {
    const site = generated[GENERATED_HOSTS.indexOf(CRAWL_DELAY_HOST)];
    // robots.txt itself goes at the default delay: its Crawl-delay is not known before it is read.
    const pages = site.requests.filter((r) => r.path !== '/robots.txt');
    expect(pages.length).toBe(ARTICLES_PER_SITE + 2);
    expect(Math.min(...gaps(pages.map((r) => r.atMs)))).toBeGreaterThanOrEqual(CRAWL_DELAY_S * 1000);
  });

  it("waits out a 429's Retry-After before asking that host anything again", () => {
    const sorted = [...limited.requests].sort((a, b) => a.atMs - b.atMs);
    const at = sorted.findIndex((r) => r.status === 429);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(sorted.length - 1);
    expect(sorted[at + 1].atMs - sorted[at].atMs).toBeGreaterThanOrEqual(1000);
    // and the page was fetched on its retry
    expect(limited.hits('/limited/protester-given-ten-days-detention').map((r) => r.status)).toEqual([429, 200]);
  });
});

describe('claiming from the frontier', () => {
  const item = (url: string): FrontierItem => ({ url, fetchUrl: url, sourceId: 's', kind: 'article', depth: 0 });
  // in the order they were found
  const queued = ['http://a.test/1', 'http://a.test/2', 'https://b.test:8443/1', 'http://c.test/x?y=1', 'http://a.test/3', 'https://b.test:8443/2'];

  it.each([
    // without a host list: the oldest pages, whatever their host
    [undefined, 3, ['http://a.test/1', 'http://a.test/2', 'https://b.test:8443/1']],
    // with one: spread over the hosts with the oldest pages
    [[], 3, ['http://a.test/1', 'https://b.test:8443/1', 'http://c.test/x?y=1']],
    [[], 4, ['http://a.test/1', 'http://a.test/2', 'https://b.test:8443/1', 'http://c.test/x?y=1']],
    [[], 1, ['http://a.test/1']],
    // and never from the hosts listed
    [['http://a.test'], 3, ['https://b.test:8443/1', 'http://c.test/x?y=1', 'https://b.test:8443/2']],
    [['http://a.test', 'https://b.test:8443'], 5, ['http://c.test/x?y=1']],
    // another port or scheme is another host
    [['https://a.test', 'https://b.test'], 2, ['http://a.test/1', 'https://b.test:8443/1']],
    [['http://a.test', 'https://b.test:8443', 'http://c.test'], 5, []],
  ])('except %j, limit %i: %j', async (except, limit, expected) => {
    const db = new Database(':memory:');
    try {
      const state = new SqliteCrawlState(db);
      const { runId } = await state.beginRun();
      await state.addMany(runId, queued.map(item));
      const claimed = await state.claim(runId, limit, except);
      expect(claimed.map((c) => c.url)).toEqual(expected);
      // what was left is still there for the next claim
      expect((await state.counts(runId)).queued).toBe(queued.length - expected.length);
    } finally {
      db.close();
    }
  });
});
