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
});
