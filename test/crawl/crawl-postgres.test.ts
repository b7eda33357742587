/**
 * With the review store on PostgreSQL, the crawl state lives in the same
 * database (crawl_* tables in the store's schema): records land there, and a
 * second run re-extracts nothing.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runCrawl } from '../../src/pipeline/crawl-runner';
import { createFetchContext } from '../../src/pipeline/stages';
import { SourceSchema } from '../../src/sources/source-schema';
import { openCrawlState } from '../../src/store/crawl-state-open';
import { openStore } from '../../src/store/index';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';

const PG_URL = process.env.CASEFILE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('crawl state on PostgreSQL', () => {
  const schema = `casefile_test_crawl_${randomBytes(4).toString('hex')}`;
  let admin: Client;
  let site: FixtureSite;

  beforeAll(async () => {
    admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    site = await startFixtureSite();
  });
  afterAll(async () => {
    await site?.close();
    await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin?.end();
  });

  it('keeps frontier, validators and content hashes beside the records, and resumes nothing twice', async () => {
    const store = await openStore(PG_URL, { schema });
    const ctx = createFetchContext({ perHostDelayMs: 5, log: () => undefined });
    try {
      const state = await openCrawlState(store);
      const source = SourceSchema.parse({ id: 'pg', name: 'Fixture', country: 'BY', seeds: [`${site.url}/news/?page=2`], allowPrivate: true });
      const first = await runCrawl({ sources: [source], state, ctx, store, maxAttempts: 3, retryBaseDelayMs: 10, log: () => undefined });
      // Pages 2-4 of the listing, the feeds they link, redirects and canonical links resolved: 12 articles.
      expect(first.articles).toBe(12);
      const content = await admin.query(`SELECT url FROM "${schema}".crawl_content`);
      expect(content.rows).toHaveLength(12);
      expect(content.rows.map((r) => new URL(r.url).pathname)).toEqual(expect.arrayContaining(['/news/2024/03/blogger-sentenced-to-three-years.html', '/ru/novosti/sud-oshtrafoval-zhurnalista.html']));
      const frontier = await admin.query(`SELECT status, COUNT(*)::int AS n FROM "${schema}".crawl_frontier GROUP BY status`);
      expect(frontier.rows.find((r) => r.status === 'queued' || r.status === 'active')).toBeUndefined();
      const validators = await admin.query(`SELECT COUNT(*)::int AS n FROM "${schema}".crawl_http_cache WHERE etag IS NOT NULL`);
      expect(validators.rows[0].n).toBeGreaterThanOrEqual(12);
      const stored = await store.listRecords({ sourceId: 'pg' });
      expect(stored.length).toBe(first.recordsCreated);
      expect(stored.every((r) => r.status === 'pending' && r.country === 'BY')).toBe(true);
      const runs = await admin.query(`SELECT finished_at FROM "${schema}".crawl_runs`);
      expect(runs.rows).toHaveLength(1);
      expect(runs.rows[0].finished_at).not.toBeNull();

      const second = await runCrawl({ sources: [source], state, ctx, store, maxAttempts: 1, log: () => undefined });
      expect(second.resumed).toBe(false);
      expect(second.articles).toBe(0);
      expect(second.skipped.unchanged).toBe(1);
    } finally {
      await ctx.close();
      await store.close();
    }
  });

  it('adds the host column to a frontier of an earlier version and spreads claims over hosts', async () => {
    const old = `${schema}_old`;
    await admin.query(`CREATE SCHEMA "${old}"`);
    try {
      // The frontier as the previous version created it, with pages already queued.
      await admin.query(`CREATE TABLE "${old}".crawl_frontier (url TEXT PRIMARY KEY, fetch_url TEXT NOT NULL, source_id TEXT NOT NULL,
        kind TEXT NOT NULL, depth INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, reason TEXT, run_id BIGINT NOT NULL, seq BIGINT NOT NULL, updated_at TEXT NOT NULL)`);
      const urls = ['http://a.test/1', 'http://a.test/2', 'http://a.test/3', 'https://b.test:8443/1', 'http://c.test/x?y=1'];
      for (const [i, url] of urls.entries()) {
        await admin.query(`INSERT INTO "${old}".crawl_frontier VALUES ($1, $1, 's', 'article', 0, 'queued', NULL, 1, $2, 'x')`, [url, i + 1]);
      }
      const store = await openStore(PG_URL, { schema: old });
      try {
        const state = await openCrawlState(store);
        const hosts = await admin.query(`SELECT DISTINCT host FROM "${old}".crawl_frontier ORDER BY host`);
        expect(hosts.rows.map((r) => r.host)).toEqual(['http://a.test', 'http://c.test', 'https://b.test:8443']);
        expect((await state.claim(1, 2, ['http://c.test'])).map((i) => i.url)).toEqual(['http://a.test/1', 'https://b.test:8443/1']);
        expect((await state.claim(1, 5, [])).map((i) => i.url)).toEqual(['http://a.test/2', 'http://a.test/3', 'http://c.test/x?y=1']);
      } finally {
        await store.close();
      }
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${old}" CASCADE`);
    }
  });
});
